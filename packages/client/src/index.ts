/**
 * The HTTP client for ONLYOFFICE CRM opportunities (by contact, by id, by search): authentication, JSON and XML, typed
 * errors, retries with backoff, timeouts and cancellation. Browser-safe: it uses the global `fetch`.
 * It re-exports the domain types of `@oo-crm/core` (`Opportunity`, `Contact`, `Employee`, …), whose
 * pages are with the core's.
 *
 * @packageDocumentation
 */

// The domain types the client's calls give, from `@oo-crm/core`, so that one import serves: each
// field carries its doc comment (its meaning and its wire rule), nested values their names.
export type {
  ApiDateTime,
  ApiErrorEnvelope,
  BidType,
  Contact,
  Currency,
  CustomField,
  CustomFieldType,
  Employee,
  Opportunity,
  OpportunityPage,
  ShareType,
  Stage,
  StageType,
} from '@oo-crm/core';
export {
  type AllByContactOptions,
  type AllByContactViaFilter,
  type AllPagesOptions,
  type Client,
  createClient,
  type OpportunitiesApi,
} from './client.js';
export { type ByContactOptions, contactIdOf, type FilterOp, MAX_PAGE_SIZE } from './endpoint.js';
export { ERROR_CATALOGUE, type ErrorEntry } from './error-catalogue.js';
export {
  AbortedError,
  ApiError,
  AuthenticationError,
  type AuthenticationReason,
  DecodeError,
  type ErrorCode,
  type ErrorDetails,
  InvalidArgumentError,
  NetworkError,
  NotFoundError,
  OoCrmError,
  PagingError,
  type PagingReason,
  PaymentRequiredError,
  PermissionError,
  RateLimitError,
  type RequestSummary,
  ResponseTooLargeError,
  RetryAfterError,
  ServerError,
  TimeoutError,
  UnexpectedContentTypeError,
  UnexpectedRedirectError,
} from './errors.js';
export { FILTER_SORT_BY, type FilterOptions, type FilterSortBy } from './filter-query.js';
export { type Auth, type ClientEvent, type ClientOptions, DEFAULTS } from './options.js';
export type { PagingBudget } from './paging.js';
export { type Backoff, DEFAULT_BACKOFF } from './retry.js';
export { MAX_SERVER_TEXT, serverText } from './server-text.js';
