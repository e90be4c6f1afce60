/**
 * Every resource the verifier spends on a provider, bounded in one place (docs/contract-testing.md
 * and docs/security.md list them): a hostile or broken portal costs a CI job only this much.
 */
export const LIMITS = {
  /** Bytes of one body the verifier reads itself (the login, the state search), after inflating. */
  ownBodyBytes: 8 * 1024 * 1024,
  /** Bytes of one answer Pact reads (through the bounded proxy), after inflating. */
  pactBodyBytes: 16 * 1024 * 1024,
  /** Bytes of a pact file (`--pact`); the committed one is about 60 KB. */
  pactFileBytes: 4 * 1024 * 1024,
  /** Time of one request, headers and body. */
  requestMs: 30_000,
  /** Time of the whole search for the provider states' contacts and deals. */
  stateSearchMs: 120_000,
  /** Time of the whole run: the login, the state search and Pact's verification. */
  runMs: 600_000,
  /** Characters of a provider's value quoted in a report line. */
  quotedChars: 60,
  /** Mismatches shown under one failed interaction. */
  shownMismatches: 3,
  /** Contacts the search for one state may try. */
  probes: 40,
} as const;
