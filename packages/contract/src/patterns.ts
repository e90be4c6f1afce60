import { WIRE_PATTERNS } from '@oo-crm/core';

/**
 * The shapes contracts pin with regexes, where a type matcher would say too little: the server's
 * text forms, and the XML texts of numbers and booleans.
 */
export const PATTERNS = {
  ...WIRE_PATTERNS,
  integer: '^-?\\d+$',
  number: '^-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?$',
  boolean: '^(true|false)$',
} as const;

/** `^(0|1|2)$` for an enum of three values. */
export const enumPattern = (names: ReadonlyArray<string>): string =>
  `^(${names.map((_, i) => i).join('|')})$`;
