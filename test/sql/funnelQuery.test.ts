import { describe, expect, it } from 'vitest';
import { funnelMetricsFromSums, funnelQuery, funnelSumsFromRow } from 'storeops/sql';
import * as root from 'storeops';
import { errorOf } from '../helpers.js';

const hostile = 'x"; DROP TABLE t; --';

describe('funnelQuery', () => {
  it('writes the sums with DECIMAL money, NULL for partial optional sums, and binds every value', () => {
    const q = funnelQuery({ table: ['shop', 'rows'], groupBy: ['store', { month: 'date', as: 'ym' }], columns: { visitors: '访客数', paidAmount: '支付金额', spend: 'cost', presale: 'presale' }, where: { source: 'paid', day: { from: '2026-11-01' } } });
    expect(q.sql).toBe(
      'SELECT "store" AS "store", SUBSTR(CAST("date" AS VARCHAR), 1, 7) AS "ym", ' +
        'CASE WHEN COUNT("访客数") = COUNT(*) THEN SUM(CAST("访客数" AS BIGINT)) END AS "visitors", ' +
        'CASE WHEN COUNT("buyers") = COUNT(*) THEN SUM(CAST("buyers" AS BIGINT)) END AS "buyers", ' +
        'CASE WHEN COUNT("支付金额") = COUNT(*) THEN CAST(SUM(CAST("支付金额" AS DECIMAL(38,2))) AS DECIMAL(38,2)) END AS "paidAmount", ' +
        'CASE WHEN COUNT("cost") = COUNT(*) THEN CAST(SUM(CAST("cost" AS DECIMAL(38,2))) AS DECIMAL(38,2)) END AS "spend", ' +
        'MAX(CASE WHEN "presale" THEN 1 ELSE 0 END) AS "presale", COUNT(*) AS "rowCount", ' +
        'SUM(CASE WHEN ROUND("支付金额", 2) <> "支付金额" OR ROUND("cost", 2) <> "cost" THEN 1 ELSE 0 END) AS "subFenRows" ' +
        'FROM "shop"."rows" WHERE "source" = $1 AND "day" >= $2 GROUP BY "store", SUBSTR(CAST("date" AS VARCHAR), 1, 7) ORDER BY 1, 2',
    );
    expect(q.params).toEqual(['paid', '2026-11-01']);
    expect(q.namedParams).toEqual({ p1: 'paid', p2: '2026-11-01' });
    expect(q.keys).toEqual(['store', 'ym']);
    expect(q.fields).toEqual(['visitors', 'buyers', 'paidAmount', 'spend', 'presale']);
  });

  it('differs by dialect where the engines differ: quoting, placeholders, types, the month', () => {
    const input = { table: 'rows', groupBy: [{ month: 'date' }], where: { store: ['A', 'B'], visitors: { from: 1 }, presale: false, rate: 0.5 } } as const;
    const ansi = funnelQuery({ ...input, dialect: 'ansi' });
    expect(ansi.sql.startsWith('SELECT SUBSTRING(CAST("date" AS VARCHAR(64)) FROM 1 FOR 7) AS "month"')).toBe(true);
    expect(ansi.sql.endsWith('WHERE "store" IN (?, ?) AND "visitors" >= ? AND "presale" = ? AND "rate" = ? GROUP BY SUBSTRING(CAST("date" AS VARCHAR(64)) FROM 1 FOR 7) ORDER BY 1')).toBe(true);
    const spark = funnelQuery({ ...input, dialect: 'spark' });
    expect(spark.sql).toContain('SUBSTR(CAST(`date` AS STRING), 1, 7) AS `month`');
    expect(spark.sql).toContain('CAST(SUM(CAST(`paidAmount` AS DECIMAL(38,2))) AS DECIMAL(38,2))');
    expect(spark.sql.endsWith('WHERE `store` IN (:p1, :p2) AND `visitors` >= :p3 AND `presale` = :p4 AND `rate` = :p5 GROUP BY SUBSTR(CAST(`date` AS STRING), 1, 7) ORDER BY 1')).toBe(true);
    const ch = funnelQuery({ ...input, dialect: 'clickhouse' });
    expect(ch.sql).toContain('SUM(CAST(`visitors` AS Int64))');
    expect(ch.sql).toContain('CAST(SUM(CAST(`paidAmount` AS Decimal(38, 2))) AS Decimal(38, 2))');
    expect(ch.sql.endsWith('WHERE `store` IN ({p1:String}, {p2:String}) AND `visitors` >= {p3:Int64} AND `presale` = {p4:Bool} AND `rate` = {p5:Float64} GROUP BY SUBSTR(CAST(`date` AS String), 1, 7) ORDER BY 1')).toBe(true);
    expect(ch.namedParams).toEqual({ p1: 'A', p2: 'B', p3: 1, p4: false, p5: 0.5 });
  });

  it('quotes a hostile name so that it stays one name, in every dialect', () => {
    expect(funnelQuery({ table: hostile, groupBy: [hostile], columns: { visitors: hostile } }).sql).toContain('SELECT "x""; DROP TABLE t; --" AS "x""; DROP TABLE t; --", CASE WHEN COUNT("x""; DROP TABLE t; --") = COUNT(*)');
    expect(funnelQuery({ table: hostile, groupBy: ['s'] }).sql).toContain('FROM "x""; DROP TABLE t; --" GROUP BY');
    expect(funnelQuery({ table: 't', groupBy: ['a`; DROP TABLE t; --'], dialect: 'spark' }).sql.startsWith('SELECT `a``; DROP TABLE t; --` AS')).toBe(true);
    expect(funnelQuery({ table: 't', groupBy: [hostile], dialect: 'clickhouse' }).sql.startsWith('SELECT `x"; DROP TABLE t; --` AS')).toBe(true);
    // What quoting cannot make safe is refused.
    expect(errorOf(() => funnelQuery({ table: 't', groupBy: ['a`b'], dialect: 'clickhouse' })).issues[0]).toMatchObject({ path: 'groupBy[0]' });
    expect(errorOf(() => funnelQuery({ table: 't', groupBy: ['a\\b'], dialect: 'clickhouse' })).issues[0]).toMatchObject({ path: 'groupBy[0]' });
    expect(errorOf(() => funnelQuery({ table: 't', groupBy: ['a\nb'] })).issues[0]?.message).toMatch(/control characters/);
    expect(errorOf(() => funnelQuery({ table: '', groupBy: ['s'] })).issues[0]).toMatchObject({ path: 'table' });
    // A hostile value is a parameter, never text.
    const q = funnelQuery({ table: 't', groupBy: ['s'], where: { s: "'; DROP TABLE t; --" } });
    expect(q.sql).not.toContain('DROP');
    expect(q.params).toEqual(["'; DROP TABLE t; --"]);
  });

  it('reads files in DuckDB only, their paths bound', () => {
    expect(funnelQuery({ table: { csv: ['a.csv', 'b.csv'] }, groupBy: ['s'] })).toMatchObject({ params: ['a.csv', 'b.csv'] });
    expect(funnelQuery({ table: { csv: ['a.csv', 'b.csv'] }, groupBy: ['s'] }).sql).toContain('FROM read_csv([$1, $2])');
    expect(errorOf(() => funnelQuery({ table: { parquet: 'a.parquet' }, groupBy: ['s'], dialect: 'spark' })).issues[0]).toMatchObject({ path: 'table.parquet' });
    expect(errorOf(() => funnelQuery({ table: { parquet: [] }, groupBy: ['s'] })).issues[0]).toMatchObject({ path: 'table.parquet' });
  });

  it('refuses malformed input at its path', () => {
    expect(errorOf(() => funnelQuery({ table: 't', groupBy: [] })).issues[0]).toMatchObject({ path: 'groupBy' });
    expect(errorOf(() => funnelQuery({ table: [], groupBy: ['s'] })).issues[0]).toMatchObject({ path: 'table' });
    expect(errorOf(() => funnelQuery({ table: 't', groupBy: ['s'], dialect: 'mysql' as never })).code).toBe('INVALID_INPUT');
    expect(errorOf(() => funnelQuery({ table: 't', groupBy: ['s'], columns: ['visits' as never] })).code).toBe('INVALID_INPUT');
    expect(errorOf(() => funnelQuery({ table: 't', groupBy: ['s'], where: { s: [] } })).issues[0]).toMatchObject({ path: 'where.s' });
    expect(errorOf(() => funnelQuery({ table: 't', groupBy: ['s'], where: { s: {} } })).issues[0]).toMatchObject({ path: 'where.s' });
    expect(errorOf(() => funnelQuery({ table: 't', groupBy: ['s'], where: { s: Number.NaN } })).issues[0]).toMatchObject({ path: 'where.s' });
    expect(errorOf(() => funnelQuery(null as never)).code).toBe('INVALID_INPUT');
  });

  it('is not exported from the package root', () => {
    expect('funnelQuery' in root).toBe(false);
    expect('funnelSumsFromRow' in root).toBe(false);
  });
});

