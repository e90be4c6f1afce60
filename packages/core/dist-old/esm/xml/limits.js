export const DEFAULT_XML_LIMITS = { maxLength: 256 * 1024 * 1024, maxDepth: 64 };
//# sourceMappingURL=limits.js.map
