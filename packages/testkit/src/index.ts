/**
 * Test helpers shared by the packages' tests and the benchmarks: the portal's realistic dataset
 * (owned by `@oo-crm/portal/dataset`, re-exported here for the tests that already read it from
 * here) and a second, independent XML reader.
 */
export * from '@oo-crm/portal/dataset';
export { readXmlWithGeneralParser } from './general-xml.js';