describe('funnelSumsFromRow', () => {
  it('reads counts and DECIMALs as engines return them', () => {
    const decimalObject = { toString: () => '12.30' };
    const t = funnelSumsFromRow({ visitors: '100', buyers: 3n, paidAmount: decimalObject, spend: 4.5, refundAmount: 1n, orders: 4, cartAdders: null, presale: 1 });
    expect(t.visitors).toBe(100);
    expect(t.buyers).toBe(3);
    expect(t.paidAmount.toFixed(2)).toBe('12.30');
    expect(t.spend?.toFixed(2)).toBe('4.50');
    expect(t.refundAmount?.toFixed(2)).toBe('1.00');
    expect(t.orders).toBe(4);
    expect('cartAdders' in t).toBe(false);
    expect(t.presale).toBe(true);
    expect(funnelSumsFromRow({ visitors: 1, buyers: 0, paidAmount: '0', presale: 0 }).presale).toBeUndefined();
    expect(funnelSumsFromRow({ visitors: 1, buyers: 0, paidAmount: '0', presale: 'true' }).presale).toBe(true);
  });

  it('refuses a row it cannot read (a revoked proxy) as a bad row, not a TypeError', () => {
    const { proxy, revoke } = Proxy.revocable({ visitors: 1, buyers: 0, paidAmount: '0' }, {});
    revoke();
    expect(errorOf(() => funnelSumsFromRow(proxy))).toMatchObject({ code: 'INVALID_INPUT', issues: [{ path: 'row' }] });
  });

  it('refuses what is not an exact sum, at its column', () => {
    expect(errorOf(() => funnelSumsFromRow({ visitors: 2n ** 60n, buyers: 0, paidAmount: '0' }))).toMatchObject({ code: 'INFEASIBLE', issues: [{ path: 'visitors' }] });
    expect(errorOf(() => funnelSumsFromRow({ visitors: 1.5, buyers: 0, paidAmount: '0' })).issues[0]?.path).toBe('visitors');
    expect(errorOf(() => funnelSumsFromRow({ visitors: '1e3', buyers: 0, paidAmount: '0' })).issues[0]?.path).toBe('visitors');
    expect(errorOf(() => funnelSumsFromRow({ visitors: 1, buyers: 0, paidAmount: {} })).issues[0]?.path).toBe('paidAmount');
    expect(errorOf(() => funnelSumsFromRow({ visitors: 1, buyers: 0, paidAmount: Number.NaN })).issues[0]?.path).toBe('paidAmount');
    expect(errorOf(() => funnelSumsFromRow({ visitors: 1, buyers: 0, paidAmount: '-1.00' })).issues[0]?.path).toBe('paidAmount');
    expect(errorOf(() => funnelSumsFromRow({ visitors: 1, buyers: 0 })).issues[0]?.message).toBe('required sum is missing');
    expect(errorOf(() => funnelSumsFromRow({ visitors: 1, buyers: 0, paidAmount: '1', subFenRows: 2n })).issues[0]?.path).toBe('subFenRows');
    expect(errorOf(() => funnelSumsFromRow([] as never)).issues[0]?.path).toBe('row');
    // A sum breaking a subset rule cannot come from valid rows.
    expect(errorOf(() => funnelSumsFromRow({ visitors: 1, buyers: 0, paidAmount: '1', sessions: 1, bounces: 2 })).issues[0]?.path).toBe('bounces');
  });

  it('gives funnelMetrics of the sums', () => {
    const m = funnelMetricsFromSums({ visitors: 400n, buyers: 12n, paidAmount: '2856.00', spend: '714.00' }, { locale: 'en' });
    expect(m.conversionRate).toBe(0.03);
    expect(m.aov?.toFixed(2)).toBe('238.00');
    expect(m.roi).toBe(4);
  });
});
