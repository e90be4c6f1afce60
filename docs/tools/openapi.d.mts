/** Where `@oo-crm/core` keeps its OpenAPI document. */
export declare const OPENAPI_FILE: URL;
/** packages/core/openapi.json, rendered from the codecs. */
export declare function renderOpenApi(): string;
