/**
 * The provider states the contracts name: what must be true of a portal, not how to arrange it.
 * The verifier satisfies them on any portal (src/provider-states.ts): by configuration, or by
 * finding such contacts and deals through the API with the caller's token.
 */
export const STATES = {
  /** The interaction's token is the caller's (the verifier sends the real one). */
  caller: 'the token {token} belongs to the caller',
  /** Injects `contactId`: a contact whose every deal the caller may see, at least one. */
  contactWithDeals: 'a contact with at least one deal, all visible to the caller',
  /** Injects `contactId`: as above, at least two. */
  contactWithSeveral: 'a contact with at least two deals, all visible to the caller',
  /** Injects `contactId`: a contact with a deal hidden from the caller and one it may see. */
  contactWithHiddenDeal: 'a contact with a deal hidden from the caller and one it may see',
  /** Injects `dealId`. */
  visibleDeal: 'a deal the caller may see',
  /** The search finds at least two deals for the caller. */
  severalDeals: 'at least two deals the caller may see',
  unknownContact: 'no contact has the id {contactId}',
  unknownDeal: 'no deal has the id {dealId}',
  invalidToken: 'the token {token} is not valid',
  /** The verifier sends the guest token it was given (`--guest-token`), else skips. */
  guest: 'the token {token} belongs to a user without CRM access',
  /** The verifier sends `OO_CRM_USER` and `OO_CRM_PASSWORD`, else skips. */
  login: 'the user {userName} can log in',
} as const;

/** The made-up credentials the interactions carry; the verifier swaps in real ones. */
export const CREDENTIALS = {
  token: 'Xk3Tn2Qa8pY0cW5vLs7rB1dF4gH6jK9mN0pQ2sT4uV6wX8yZ',
  invalidToken: 'not-a-valid-token-0000000000000000000000000000',
  guestToken: 'Gu3stT0k3nWithoutCrmAccess00000000000000000000000',
  userName: 'user@example.com',
  password: 'password-of-the-user',
} as const;

/** An id no portal uses (Int32.MaxValue − 1): for the unknown contact and the missing deal. */
export const UNUSED_ID = 2_147_483_646;
