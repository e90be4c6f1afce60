import {
  type AnyCodec,
  AuthenticationEnvelope,
  BidType,
  byParameter,
  CustomFieldType,
  ErrorEnvelope,
  OPPORTUNITY_ROUTES,
  type Route,
  type RouteParameter,
  ShareType,
  StageType,
  WIRE_PATTERNS,
} from '@oo-crm/core';
import { type Examples, errorExamples, itemExamples, listExamples, searchExamples } from './examples.js';
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

/** How to read an XML answer: no JSON Schema can say which elements are lists, so it is text. */
const XML_RECIPE =
  "The answer is described as text: read it as text (openapi-fetch: `parseAs: 'text'`) and decode " +
  "it with `decodeOpportunities(text, 'xml')` (or `decodeOpportunity` for one deal) from `@oo-crm/core`, " +
  'which knows from the schema which elements are lists and gives the same values as the JSON answer.';

const SECURITY_NOTE =
  'The token of `POST api/2.0/authentication`, sent as is in `Authorization` (no scheme word). ' +
  'The server also takes `Basic` credentials and `asc_auth_key` as a cookie or a query parameter.';

/** Descriptive operation ids, by route name; the XML form adds `Xml`. */
const OPERATION_IDS: Readonly<Record<string, string>> = {
  bycontact: 'listContactOpportunities',
  byId: 'getOpportunity',
  filter: 'searchOpportunities',
};

/** The prefix of a route's own parameter components, where a name means different things per route. */
const PARAMETER_PREFIXES: Readonly<Record<string, string>> = {
  bycontact: 'ByContact',
  byId: 'ById',
  filter: 'Search',
};

/** The message the server writes for each refusal (server-facts.md, "Envelope"). */
const MESSAGES: Readonly<Record<number, string>> = {
  400: 'Value does not fall within the expected range.',
  402: 'PaymentRequired',
  403: 'Forbidden',
  404: 'Not found',
  500: 'Object reference not set to an instance of an object.',
};

/** The core's enums, whose names a query parameter may take (`stageType=ClosedAndWon`). */
const ENUM_CODECS: ReadonlyArray<AnyCodec> = [BidType, StageType, ShareType, CustomFieldType];

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** `contactid` → `ContactId`: a parameter's name as a component's. */
const componentName = (parameter: string) => upperFirst(parameter).replace(/id$/, 'Id');
const ref = (kind: string, name: string) => ({ $ref: `#/components/${kind}/${name}` });
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The routes' parameters as shared components, and the named enums of their values. */
class ParameterComponents {
  readonly parameters: Record<string, JsonSchema> = {};
  readonly enums: Record<string, JsonSchema> = {};
  private readonly names = new Map<RouteParameter, string>();

  constructor(routes: ReadonlyArray<Route>) {
    const byName = new Map<string, Array<{ route: Route; p: RouteParameter; object: JsonSchema }>>();
    for (const route of routes) {
      for (const p of route.parameters) {
        const uses = byName.get(p.name) ?? [];
        uses.push({ route, p, object: this.parameterObject(p) });
        byName.set(p.name, uses);
      }
    }
    for (const [name, uses] of byName) {
      // One component when every route means the same by the name; else one per route.
      const shared = uses.every((u) => same(u.object, uses[0]!.object));
      for (const u of uses) {
        const key = `${shared ? '' : PARAMETER_PREFIXES[u.route.name]}${componentName(name)}`;
        this.parameters[key] = u.object;
        this.names.set(u.p, key);
      }
    }
  }

  /** The reference to a parameter's component. */
  refOf(p: RouteParameter): JsonSchema {
    return ref('parameters', this.names.get(p) as string);
  }

  /** A named enum of a parameter's values: `StageTypeName` for the names of the core's `StageType`. */
  private enumOf(p: RouteParameter): JsonSchema {
    const values = p.values ?? [];
    const codec = ENUM_CODECS.find((c) => c.schema.kind === 'enum' && same(c.schema.names, values));
    const name = codec ? `${codec.name}Name` : upperFirst(p.name);
    const schema = {
      title: name,
      type: 'string',
      enum: values,
      description: codec
        ? `The names of ${codec.name}, as a query parameter takes them (its numbers are read too).`
        : `The values \`${p.name}\` takes.`,
    };
    const known = this.enums[name];
    if (known && !same(known, schema)) throw new Error(`two parameter enums are called ${name}`);
    this.enums[name] = schema;
    return ref('schemas', name);
  }

