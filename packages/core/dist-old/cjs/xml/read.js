var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if ((from && typeof from === 'object') || typeof from === 'function') {
    for (const key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, {
          get: () => from[key],
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable,
        });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (
  (target = mod != null ? __create(__getProtoOf(mod)) : {}),
  __copyProps(
    // If the importer is in node compatibility mode or this is not an ESM
    // file that has been converted to a CommonJS file using a Babel-
    // compatible transform (i.e. "__esModule" has not been set), then set
    // "default" to the CommonJS "module.exports" for node compatibility.
    isNodeMode || !mod || !mod.__esModule
      ? __defProp(target, 'default', { value: mod, enumerable: true })
      : target,
    mod,
  )
);
var __toCommonJS = (mod) => __copyProps(__defProp({}, '__esModule', { value: true }), mod);
var read_exports = {};
__export(read_exports, {
  readXml: () => readXml,
});
module.exports = __toCommonJS(read_exports);
var E = __toESM(require('fp-ts/lib/Either.js'));
var import_limits = require('./limits.js');
var import_plan = require('./plan.js');
var import_text = require('./text.js');
function readXml(text, rootName, rootFields, limits = import_limits.DEFAULT_XML_LIMITS) {
  if (text.length > limits.maxLength) return E.left(`the XML is longer than ${limits.maxLength} characters`);
  try {
    return E.right(new Reader(text, limits).document(rootName, (0, import_plan.planOf)(rootFields)));
  } catch (error) {
    if (error instanceof XmlError) return E.left(error.message);
    throw error;
  }
}
class XmlError extends Error {}
const LT = 60;
const GT = 62;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const isSpace = (c) => c === 32 || c === 10 || c === 9 || c === 13;
const isNameChar = (c) =>
  (c >= 97 && c <= 122) ||
  (c >= 65 && c <= 90) ||
  (c >= 48 && c <= 58) ||
  c === 95 ||
  c === 45 ||
  c === 46 ||
  c >= 128;
const NEEDS_WORK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\r&]/;
class Reader {
  s;
  limits;
  pos = 0;
  depth = 0;
  constructor(s, limits) {
    this.s = s;
    this.limits = limits;
  }
  fail(what) {
    throw new XmlError(`malformed XML at offset ${this.pos}: ${what}`);
  }
  document(rootName, plan) {
    if (this.s.charCodeAt(0) === 65279) this.pos = 1;
    if (this.s.startsWith('<?xml', this.pos) && isSpace(this.s.charCodeAt(this.pos + 5))) {
      const end = this.s.indexOf('?>', this.pos);
      if (end === -1) this.fail('unterminated XML declaration');
      this.pos = end + 2;
    }
    this.misc();
    if (this.s.charCodeAt(this.pos) !== LT) this.fail('expected the root element');
    const root = this.startTag();
    if (root.name !== rootName)
      this.fail(`expected <${rootName}> as the root, got <${(0, import_plan.shortName)(root.name)}>`);
    const value = root.selfClosing
      ? plan.build((0, import_plan.emptyValues)(plan))
      : this.recordContent(root.name, plan);
    this.misc();
    if (this.pos !== this.s.length) this.fail('content after the root element');
    return value;
  }
  /** Whitespace and comments between top-level items; DOCTYPE and processing instructions refused. */
  misc() {
    for (;;) {
      while (isSpace(this.s.charCodeAt(this.pos))) this.pos++;
      if (this.s.startsWith('<!--', this.pos)) this.comment();
      else if (this.s.startsWith('<!', this.pos)) this.fail('DOCTYPE and declarations are not allowed');
      else if (this.s.startsWith('<?', this.pos)) this.fail('processing instructions are not allowed');
      else return;
    }
  }
  comment() {
    const end = this.s.indexOf('-->', this.pos + 4);
    if (end === -1) this.fail('unterminated comment');
    this.pos = end + 3;
  }
  name() {
    const start = this.pos;
    const first = this.s.charCodeAt(start);
    if (!isNameChar(first) || (first >= 48 && first <= 57) || first === 45 || first === 46)
      this.fail('expected a name');
    let p = start + 1;
    while (isNameChar(this.s.charCodeAt(p))) p++;
    this.pos = p;
    return this.s.slice(start, p);
  }
  /** At `<name`: reads the tag and its (ignored) attributes. */
  startTag() {
    this.pos++;
    const name = this.name();
    for (;;) {
      const c = this.s.charCodeAt(this.pos);
      if (c === GT) {
        this.pos++;
        return { name, selfClosing: false };
      }
      if (c === SLASH) {
        if (this.s.charCodeAt(this.pos + 1) !== GT)
          this.fail(`expected /> in <${(0, import_plan.shortName)(name)}>`);
        this.pos += 2;
        return { name, selfClosing: true };
      }
      if (!isSpace(c)) this.fail(`unexpected character in <${(0, import_plan.shortName)(name)}>`);
      while (isSpace(this.s.charCodeAt(this.pos))) this.pos++;
      const next = this.s.charCodeAt(this.pos);
      if (next === GT || next === SLASH) continue;
      this.attribute(name);
    }
  }
  attribute(element) {
    this.name();
    while (isSpace(this.s.charCodeAt(this.pos))) this.pos++;
    if (this.s.charCodeAt(this.pos) !== 61)
      this.fail(`expected = in <${(0, import_plan.shortName)(element)}>`);
    this.pos++;
    while (isSpace(this.s.charCodeAt(this.pos))) this.pos++;
    const quote = this.s.charCodeAt(this.pos);
    if (quote !== 34 && quote !== 39) this.fail('expected a quoted attribute value');
    const end = this.s.indexOf(quote === 34 ? '"' : "'", this.pos + 1);
    if (end === -1) this.fail('unterminated attribute value');
    const value = this.s.slice(this.pos + 1, end);
    if (value.includes('<') || (value.includes('&') && (0, import_text.decodeReferences)(value) === void 0)) {
      this.fail('invalid attribute value');
    }
    this.pos = end + 1;
  }
  /** Whether the end tag of `name` comes next. */
  atEndTag(name) {
    return this.s.startsWith(`</${name}`, this.pos);
  }
  /** At `</`: the end tag of `name`. */
  endTag(name) {
    const p = this.pos + 2;
    if (!this.s.startsWith(name, p) || isNameChar(this.s.charCodeAt(p + name.length))) {
      this.fail(`expected </${(0, import_plan.shortName)(name)}>`);
    }
    this.pos = p + name.length;
    while (isSpace(this.s.charCodeAt(this.pos))) this.pos++;
    if (this.s.charCodeAt(this.pos) !== GT)
      this.fail(`expected > to end </${(0, import_plan.shortName)(name)}>`);
    this.pos++;
  }
  enter() {
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
  tagName = '';
  tagSelfClosing = false;
  child(plan, cursor) {
    const s = this.s;
    const from = this.pos + 1;
    for (let k = cursor; k < plan.fields.length && k < cursor + 3; k++) {
      const wire = plan.fields[k].wire;
      if (!s.startsWith(wire, from)) continue;
      const end = from + wire.length;
      const c = s.charCodeAt(end);
      if (c === GT || (c === SLASH && s.charCodeAt(end + 1) === GT)) {
        this.tagName = wire;
        this.tagSelfClosing = c === SLASH;
        this.pos = end + (c === SLASH ? 2 : 1);
        return k;
      }
    }
    const tag = this.startTag();
    this.tagName = tag.name;
    this.tagSelfClosing = tag.selfClosing;
    return plan.byName.get(tag.name) ?? -1;
  }
  recordContent(name, plan) {
    this.enter();
    const s = this.s;
    let scratch = plan.scratch[this.depth];
    if (scratch === void 0) {
      scratch = new Array(plan.fields.length);
      plan.scratch[this.depth] = scratch;
    }
    const values = (0, import_plan.emptyValues)(plan, scratch);
    let cursor = 0;
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt === -1) this.fail(`unexpected end inside <${(0, import_plan.shortName)(name)}>`);
      for (let p = this.pos; p < lt; p++) {
        if (!isSpace(s.charCodeAt(p))) {
          this.pos = p;
          this.fail(`text inside <${(0, import_plan.shortName)(name)}>, which holds elements`);
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
        else this.fail(`unexpected markup inside <${(0, import_plan.shortName)(name)}>`);
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
      cursor = at;
      const field = plan.fields[at];
      const value = field.read(this, tagName, selfClosing);
      if (field.list) values[at].push(value);
      else if (values[at] !== void 0)
        this.fail(`<${(0, import_plan.shortName)(tagName)}> is repeated but is not a list`);
      else values[at] = value;
    }
    this.depth--;
    const record = plan.build(values);
    values.fill(void 0);
    return record;
  }
  /** The text of a text-only element, references resolved, CDATA kept, comments dropped. */
  textContent(name) {
    const s = this.s;
    let out = '';
    for (;;) {
      const lt = s.indexOf('<', this.pos);
      if (lt === -1) this.fail(`unexpected end inside <${(0, import_plan.shortName)(name)}>`);
      if (lt > this.pos) out += this.chars(s.slice(this.pos, lt));
      this.pos = lt;
      if (s.charCodeAt(lt + 1) === SLASH) {
        this.endTag(name);
        return out;
      }
      if (s.startsWith('<!--', lt)) this.comment();
      else if (s.startsWith('<![CDATA[', lt)) out += this.cdata();
      else this.fail(`element inside <${(0, import_plan.shortName)(name)}>, which holds text`);
    }
  }
  chars(raw) {
    if (!NEEDS_WORK.test(raw)) return raw;
    if (import_text.FORBIDDEN_CHAR.test(raw)) this.fail('a character XML 1.0 forbids');
    const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    if (!text.includes('&')) return text;
    return (
      (0, import_text.decodeReferences)(text) ??
      this.fail('an entity reference other than the five predefined ones')
    );
  }
  cdata() {
    const start = this.pos + 9;
    const end = this.s.indexOf(']]>', start);
    if (end === -1) this.fail('unterminated CDATA section');
    const raw = this.s.slice(start, end);
    if (import_text.FORBIDDEN_CHAR.test(raw)) this.fail('a character XML 1.0 forbids');
    this.pos = end + 3;
    return raw.replace(/\r\n?/g, '\n');
  }
  /** Skips an element the schema does not know, checking that it is well formed. */
  skip(tag) {
    if (tag.selfClosing) return;
    const s = this.s;
    const open = [tag.name];
    this.enter();
    while (open.length > 0) {
      const lt = s.indexOf('<', this.pos);
      if (lt === -1)
        this.fail(`unexpected end inside <${(0, import_plan.shortName)(open[open.length - 1])}>`);
      if (lt > this.pos) this.chars(s.slice(this.pos, lt));
      this.pos = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === SLASH) {
        this.endTag(open.pop());
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
