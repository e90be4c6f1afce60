/** docs/reference.md, rendered from the codecs. */
export declare function renderReference(): string;
