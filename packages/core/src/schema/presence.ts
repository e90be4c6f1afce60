import type { Presence } from './codec.js';

/** Whether a field must be on the wire: required ones, and fixed ones marked required. */
export const isMandatory = (p: Presence): boolean =>
  p.kind === 'required' || (p.kind === 'fixed' && p.required);

/** Whether `null` counts as absent for the field (the server's "omit if default" fields). */
export const nullIsAbsent = (p: Presence): boolean => p.kind === 'defaulted' || p.kind === 'optional';

/** Whether the server always sends the field, although the decoder also takes it absent. */
export const isAlwaysSent = (p: Presence): boolean =>
  isMandatory(p) || (p.kind === 'defaulted' && p.omit === 'never');

/** When the server leaves a defaulted field out, in words (`when 0`, `when FixedBid (0)`), from its data. */
function omissionRule(p: Extract<Presence, { kind: 'defaulted' }>): string {
  if (typeof p.omit === 'object') return p.omit.rule;
  const wire = p.wire;
  if (wire === '' || (Array.isArray(wire) && wire.length === 0)) return 'when empty';
  const text = typeof wire === 'string' ? wire : JSON.stringify(wire);
  return p.value === wire ? `when ${text}` : `when ${String(p.value)} (${text})`;
}

/**
 * When the server sends a field, in words (`left out when 0; decodes to 0`): for the reference
 * and the OpenAPI document.
 */
export function describePresence(p: Presence): string {
  if (p.kind === 'required') return 'always';
  if (p.kind === 'fixed')
    return p.required
      ? `always, \`${JSON.stringify(p.value)}\``
      : `maybe; written as \`${JSON.stringify(p.value)}\``;
  if (p.kind === 'optional') return `left out ${p.rule}; absent in the domain value`;
  // A field the server always sends, whose absence (older writers, the documentation) still decodes.
  if (isAlwaysSent(p)) return `always sent; when absent decodes to \`${JSON.stringify(p.value)}\``;
  return `left out ${omissionRule(p)}; decodes to \`${JSON.stringify(p.value)}\``;
}
