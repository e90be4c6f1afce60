/** What {@link scan} answers for the "not set" value, `0001-01-01T00:00:00` in any zone. */
const UNSET = 1;
const MS_PER_DAY = 86_400_000;

/** The text the server writes for "no date" (`DateTime.MinValue`). */
export const UNSET_DATE_TIME_TEXT = '0001-01-01T00:00:00.0000000Z';

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil):
// unlike Date.UTC it has no special case for years below 100.
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** The number written by `count` ASCII digits at `start`, or -1 if any is not a digit. */
function digits(text: string, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const c = text.charCodeAt(i);
    if (!isDigit(c)) return -1;
    value = value * 10 + (c - 48);
  }
  return value;
}

/**
 * Reads `yyyy-MM-ddTHH:mm:ss[.f{1,7}](Z|±hh:mm)`: `undefined` when the text is not of that form or
 * not a real calendar date-time, else the instant in milliseconds since the epoch when `instant`
 * is asked for; when only the check is (what a decode needs: the arithmetic is left for whoever
 * reads the instant), {@link UNSET} for the "not set" value and 0 for any other. By hand rather
 * than by regex: dates are the hottest leaf of a decode, and a match array of eleven strings per
 * date was a third of its garbage.
 */
function scan(text: string, instant: boolean): number | undefined {
  const n = text.length;
  if (n < 20 || n > 33) return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = digits(text, 11, 2);
  const minute = digits(text, 14, 2);
  const second = digits(text, 17, 2);
  if (
    (year | month | day | hour | minute | second) < 0 ||
    text.charCodeAt(4) !== 45 ||
    text.charCodeAt(7) !== 45 ||
    text.charCodeAt(10) !== 84 ||
    text.charCodeAt(13) !== 58 ||
    text.charCodeAt(16) !== 58
  ) {
    return undefined;
  }
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  if (hour > 23 || minute > 59 || second > 59) return undefined;
  let p = 19;
  let millis = 0;
  let zeroFraction = true;
  if (text.charCodeAt(p) === 46 /* . */) {
    const start = ++p;
    for (let c = text.charCodeAt(p); p < n && p - start < 8 && isDigit(c); c = text.charCodeAt(++p)) {
      if (c !== 48) zeroFraction = false;
    }
    const count = p - start;
    if (count < 1 || count > 7) return undefined;
    if (instant) millis = digits(text, start, Math.min(count, 3)) * 10 ** (3 - Math.min(count, 3));
  }
  let offset = 0;
  const zone = text.charCodeAt(p);
  if (zone === 90 /* Z */ && p + 1 === n) {
    // UTC
  } else if ((zone === 43 || zone === 45) && p + 6 === n && text.charCodeAt(p + 3) === 58) {
    const oh = digits(text, p + 1, 2);
    const om = digits(text, p + 4, 2);
    if (oh < 0 || om < 0 || oh > 14 || om > 59) return undefined;
    offset = (zone === 45 ? -1 : 1) * (oh * 60 + om);
  } else {
    return undefined;
  }
  if (!instant) {
    const unset = year === 1 && month === 1 && day === 1 && (hour | minute | second) === 0 && zeroFraction;
    return unset ? UNSET : 0;
  }
  return (
    daysFromCivil(year, month, day) * MS_PER_DAY +
    ((hour * 60 + minute - offset) * 60 + second) * 1000 +
    millis
  );
}

/**
 * A date-time as the server wrote it: the text is kept (7 fraction digits, the portal's offset),
 * the instant is exposed as a JS `Date`. `JSON.stringify` gives the server's text back.
 */
export class ApiDateTime {
  /** The server's text, e.g. `2024-03-05T14:20:11.0000000+03:00`. */
  readonly text: string;
  /** True for the server's "not set" value, `0001-01-01T00:00:00.0000000` in any zone. */
  readonly isUnset: boolean;

  private constructor(text: string, isUnset: boolean) {
    this.text = text;
    this.isUnset = isUnset;
  }

  /**
   * The instant, in milliseconds since the epoch (the 100 ns digit is dropped here, kept in
   * `text`). Worked out when asked: most decoded dates are never read as instants, and a number
   * kept per date was garbage for all of them.
   */
  get epochMs(): number {
    return scan(this.text, true) as number;
  }

  /**
   * Reads `yyyy-MM-ddTHH:mm:ss[.f{1,7}](Z|±hh:mm)` (the server always writes 7 digits); `undefined`
   * when the text is not of that form or not a real calendar date-time.
   */
  static parse(text: string): ApiDateTime | undefined {
    const checked = scan(text, false);
    return checked === undefined ? undefined : new ApiDateTime(text, checked === UNSET);
  }

  /** Like {@link ApiDateTime.parse}, but throws a `RangeError` on invalid text. */
  static from(text: string): ApiDateTime {
    const parsed = ApiDateTime.parse(text);
    if (parsed === undefined) throw new RangeError(`not an ONLYOFFICE date-time: ${JSON.stringify(text)}`);
    return parsed;
  }

  /** Writes an instant the way the server does, in a portal whose offset is `offsetMinutes`. */
  static fromDate(date: Date, offsetMinutes = 0): ApiDateTime {
    const local = new Date(date.getTime() + offsetMinutes * 60_000);
    if (Number.isNaN(local.getTime())) throw new RangeError('invalid Date');
    const abs = Math.abs(offsetMinutes);
    const zone =
      offsetMinutes === 0
        ? 'Z'
        : `${offsetMinutes < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
    const text =
      `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}` +
      `T${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}:${pad(local.getUTCSeconds(), 2)}` +
      `.${pad(local.getUTCMilliseconds(), 3)}0000${zone}`;
    return ApiDateTime.from(text);
  }

  /** The instant as a new JS `Date`. */
  get date(): Date {
    return new Date(this.epochMs);
  }

  /** The server's text. */
  toJSON(): string {
    return this.text;
  }

  /** The server's text. */
  toString(): string {
    return this.text;
  }
}
