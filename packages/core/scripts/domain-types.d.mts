import type * as Core from '../src/index.js';

/** A domain type: its module, its interface's name, its codec and its summary. */
export interface DomainType {
  readonly file: string;
  readonly name: string;
  readonly codec: Core.AnyCodec;
  readonly summary: string;
}
/** The domain types, by module. */
export declare function domainTypes(core: typeof Core): ReadonlyArray<DomainType>;
/** The block of one domain type: its interface, a doc comment on every field. */
export declare function renderDomainType(core: typeof Core, type: DomainType): string;
/** A module's text with its domain types' blocks written anew. */
export declare function withDomainTypes(core: typeof Core, file: string, text: string): string;
