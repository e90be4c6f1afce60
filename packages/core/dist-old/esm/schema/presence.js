/** Whether a field must be on the wire: required ones, and fixed ones marked required. */
export const isMandatory = (p) => p.kind === 'required' || (p.kind === 'fixed' && p.required);
/** Whether `null` counts as absent for the field (the server's "omit if default" fields). */
export const nullIsAbsent = (p) => p.kind === 'defaulted' || p.kind === 'optional';
/** Whether a wire value read for the field counts as absent. */
export const isAbsent = (raw, p) => raw === undefined || (raw === null && nullIsAbsent(p));
//# sourceMappingURL=presence.js.map
