var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (
  (target = mod != null ? __create(__getProtoOf(mod)) : {}),
  __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule
      ? __defProp(target, 'default', { value: mod, enumerable: true })
      : target,
    mod,
  )
);
var __toCommonJS = (mod) => __copyProps(__defProp({}, '__esModule', { value: true }), mod);
var authentication_exports = {};
__export(authentication_exports, {
  Authentication: () => Authentication,
  AuthenticationEnvelope: () => AuthenticationEnvelope,
  decodeAuthentication: () => decodeAuthentication,
  encodeAuthentication: () => encodeAuthentication,
});
module.exports = __toCommonJS(authentication_exports);
var E = __toESM(require('fp-ts/lib/Either.js'));
var import_failure = require('../failure.js');
var import_text = require('../json/text.js');
var import_leaf = require('../schema/leaf.js');
var import_record = require('../schema/record.js');
var import_body = require('./body.js');
var import_envelope = require('./envelope.js');
const Authentication = (0, import_record.record)('Authentication', {
  token: (0, import_record.optional)(
    import_leaf.text,
    'when a second factor is needed',
    'The token for `Authorization`.',
    (s) => s === '',
  ),
  expires: (0, import_record.optional)(
    import_leaf.dateTime,
    'when a second factor is needed',
    'When the token expires (one year by default).',
  ),
  sms: (0, import_record.optional)(
    import_leaf.bool,
    'unless SMS two-factor is on',
    'A code was sent by SMS.',
    (b) => !b,
  ),
  tfa: (0, import_record.optional)(
    import_leaf.bool,
    'unless app two-factor is on',
    'A code from an authenticator app is needed.',
    (b) => !b,
  ),
});
const AuthenticationEnvelope = (0, import_record.record)('AuthenticationEnvelope', {
  count: (0, import_record.fixed)(import_leaf.integer, 1, false, 'Always 1.'),
  status: (0, import_record.fixed)((0, import_leaf.literal)(0), 0, true, '0: success.'),
  statusCode: (0, import_record.fixed)(import_leaf.integer, 201, false, 'HTTP status, 201.'),
  response: (0, import_record.required)(Authentication, 'The token, or the second-factor demand.'),
});
function decodeAuthentication(body) {
  return (0, import_body.neverThrows)(() => {
    const wire = (0, import_body.readWire)(body, 'json', []);
    if (E.isLeft(wire)) return wire;
    if ((0, import_envelope.isErrorEnvelope)(wire.right))
      return E.left((0, import_envelope.apiFailureOf)(wire.right));
    const decoded = (0, import_failure.decodeWire)(AuthenticationEnvelope, wire.right);
    return E.isRight(decoded) ? E.right(decoded.right.response) : decoded;
  });
}
function encodeAuthentication(authentication) {
  return (0, import_text.writeJson)(AuthenticationEnvelope.encode({ response: authentication }));
}
