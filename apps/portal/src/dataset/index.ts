/**
 * The portal's generated data and the catalogue it draws from (users, stages, currencies): the
 * default data of `startPortal`, and the realistic CRM data of the demo, the benchmarks and tests
 * (`@oo-crm/portal/dataset`). Parser-free: only `@oo-crm/core`'s types and values.
 *
 * @packageDocumentation
 */
export {
  CURRENCIES,
  contactPhotoUrl,
  DEFAULT_AVATAR,
  PORTAL_OFFSET_MINUTES,
  PORTAL_ORIGIN,
  profileUrlOf,
  REMOVED_USER,
  STAGES,
  USERS,
} from './catalog.js';
export {
  type Dataset,
  type DatasetOptions,
  DOCUMENTED_CONTACT_ID,
  documentedDeal,
  generateDataset,
  generateOpportunities,
} from './generate.js';
