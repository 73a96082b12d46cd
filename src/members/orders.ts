import * as z from 'zod/mini';
import { isIsoDate, isoDateSchema, toDayNumber, type IsoDate } from '../core/dates.js';
import { StoreDecimal, fromMinorUnits, toDecimal, toMinorUnits, type Decimal } from '../core/decimal.js';
import { isNonNegativeMoney, nonNegativeMoneySchema, type MoneyInput } from '../core/money.js';
import { parseInput } from '../core/validate.js';
import { pure } from '../core/pure.js';

/** One paid order. Pass paid orders only (refunded orders removed). */
export interface MemberOrder {
  /** Stable id of the buyer (买家 ID or a hash of it). */
  buyerId: string;
  /** The day the order was paid. */
  date: IsoDate;
  /** Amount paid in yuan. */
  amount: MoneyInput;
}

/** zod schema of the orders of {@link memberStats} and `rfmSegments`. Unknown fields are ignored. */
export const memberOrdersSchema = /* @__PURE__ */ pure(() => z.array(
  z.object({
    buyerId: z.string().check(z.minLength(1)),
    date: isoDateSchema,
    amount: nonNegativeMoneySchema,
  }),
));

/** @internal An order as numbers: its day number and amount (integer fen when exact). */
export interface ParsedOrder {
  buyerId: string;
  day: number;
  amount: MoneyInput;
  /** Whole fen, or `null` when the amount has more than two decimals. */
  fen: number | null;
}

/**
 * @internal Validates orders and converts dates to day numbers and amounts to fen. Orders are
 * checked by hand, as memberOrdersSchema checks them, with each distinct date read once (a
 * million orders hold a few hundred days); at the first order the hand check refuses, the zod
 * schema parses the whole list, so a bad order gets exactly the schema's issue and path.
 */
export function parseOrders(orders: unknown): ParsedOrder[] {
  if (!Array.isArray(orders)) return parseSlow(orders);
  const list = orders as readonly unknown[];
  const out: ParsedOrder[] = new Array<ParsedOrder>(list.length);
  const days = new Map<string, number>();
  try {
    for (let i = 0; i < list.length; i++) {
      const o = list[i] as { buyerId?: unknown; date?: unknown; amount?: unknown } | null;
      if (typeof o !== 'object' || o === null || Array.isArray(o)) return parseSlow(orders);
      const buyerId = o.buyerId;
      const date = o.date;
      const amount = o.amount;
      if (typeof buyerId !== 'string' || buyerId.length === 0 || typeof date !== 'string') return parseSlow(orders);
      let day = days.get(date);
      if (day === undefined) {
        if (!isIsoDate(date)) return parseSlow(orders);
        day = toDayNumber(date);
        days.set(date, day);
      }
      let fen: number | null;
      if (typeof amount === 'number') {
        if (!(amount >= 0) || amount === Infinity) return parseSlow(orders);
        fen = toMinorUnits(amount);
      } else {
        if (!isNonNegativeMoney(amount)) return parseSlow(orders);
        fen = typeof amount === 'string' ? toMinorUnits(amount) : null;
      }
      out[i] = { buyerId, day, amount, fen };
    }
  } catch {
    // A getter or proxy that throws: let the schema report it as it always has.
    return parseSlow(orders);
  }
  return out;
}

/** The schema's parse: for a list the hand check refused (it throws the schema's issue). */
function parseSlow(orders: unknown): ParsedOrder[] {
  const list = parseInput(memberOrdersSchema, orders) as MemberOrder[];
  return list.map((o) => {
    const fen = typeof o.amount === 'string' || typeof o.amount === 'number' ? toMinorUnits(o.amount) : null;
    return { buyerId: o.buyerId, day: toDayNumber(o.date), amount: o.amount, fen };
  });
}

/** @internal An exact running sum of amounts: integer fen while possible, a Decimal for the rest. */
export interface MoneySum {
  fen: number;
  rest: Decimal | null;
}

/** @internal A new empty sum. */
export function emptySum(): MoneySum {
  return { fen: 0, rest: null };
}

/** @internal Adds an order's amount to a sum. */
export function addAmount(sum: MoneySum, o: ParsedOrder): void {
  if (o.fen !== null && Number.isSafeInteger(sum.fen + o.fen)) sum.fen += o.fen;
  else sum.rest = (sum.rest ?? new StoreDecimal(0)).plus(toDecimal(o.amount));
}

/** @internal The value of a sum. */
export function sumValue(sum: MoneySum): Decimal {
  const fen = fromMinorUnits(sum.fen);
  return sum.rest === null ? fen : fen.plus(sum.rest);
}
