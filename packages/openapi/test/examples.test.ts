// Every answer of the document carries examples (so Redoc shows real values, never generated
// samples like `"string"` or `-9007199254740991`), and each example is true: a JSON one validates
// against its schema, an XML one decodes with the core to the same values as its JSON twin.
import { decodeApiError, decodeOpportunities, decodeOpportunity } from '@oo-crm/core';
import { describe, expect, it } from 'vitest';
import { DOCUMENT } from './document.js';
import { errorsOf, validatorOf } from './schemas.js';

interface Media {
  readonly schema: unknown;
  readonly examples?: Record<string, { value: unknown }>;
}
interface Answer {
  readonly path: string;
  readonly method: string;
  readonly status: string;
  readonly mediaType: string;
  readonly media: Media;
}

const resolve = (r: { $ref?: string }) =>
  r.$ref ? DOCUMENT.components.responses[r.$ref.split('/').at(-1) as string] : r;

/** Every (operation, status, media type) the document describes. */
const ANSWERS: Answer[] = Object.entries(DOCUMENT.paths).flatMap(([path, item]) =>
  Object.entries(item as Record<string, { responses: Record<string, { $ref?: string }> }>).flatMap(
    ([method, op]) =>
      Object.entries(op.responses).flatMap(([status, response]) =>
        Object.entries((resolve(response).content ?? {}) as Record<string, Media>).map(
          ([mediaType, media]) => ({
            path,
            method,
            status,
            mediaType,
            media,
          }),
        ),
      ),
  ),
);

/** The decoded value of an answer's text, whichever its format: what JSON and XML must agree on. */
function decoded(path: string, status: string, text: string, format: 'json' | 'xml') {
  if (status !== '200') return decodeApiError(text, format);
  return path.includes('{opportunityid}')
    ? decodeOpportunity(text, format)
    : decodeOpportunities(text, format);
}

describe("the document's examples", () => {
  it('are on every answer with a body', () => {
    expect(ANSWERS.length).toBeGreaterThan(40);
    const without = ANSWERS.filter((a) => Object.keys(a.media.examples ?? {}).length === 0);
    expect(without.map((a) => `${a.method} ${a.path} ${a.status} ${a.mediaType}`)).toEqual([]);
  });

  it('validate against their schema, in JSON', () => {
    const json = ANSWERS.filter((a) => a.mediaType === 'application/json');
    expect(json.length).toBeGreaterThanOrEqual(20);
    for (const a of json) {
      const validate = validatorOf(a.path, Number(a.status), a.mediaType, a.method);
      for (const [name, example] of Object.entries(a.media.examples ?? {})) {
        expect(validate(example.value), `${a.path} ${a.status} ${name}: ${errorsOf(validate)}`).toBe(true);
      }
    }
  });

  it('in XML, are text that decodes to the values of the JSON example of the same answer', () => {
    const xml = ANSWERS.filter((a) => a.mediaType === 'text/xml');
    expect(xml.length).toBeGreaterThan(15);
    for (const a of xml) {
      const twin = ANSWERS.find(
        (b) =>
          b.path === a.path.replace(/\.xml$/, '') &&
          b.status === a.status &&
          b.mediaType === 'application/json',
      );
      expect(twin, a.path).toBeDefined();
      for (const [name, example] of Object.entries(a.media.examples ?? {})) {
        expect(typeof example.value, name).toBe('string');
        const fromXml = decoded(a.path, a.status, example.value as string, 'xml');
        const fromJson = decoded(
          a.path,
          a.status,
          JSON.stringify(twin!.media.examples?.[name]?.value),
          'json',
        );
        expect(fromXml._tag, `${a.path} ${a.status} ${name}`).toBe('Right');
        expect(fromXml, `${a.path} ${a.status} ${name}`).toEqual(fromJson);
      }
    }
  });

  it('of a list are the golden fixtures themselves', async () => {
    const { readJsonFixture, readFixture } = await import('@oo-crm/fixtures');
    const list =
      DOCUMENT.paths['/api/2.0/crm/opportunity/bycontact/{contactid}'].get.responses['200'].content;
    expect(list['application/json'].examples.deals.value).toEqual(readJsonFixture('server-deals.json'));
    const xml =
      DOCUMENT.paths['/api/2.0/crm/opportunity/bycontact/{contactid}.xml'].get.responses['200'].content;
    expect(xml['text/xml'].examples.paged.value).toBe(readFixture('paged.xml'));
  });
});
