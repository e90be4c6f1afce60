import * as E from 'fp-ts/lib/Either.js';
import type { AnyCodec, Field } from '../schema/codec.js';
import { type DecodeRun, fieldsDecoderOf, MISMATCH } from '../schema/decoder.js';
import { fieldsOf } from '../schema/kinds.js';
import { DEFAULT_XML_LIMITS, type XmlLimits } from './limits.js';
import { type ElementSource, emptyValues, planOf, type RecordPlan, shortName } from './plan.js';
import { decodeReferences, FORBIDDEN_CHAR } from './text.js';

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
export function readXml(
  text: string,
  rootName: string,
  rootFields: ReadonlyArray<Field>,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): E.Either<string, unknown> {
  if (text.length > limits.maxLength) return E.left(`the XML is longer than ${limits.maxLength} characters`);
  try {
    return E.right(new Reader(text, limits).document(rootName, planOf(rootFields)));
  } catch (error) {
    if (error instanceof XmlError) return E.left(error.message);
    throw error;
  }
}

/**
 * The XML decoded with `codec` as it is read: each record decoded as soon as its end tag is read,
 * from its field values (schema/decoder.ts, {@link fieldsDecoderOf}), so that no wire object is
 * made for any record and what a page's records leave behind dies young, where the whole wire
 * tree used to outlive the reading and be copied by every collection during the decode.
 *
 * `codec`'s fields must come first among `rootFields`, in order (the envelopes' root fields are
 * made so, wire/envelope.ts). `undefined` when anything is not clean: text that is not
 * well-formed XML, a value the codec refuses, or another root; the caller then reads the text
 * the general way ({@link readXml}, then the decoder), which says why. A refusal therefore costs
 * two readings, and a success one.
 */
export function decodeXml(
  text: string,
  rootName: string,
  rootFields: ReadonlyArray<Field>,
  codec: AnyCodec,
  run: DecodeRun,
  limits: XmlLimits = DEFAULT_XML_LIMITS,
): { readonly value: unknown } | undefined {
  if (text.length > limits.maxLength) return undefined;
  const root = rootPlanOf(codec, rootFields);
  if (root === undefined) return undefined;
  try {
    return { value: new Reader(text, limits, run).document(rootName, root) };
  } catch (error) {
    if (error instanceof XmlError || error instanceof Refused) return undefined;
    throw error;
  }
}

const rootPlans = new WeakMap<AnyCodec, Map<ReadonlyArray<Field>, RecordPlan | undefined>>();

/** The plan of `<result>` that reads every root field and decodes `codec` from the first ones. */
function rootPlanOf(codec: AnyCodec, rootFields: ReadonlyArray<Field>): RecordPlan | undefined {
  let byRoot = rootPlans.get(codec);
  if (byRoot === undefined) {
    byRoot = new Map();
    rootPlans.set(codec, byRoot);
  }
  if (!byRoot.has(rootFields)) {
    const fields = fieldsOf(codec);
    const prefix = fields.length > 0 && fields.every((f, i) => rootFields[i] === f);
    byRoot.set(rootFields, prefix ? { ...planOf(rootFields), decode: fieldsDecoderOf(fields) } : undefined);
  }
  return byRoot.get(rootFields);
}

class XmlError extends Error {}

/** Thrown when a record read by {@link decodeXml} is refused: the general way says why. */
class Refused extends Error {}

interface StartTag {
  readonly name: string;
  readonly selfClosing: boolean;
}

const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

/**
 * Where the first `&` of the text from `start` to `end` is (`end` when it has none), or -1 when
 * the text holds a character that it may not hold as it is: one XML 1.0 forbids, or a CR
 * (end-of-line handling). One loop for both, the characters it looks for all below `'` or above
 * U+FFFD. A loop rather than a regular expression over the document: V8 drops a regular
 * expression's machine code at a full collection, and the first search after one ran in its
 * interpreter over the whole document.
 */
function scanText(s: string, start: number, end: number): number {
  let amp = end;
  for (let p = start; p < end; p++) {
    const c = s.charCodeAt(p);
    if (c < 39 || c >= 0xfffe) {
      if (c === 38) {
        if (amp === end) amp = p;
      } else if (c < 32 ? c !== 9 && c !== 10 : c >= 0xfffe) return -1;
    }
  }
  return amp;
}

/** The longest text, and the most texts, {@link Reader.referenced} keeps. */
const MAX_SHARED_TEXT = 256;
const MAX_SHARED_TEXTS = 4096;

const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 9 || c === 13;
// Name characters, loosely: ASCII letters, digits, `_ - . :` and anything beyond ASCII.
const isNameChar = (c: number): boolean =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 58) ||
  c === 95 ||
  c === 45 ||
  c === 46 ||
  c >= 128;

