/** docs/errors.md's file URL. */
export declare const ERRORS_FILE: URL;
/** The errors table, rendered from the client's error catalogue. */
export declare function renderErrorsTable(): string;
/** The document's text with the table between its markers replaced by the rendered one. */
export declare function withErrorsTable(text: string): string;
/** Rewrites the table in docs/errors.md. */
export declare function writeErrorsTable(): void;
