import type { Presence } from './codec.js';
/** Whether a field must be on the wire: required ones, and fixed ones marked required. */
export declare const isMandatory: (p: Presence) => boolean;
/** Whether `null` counts as absent for the field (the server's "omit if default" fields). */
export declare const nullIsAbsent: (p: Presence) => boolean;
/** Whether a wire value read for the field counts as absent. */
export declare const isAbsent: (raw: unknown, p: Presence) => boolean;
//# sourceMappingURL=presence.d.ts.map
