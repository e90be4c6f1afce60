// A schema of one's own, declared with core's builders and decoded by core's engine: the same
// issues, budget and bounds as a server's body.
import { describe, expect, it } from 'vitest';
import {
  array,
  decodeJsonText,
  decodeValue,
  describeValue,
  type Issue,
  integer,
  isXmlText,
  optional,
  record,
  renderIssues,
  required,
  text,
} from '../src/index.js';

const Member = record('member', { id: required(integer, 'Its id.'), name: required(text, 'Its name.') });
const Team = record('team', {
  members: required(array(Member), 'Its members.'),
  motto: optional(text, 'when it has none', 'Its motto.'),
});

describe('decodeValue', () => {
  it('gives the value, typed by the codec, or every issue with its path (the documented example)', () => {
    expect(decodeValue(Member, { id: 7, name: 'Ann', extra: true })).toEqual({
      _tag: 'Right',
      right: { id: 7, name: 'Ann' },
    });
    const result = decodeValue(Member, { id: 'seven' });
    expect(result._tag === 'Left' && result.left).toEqual({
      kind: 'decode',
      issues: [
        { kind: 'type', path: ['id'], expected: 'integer', message: 'expected integer, got "seven"' },
        { kind: 'missing', path: ['name'], expected: 'string', message: 'missing, expected string' },
      ],
      issueCount: 2,
      message:
        'the value does not match member (2 problems):\nid: expected integer, got "seven"\nname: missing, expected string',
    });
  });

  it('keeps maxIssues issues and counts the rest; a value is shown cut, never whole', () => {
    const members = Array.from({ length: 1000 }, (_, i) => ({ id: i, name: 'x'.repeat(10_000) + i }));
    members.forEach((m, i) => {
      if (i % 2 === 0) (m as { id: unknown }).id = 'y'.repeat(10_000);
    });
    const result = decodeValue(Team, { members }, { maxIssues: 5 });
    if (result._tag === 'Right') throw new Error('decoded');
    expect(result.left.issues.map((i) => i.path)).toEqual([0, 2, 4, 6, 8].map((n) => ['members', n, 'id']));
    expect(result.left.issueCount).toBe(500);
    expect(result.left.message.length).toBeLessThan(800);
    expect(result.left.message).toContain(`members[0].id: expected integer, got "${'y'.repeat(40)}…"`);
  });

  it('does not overflow the stack on a value nested a million deep, nor change the value', () => {
    let deep: unknown = [];
    for (let i = 0; i < 1_000_000; i++) deep = [deep];
    const input = { members: [{ id: 1, name: deep }], motto: null };
    const result = decodeValue(Team, input);
    expect(result._tag === 'Left' && result.left.issues).toEqual([
      {
        kind: 'type',
        path: ['members', 0, 'name'],
        expected: 'string',
        message: 'expected string, got an array (1 items)',
      },
    ]);
    expect(input.members[0]!.name).toBe(deep);
  });

  it('refuses options that are not valid with a RangeError, before any work', () => {
    expect(() => decodeValue(Member, {}, { maxIssues: 0 })).toThrow(RangeError);
  });
});

describe('decodeJsonText', () => {
  it('decodes JSON text; text that is not JSON is one syntax issue naming the position, not the text', () => {
    expect(decodeJsonText(Team, '{"members":[{"id":1,"name":"Ann"}]}')).toEqual({
      _tag: 'Right',
      right: { members: [{ id: 1, name: 'Ann' }] },
    });
    const result = decodeJsonText(Team, '{"members": [secret-words');
    if (result._tag === 'Right') throw new Error('decoded');
    expect(result.left.issues).toMatchObject([{ kind: 'syntax', path: [], expected: 'JSON text' }]);
    expect(result.left.issues[0]!.message).toMatch(/^not valid JSON/);
    expect(result.left.message).not.toContain('secret');
  });
});

describe('the parts a caller checking its own rules uses', () => {
  it('renders issues of a kind of its own as core renders its own', () => {
    const issues: Issue<'reference'>[] = [
      { kind: 'reference', path: ['deals', 0, 'contact'], expected: 'a contact', message: 'no contact 99' },
    ];
    expect(renderIssues(issues)).toBe('deals[0].contact: no contact 99');
  });

  it('shows values as core shows them: cut, escaped, objects only named', () => {
    expect(describeValue(`bell\u0001${'z'.repeat(100)}`)).toBe(`"bell\\u0001${'z'.repeat(30)}…"`);
    expect(describeValue({ a: 1 })).toBe('an object');
  });

  it('tells text an XML answer can carry: no character XML 1.0 forbids, no lone surrogate', () => {
    expect(['plain', 'tab\tand\nnew line', 'pair \uD83D\uDE00', ''].map(isXmlText)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['bell\u0001', 'nul\u0000', '\uFFFE', 'lone \uD83D', 'lone \uDE00 low'].map(isXmlText)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
