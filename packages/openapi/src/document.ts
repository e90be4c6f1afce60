import {
  type AnyCodec,
  AuthenticationEnvelope,
  ErrorEnvelope,
  OPPORTUNITY_ROUTES,
  type Route,
  type RouteParameter,
  WIRE_PATTERNS,
} from '@oo-crm/core';
import { type JsonSchema, SchemaComponents } from './json-schema.js';

/** An OpenAPI 3.1 document, as plain JSON. */
export type OpenApiDocument = { readonly [key: string]: unknown };

const JSON_TYPE = 'application/json';
const XML_TYPE = 'text/xml';
// The server writes these with `charset=UTF-8`; OpenAPI media types carry no parameters.

const XML_NOTE =
  'In XML (the `.xml` or `.tml` suffix) the same names are elements under `<result>`: a list is ' +
  'its items repeated under the property name, with no wrapper (`<response>…</response><response>…</response>`), ' +
  'so one item looks like an object and an empty list writes no element at all; numbers and ' +
  'booleans are text (`True`/`False` are read too).';

const SECURITY_NOTE =
  'The token of `POST api/2.0/authentication`, sent as is in `Authorization` (no scheme word). ' +
  'The server also takes `Basic` credentials and `asc_auth_key` as a cookie or a query parameter.';

/** The parameters of a route, as OpenAPI parameter objects. */
function parameterObject(p: RouteParameter): JsonSchema {
  const base: JsonSchema =
    p.type === 'integer'
      ? {
          type: 'integer',
          ...(p.minimum === undefined ? {} : { minimum: p.minimum }),
          ...(p.maximum === undefined ? {} : { maximum: p.maximum }),
        }
      : p.type === 'enum'
        ? { type: 'string', enum: p.values }
        : p.type === 'guid'
          ? { type: 'string', pattern: WIRE_PATTERNS.guid }
          : p.type === 'date-time'
            ? { type: 'string', description: 'The server’s date-time text, or an ISO date `yyyy-mm-dd`.' }
            : { type: p.type };
  return {
    name: p.name,
    in: p.in,
    ...(p.in === 'path' || p.required ? { required: true } : {}),
    description: p.doc,
    schema: p.repeated ? { type: 'array', items: base } : base,
    ...(p.repeated ? { style: 'form', explode: true } : {}),
  };
}

/** The form of a route's answers: JSON without a suffix and with `.json`, XML with `.xml`. */
interface Form {
  readonly suffix: '' | '.json' | '.xml';
  readonly mediaType: string;
  readonly label: string;
}
const FORMS: ReadonlyArray<Form> = [
  { suffix: '', mediaType: JSON_TYPE, label: 'JSON' },
  { suffix: '.json', mediaType: JSON_TYPE, label: 'JSON, .json' },
  { suffix: '.xml', mediaType: XML_TYPE, label: 'XML' },
];

/** `bycontact` → `ByContact`, for operation ids. */
const pascal = (name: string) =>
  name === 'bycontact' ? 'ByContact' : name[0]!.toUpperCase() + name.slice(1);
const SUFFIX_NAMES = { '': '', '.json': 'Json', '.xml': 'Xml' } as const;

/** The shared refusals: 401 (plain text), 402 and 403 (the error envelope). */
function sharedErrors(error: JsonSchema): Record<string, JsonSchema> {
  return {
    '401': { $ref: '#/components/responses/Unauthorized' },
    '402': { description: 'The portal is not paid for, or not active: "PaymentRequired".', content: error },
    '403': { description: 'The caller has no access to CRM: "Forbidden".', content: error },
  };
}

function operation(route: Route, form: Form, schemas: SchemaComponents): JsonSchema {
  // In XML the envelope is the root element `<result>`.
  const root = form.mediaType === XML_TYPE ? { xml: { name: 'result' } } : {};
  const media = (codec: AnyCodec) => ({
    [form.mediaType]: { schema: { ...schemas.schemaOf(codec), ...root } },
  });
  const error = media(ErrorEnvelope);
  return {
    operationId: `get${pascal(route.name)}${SUFFIX_NAMES[form.suffix]}`,
    summary: `${route.title} (${form.label})`,
    description: [route.summary, ...route.notes, ...(form.mediaType === XML_TYPE ? [XML_NOTE] : [])].join(
      '\n\n',
    ),
    tags: ['Opportunities'],
    parameters: route.parameters.map(parameterObject),
    responses: {
      '200': { description: 'Success.', content: media(route.envelope) },
      ...Object.fromEntries(
        route.errors.map((e) => [String(e.status), { description: `When ${e.when}.`, content: error }]),
      ),
      ...sharedErrors(error),
    },
  };
}

