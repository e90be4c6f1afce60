// The committed pacts agree with the OpenAPI document (bi-directional contract testing, as
// PactFlow's comparator checks it), and what the comparator cannot validate is listed: exactly the
// interactions whose bodies are not JSON.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain script, shared with `pnpm test`'s listing
import { findings, PACTS, sorted } from '../../scripts/openapi-check.mjs';

interface Interaction {
  description: string;
  response: { body?: { contentType?: string; content?: unknown } };
}
type Finding = { type: string; code: string; mockDetails?: { interactionDescription?: string } };
const check = findings as (pact: unknown) => Promise<Finding[]>;
const split = sorted as (all: Finding[]) => {
  errors: Finding[];
  unvalidated: string[];
  otherWarnings: Finding[];
};

const pactOf = (file: string) => JSON.parse(readFileSync(file, 'utf8')) as { interactions: Interaction[] };

describe.each(PACTS as string[])('%s against packages/core/openapi.json', (file) => {
  it('has no error and no other warning', async () => {
    const { errors, otherWarnings } = split(await check(pactOf(file)));
    expect(errors).toEqual([]);
    expect(otherWarnings).toEqual([]);
  });

  it('leaves unvalidated exactly the bodies that are not JSON (XML, text/html), each listed', async () => {
    const pact = pactOf(file);
    const notJson = pact.interactions
      .filter((i) => i.response.body && i.response.body.contentType !== 'application/json')
      .map((i) => i.description)
      .sort();
    expect(notJson.length).toBeGreaterThan(5);
    expect(split(await check(pact)).unvalidated).toEqual(notJson);
  });

  it('catches a pact that disagrees with the document', async () => {
    const pact = pactOf(file);
    const one = pact.interactions.find((i) => i.description === 'a request for one opportunity, in JSON');
    const body = one?.response.body?.content as { response: { isPrivate: unknown } } | undefined;
    if (!body) throw new Error('the pact has no such interaction');
    body.response.isPrivate = 'yes';
    const { errors } = split(await check(pact));
    expect(errors.map((e) => [e.code, e.mockDetails?.interactionDescription])).toEqual([
      ['response.body.incompatible', 'a request for one opportunity, in JSON'],
    ]);
  });
});
