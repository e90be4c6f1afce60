/**
 * The reference ONLYOFFICE portal: a real HTTP server that answers the login and the three
 * opportunity routes like the real server, in JSON and XML, embeddable in-process; with a team's
 * own data as a {@link Seed}. Its generated data: `@oo-crm/portal/dataset`. Test machinery is in
 * `@oo-crm/portal/testing`.
 *
 * @packageDocumentation
 */
export type { Role } from './auth/authenticator.js';
export { SERVER_THROTTLE, type ThrottleRule } from './auth/login-throttle.js';
export type { FullText } from './crm/selection.js';
export type { Dataset } from './dataset/generate.js';
export {
  DATASET_SIZES,
  DEMO_ADMIN,
  DEMO_GUEST,
  DEMO_USER,
  type Login,
  type PortalOptions,
  TWO_FACTOR_USER,
} from './options.js';
export { type RunningPortal, type SeededPortal, startPortal } from './portal.js';
export type { Seed, SeedContact, SeedDeal, SeedUser } from './seed/format.js';
export { SeedError, type SeedIssue, type SeedIssueKind } from './seed/issues.js';