  /** A parameter's value schema, one handler per parameter type (a new type fails to compile here). */
  private readonly valueSchema = byParameter<JsonSchema>({
    integer: (p) => ({
      type: 'integer',
      ...(p.minimum === undefined ? {} : { minimum: p.minimum }),
      ...(p.maximum === undefined ? {} : { maximum: p.maximum }),
    }),
    string: () => ({ type: 'string' }),
    boolean: () => ({ type: 'boolean' }),
    guid: () => ({ type: 'string', pattern: WIRE_PATTERNS.guid }),
    'date-time': () => ({
      type: 'string',
      description: 'The server’s date-time text, or an ISO date `yyyy-mm-dd`.',
    }),
    enum: (p) => this.enumOf(p),
  });

  private parameterObject(p: RouteParameter): JsonSchema {
    const base = this.valueSchema(p);
    return {
      name: p.name,
      in: p.in,
      ...(p.in === 'path' || p.required ? { required: true } : {}),
      description: p.doc,
      schema: p.repeated ? { type: 'array', items: base } : base,
      ...(p.repeated ? { style: 'form', explode: true } : {}),
    };
  }
}

/** A wire format's media type and the names of its shared refusals. */
interface Form {
  readonly format: 'json' | 'xml';
  readonly mediaType: string;
  /** Added to operation ids and response components. */
  readonly suffix: '' | 'Xml';
}
const FORMS: ReadonlyArray<Form> = [
  { format: 'json', mediaType: JSON_TYPE, suffix: '' },
  { format: 'xml', mediaType: XML_TYPE, suffix: 'Xml' },
];

/** Text, for XML: the schema of every XML body (see {@link XML_RECIPE}). */
const XML_TEXT: JsonSchema = {
  type: 'string',
  description: 'An XML document whose root is `<result>`; read it with `@oo-crm/core` (see the operation).',
};

/** The content of an answer in one form: JSON by its schema, XML as text; with examples. */
function content(form: Form, codec: AnyCodec, examples: Examples, schemas: SchemaComponents): JsonSchema {
  const schema = form.format === 'json' ? schemas.schemaOf(codec) : XML_TEXT;
  return { [form.mediaType]: { schema, examples } };
}

/** The error envelope of `status` in one form. */
const errorContent = (form: Form, status: number, schemas: SchemaComponents) =>
  content(form, ErrorEnvelope, errorExamples(status, MESSAGES[status] ?? 'Error', form.format), schemas);

const RETRY_AFTER = {
  'Retry-After': {
    description:
      'Seconds to wait (or an HTTP date); the client waits that long, up to its `maxRetryAfterMs`.',
    schema: { type: 'string' },
  },
};

/** The refusals every data route shares, per form, as `components/responses`. */
function sharedResponses(schemas: SchemaComponents): Record<string, JsonSchema> {
  const out: Record<string, JsonSchema> = {
    Unauthorized: {
      description:
        'No valid credentials: ASP.NET’s plain answer (`text/html`), not the error envelope, with `WWW-Authenticate: Basic Realm="<host>"` when the request carried `Authorization`.',
      headers: {
        'WWW-Authenticate': {
          description: 'The Basic challenge, when the request carried `Authorization`.',
          schema: { type: 'string' },
        },
      },
      content: {
        'text/html': {
          schema: { type: 'string' },
          examples: { unauthorized: { summary: 'The plain text', value: 'Unauthorized' } },
        },
      },
    },
    TooManyRequests: {
      description:
        'Too many requests, from a proxy or gateway in front of the server (the server itself never answers 429). `@oo-crm/client` retries it with backoff (`RateLimitError` when its retries are spent), honouring `Retry-After`.',
      headers: RETRY_AFTER,
    },
    Unavailable: {
      description:
        '502, 503 or 504: a proxy, or the server restarting. `@oo-crm/client` retries these with backoff (`ServerError` when its retries are spent), honouring `Retry-After`.',
      headers: RETRY_AFTER,
    },
  };
  for (const form of FORMS) {
    out[`PaymentRequired${form.suffix}`] = {
      description: 'The portal is not paid for, or not active: "PaymentRequired".',
      content: errorContent(form, 402, schemas),
    };
    out[`Forbidden${form.suffix}`] = {
      description: 'The caller has no access to CRM (a guest): "Forbidden".',
      content: errorContent(form, 403, schemas),
    };
    out[`ServerError${form.suffix}`] = {
      description:
        'Anything else the server fails on, in its error envelope with the exception’s message. `@oo-crm/client` retries it with backoff (`ServerError` when its retries are spent).',
      content: errorContent(form, 500, schemas),
    };
  }
  return out;
}

