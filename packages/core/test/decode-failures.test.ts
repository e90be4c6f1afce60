import { readFixture, readJsonFixture } from '@oo-crm/fixtures';
import { describe, expect, it } from 'vitest';
import { decodeOpportunities, type Failure } from '../src/index.js';

interface Case {
  readonly name: string;
  readonly body: string;
  readonly failure: Failure;
}

const cases = readJsonFixture('decode-failures.json') as Case[];

describe('bad input gives a Left with the right path and a short message', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_, c) => {
    expect(decodeOpportunities(c.body, 'json')).toEqual({ _tag: 'Left', left: c.failure });
  });

  it('renders one line per problem, at most 20, then sums up the rest', () => {
    const body = JSON.parse(readFixture('server-deals.json'));
    body.response = Array.from({ length: 25 }, () => ({ ...body.response[2], title: 42 }));
    const result = decodeOpportunities(JSON.stringify(body), 'json');
    expect(result._tag === 'Left' && result.left.message).toBe(
      readFixture('decode-failure-25.txt').trimEnd(),
    );
  });

  it('never prints a whole value', () => {
    for (const c of cases) {
      if (c.failure.kind !== 'decode') continue;
      for (const issue of c.failure.issues) expect(issue.message).not.toMatch(/secret|\{|United Kingdom/);
    }
  });
});
