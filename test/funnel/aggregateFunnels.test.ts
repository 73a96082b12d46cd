import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthOf, toDecimal, type StoreOpsError } from '../../src/core/internal.js';
import { aggregateFunnels, aggregateFunnelsAsync, funnelMetrics, mergeFunnels, type RowFlag, type RowIssue } from 'storeops/funnel';
import { errorOf } from '../helpers.js';

const rows: { store: string; date: string; source: string; visitors: number; buyers: number; paidAmount: number | string; cartAdders: number; spend?: string }[] = [
  { store: 'A', date: '2026-10-31', source: 'search', visitors: 100, buyers: 1, paidAmount: 238, cartAdders: 5 },
  { store: 'A', date: '2026-11-01', source: 'search', visitors: 100, buyers: 1, paidAmount: '238.10', cartAdders: 6 },
  { store: 'A', date: '2026-11-02', source: 'paid', visitors: 900, buyers: 9, paidAmount: 2142.9, cartAdders: 40, spend: '300' },
  { store: 'B', date: '2026-11-02', source: 'search', visitors: 50, buyers: 2, paidAmount: '99.9', cartAdders: 1 },
];
const r0 = rows[0]!;
const storeMonth = (r: { store: string; date: string }) => `${r.store} ${monthOf(r.date)}`;

