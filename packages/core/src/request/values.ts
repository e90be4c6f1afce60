import { ApiDateTime } from '../leaf/api-date-time.js';
import { WIRE_PATTERNS } from '../schema/patterns.js';
import { RequestRuleError } from './error.js';
import { INT32_MAX, INT32_MIN } from './limits.js';
import { byParameter, type RouteParameter } from './parameter.js';

/** What a caller may give for a parameter: the JavaScript value of its type. */
export type ParameterValue = string | number | boolean | Date | ReadonlyArray<string>;

const GUID = new RegExp(WIRE_PATTERNS.guid, 'i');
const INTEGER_TEXT = /^\d{1,10}$/;
// The short date texts the server reads besides its own form; without an offset the portal's
// time zone applies (docs/real-server.md, "List parameters").
const SHORT_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/;

/** The smallest and largest integer the client sends for an integer parameter. */
export function integerBounds(p: RouteParameter): { readonly minimum: number; readonly maximum: number } {
  return { minimum: p.stricter?.minimum ?? p.minimum ?? INT32_MIN, maximum: p.maximum ?? INT32_MAX };
}

/**
 * Whether a short date text names a real calendar date and time: completed to the server's full
 * form, it is read by core's one date rule (`2024-02-30` is not a date; the server would read it
 * as another one).
 */
function isCalendarDateText(value: string): boolean {
  if (!SHORT_DATE.test(value)) return false;
  const completion = value.length === 10 ? 'T00:00:00Z' : value.length === 16 ? ':00Z' : 'Z';
  return ApiDateTime.parse(`${value}${completion}`) !== undefined;
}

const refuse = (p: RouteParameter, message: string): never => {
  throw new RequestRuleError(message, p.name);
};

/**
 * One value of a parameter as the server's text, checked against the table: `undefined` when it
 * is to be left out (a blank text), a {@link RequestRuleError} naming `label` when it breaks a rule.
 * Messages never quote the value.
 */
export const checkedText: (p: RouteParameter, value: unknown, label: string) => string | undefined =
  byParameter<string | undefined, [value: unknown, label: string]>({
    integer: (p, value, label) => {
      const { minimum, maximum } = integerBounds(p);
      const n =
        typeof value === 'number' && Number.isSafeInteger(value)
          ? value
          : typeof value === 'string' && INTEGER_TEXT.test(value)
            ? Number(value)
            : Number.NaN;
      if (!(n >= minimum && n <= maximum))
        refuse(p, `${label} must be an integer from ${minimum} to ${maximum} (digits only)`);
      return String(n);
    },
    string: (p, value, label) => {
      if (typeof value !== 'string') return refuse(p, `${label} must be a text`);
      const text = p.trim ? value.trim() : value;
      if (text === '') {
        if (p.blank === 'refuse') refuse(p, `${label} must be non-empty text${p.repeated ? 's' : ''}`);
        return undefined;
      }
      if (p.stricter?.noComma && text.includes(',')) {
        refuse(p, `${label} must not contain a comma: the server ${p.stricter.server}`);
      }
      return text;
    },
    boolean: (p, value, label) =>
      typeof value === 'boolean' ? String(value) : refuse(p, `${label} must be true or false`),
    guid: (p, value, label) =>
      typeof value === 'string' && GUID.test(value)
        ? value.toLowerCase()
        : refuse(p, `${label} must be a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)`),
    'date-time': (p, value, label) => {
      if (value instanceof Date) {
        if (Number.isNaN(value.getTime())) refuse(p, `${label} is an invalid Date`);
        return ApiDateTime.fromDate(value).text;
      }
      if (
        typeof value === 'string' &&
        (isCalendarDateText(value) || ApiDateTime.parse(value) !== undefined)
      ) {
        return value;
      }
      return refuse(
        p,
        `${label} must be a Date or a date text such as 2024-03-01 or 2024-03-01T09:00:00.0000000+03:00, of a real calendar date`,
      );
    },
    enum: (p, value, label) => {
      const values = p.values ?? [];
      return typeof value === 'string' && values.includes(value)
        ? value
        : refuse(p, `${label} must be one of ${values.join(', ')}`);
    },
  });

/** A value sent as given, unchecked: what a test probing the server's own reading sends. */
export function rawText(value: unknown): string {
  return value instanceof Date ? ApiDateTime.fromDate(value).text : String(value);
}

/**
 * Every text a parameter's value is sent as: one, none (left out), or one per item of a repeated
 * parameter, each checked unless `checked` is false.
 */
export function parameterTexts(p: RouteParameter, value: unknown, label: string, checked: boolean): string[] {
  if (p.repeated) {
    if (!Array.isArray(value)) {
      if (checked) refuse(p, `${label} must be an array of texts`);
      return [rawText(value)];
    }
    return value.flatMap((item) => {
      const text = checked ? checkedText(p, item, label) : rawText(item);
      return text === undefined ? [] : [text];
    });
  }
  const text = checked ? checkedText(p, value, label) : rawText(value);
  return text === undefined ? [] : [text];
}
