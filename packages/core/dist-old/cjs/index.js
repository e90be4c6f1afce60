var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if ((from && typeof from === 'object') || typeof from === 'function') {
    for (const key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, {
          get: () => from[key],
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable,
        });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, '__esModule', { value: true }), mod);
var esm_exports = {};
__export(esm_exports, {
  ApiDateTime: () => import_api_date_time.ApiDateTime,
  ApiErrorBody: () => import_envelope.ApiErrorBody,
  Authentication: () => import_authentication.Authentication,
  AuthenticationEnvelope: () => import_authentication.AuthenticationEnvelope,
  BidType: () => import_enums.BidType,
  Contact: () => import_contact.Contact,
  Currency: () => import_currency.Currency,
  CustomField: () => import_custom_field.CustomField,
  CustomFieldType: () => import_enums.CustomFieldType,
  Employee: () => import_employee.Employee,
  ErrorEnvelope: () => import_envelope.ErrorEnvelope,
  MAX_COLLECTED_ISSUES: () => import_collector.MAX_COLLECTED_ISSUES,
  MAX_RENDERED_ISSUES: () => import_render.MAX_RENDERED_ISSUES,
  Opportunity: () => import_opportunity.Opportunity,
  PageEnvelope: () => import_envelope.PageEnvelope,
  REMOVED_USER_ID: () => import_employee.REMOVED_USER_ID,
  SCHEMA_KINDS: () => import_kinds.SCHEMA_KINDS,
  ShareType: () => import_enums.ShareType,
  Stage: () => import_stage.Stage,
  StageType: () => import_enums.StageType,
  UNSET_DATE_TIME_TEXT: () => import_api_date_time.UNSET_DATE_TIME_TEXT,
  bySchema: () => import_kinds.bySchema,
  dateTime: () => import_leaf.dateTime,
  decodeApiError: () => import_api_error.decodeApiError,
  decodeAuthentication: () => import_authentication.decodeAuthentication,
  decodeEnvelope: () => import_opportunities.decodeEnvelope,
  decodeFailure: () => import_failure.decodeFailure,
  decodeOpportunities: () => import_opportunities.decodeOpportunities,
  encodeApiError: () => import_api_error.encodeApiError,
  encodeAuthentication: () => import_authentication.encodeAuthentication,
  encodeOpportunities: () => import_opportunities.encodeOpportunities,
  escapeControlCharacters: () => import_safe_text.escapeControlCharacters,
  fieldsOf: () => import_kinds.fieldsOf,
  htmlDecode: () => import_html_entities.htmlDecode,
  htmlEncode: () => import_html_entities.htmlEncode,
  parseMask: () => import_mask.parseMask,
  pathText: () => import_issue.pathText,
  renderIssue: () => import_render.renderIssue,
  renderIssues: () => import_render.renderIssues,
  safeText: () => import_safe_text.safeText,
  unsettableDateTime: () => import_leaf.unsettableDateTime,
});
module.exports = __toCommonJS(esm_exports);
var import_api_error = require('./api-error.js');
var import_failure = require('./failure.js');
var import_api_date_time = require('./leaf/api-date-time.js');
var import_html_entities = require('./leaf/html-entities.js');
var import_contact = require('./model/contact.js');
var import_currency = require('./model/currency.js');
var import_custom_field = require('./model/custom-field.js');
var import_employee = require('./model/employee.js');
var import_enums = require('./model/enums.js');
var import_mask = require('./model/mask.js');
var import_opportunity = require('./model/opportunity.js');
var import_stage = require('./model/stage.js');
var import_opportunities = require('./opportunities.js');
var import_collector = require('./report/collector.js');
var import_issue = require('./report/issue.js');
var import_render = require('./report/render.js');
var import_safe_text = require('./report/safe-text.js');
var import_kinds = require('./schema/kinds.js');
var import_leaf = require('./schema/leaf.js');
var import_authentication = require('./wire/authentication.js');
var import_envelope = require('./wire/envelope.js');
