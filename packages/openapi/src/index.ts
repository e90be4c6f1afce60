/**
 * The OpenAPI 3.1 document of the opportunity routes, generated from `@oo-crm/core`'s schema;
 * `@oo-crm/core` ships its output as `@oo-crm/core/openapi.json`.
 *
 * @packageDocumentation
 */
export { type OpenApiDocument, openApiDocument } from './document.js';
export { type JsonSchema, SchemaComponents } from './json-schema.js';
