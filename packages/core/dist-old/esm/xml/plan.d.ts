import type { Field } from '../schema/codec.js';

/** Reads one element whose start tag has just been read: its value in the wire form. */
type ElementRead = (source: ElementSource, name: string, selfClosing: boolean) => unknown;
/** What reading an element's content takes: the reader, as the plan sees it. */
export interface ElementSource {
  /** The text of a text-only element, up to its end tag. */
  textContent(name: string): string;
  /** The content of an element that holds a record, up to its end tag. */
  recordContent(name: string, plan: RecordPlan): Record<string, unknown>;
  /** Whether the end tag of `name` comes next. */
  atEndTag(name: string): boolean;
  endTag(name: string): void;
  fail(what: string): never;
}
/** How the reader treats one field of a record: read with `read`, and collected in a list or not. */
interface FieldRead {
  readonly wire: string;
  readonly list: boolean;
  readonly read: ElementRead;
}
/** What the reader needs of a record schema, computed once per schema. */
export interface RecordPlan {
  /** In the server's order, which is the order elements come in. */
  readonly fields: ReadonlyArray<FieldRead>;
  /** Field indexes by wire name and by documented (PascalCase) name. */
  readonly byName: ReadonlyMap<string, number>;
  /** The wire value of a record from its field values (by index), absent ones `undefined`. */
  readonly build: (values: unknown[]) => Record<string, unknown>;
  /**
   * One array of field values per nesting depth, reused from record to record (a reader runs to
   * its end before another starts; each is emptied once its record is built).
   */
  readonly scratch: unknown[][];
}
export declare function planOf(fields: ReadonlyArray<Field>): RecordPlan;
/**
 * The field values of a record before its content is read (every list present and empty), in
 * `values` when given: the reader reuses one array per nesting depth, as it is garbage once built.
 */
export declare function emptyValues(plan: RecordPlan, values?: unknown[]): unknown[];
export declare const shortName: (name: string) => string;
//# sourceMappingURL=plan.d.ts.map