/** The examples of a route's success, by route name. */
const SUCCESS_EXAMPLES: Readonly<Record<string, (format: 'json' | 'xml') => Examples>> = {
  bycontact: listExamples,
  byId: itemExamples,
  filter: searchExamples,
};

function operation(route: Route, form: Form, schemas: SchemaComponents, params: ParameterComponents) {
  const operationId = `${OPERATION_IDS[route.name]}${form.suffix}`;
  const forms =
    form.format === 'json'
      ? `The same answer at \`/${route.path}.json\` (the \`.json\` suffix is an alias). In XML: \`${OPERATION_IDS[route.name]}Xml\`.`
      : `The JSON form without a suffix (or \`.json\`): \`${OPERATION_IDS[route.name]}\`; \`.tml\` is an alias of \`.xml\`.`;
  return {
    operationId,
    summary: form.format === 'json' ? route.title : `${route.title}, in XML`,
    description: [
      route.summary,
      ...route.notes,
      forms,
      ...(form.format === 'xml' ? [XML_RECIPE, XML_NOTE] : []),
    ].join('\n\n'),
    tags: ['Opportunities'],
    parameters: route.parameters.map((p) => params.refOf(p)),
    responses: {
      '200': {
        description: 'Success.',
        content: content(form, route.envelope, SUCCESS_EXAMPLES[route.name]!(form.format), schemas),
      },
      ...Object.fromEntries(
        route.errors.map((e) => [
          String(e.status),
          { description: `When ${e.when}.`, content: errorContent(form, e.status, schemas) },
        ]),
      ),
      '401': ref('responses', 'Unauthorized'),
      '402': ref('responses', `PaymentRequired${form.suffix}`),
      '403': ref('responses', `Forbidden${form.suffix}`),
      '429': ref('responses', 'TooManyRequests'),
      '500': ref('responses', `ServerError${form.suffix}`),
      '5XX': ref('responses', 'Unavailable'),
    },
  };
}

const CREDENTIALS = {
  description: 'The user name (an e-mail address) and password; JSON or a form.',
  required: true,
  content: Object.fromEntries(
    [JSON_TYPE, 'application/x-www-form-urlencoded'].map((type) => [
      type,
      {
        schema: {
          type: 'object',
          required: ['userName', 'password'],
          properties: {
            userName: { type: 'string', description: 'The user’s e-mail address.' },
            password: { type: 'string', format: 'password' },
          },
        },
        examples: {
          credentials: {
            summary: 'A user name and a password',
            value: { userName: 'anna.oneil@crm.example.com', password: 'correct horse battery staple' },
          },
        },
      },
    ]),
  ),
};

