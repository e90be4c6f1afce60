/**
 * The numbers and names every request rule is built from, each written once: the route table
 * (`routes.ts`), the client and the portal read them from here.
 */

/** The largest .NET `int`: an id or index the server binds, past which it answers 400. */
export const INT32_MAX = 2_147_483_647;

/** The smallest .NET `int`. */
export const INT32_MIN = -2_147_483_648;

/** The server's default and largest page size (`count`): more is capped to it. */
export const MAX_PAGE_SIZE = 1000;

/**
 * The largest stage id a search selects by: the server reads `opportunityStagesid` = Int32.MaxValue
 * as "no stage" (the portal's search, apps/portal/src/crm/selection.ts, reads it).
 */
export const MAX_STAGE_ID = INT32_MAX - 1;

/** The name the server takes its token by, as a cookie and as a query parameter (`?asc_auth_key=`). */
export const AUTH_KEY_NAME = 'asc_auth_key';

/**
 * Query names whose values are secrets: the server takes the token as `?asc_auth_key=`, and a
 * login's `token` and `password` must never be shown either (docs/security.md).
 */
export const SECRET_QUERY_NAMES: ReadonlyArray<string> = [AUTH_KEY_NAME, 'token', 'password'];
