import { LIMITS } from './limits.js';

// The verifier ships without @oo-crm/core (a team installs it alone with npx), so it keeps its own
// copy of core's rule (packages/core/src/report/safe-text.ts): C0, DEL, C1, the bidi marks,
// embeddings, overrides and isolates, and the Unicode line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufffe\uffff]/g;
// Lone surrogates are not text: XML refuses them, and a terminal shows garbage.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const escapeOne = (ch: string): string => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** Every control, bidi or non-character, and each lone surrogate, as a visible `\u00XX`; nothing cut. */
export const escapeControls = (text: string): string =>
  text.replace(UNSAFE, escapeOne).replace(LONE_SURROGATE, escapeOne);

/**
 * A provider's text made safe for every report: each control, bidi or non-character as a visible
 * `\u00XX` (so a terminal cannot be driven and XML 1.0 stays well-formed), cut to `max` characters.
 */
export function printable(text: string, max: number = LIMITS.quotedChars): string {
  const head = text.length > max * 7 ? text.slice(0, max * 7) : text;
  const escaped = escapeControls(head);
  return escaped.length > max || head.length < text.length ? `${escaped.slice(0, max)}…` : escaped;
}

/**
 * Replaces the caller's secrets wherever they appear (as given, and URL-encoded), before anything is
 * written: a provider may echo a token into an answer, and Pact quotes answers in its mismatches.
 */
export class Secrets {
  private readonly forms: string[] = [];

  constructor(secrets: ReadonlyArray<string | undefined> = []) {
    for (const s of secrets) this.add(s);
  }

  /** Adds a secret (a token learnt from a login, say). Empty and very short ones cannot be told from text. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < 4) return;
    for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')])
      if (!this.forms.includes(form)) this.forms.push(form);
    // Longest first, so that a secret that contains another is replaced whole.
    this.forms.sort((a, b) => b.length - a.length);
  }

  /** The text with every secret replaced by `[redacted]`. */
  scrub(text: string): string {
    let out = text;
    for (const form of this.forms) out = out.split(form).join('[redacted]');
    return out;
  }
}
