/** The reference ONLYOFFICE portal for the bycontact endpoint, embeddable in-process. */
export { SERVER_THROTTLE, type ThrottleRule } from './login-throttle.js';
export {
  DATASET_SIZES,
  DEMO_ADMIN,
  DEMO_GUEST,
  DEMO_USER,
  type Login,
  type PortalOptions,
  TWO_FACTOR_USER,
} from './options.js';
export { type RunningPortal, startPortal } from './portal.js';
export type { Seed, SeedContact, SeedDeal, SeedUser } from './seed.js';
export { SeedError } from './seed.js';
