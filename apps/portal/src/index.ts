/**
 * The reference ONLYOFFICE portal, embeddable in-process: authentication and the three opportunity
 * routes (bycontact, by id, filter). Its generated data: `@oo-crm/portal/dataset`.
 */

export { SERVER_THROTTLE, type ThrottleRule } from './auth/login-throttle.js';
export type { FullText } from './crm/selection.js';
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
export type { Seed, SeedContact, SeedDeal, SeedUser } from './seed/seed.js';
export { SeedError } from './seed/seed.js';
