import {
  AUTHENTICATION_ROUTE,
  BY_ID_ROUTE,
  BYCONTACT_ROUTE,
  byParameter,
  INT32_MAX,
  INT32_MIN,
  integerBounds,
  OPPORTUNITY_ROUTES,
  type Route,
  type RouteParameter,
  routeUrl,
} from '@oo-crm/core';
import { type RunningPortal, startPortal } from '@oo-crm/portal';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BYCONTACT_OPTIONS, CONTACT_ID, OPPORTUNITY_ID } from '../../src/endpoint.js';
import { FILTER_OPTIONS } from '../../src/filter-query.js';
import { type ClientEvent, createClient, InvalidArgumentError } from '../../src/index.js';

/**
 * The conformance walk: every route × parameter × (valid, boundary, invalid) value, derived from
 * core's route table only, through the client and through the reference portal. The client sends
 * what the table allows and refuses the rest before any I/O; the portal answers 400 exactly where
 * the table says the real server does, and where the real server is laxer than the client (the
 * table's `stricter` and rules), it answers without one.
 */

/** A value of a parameter, what the client does with it, and the server's status the table predicts. */
interface Case {
  readonly what: string;
  readonly value: unknown;
  /** The client sends it. */
  readonly sent: boolean;
  /** The portal's status for it sent as is: `ok` is any answer but a 400. */
  readonly server: 'ok' | 400 | 404;
}

const valid = (what: string, value: unknown): Case => ({ what, value, sent: true, server: 'ok' });

/** What the server does with a text it cannot read as the parameter's type. */
const unreadable = (p: RouteParameter, what: string, value: string): Case => ({
  what,
  value,
  sent: false,
  // A path segment that is not digits matches no route (docs/real-server.md).
  server: p.in === 'path' && !/^\d+$/.test(value) ? 404 : p.unreadable === 400 ? 400 : 'ok',
});

const casesOf = byParameter<Case[]>({
  integer: (p) => {
    const { minimum, maximum } = integerBounds(p);
    const outside = [minimum - 1, maximum + 1].filter((n) => n >= INT32_MIN && n <= INT32_MAX);
    return [
      valid('the minimum', minimum),
      valid('the maximum', maximum),
      valid('a digit text', String(minimum + 1)),
      ...outside.map((n) =>
        n < 0 && p.in === 'path'
          ? unreadable(p, `out of range, ${n}`, String(n))
          : ({
              what: `out of range, ${n}`,
              value: n,
              sent: false,
              server: p.stricter ? 'ok' : 400,
            } satisfies Case),
      ),
      unreadable(p, 'not a number', 'abc'),
      unreadable(p, 'beyond Int32', String(INT32_MAX + 1)),
    ];
  },
  string: (p) => [
    valid('a text', 'title'),
    ...(p.stricter?.noComma ? [{ what: 'a comma', value: 'a,b', sent: false, server: 'ok' as const }] : []),
  ],
  boolean: (p) => [valid('true', true), valid('false', false), unreadable(p, 'not a boolean', 'maybe')],
  guid: (p) => [
    valid('an upper-case GUID', '93A3B9C0-3F6E-4D2A-9D63-1C2B3D4E5F60'),
    unreadable(p, 'not a GUID', 'mike'),
  ],
  'date-time': (p) => [
    valid('a date', '2024-03-01'),
    valid("the server's form", '2024-03-01T09:00:00.0000000+03:00'),
    valid('a Date', new Date(Date.UTC(2024, 2, 1))),
    unreadable(p, 'not a date', 'yesterday'),
  ],
  enum: (p) => [...(p.values ?? []).map((v) => valid(v, v)), unreadable(p, 'an unknown name', 'nope')],
});

/** Each route's client call, and the client's name of each parameter. */
const CALLS: Record<string, { readonly names: Readonly<Record<string, string>> }> = {
  bycontact: { names: { ...BYCONTACT_OPTIONS, ...CONTACT_ID } },
  byId: { names: OPPORTUNITY_ID },
  filter: { names: FILTER_OPTIONS },
};
const optionOf = (route: Route, parameter: string): string => {
  const found = Object.entries(CALLS[route.name]?.names ?? {}).find(([, p]) => p === parameter);
  if (!found) throw new Error(`the client has no option for ${route.name}'s ${parameter}`);
  return found[0];
};

/** Values that satisfy the route's rules for a parameter: its partners and what it needs. */
function companions(route: Route, name: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const firstValid = (n: string) =>
    casesOf(route.parameters.find((p) => p.name === n) as RouteParameter).find((c) => c.sent)?.value;
  for (const rule of route.rules ?? []) {
    if (rule.kind === 'requires' && rule.names.includes(name)) out[rule.needs] = firstValid(rule.needs);
    if (rule.kind === 'together' && rule.names.includes(name)) {
      for (const n of rule.names) if (n !== name) out[n] = firstValid(n);
    }
  }
  return out;
}

const DEFAULT_PATH: Record<string, Record<string, unknown>> = {
  bycontact: { contactid: 1234 },
  byId: { opportunityid: 1 },
  filter: {},
};

