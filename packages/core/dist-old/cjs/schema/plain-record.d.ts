/** Whether a value is a JSON object (not `null`, not an array): what a record is read from. */
export declare function isPlainRecord(u: unknown): u is Readonly<Record<string, unknown>>;
//# sourceMappingURL=plain-record.d.ts.map
