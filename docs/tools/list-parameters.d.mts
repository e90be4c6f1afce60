import type { RequestRoute } from '@oo-crm/core';

/** docs/real-server.md's file URL. */
export declare const REAL_SERVER_FILE: URL;
/** The list-parameter table, rendered from core's route table (bycontact's, or the route given). */
export declare function renderListParameters(route?: RequestRoute): string;
/** The document's text with the table between its markers replaced by the rendered one. */
export declare function withListParameters(text: string): string;
/** Rewrites the table in docs/real-server.md. */
export declare function writeListParameters(): void;