interface Request {
  readonly route: Route;
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
}

let portal: RunningPortal;
let token: string;
beforeAll(async () => {
  portal = await startPortal();
  const login = await fetch(new URL(routeUrl(AUTHENTICATION_ROUTE), `${portal.url}/`), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(portal.admin),
  });
  token = ((await login.json()) as { response: { token: string } }).response.token;
});
afterAll(async () => {
  await portal?.close();
});

/** The portal's status for the request sent as is, no rule checked. */
async function portalStatus(r: Request): Promise<number> {
  const url = routeUrl(r.route, r.path as never, r.query as never, { checked: false });
  const answer = await fetch(new URL(url, `${portal.url}/`), { headers: { authorization: token } });
  await answer.arrayBuffer();
  return answer.status;
}

/** What the client does with the request: `sent` (whatever the answer), or its refusal before any I/O. */
async function clientOutcome(r: Request): Promise<'sent' | 'refused'> {
  const requests: ClientEvent[] = [];
  const client = createClient({
    baseUrl: portal.url,
    auth: { token },
    retries: 0,
    onEvent: (e) => {
      if (e.type === 'request') requests.push(e);
    },
  });
  const options: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(r.query)) options[optionOf(r.route, name)] = value;
  const api = client.opportunities;
  const call =
    r.route === BYCONTACT_ROUTE
      ? api.byContact(r.path['contactid'] as number, options)
      : r.route === BY_ID_ROUTE
        ? api.get(r.path['opportunityid'] as number)
        : api.filter(options);
  try {
    await call;
    return 'sent';
  } catch (error) {
    if (error instanceof InvalidArgumentError) {
      expect(requests).toEqual([]);
      return 'refused';
    }
    expect(requests.length).toBeGreaterThan(0);
    return 'sent';
  }
}

const parameterCases = OPPORTUNITY_ROUTES.flatMap((route) =>
  route.parameters.flatMap((p) =>
    casesOf(p).map((c) => {
      const value = p.repeated ? [c.value] : c.value;
      const request: Request =
        p.in === 'path'
          ? { route, path: { [p.name]: value }, query: {} }
          : {
              route,
              path: DEFAULT_PATH[route.name] ?? {},
              query: { ...companions(route, p.name), [p.name]: value },
            };
      return [`${route.name} ${p.name}: ${c.what}`, request, c] as const;
    }),
  ),
);

describe('every route × parameter × value of the table, through the client and the portal', () => {
  it.each(parameterCases)('%s', async (_, request, c) => {
    await expect(clientOutcome(request)).resolves.toBe(c.sent ? 'sent' : 'refused');
    const status = await portalStatus(request);
    if (c.server === 'ok') expect(status).not.toBe(400);
    else expect(status).toBe(c.server);
  });
});

const ruleCases = OPPORTUNITY_ROUTES.flatMap((route) =>
  (route.rules ?? []).map((rule) => {
    const name = rule.names[0] as string;
    const value = casesOf(route.parameters.find((p) => p.name === name) as RouteParameter)[0]?.value;
    const request: Request = { route, path: DEFAULT_PATH[route.name] ?? {}, query: { [name]: value } };
    const missing = rule.kind === 'requires' ? rule.needs : rule.names[1];
    return [`${route.name}: ${name} without ${missing} (the server ${rule.server})`, request] as const;
  }),
);

describe("the table's preconditions: refused by the client, answered by the laxer server", () => {
  it.each(ruleCases)('%s', async (_, request) => {
    await expect(clientOutcome(request)).resolves.toBe('refused');
    expect(await portalStatus(request)).toBe(200);
  });

  // The names the server takes but ignores (or misreads), which the client has an option for only
  // to refuse it: refused before any I/O, and never a 400 from the server.
  const ignoredCases = OPPORTUNITY_ROUTES.flatMap((route) =>
    (route.ignored ?? [])
      .filter((i) => Object.values(CALLS[route.name]?.names ?? {}).includes(i.name))
      .map((i) => {
        const request: Request = {
          route,
          path: DEFAULT_PATH[route.name] ?? {},
          query: { [i.name]: '2024-03-01' },
        };
        return [`${route.name}: ${i.name}, which the server ignores`, request] as const;
      }),
  );

  it('has a name the server ignores for which the client has an option', () => {
    expect(ignoredCases.length).toBeGreaterThan(0);
  });

  it.each(ignoredCases)('%s', async (_, request) => {
    await expect(clientOutcome(request)).resolves.toBe('refused');
    const url = new URL(routeUrl(request.route, request.path as never), `${portal.url}/`);
    for (const [name, value] of Object.entries(request.query)) url.searchParams.set(name, String(value));
    const answer = await fetch(url, { headers: { authorization: token } });
    await answer.arrayBuffer();
    expect(answer.status).toBe(200);
  });

  it('covers every route and every parameter of the table', () => {
    for (const route of OPPORTUNITY_ROUTES) {
      for (const p of route.parameters) {
        expect(parameterCases.some(([name]) => name.startsWith(`${route.name} ${p.name}:`))).toBe(true);
      }
    }
  });
});
