// The floor of checking, for the record: a hand-written test that a parsed body has the server's
// shape (camelCase names only, every type, enum range and calendar date) and builds nothing. The
// issue quotes such a check at ≈ 1.1× JSON.parse; this one measures what it costs on this machine.
// It is not a decoder: no defaults, no names for enums, no dates, no error report.

const isText = (u) => typeof u === 'string';
const isBool = (u) => typeof u === 'boolean';
const isInt = (u) => Number.isSafeInteger(u);
const isEnum = (u, size) => Number.isInteger(u) && u >= 0 && u < size;
const isRecord = (u) => typeof u === 'object' && u !== null && !Array.isArray(u);
const absentOr = (u, is) => u === undefined || u === null || is(u);

function digits(s, at, n) {
  let v = 0;
  for (let i = at; i < at + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// yyyy-MM-ddTHH:mm:ss.fffffff(Z|±hh:mm), as the server writes it, with a real calendar day.
function isDateTime(s) {
  if (typeof s !== 'string' || (s.length !== 28 && s.length !== 33)) return false;
  const y = digits(s, 0, 4);
  const m = digits(s, 5, 2);
  const d = digits(s, 8, 2);
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > DAYS[m - 1]) return false;
  if (m === 2 && d === 29 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return false;
  const zone = s.charCodeAt(27);
  return (
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(13) === 58 &&
    s.charCodeAt(16) === 58 &&
    s.charCodeAt(19) === 46 &&
    digits(s, 11, 2) >= 0 &&
    digits(s, 11, 2) <= 23 &&
    digits(s, 14, 2) >= 0 &&
    digits(s, 14, 2) <= 59 &&
    digits(s, 17, 2) >= 0 &&
    digits(s, 17, 2) <= 59 &&
    digits(s, 20, 7) >= 0 &&
    (s.length === 28
      ? zone === 90
      : (zone === 43 || zone === 45) &&
        s.charCodeAt(30) === 58 &&
        digits(s, 28, 2) >= 0 &&
        digits(s, 31, 2) >= 0)
  );
}

function isList(u, is) {
  if (!Array.isArray(u)) return false;
  for (let i = 0; i < u.length; i++) if (!is(u[i])) return false;
  return true;
}

const isEmployee = (e) =>
  isRecord(e) &&
  isText(e.id) &&
  isText(e.displayName) &&
  absentOr(e.title, isText) &&
  (e.avatarSmall === null || isText(e.avatarSmall)) &&
  isText(e.profileUrl);

const isCurrency = (c) =>
  isRecord(c) &&
  isText(c.title) &&
  isText(c.symbol) &&
  isText(c.abbreviation) &&
  isText(c.cultureName) &&
  isBool(c.isConvertable) &&
  isBool(c.isBasic);

// Hoisted so that a check allocates nothing: not even a closure per value.
const isEmployeeList = (l) => isList(l, isEmployee);
const isBidType = (b) => isEnum(b, 6);

const isContact = (c) =>
  isRecord(c) &&
  isText(c.smallFotoUrl) &&
  isText(c.mediumFotoUrl) &&
  isText(c.displayName) &&
  isBool(c.isCompany) &&
  absentOr(c.accessList, isEmployeeList) &&
  isBool(c.isPrivate) &&
  isBool(c.isShared) &&
  isEnum(c.shareType, 3) &&
  (c.currency === null || isCurrency(c.currency)) &&
  isBool(c.canEdit) &&
  isBool(c.canDelete) &&
  isInt(c.id);

const isStage = (s) =>
  isRecord(s) &&
  isInt(s.successProbability) &&
  isEnum(s.stageType, 3) &&
  isInt(s.id) &&
  absentOr(s.title, isText) &&
  absentOr(s.description, isText) &&
  absentOr(s.color, isText) &&
  absentOr(s.sortOrder, isInt);

const isCustomField = (f) =>
  isRecord(f) &&
  isInt(f.entityId) &&
  isText(f.label) &&
  isText(f.fieldValue) &&
  isEnum(f.fieldType, 6) &&
  isInt(f.position) &&
  isText(f.mask) &&
  isInt(f.id);

const isOpportunity = (o) =>
  isRecord(o) &&
  isEmployee(o.createBy) &&
  isDateTime(o.created) &&
  isList(o.members, isContact) &&
  absentOr(o.contact, isContact) &&
  isText(o.title) &&
  absentOr(o.description, isText) &&
  isEmployee(o.responsible) &&
  absentOr(o.bidType, isBidType) &&
  absentOr(o.bidValue, Number.isFinite) &&
  absentOr(o.bidCurrency, isCurrency) &&
  absentOr(o.perPeriodValue, isInt) &&
  absentOr(o.stage, isStage) &&
  absentOr(o.successProbability, isInt) &&
  isDateTime(o.actualCloseDate) &&
  isDateTime(o.expectedCloseDate) &&
  isBool(o.isPrivate) &&
  absentOr(o.accessList, isEmployeeList) &&
  isBool(o.canEdit) &&
  isList(o.customFields, isCustomField) &&
  isInt(o.id);

/** Whether a JSON body is a success envelope of well-formed opportunities. */
export function handCheck(json) {
  return handCheckValue(JSON.parse(json));
}

/** {@link handCheck} of the body's parsed value. */
export function handCheckValue(w) {
  return isRecord(w) && w.status === 0 && isList(w.response, isOpportunity);
}
