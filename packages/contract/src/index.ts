/**
 * The oo-crm client's contract with ONLYOFFICE, and its verifier: `verifyPacts` checks any portal
 * (a real one, or the reference portal) against the published pacts, with the caller's token. The
 * command `oo-crm-contract verify` runs it and prints a report people can read.
 *
 * @packageDocumentation
 */
export { LIMITS } from './limits.js';
export type { StateOptions } from './provider-states.js';
export { junitError, junitReport, markdownSummary, textReport } from './report.js';
export { type InteractionResult, SHOWN_MISMATCHES } from './results.js';
export { CREDENTIALS, GUARANTEES, type Present, STATES, UNUSED_ID } from './states.js';
export {
  committedPacts,
  type UsedState,
  type VerificationReport,
  VerifyError,
  type VerifyOptions,
  verifyPacts,
} from './verify.js';
export { CONTRACT_VERSION } from './version.js';
