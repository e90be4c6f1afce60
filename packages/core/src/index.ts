/**
 * io-ts codecs for ONLYOFFICE's opportunity routes (`GET api/2.0/crm/opportunity/bycontact/{id}`,
 * `opportunity/{id}` and `opportunity/filter`): one typed domain model, decoded from and encoded to
 * the server's JSON and XML. No I/O; safe in browsers.
 *
 * @packageDocumentation
 */

export { decodeApiError, encodeApiError } from './api-error.js';
export { decodeJsonText, decodeValue, type ValueDecodeOptions } from './decode.js';
export { type ApiFailure, type DecodeFailure, decodeFailure, type Failure } from './failure.js';
export { ApiDateTime, UNSET_DATE_TIME_TEXT } from './leaf/api-date-time.js';
export { htmlDecode, htmlEncode } from './leaf/html-entities.js';
export { Contact } from './model/contact.js';
export { Currency } from './model/currency.js';
export { CustomField } from './model/custom-field.js';
export { Employee, REMOVED_USER_ID } from './model/employee.js';
export { BidType, CustomFieldType, ShareType, StageType } from './model/enums.js';
export { type Mask, parseMask } from './model/mask.js';
export { Opportunity, OpportunityById } from './model/opportunity.js';
export { Stage } from './model/stage.js';
export {
  decodeEnvelope,
  decodeOpportunities,
  decodeOpportunity,
  encodeOpportunities,
  encodeOpportunity,
} from './opportunities.js';
export { MAX_COLLECTED_ISSUES } from './report/collector.js';
export { describeValue } from './report/describe-value.js';
export { type Issue, type IssueKind, type PathKey, pathText } from './report/issue.js';
export { MAX_RENDERED_ISSUES, renderIssue, renderIssues } from './report/render.js';
export { escapeControlCharacters, REDACTED, redactSecrets, safeText } from './report/safe-text.js';
export { RequestRuleError } from './request/error.js';
export {
  AUTH_KEY_NAME,
  INT32_MAX,
  INT32_MIN,
  MAX_PAGE_SIZE,
  MAX_STAGE_ID,
  SECRET_QUERY_NAMES,
} from './request/limits.js';
export {
  byParameter,
  type ClientStricter,
  PARAMETER_TYPES,
  type ParameterHandlers,
  type ParameterOf,
  type ParameterType,
} from './request/parameter.js';
export { type IgnoredParameter, parameterOf, type RequestRoute, type RouteRule } from './request/route.js';
export {
  type PathArgs,
  type QueryArgs,
  type QueryPairs,
  queryText,
  type RouteUrlOptions,
  routePath,
  routeQuery,
  routeUrl,
} from './request/url.js';
export { checkedText, integerBounds, type ParameterValue } from './request/values.js';
export {
  AUTHENTICATION_CODE_ROUTE,
  AUTHENTICATION_ROUTE,
  BY_ID_ROUTE,
  BYCONTACT_ROUTE,
  FILTER_OPS,
  FILTER_ROUTE,
  FILTER_SORT_BY,
  OPPORTUNITY_ROUTES,
  REQUEST_ROUTES,
  type Route,
  type RouteError,
  type RouteParameter,
  SORT_ORDERS,
} from './routes.js';
export { array } from './schema/array.js';
export type { AnyCodec, Codec, Field, Json, Omission, Presence, Schema } from './schema/codec.js';
export { type EnumCodec, enumeration } from './schema/enumeration.js';
export {
  bySchema,
  fieldsOf,
  SCHEMA_KINDS,
  type SchemaHandlers,
  type SchemaKind,
  type SchemaOf,
} from './schema/kinds.js';
export {
  bool,
  dateTime,
  decimal,
  integer,
  literal,
  text,
  unsettableDateTime,
} from './schema/leaf.js';
export { nullable } from './schema/nullable.js';
export { WIRE_PATTERNS } from './schema/patterns.js';
export { describePresence, isAlwaysSent } from './schema/presence.js';
export {
  defaulted,
  type FieldDef,
  type KeyMode,
  optional,
  type RecordOf,
  record,
  required,
  type WireRecord,
} from './schema/record.js';
export {
  Authentication,
  AuthenticationEnvelope,
  decodeAuthentication,
  encodeAuthentication,
} from './wire/authentication.js';
export { type DecodeOptions, decodeUtf8, type WireFormat, writeWire } from './wire/body.js';
export {
  ApiErrorBody,
  type ApiErrorEnvelope,
  ErrorEnvelope,
  ItemEnvelope,
  type OpportunityPage,
  PageEnvelope,
} from './wire/envelope.js';
export type { XmlLimits } from './xml/limits.js';
export { isXmlText } from './xml/text.js';
