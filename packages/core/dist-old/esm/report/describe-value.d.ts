/**
 * A short, safe description of a value for an error message. CRM data is personal, so strings
 * are cut short and objects and arrays are never printed, only named.
 */
export declare function describeValue(u: unknown): string;
//# sourceMappingURL=describe-value.d.ts.map
