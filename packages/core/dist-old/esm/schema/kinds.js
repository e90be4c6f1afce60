/** Every kind, for readers written in JavaScript, which the compiler does not check. */
export const SCHEMA_KINDS = [
  'string',
  'boolean',
  'integer',
  'number',
  'literal',
  'enum',
  'date-time',
  'nullable',
  'array',
  'record',
];
const everyKindListed = true;
void everyKindListed;
/**
 * A function of a codec, by kind. It checks the handlers once, when made, so that a reader in
 * JavaScript missing a kind fails at load, not on the first value of that kind.
 */
export function bySchema(handlers) {
  const missing = SCHEMA_KINDS.filter((k) => typeof handlers[k] !== 'function');
  if (missing.length > 0) throw new TypeError(`no handler for the schema kinds ${missing.join(', ')}`);
  return (codec, ...args) => handlers[codec.schema.kind](codec.schema, codec, ...args);
}
/** The fields of a record codec; none for a codec of another kind. */
export const fieldsOf = (codec) => (codec.schema.kind === 'record' ? codec.schema.fields : []);
//# sourceMappingURL=kinds.js.map