class Reader implements ElementSource {
  private pos = 0;
  private depth = 0;

  constructor(
    private readonly s: string,
    private readonly limits: XmlLimits,
    /** When given, each record is decoded as it is read ({@link decodeXml}). */
    private readonly run?: DecodeRun,
  ) {}

  fail(what: string): never {
    throw new XmlError(`malformed XML at offset ${this.pos}: ${what}`);
  }

  document(rootName: string, plan: RecordPlan): unknown {
    const s = this.s;
    if (s.charCodeAt(0) === 0xfeff) this.pos = 1;
    if (s.startsWith('<?xml', this.pos) && isSpace(s.charCodeAt(this.pos + 5))) {
      const end = s.indexOf('?>', this.pos);
      if (end === -1) this.fail('unterminated XML declaration');
      this.pos = end + 2;
    }
    this.misc();
    if (s.charCodeAt(this.pos) !== LT) this.fail('expected the root element');
    const root = this.startTag();
    if (root.name !== rootName)
      this.fail(`expected <${rootName}> as the root, got <${shortName(root.name)}>`);
    const value = this.recordContent(root.name, plan, root.selfClosing);
    this.misc();
    if (this.pos !== s.length) this.fail('content after the root element');
    return value;
  }

  /** Whitespace and comments between top-level items; DOCTYPE and processing instructions refused. */
  private misc(): void {
    const s = this.s;
    for (;;) {
      while (isSpace(s.charCodeAt(this.pos))) this.pos++;
      if (s.startsWith('<!--', this.pos)) this.comment();
      else if (s.startsWith('<!', this.pos)) this.fail('DOCTYPE and declarations are not allowed');
      else if (s.startsWith('<?', this.pos)) this.fail('processing instructions are not allowed');
      else return;
    }
  }

  private comment(): void {
    const end = this.s.indexOf('-->', this.pos + 4);
    if (end === -1) this.fail('unterminated comment');
    this.pos = end + 3;
  }

  private name(): string {
    const s = this.s;
    const start = this.pos;
    const first = s.charCodeAt(start);
    if (!isNameChar(first) || (first >= 48 && first <= 57) || first === 45 || first === 46)
      this.fail('expected a name');
    let p = start + 1;
    while (isNameChar(s.charCodeAt(p))) p++;
    this.pos = p;
    return s.slice(start, p);
  }

