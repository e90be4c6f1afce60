/**
 * The forms of the server's texts, as regular expressions (source text, for JSON Schema and Pact):
 * written once for the OpenAPI document and the contracts. Decoding is more lenient (it takes
 * the documented forms too); these say what the server itself writes.
 */
export const WIRE_PATTERNS = {
  /** 7 fraction digits and `Z` or an offset, as the server writes every date. */
  dateTime: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}(Z|[+-]\\d{2}:\\d{2})$',
  /** Lower-case GUIDs. */
  guid: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  /** `#RRGGBB`, or empty: the server sends "" for a stage without a colour. */
  color: '^(#[0-9a-fA-F]{6})?$',
} as const;