/** `POST api/2.0/authentication` and its second step, `authentication/{code}`. */
function loginPaths(schemas: SchemaComponents): Record<string, JsonSchema> {
  const requestBody = {
    required: true,
    content: {
      [JSON_TYPE]: {
        schema: {
          type: 'object',
          required: ['userName', 'password'],
          properties: { userName: { type: 'string' }, password: { type: 'string', format: 'password' } },
        },
      },
      'application/x-www-form-urlencoded': {
        schema: {
          type: 'object',
          required: ['userName', 'password'],
          properties: { userName: { type: 'string' }, password: { type: 'string' } },
        },
      },
    },
  };
  const responses = {
    '201': {
      description:
        'A token and its expiry; or, when a second factor is needed, no token and what to send to `authentication/{code}`.',
      content: { [JSON_TYPE]: { schema: schemas.schemaOf(AuthenticationEnvelope) } },
    },
    '500': {
      description:
        'Wrong credentials ("User authentication failed") or too many attempts ("Login Fail. Too many attempts"): the server answers HTTP 500, not 401.',
      content: { [JSON_TYPE]: { schema: schemas.schemaOf(ErrorEnvelope) } },
    },
  };
  const login = (operationId: string, summary: string, parameters: JsonSchema[]) => ({
    post: {
      operationId,
      summary,
      tags: ['Authentication'],
      security: [],
      parameters,
      requestBody,
      responses,
    },
  });
  return {
    '/api/2.0/authentication': login('logIn', 'Log in with a user name and a password.', []),
    '/api/2.0/authentication/{code}': login('logInWithCode', 'The second step of a two-factor login.', [
      {
        name: 'code',
        in: 'path',
        required: true,
        description: 'The code sent by SMS or shown by the app.',
        schema: { type: 'string' },
      },
    ]),
  };
}

/**
 * The OpenAPI 3.1 document of the opportunity routes and the login, generated from the same
 * schema as the decoders (and so unable to drift from them): what the real server sends, with
 * camelCase names, fields left out when at their default, enums as numbers, dates as the server
 * writes them. `version` is the package's.
 */
export function openApiDocument(version: string): OpenApiDocument {
  const schemas = new SchemaComponents();
  const paths: Record<string, JsonSchema> = {};
  for (const route of OPPORTUNITY_ROUTES) {
    for (const form of FORMS)
      paths[`/${route.path}${form.suffix}`] = { get: operation(route, form, schemas) };
  }
  Object.assign(paths, loginPaths(schemas));
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://spec.openapis.org/oas/3.1/dialect/base',
    info: {
      title: 'ONLYOFFICE CRM opportunities, as the server answers',
      version,
      summary: 'The opportunity routes of ONLYOFFICE Community Server, and its login.',
      description:
        'Generated by `@oo-crm/core` from the codecs that decode these answers. It describes what ' +
        'the real server sends, which differs from its published documentation: camelCase names, ' +
        'fields left out at their defaults, enums as numbers, dates with 7 fraction digits and an ' +
        `offset.\n\n${XML_NOTE}`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: 'https://{portal}',
        description: 'An ONLYOFFICE portal.',
        variables: { portal: { default: 'example.onlyoffice.com', description: 'The portal’s host.' } },
      },
    ],
    security: [{ token: [] }],
    tags: [
      { name: 'Opportunities', description: 'Deals of the CRM.' },
      { name: 'Authentication', description: 'Getting a token.' },
    ],
    paths,
    components: {
      schemas: schemas.components(),
      responses: {
        Unauthorized: {
          description:
            'No valid credentials: ASP.NET’s plain answer (`text/html`), not the error envelope, with `WWW-Authenticate: Basic Realm="<host>"` when the request carried `Authorization`.',
          headers: {
            'WWW-Authenticate': {
              description: 'The Basic challenge, when the request carried `Authorization`.',
              schema: { type: 'string' },
            },
          },
          content: { 'text/html': { schema: { type: 'string' } } },
        },
      },
      securitySchemes: {
        token: { type: 'apiKey', in: 'header', name: 'Authorization', description: SECURITY_NOTE },
      },
    },
  };
}