describe('aggregateFunnels', () => {
  it('sums each group exactly, like mergeFunnels over the group', () => {
    const groups = aggregateFunnels(rows, storeMonth);
    expect([...groups.keys()]).toEqual(['A 2026-10', 'A 2026-11', 'B 2026-11']);
    const nov = groups.get('A 2026-11');
    expect(nov?.visitors).toBe(1000);
    expect(nov?.buyers).toBe(10);
    expect(nov?.cartAdders).toBe(46);
    expect(nov?.paidAmount.toString()).toBe('2381');
    expect(nov?.paidAmount.eq(mergeFunnels([rows[1]!, rows[2]!]).paidAmount)).toBe(true);
    // spend is only in one of the two rows: a partial sum would mislead, so it is left out.
    expect(nov && 'spend' in nov).toBe(false);
    expect(funnelMetrics(nov!).conversionRate).toBe(0.01);
    expect(groups.rowCount).toBe(4);
    expect(groups.errors).toEqual([]);
    expect(groups.flags).toEqual([]);
  });

  it('reads any iterable, one row at a time', () => {
    function* gen() {
      for (let i = 0; i < 1000; i++) yield { visitors: 10, buyers: 1, paidAmount: '0.01' };
    }
    const groups = aggregateFunnels(gen(), (_r, i) => (i % 2 === 0 ? 'even' : 'odd'));
    expect(groups.get('even')?.paidAmount.toString()).toBe('5');
    expect(groups.get('odd')?.visitors).toBe(5000);
  });

  it('parses money in every accepted form to the fen', () => {
    const amounts: [unknown, string][] = [
      [7.14, '7.14'],
      [0.1 + 0.2, '0.3'],
      ['7140.5', '7140.5'],
      [' 12.34 ', '12.34'],
      ['+1.00', '1'],
      ['1e3', '1000'],
      ['12345678901234.56', '12345678901234.56'],
      ['.5', '0.5'],
      ['-0', '0'],
      ['1.230', '1.23'],
      [toDecimal('99.99'), '99.99'],
      [-0, '0'],
    ];
    for (const [paidAmount, expected] of amounts) {
      const groups = aggregateFunnels([{ visitors: 1, buyers: 1, paidAmount }], () => 'k');
      expect(groups.get('k')?.paidAmount.toString(), String(paidAmount)).toBe(expected);
    }
  });

  it('throws at the first bad row with its index and field', () => {
    const bad = [...rows.slice(0, 2), { ...r0, visitors: -3 }, { ...r0, buyers: 'x' }];
    const e = errorOf(() => aggregateFunnels(bad as typeof rows, storeMonth));
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.issues).toHaveLength(1);
    expect(e.issues[0]).toMatchObject({ path: '[2].visitors', row: 2, field: 'visitors', message: 'must be >= 0, received number -3' });
  });

  const badRows: [Record<string, unknown>, string, string][] = [
    [{ visitors: -1, buyers: 0, paidAmount: 0 }, 'visitors', 'must be >= 0, received number -1'],
    [{ visitors: 2.5, buyers: 0, paidAmount: 0 }, 'visitors', 'expected integer, received number 2.5'],
    [{ visitors: '3.2%', buyers: 0, paidAmount: 0 }, 'visitors', 'expected number, received string "3.2%"'],
    [{ buyers: 0, paidAmount: 0 }, 'visitors', 'required number is missing'],
    [{ visitors: 2 ** 53, buyers: 0, paidAmount: 0 }, 'visitors', 'must be <= 9007199254740991, received number 9007199254740992'],
    [{ visitors: 1, buyers: Number.NaN, paidAmount: 0 }, 'buyers', 'expected number, received NaN'],
    [{ visitors: 1, buyers: Number.POSITIVE_INFINITY, paidAmount: 0 }, 'buyers', 'expected number, received number Infinity'],
    [{ visitors: 1, buyers: 0, paidAmount: Number.NaN }, 'paidAmount', 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal'],
    [{ visitors: 1, buyers: 0, paidAmount: Number.POSITIVE_INFINITY }, 'paidAmount', 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal'],
    [{ visitors: 1, buyers: 0, paidAmount: '1,234' }, 'paidAmount', 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal'],
    [{ visitors: 1, buyers: 0, paidAmount: -2 }, 'paidAmount', 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal'],
    [{ visitors: 1, buyers: 0, paidAmount: '-2.5' }, 'paidAmount', 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal'],
    [{ visitors: 1, buyers: 0 }, 'paidAmount', 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal'],
    [{ visitors: 1, buyers: 0, paidAmount: 0, clicks: -1 }, 'clicks', 'must be >= 0, received number -1'],
    [{ visitors: 1, buyers: 0, paidAmount: 0, spend: 'abc' }, 'spend', 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal'],
    [{ visitors: 1, buyers: 0, paidAmount: 0, refundAmount: Number.NaN }, 'refundAmount', 'expected money that is zero or more: a decimal string like "12.34", a finite number or a Decimal'],
    [{ visitors: 1, buyers: 0, paidAmount: 0, presale: 1 }, 'presale', 'expected boolean, received number 1'],
    [{ visitors: 1, buyers: 0, paidAmount: 0, sessions: 3, bounces: 4 }, 'bounces', 'must not exceed sessions (3), received 4'],
    [{ visitors: 1, buyers: 0, paidAmount: 0, returningVisitors: 2 }, 'returningVisitors', 'must not exceed visitors (1), received 2'],
    [{ visitors: 9, buyers: 5, paidAmount: 0, inquirers: 1, inquiryBuyers: 2 }, 'inquiryBuyers', 'must not exceed inquirers (1), received 2'],
    [{ visitors: 9, buyers: 5, paidAmount: 0, newBuyers: 6 }, 'newBuyers', 'must not exceed buyers (5), received 6'],
    [{ visitors: 9, buyers: 5, paidAmount: 0, newBuyers: 3, returningBuyers: 3 }, 'returningBuyers', 'newBuyers + returningBuyers must not exceed buyers (5), received 6'],
  ];

  it('reports each bad row as funnelCountsSchema would: same field, same message', () => {
    for (const [row, field, message] of badRows) {
      const e = errorOf(() => aggregateFunnels([{ visitors: 1, buyers: 0, paidAmount: 0 }, row], () => 'k'));
      expect(e.issues[0], JSON.stringify(row)).toMatchObject({ path: `[1].${field}`, row: 1, field, message });
      const z = errorOf(() => funnelMetrics(row as never));
      expect(z.issues[0], JSON.stringify(row)).toMatchObject({ path: field, message });
    }
  });

  it('rejects money finer than a fen (sums are kept in whole fen)', () => {
    for (const paidAmount of [0.001, '7.145', toDecimal('0.005')]) {
      const e = errorOf(() => aggregateFunnels([{ visitors: 1, buyers: 1, paidAmount }], () => 'k'));
      expect(e.issues[0]).toMatchObject({ path: '[0].paidAmount', expected: 'whole fen (at most 2 decimals)' });
    }
    const huge = errorOf(() => aggregateFunnels([{ visitors: 1, buyers: 1, paidAmount: 1e14 }], () => 'k'));
    expect(huge.issues[0]?.message).toMatch(/at most 90,000,000,000,000 yuan/);
    const hugeString = errorOf(() => aggregateFunnels([{ visitors: 1, buyers: 1, paidAmount: '100000000000000' }], () => 'k'));
    expect((hugeString.issues[0] as RowIssue | undefined)?.field).toBe('paidAmount');
  });

  it('keeps amounts of any size to the fen, and rejects sub-fen numbers as it rejects sub-fen strings', () => {
    // 5,100,485,596.10 yuan is 510,048,559,610 fen; × 100 in binary floating point lands 6e-5 away
    // from the integer, which an absolute tolerance took for a third decimal.
    const big = aggregateFunnels([{ visitors: 1, buyers: 1, paidAmount: 5100485596.1 }, { visitors: 1, buyers: 1, paidAmount: 8863280593.71 }], () => 'k');
    expect(big.get('k')?.paidAmount.toFixed(2)).toBe('13963766189.81');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9e15 }), (fen) => {
        // The number a parser makes of the text "<yuan>.<fen>"; its shortest decimal form is what it says.
        const yuan = Number(`${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`);
        expect(aggregateFunnels([{ visitors: 1, buyers: 1, paidAmount: yuan }], () => 'k').get('k')?.paidAmount.toString()).toBe(toDecimal(String(yuan)).toString());
      }),
      { numRuns: 300 },
    );
    for (const paidAmount of [7.140000001, 1e-9, '7.140000001']) {
      const e = errorOf(() => aggregateFunnels([{ visitors: 1, buyers: 1, paidAmount }], () => 'k'));
      expect(e.issues[0], String(paidAmount)).toMatchObject({ path: '[0].paidAmount', expected: 'whole fen (at most 2 decimals)' });
    }
  });

  it('collects bad rows when asked, skipping them from the sums', () => {
    const input = [r0, 42, { ...r0, visitors: 1.5 }, r0, null];
    const groups = aggregateFunnels(input as typeof rows, storeMonth, { onError: 'collect' });
    expect(groups.get('A 2026-10')?.visitors).toBe(200);
    expect(groups.errors.map((e) => [e.row, e.field, e.path])).toEqual([
      [1, '', '[1]'],
      [2, 'visitors', '[2].visitors'],
      [4, '', '[4]'],
    ]);
    expect(groups.errors[0]?.message).toBe('expected object, received number 42');
    expect(groups.rowCount).toBe(5);
  });

  it('hands bad rows to a callback, keeping nothing', () => {
    const seen: RowIssue[] = [];
    const groups = aggregateFunnels([{ ...r0, visitors: -1 }, r0], storeMonth, { onError: (issue) => seen.push(issue) });
    expect(seen.map((s) => s.path)).toEqual(['[0].visitors']);
    expect(groups.errors).toEqual([]);
    expect(groups.size).toBe(1);
  });

  it('reports a StoreOpsError from keyOf as the row’s issue (a wrong date)', () => {
    const e = errorOf(() => aggregateFunnels([r0, { ...r0, date: '2026-02-30' }], storeMonth));
    expect(e.issues[0]).toMatchObject({ path: '[1].date', row: 1, field: 'date' });
    const collected = aggregateFunnels(
      [r0, { ...r0 }],
      (_r, i) => {
        if (i === 1) throw new Error('boom');
        return i === 0 ? 'x' : (7 as never);
      },
      { onError: 'collect' },
    );
    expect(collected.errors[0]).toMatchObject({ row: 1, field: '', message: 'keyOf threw: boom' });
    const notString = aggregateFunnels([r0], () => 7 as never, { onError: 'collect' });
    expect(notString.errors[0]?.message).toBe('keyOf must return a string, received number 7');
    const thrownValue = aggregateFunnels([r0], () => { throw 'nope'; }, { onError: 'collect' });
    expect(thrownValue.errors[0]?.message).toBe('keyOf threw: string "nope"');
  });

  it('keeps and flags implausible rows (more buyers than visitors on a presale balance day)', () => {
    const input = [
      { visitors: 100, buyers: 3, paidAmount: 300 },
      { visitors: 80, buyers: 120, paidAmount: '36000', presale: true },
      { visitors: 80, buyers: 1, paidAmount: '10', refundAmount: '25.5', impressions: 5, clicks: 6 },
    ];
    const groups = aggregateFunnels(input, () => 'item', { locale: 'en' });
    expect(groups.get('item')?.buyers).toBe(124);
    expect(groups.get('item')?.presale).toBe(true);
    expect(groups.flags.map((f) => [f.row, f.code, f.path])).toEqual([
      [1, 'BUYERS_EXCEED_VISITORS', '[1].buyers'],
      [2, 'COUNT_EXCEEDS_BASE', '[2].clicks'],
      [2, 'REFUNDS_EXCEED_PAID', '[2].refundAmount'],
    ]);
    expect(groups.flags[0]?.message).toBe('Buyers (120) exceed visitors (80): kept — possible on a presale balance-payment day; check the data');
    expect(groups.flags[2]?.params).toEqual({ value: '¥25.50', baseValue: '¥10.00' });
    const zh = aggregateFunnels([input[1]!], () => 'item');
    expect(zh.flags[0]?.message).toBe('支付买家数 120 多于访客数 80：已保留（预售尾款日等情况可能出现），请核对数据');
    const seen: RowFlag[] = [];
    const viaCallback = aggregateFunnels(input, () => 'item', { onFlag: (f) => seen.push(f) });
    expect(seen).toHaveLength(3);
    expect(viaCallback.flags).toEqual([]);
  });

  it('does not flag clicks when impressions are absent, nor reject bounces without sessions', () => {
    const groups = aggregateFunnels([{ visitors: 10, buyers: 1, paidAmount: 1, clicks: 5, bounces: 4, inquiryBuyers: 1 }], () => 'k');
    expect(groups.flags).toEqual([]);
    expect(groups.get('k')?.clicks).toBe(5);
  });

  it('refuses sums beyond exact integers', () => {
    const big = { visitors: Number.MAX_SAFE_INTEGER, buyers: 0, paidAmount: 0 };
    const e = errorOf(() => aggregateFunnels([big, big], () => 'k'));
    expect(e.code).toBe('INFEASIBLE');
    expect(e.issues[0]?.path).toBe('"k".visitors');
  });

  it('keeps every optional field that all rows of a group have', () => {
    const full = { visitors: 10, buyers: 2, paidAmount: '20', impressions: 100, clicks: 10, pageviews: 30, sessions: 12, bounces: 6, cartAdders: 3, favoriters: 2, orderBuyers: 3, orders: 2, inquirers: 4, inquiryBuyers: 1, returningVisitors: 2, newBuyers: 1, returningBuyers: 1, spend: '5', refundAmount: '1' };
    const groups = aggregateFunnels([full, full], () => 'k');
    const merged = mergeFunnels([full, full]);
    const g = groups.get('k')!;
    expect({ ...g, paidAmount: g.paidAmount.toString(), spend: g.spend?.toString(), refundAmount: g.refundAmount?.toString() }).toEqual({
      ...merged,
      paidAmount: merged.paidAmount.toString(),
      spend: merged.spend?.toString(),
      refundAmount: merged.refundAmount?.toString(),
    });
  });

  it('rejects bad arguments', () => {
    expect(errorOf(() => aggregateFunnels(5 as never, () => 'k')).issues[0]?.path).toBe('rows');
    expect(errorOf(() => aggregateFunnels(null as never, () => 'k')).code).toBe('INVALID_INPUT');
    expect(errorOf(() => aggregateFunnels([], 'store' as never)).issues[0]?.path).toBe('keyOf');
    expect(errorOf(() => aggregateFunnels([], () => 'k', { onError: 'ignore' as never })).code).toBe('INVALID_OPTIONS');
    expect(errorOf(() => aggregateFunnels([], () => 'k', { locale: 'de' as never })).code).toBe('INVALID_OPTIONS');
  });
});

describe('aggregateFunnelsAsync', () => {
  async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
    for (const item of items) yield await Promise.resolve(item);
  }

  it('gives the same groups as the sync version', async () => {
    const groups = await aggregateFunnelsAsync(stream(rows), storeMonth);
    const sync = aggregateFunnels(rows, storeMonth);
    expect([...groups.keys()]).toEqual([...sync.keys()]);
    expect(groups.get('A 2026-11')?.paidAmount.toString()).toBe('2381');
    expect(groups.rowCount).toBe(4);
  });

  it('accepts a sync iterable too', async () => {
    const groups = await aggregateFunnelsAsync(rows, (r) => r.store);
    expect(groups.get('B')?.visitors).toBe(50);
  });

  it('rejects with the bad row, or collects it', async () => {
    const bad = [r0, { ...r0, paidAmount: Number.NaN }];
    await expect(aggregateFunnelsAsync(stream(bad), storeMonth)).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: '[1].paidAmount' }] });
    const collected = await aggregateFunnelsAsync(stream(bad), storeMonth, { onError: 'collect' });
    expect(collected.errors[0]?.path).toBe('[1].paidAmount');
    await expect(aggregateFunnelsAsync({} as never, storeMonth)).rejects.toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'rows' }] });
  });
});

describe('aggregateFunnels, odd rows', () => {
  it('reports a row whose getter throws instead of letting the error escape', () => {
    const trap = { buyers: 0, paidAmount: 0 } as Record<string, unknown>;
    Object.defineProperty(trap, 'visitors', { get: () => { throw new TypeError('nope'); }, enumerable: true });
    const groups = aggregateFunnels([trap, { visitors: 1, buyers: 0, paidAmount: 0 }], () => 'k', { onError: 'collect' });
    expect(groups.errors[0]).toMatchObject({ row: 0, field: '', path: '[0]', message: 'could not be read (a getter or proxy threw)' });
    expect(groups.get('k')?.visitors).toBe(1);
  });

  it('renders flags with a plugin’s messages', () => {
    const groups = aggregateFunnels([{ visitors: 1, buyers: 2, paidAmount: 0 }], () => 'k', { messages: { BUYERS_EXCEED_VISITORS: { 'zh-CN': '买家多于访客', en: 'More buyers' } } });
    expect(groups.flags[0]?.message).toBe('买家多于访客');
  });
});
