/** Whether a value is a JSON object (not `null`, not an array): what a record is read from. */
export function isPlainRecord(u) {
  return typeof u === 'object' && u !== null && !Array.isArray(u);
}
//# sourceMappingURL=plain-record.js.map
