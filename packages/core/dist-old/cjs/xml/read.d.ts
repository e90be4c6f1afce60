import * as E from 'fp-ts/lib/Either.js';
import type { Field } from '../schema/codec.js';
import { type XmlLimits } from './limits.js';
/**
 * A reader for the XML the server makes from its JSON (Json.NET's XmlNodeConverter), driven by
 * the codecs' schema: the schema says which elements are lists (flattened into repeated siblings,
 * absent when empty), which are objects, which text is a number or a boolean. It builds the same
 * wire value `JSON.parse` would give for the JSON form, so both forms share one decoder.
 *
 * Written by hand rather than on a general parser because the target is a few times the cost of
 * `JSON.parse` and DOM-first parsers cost 12–22× (docs/xml.md). It is deliberately small: no DTD,
 * no entities beyond the five predefined ones and character references, no processing instructions;
 * attributes are parsed and ignored. Everything it does not accept is an error, never a guess.
 */
export declare function readXml(
  text: string,
  rootName: string,
  rootFields: ReadonlyArray<Field>,
  limits?: XmlLimits,
): E.Either<string, unknown>;
//# sourceMappingURL=read.d.ts.map
