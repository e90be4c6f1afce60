/** The shapes contracts pin with regexes, where a type matcher would say too little. */
export const PATTERNS = {
  /** 7 fraction digits and `Z` or an offset, as the server writes every date. */
  dateTime: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{7}(Z|[+-]\\d{2}:\\d{2})$',
  /** Lower-case GUIDs. */
  guid: '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
  color: '^#[0-9a-fA-F]{6}$',
  integer: '^-?\\d+$',
  number: '^-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$',
  boolean: '^(true|false)$',
} as const;

/** `^(0|1|2)$` for an enum of three values. */
export const enumPattern = (names: ReadonlyArray<string>): string =>
  `^(${names.map((_, i) => i).join('|')})$`;
