/** A deterministic, realistic CRM dataset shared by the reference portal, the demo and the benchmarks. */
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
  generateDataset,
  generateOpportunities,
} from './dataset.js';
export { readXmlWithGeneralParser } from './general-xml.js';