/** `POST api/2.0/authentication` and its second step, `authentication/{code}`. */
function loginPaths(schemas: SchemaComponents): Record<string, JsonSchema> {
  const responses = {
    '201': {
      description:
        'A token and its expiry; or, when a second factor is needed, no token and what to send to `authentication/{code}`.',
      content: {
        [JSON_TYPE]: {
          schema: schemas.schemaOf(AuthenticationEnvelope),
          examples: {
            token: {
              summary: 'A token',
              value: {
                count: 1,
                status: 0,
                statusCode: 201,
                response: {
                  token: 'sW9Yb0Qxd1a9vq0mJpM4H8n2Fz5kLcR7tE3uXyGhNoP=',
                  expires: '2027-12-06T21:17:00.0000000+03:00',
                },
              },
            },
            secondFactor: {
              summary: 'A code from an authenticator app is needed',
              value: { count: 1, status: 0, statusCode: 201, response: { tfa: true } },
            },
          },
        },
      },
    },
    '500': {
      description:
        'Wrong credentials ("User authentication failed") or too many attempts ("Login Fail. Too many attempts"): the server answers HTTP 500, not 401.',
      content: {
        [JSON_TYPE]: {
          schema: schemas.schemaOf(ErrorEnvelope),
          examples: {
            ...errorExamples(500, 'User authentication failed', 'json'),
            tooMany: errorExamples(500, 'Login Fail. Too many attempts', 'json')['error']!,
          },
        },
      },
    },
  };
  const login = (operationId: string, summary: string, description: string, parameters: JsonSchema[]) => ({
    post: {
      operationId,
      summary,
      description,
      tags: ['Authentication'],
      security: [],
      parameters,
      requestBody: ref('requestBodies', 'Credentials'),
      responses,
    },
  });
  return {
    '/api/2.0/authentication': login(
      'logIn',
      'Log in with a user name and a password',
      'The same at `/api/2.0/authentication.json` (an alias). Send the token as is in `Authorization`.',
      [],
    ),
    '/api/2.0/authentication/{code}': login(
      'logInWithCode',
      'The second step of a two-factor login',
      'The same credentials again, with the code sent by SMS or shown by the authenticator app in the path.',
      [ref('parameters', 'Code')],
    ),
  };
}

/**
 * The OpenAPI 3.1 document of the opportunity routes and the login, generated from the same
 * schema as the decoders (and so unable to drift from them): what the real server sends, with
 * camelCase names, fields left out when at their default, enums as numbers, dates as the server
 * writes them; one operation per route and format, with the golden fixtures as examples.
 * `version` is the package's; `routes` is core's route table (a test gives a changed copy).
 */
export function openApiDocument(
  version: string,
  routes: ReadonlyArray<Route> = OPPORTUNITY_ROUTES,
): OpenApiDocument {
  const schemas = new SchemaComponents();
  const params = new ParameterComponents(routes);
  const paths: Record<string, JsonSchema> = {};
  for (const route of routes) {
    for (const form of FORMS) {
      paths[`/${route.path}${form.format === 'xml' ? '.xml' : ''}`] = {
        get: operation(route, form, schemas, params),
      };
    }
  }
  Object.assign(paths, loginPaths(schemas));
  const responses = sharedResponses(schemas);
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
        'offset.\n\nEach route has one JSON operation (the `.json` suffix is an alias of no suffix) and ' +
        `one XML operation (\`.xml\`), whose answers are text. ${XML_RECIPE}\n\n${XML_NOTE}`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [
      {
        url: 'https://{portal}{prefix}',
        description: 'An ONLYOFFICE portal.',
        variables: {
          portal: { default: 'example.onlyoffice.com', description: 'The portal’s host.' },
          prefix: {
            default: '',
            description: 'A path prefix, for a portal served under one (e.g. `/portal`); empty at the root.',
          },
        },
      },
    ],
    security: [{ token: [] }],
    tags: [
      { name: 'Opportunities', description: 'Deals of the CRM.' },
      { name: 'Authentication', description: 'Getting a token.' },
    ],
    paths,
    components: {
      schemas: { ...schemas.components(), ...params.enums },
      parameters: {
        ...params.parameters,
        Code: {
          name: 'code',
          in: 'path',
          required: true,
          description: 'The code sent by SMS or shown by the authenticator app.',
          schema: { type: 'string' },
          example: '246810',
        },
      },
      requestBodies: { Credentials: CREDENTIALS },
      responses,
      securitySchemes: {
        token: { type: 'apiKey', in: 'header', name: 'Authorization', description: SECURITY_NOTE },
      },
    },
  };
}
