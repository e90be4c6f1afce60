/** Bounds the XML reader enforces, so that hostile input costs little time and memory. */
export interface XmlLimits {
  /** Longest document, in UTF-16 code units. Default 256 Mi. */
  readonly maxLength: number;
  /** Deepest element nesting. Default 64 (the schema needs 5). */
  readonly maxDepth: number;
}
export declare const DEFAULT_XML_LIMITS: XmlLimits;
//# sourceMappingURL=limits.d.ts.map
