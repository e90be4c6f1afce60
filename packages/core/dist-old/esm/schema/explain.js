import { ApiDateTime } from '../leaf/api-date-time.js';
import { describeValue } from '../report/describe-value.js';
import { isPlainRecord } from './plain-record.js';
import { isAbsent, isMandatory } from './presence.js';
/** The place as a JS path (`response[1].stage.stageType`), after `prefix`. */
export function pathOf(place, prefix = '') {
  const keys = [];
  for (let p = place; p !== undefined; p = p.parent) keys.push(p.key);
  let path = prefix;
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i];
    path += typeof key === 'number' ? `[${key}]` : path === '' ? key : `.${key}`;
  }
  return path;
}
/** Whether a leaf value is accepted: the same rules as the fast decoder's, one predicate per kind. */
const ACCEPTS = {
  string: (_, u) => typeof u === 'string',
  boolean: (_, u) => typeof u === 'boolean',
  integer: (_, u) => Number.isSafeInteger(u),
  number: (_, u) => typeof u === 'number' && Number.isFinite(u),
  literal: (s, u) => u === s.value,
  enum: (s, u) => typeof u === 'number' && Number.isInteger(u) && u >= 0 && u < s.names.length,
  'date-time': (_, u) => typeof u === 'string' && ApiDateTime.parse(u) !== undefined,
};
/** The place of the value at `key` of `parent`, or `parent` itself when there is no key. */
const placeAt = (parent, key, codec) => (key === undefined ? parent : { parent, key, codec });
const MISSING = Symbol('missing');
/**
 * Reports the value at `key` of `parent` (or `parent` itself when `key` is undefined) as wrong, or
 * missing. Past the collector's budget the issue is only counted: no place, no message is made, so
 * millions of issues cost a counter.
 */
function report(out, parent, key, named, u) {
  if (out.full) {
    out.countOne();
    return;
  }
  const where = placeAt(parent, key, named);
  out.add(
    where,
    u === MISSING
      ? `missing, expected ${named.expected}`
      : `expected ${named.expected}, got ${describeValue(u)}`,
  );
}
/**
 * Finds every reason why `u` is not a value of `codec` and reports it to `out`, which keeps a
 * bounded number and counts the rest. It never throws and never recurses deeper than the schema,
 * whatever the input. `u` stands at `key` of `parent` (at `parent` itself when `key` is
 * undefined); `named` is the codec a wrong value is reported against (a nullable names itself, not
 * its inner codec). A place is made only to descend into a list or a record.
 */
export function explain(codec, u, out, parent, key, named = codec) {
  const schema = codec.schema;
  switch (schema.kind) {
    case 'nullable':
      if (u !== null) explain(schema.of, u, out, parent, key, named);
      return;
    case 'array': {
      if (!Array.isArray(u)) {
        report(out, parent, key, named, u);
        return;
      }
      const here = placeAt(parent, key, named);
      for (let i = 0; i < u.length; i++) explain(schema.of, u[i], out, here, i);
      return;
    }
    case 'record': {
      if (!isPlainRecord(u)) {
        report(out, parent, key, named, u);
        return;
      }
      const here = placeAt(parent, key, named);
      for (const f of schema.fields) {
        const p = f.presence;
        // Plain reads, as the fast decoder's: no wire name is a member of Object.prototype.
        let raw = u[f.wire];
        if (raw === undefined) raw = u[f.alias];
        if (isAbsent(raw, p)) {
          if (isMandatory(p)) report(out, here, f.wire, f.codec, MISSING);
          continue;
        }
        explain(f.codec, raw, out, here, f.wire);
      }
      return;
    }
    default:
      if (!ACCEPTS[schema.kind](schema, u)) {
        report(out, parent, key, named, u);
      }
  }
}
//# sourceMappingURL=explain.js.map
