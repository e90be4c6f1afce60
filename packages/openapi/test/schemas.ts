// ajv (JSON Schema 2020-12) over the document's components: the validator of any answer the
// document describes, by path, status and media type.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { DOCUMENT } from './document.js';

const ID = 'https://oo-crm.test/openapi.json';
const ajv = new Ajv2020({ allErrors: true, strict: true });
// OpenAPI's own keywords inside schemas, which JSON Schema leaves to the vocabulary's user.
ajv.addKeyword('x-enum-varnames');
ajv.addKeyword('xml');
// The document says `int64` for the integers the core reads: safe integers (past 2^53 a JSON
// number has lost digits in JavaScript), which is what ajv checks it as here.
ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
// The components as `$defs` of one resource: `#/components/schemas/X` becomes `#/$defs/X`.
const absolute = (schema: unknown): unknown =>
  JSON.parse(JSON.stringify(schema).replaceAll('"$ref":"#/components/schemas/', `"$ref":"${ID}#/$defs/`));
ajv.addSchema({ $id: ID, $defs: absolute(DOCUMENT.components.schemas) as object });

const cache = new Map<string, ValidateFunction>();

/** The validator of an answer: the schema the document gives for this path, status and media type. */
export function validatorOf(
  path: string,
  status: number,
  mediaType: string,
  method = 'get',
): ValidateFunction {
  const key = `${method} ${path} ${status} ${mediaType}`;
  const known = cache.get(key);
  if (known) return known;
  let response = DOCUMENT.paths[path]?.[method]?.responses?.[String(status)];
  if (response?.$ref) response = DOCUMENT.components.responses[response.$ref.split('/').at(-1)];
  const schema = response?.content?.[mediaType]?.schema;
  if (!schema) throw new Error(`the document has no ${mediaType} answer ${status} for ${key}`);
  const validate = ajv.compile(absolute(schema) as object);
  cache.set(key, validate);
  return validate;
}

/** The validator of one component, by name. */
export function componentValidator(name: string): ValidateFunction {
  const key = `component ${name}`;
  const validate = cache.get(key) ?? ajv.compile({ $ref: `${ID}#/$defs/${name}` });
  cache.set(key, validate);
  return validate;
}

/** What ajv said, one line per error, for a failure message. */
export const errorsOf = (v: ValidateFunction): string =>
  (v.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`).join('\n');
