import type { Presence } from './codec.js';

/** Whether a field must be on the wire: required ones, and fixed ones marked required. */
export const isMandatory = (p: Presence): boolean =>
  p.kind === 'required' || (p.kind === 'fixed' && p.required);

/** Whether `null` counts as absent for the field (the server's "omit if default" fields). */
export const nullIsAbsent = (p: Presence): boolean => p.kind === 'defaulted' || p.kind === 'optional';
