import * as E from 'fp-ts/lib/Either.js';
/** `JSON.parse`, as an `Either` whose left never echoes the input. */
export declare function parseJson(text: string): E.Either<string, unknown>;
/** The server's JSON text of a wire value: like `JSON.stringify`, with `/` escaped as `\/` as .NET does. */
export declare function writeJson(value: unknown): string;
//# sourceMappingURL=text.d.ts.map
