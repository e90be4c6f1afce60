var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if ((from && typeof from === 'object') || typeof from === 'function') {
    for (const key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, {
          get: () => from[key],
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable,
        });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, '__esModule', { value: true }), mod);
var kinds_exports = {};
__export(kinds_exports, {
  SCHEMA_KINDS: () => SCHEMA_KINDS,
  bySchema: () => bySchema,
  fieldsOf: () => fieldsOf,
});
module.exports = __toCommonJS(kinds_exports);
const SCHEMA_KINDS = [
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
function bySchema(handlers) {
  const missing = SCHEMA_KINDS.filter((k) => typeof handlers[k] !== 'function');
  if (missing.length > 0) throw new TypeError(`no handler for the schema kinds ${missing.join(', ')}`);
  return (codec, ...args) => handlers[codec.schema.kind](codec.schema, codec, ...args);
}
const fieldsOf = (codec) => (codec.schema.kind === 'record' ? codec.schema.fields : []);