  /** At `<name`: reads the tag and its (ignored) attributes. */
  private startTag(): StartTag {
    const s = this.s;
    this.pos++;
    const name = this.name();
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (c === GT) {
        this.pos++;
        return { name, selfClosing: false };
      }
      if (c === SLASH) {
        if (s.charCodeAt(this.pos + 1) !== GT) this.fail(`expected /> in <${shortName(name)}>`);
        this.pos += 2;
        return { name, selfClosing: true };
      }
      if (!isSpace(c)) this.fail(`unexpected character in <${shortName(name)}>`);
      while (isSpace(s.charCodeAt(this.pos))) this.pos++;
      const next = s.charCodeAt(this.pos);
      if (next === GT || next === SLASH) continue;
      this.attribute(name);
    }
  }

  private attribute(element: string): void {
    const s = this.s;
    this.name();
    while (isSpace(s.charCodeAt(this.pos))) this.pos++;
    if (s.charCodeAt(this.pos) !== 61 /* = */) this.fail(`expected = in <${shortName(element)}>`);
    this.pos++;
    while (isSpace(s.charCodeAt(this.pos))) this.pos++;
    const quote = s.charCodeAt(this.pos);
    if (quote !== 34 && quote !== 39) this.fail('expected a quoted attribute value');
    const end = s.indexOf(quote === 34 ? '"' : "'", this.pos + 1);
    if (end === -1) this.fail('unterminated attribute value');
    const value = s.slice(this.pos + 1, end);
    if (value.includes('<') || (value.includes('&') && decodeReferences(value) === undefined)) {
      this.fail('invalid attribute value');
    }
    this.pos = end + 1;
  }

  /** Whether the end tag of `name` comes next. */
  atEndTag(name: string): boolean {
    const s = this.s;
    return (
      s.charCodeAt(this.pos) === LT &&
      s.charCodeAt(this.pos + 1) === SLASH &&
      s.startsWith(name, this.pos + 2)
    );
  }

  /** At `</`: the end tag of `name`. */
  endTag(name: string): void {
    const s = this.s;
    const p = this.pos + 2;
    let q = p + name.length;
    if (!s.startsWith(name, p) || isNameChar(s.charCodeAt(q))) this.fail(`expected </${shortName(name)}>`);
    while (isSpace(s.charCodeAt(q))) q++;
    this.pos = q;
    if (s.charCodeAt(q) !== GT) this.fail(`expected > to end </${shortName(name)}>`);
    this.pos++;
  }

  private enter(): void {
    if (++this.depth > this.limits.maxDepth) this.fail(`nesting deeper than ${this.limits.maxDepth}`);
  }

  /**
   * At `<`: reads the start tag of the next child into `tagName`/`tagSelfClosing` and answers
   * the index of its field in the plan, or -1 when the schema does not know it.
   * Elements come in the schema's order, so the fields from `cursor` on are tried in place first,
   * without cutting the name out of the text; anything else goes the general way.
   */
  // The tag `child` just read; fields rather than a returned object, which was most of the
  // reader's garbage (two objects per element).
  private tagName = '';
  private tagSelfClosing = false;

  private child(plan: RecordPlan, cursor: number): number {
    const s = this.s;
    const from = this.pos + 1;
    for (let k = cursor; k < plan.fields.length && k < cursor + 3; k++) {
      const wire = plan.fields[k]!.wire;
      const end = from + wire.length;
      // The characters after the name first: a cheap test that most wrong candidates fail.
      const c = s.charCodeAt(end);
      const closed = c === SLASH && s.charCodeAt(end + 1) === GT;
      if ((c === GT || closed) && s.startsWith(wire, from)) {
        this.tagName = wire;
        this.tagSelfClosing = closed;
        this.pos = end + (closed ? 2 : 1);
        return k;
      }
    }
    const tag = this.startTag();
    this.tagName = tag.name;
    this.tagSelfClosing = tag.selfClosing;
    return plan.byName.get(tag.name) ?? -1;
  }

  recordContent(name: string, plan: RecordPlan, empty: boolean): unknown {
    if (empty) return this.record(plan, emptyValues(plan));
    this.enter();
    const s = this.s;
    let scratch = plan.scratch[this.depth];
    if (scratch === undefined) {
      scratch = new Array(plan.fields.length);
      plan.scratch[this.depth] = scratch;
    }
    const values = emptyValues(plan, scratch);
    let cursor = 0;
    for (;;) {
      // Elements follow each other with nothing between them, as the server writes them.
      const lt = s.charCodeAt(this.pos) === LT ? this.pos : s.indexOf('<', this.pos);
      if (lt === -1) this.fail(`unexpected end inside <${shortName(name)}>`);
      for (let p = this.pos; p < lt; p++) {
        if (!isSpace(s.charCodeAt(p))) {
          this.pos = p;
          this.fail(`text inside <${shortName(name)}>, which holds elements`);
        }
      }
      this.pos = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === SLASH) {
        this.endTag(name);
        break;
      }
      if (next === BANG) {
        if (s.startsWith('<!--', lt)) this.comment();
        else this.fail(`unexpected markup inside <${shortName(name)}>`);
        continue;
      }
      if (next === QUESTION) this.fail('processing instructions are not allowed');
      const at = this.child(plan, cursor);
      const tagName = this.tagName;
      const selfClosing = this.tagSelfClosing;
      if (at < 0) {
        this.skip({ name: tagName, selfClosing });
        continue;
      }
      const field = plan.fields[at]!;
      // The next element is this list's next item or a later field: a field never comes back.
      cursor = field.list ? at : at + 1;
      const value = field.read(this, tagName, selfClosing);
      if (field.list) (values[at] as unknown[]).push(value);
      else if (values[at] !== undefined) this.fail(`<${shortName(tagName)}> is repeated but is not a list`);
      else values[at] = value;
    }
    this.depth--;
    const record = this.record(plan, values);
    values.fill(undefined);
    return record;
  }

  /** A record from its field values: its wire value, or decoded when the reader decodes. */
  private record(plan: RecordPlan, values: unknown[]): unknown {
    if (this.run === undefined) return plan.build(values);
    const decoded = plan.decode(values, this.run);
    if (decoded === MISMATCH) throw new Refused();
    return decoded;
  }

  /** The text of a text-only element, references resolved, CDATA kept, comments dropped. */
  textContent(name: string): string {
    const s = this.s;
    let out = '';
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt === -1) this.fail(`unexpected end inside <${shortName(name)}>`);
      if (lt > this.pos) {
        // Whether the text needs more than a slice: a character below U+0020 (a forbidden one,
        // or a CR) or U+FFFE/U+FFFF, or a reference.
        const p = this.pos;
        const amp = scanText(s, p, lt);
        const text =
          amp < 0 ? this.chars(s.slice(p, lt)) : amp < lt ? this.referenced(p, amp, lt) : s.slice(p, lt);
        // Not `out += text`: V8 puts '' + text together at a cost, and most elements hold one text.
        out = out ? out + text : text;
      }
      this.pos = lt;
      if (s.charCodeAt(lt + 1) === SLASH) {
        this.endTag(name);
        return out;
      }
      if (s.startsWith('<!--', lt)) this.comment();
      else if (s.startsWith('<![CDATA[', lt)) out += this.cdata();
      else this.fail(`element inside <${shortName(name)}>, which holds text`);
    }
  }

  digitsContent(name: string): number | undefined {
    const s = this.s;
    const start = this.pos;
    let p = start;
    let value = 0;
    for (let c = s.charCodeAt(p); c >= 48 && c <= 57 && p - start < 9; c = s.charCodeAt(++p)) {
      value = value * 10 + (c - 48);
    }
    if (p === start || (p - start > 1 && s.charCodeAt(start) === 48) || !this.atEndTagFrom(p)) {
      return undefined;
    }
    this.pos = p;
    this.endTag(name);
    return value;
  }

  wordContent(name: string, word: string): boolean {
    const s = this.s;
    const end = this.pos + word.length;
    if (!s.startsWith(word, this.pos) || !this.atEndTagFrom(end)) return false;
    this.pos = end;
    this.endTag(name);
    return true;
  }

  /** Whether an end tag (any) starts at `p`: what ends a text that needs nothing more than its characters. */
  private atEndTagFrom(p: number): boolean {
    const s = this.s;
    return s.charCodeAt(p) === LT && s.charCodeAt(p + 1) === SLASH;
  }

  // Texts with references, decoded, by their form in the document, for this document only: the
  // same contacts' photo URLs (three `&amp;` each) and the same users' names come back on every deal,
  // so each is put together once and then shared. Bounded: short texts, and emptied when full.
  private decodedTexts: Map<string, string> | undefined;

  /** {@link ampersands}, once per distinct short text in this document. */
  private referenced(start: number, amp: number, end: number): string {
    if (end - start > MAX_SHARED_TEXT) return this.ampersands(start, amp, end);
    this.decodedTexts ??= new Map();
    const raw = this.s.slice(start, end);
    let text = this.decodedTexts.get(raw);
    if (text === undefined) {
      text = this.ampersands(start, amp, end);
      if (this.decodedTexts.size >= MAX_SHARED_TEXTS) this.decodedTexts.clear();
      this.decodedTexts.set(raw, text);
    }
    return text;
  }

  /**
   * The text from `start` to `end`, which has references from `amp` on and nothing else to check.
   * The server's texts are HTML-encoded, so their references are `&amp;`: those are read where
   * they stand, the text put together from slices of the document (cutting the text out first,
   * then each reference's name, was a third of the reader's garbage). Any other reference sends
   * the whole text the general way.
   */
  private ampersands(start: number, amp: number, end: number): string {
    const s = this.s;
    let out = '';
    let from = start;
    for (let at = amp; at !== -1 && at < end; at = s.indexOf('&', from)) {
      if (!s.startsWith('amp;', at + 1)) return this.chars(s.slice(start, end));
      out += s.slice(from, at + 1);
      from = at + 5;
    }
    return out + s.slice(from, end);
  }

  private chars(raw: string): string {
    if (FORBIDDEN_CHAR.test(raw)) this.fail('a character XML 1.0 forbids');
    // End-of-line handling (XML 1.0 §2.11) turns literal CRs into LFs, before references add any.
    const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    if (!text.includes('&')) return text;
    return decodeReferences(text) ?? this.fail('an entity reference other than the five predefined ones');
  }

  private cdata(): string {
    const s = this.s;
    const start = this.pos + 9;
    const end = s.indexOf(']]>', start);
    if (end === -1) this.fail('unterminated CDATA section');
    const raw = s.slice(start, end);
    if (FORBIDDEN_CHAR.test(raw)) this.fail('a character XML 1.0 forbids');
    this.pos = end + 3;
    return raw.replace(/\r\n?/g, '\n');
  }

  /** Skips an element the schema does not know, checking that it is well formed. */
  private skip(tag: StartTag): void {
    if (tag.selfClosing) return;
    const s = this.s;
    const open: string[] = [tag.name];
    this.enter();
    while (open.length > 0) {
      const lt = s.indexOf('<', this.pos);
      if (lt === -1) this.fail(`unexpected end inside <${shortName(open[open.length - 1]!)}>`);
      if (lt > this.pos) this.chars(s.slice(this.pos, lt));
      this.pos = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === SLASH) {
        this.endTag(open.pop()!);
        this.depth--;
      } else if (s.startsWith('<!--', lt)) this.comment();
      else if (s.startsWith('<![CDATA[', lt)) this.cdata();
      else if (next === BANG || next === QUESTION)
        this.fail('declarations and processing instructions are not allowed');
      else {
        const inner = this.startTag();
        if (!inner.selfClosing) {
          this.enter();
          open.push(inner.name);
        }
      }
    }
  }
}
