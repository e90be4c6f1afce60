import {
  decodeOpportunities,
  encodeApiError,
  encodeOpportunities,
  encodeOpportunity,
  type WireFormat,
} from '@oo-crm/core';
import { readFixture } from '@oo-crm/fixtures';

/**
 * The examples of the document's answers, so that a reader sees real values instead of generated
 * samples (`"string"`, `-9007199254740991`): the golden fixtures (packages/fixtures), which are the
 * server's own answers, or what the encoders every fixture comes from write of their deals.
 */

/** An OpenAPI example object. */
export interface Example {
  readonly summary: string;
  readonly value: unknown;
}

/** Named examples of one media type. */
export type Examples = Readonly<Record<string, Example>>;

/** A wire text as a media type's example value: parsed for JSON, the text itself for XML. */
const exampleValue = (text: string, format: WireFormat): unknown =>
  format === 'json' ? JSON.parse(text) : text;

/** The deals of the golden fixture `server-deals`, decoded. */
function serverDeals() {
  const page = decodeOpportunities(readFixture('server-deals.json'), 'json');
  if (page._tag === 'Left') throw new Error(`server-deals.json does not decode: ${page.left.message}`);
  return page.right.items;
}

/** Examples of a contact's list: the golden fixtures as the server sent them. */
export function listExamples(format: WireFormat): Examples {
  const fixture = (name: string) => exampleValue(readFixture(`${name}.${format}`), format);
  return {
    deals: { summary: 'Three deals (fixture server-deals)', value: fixture('server-deals') },
    paged: { summary: 'A page of a longer list (fixture paged)', value: fixture('paged') },
    empty: { summary: 'No deals (fixture empty)', value: fixture('empty') },
  };
}

/**
 * Examples of a search: the deals of `server-deals` with the `total` the search always writes
 * (left out only when 0), and the empty fixture.
 */
export function searchExamples(format: WireFormat): Examples {
  const items = serverDeals();
  const page = encodeOpportunities({ count: items.length, total: items.length, items }, format);
  return {
    deals: { summary: 'Three deals (fixture server-deals)', value: exampleValue(page, format) },
    empty: {
      summary: 'No match (fixture empty)',
      value: exampleValue(readFixture(`empty.${format}`), format),
    },
  };
}

/** Examples of one deal: the first of `server-deals`, as `opportunity/{id}` writes it. */
export function itemExamples(format: WireFormat): Examples {
  const [first] = serverDeals();
  if (!first) throw new Error('server-deals.json has no deal');
  const text = encodeOpportunity(first, format);
  return {
    deal: { summary: 'One deal (fixture server-deals, the first)', value: exampleValue(text, format) },
  };
}

/** An error envelope: the golden `error-404` for a 404, else the envelope with the server's message. */
export function errorExamples(status: number, message: string, format: WireFormat): Examples {
  const text =
    status === 404
      ? readFixture(`error-404.${format}`)
      : encodeApiError({ statusCode: status, message }, format);
  return { error: { summary: message, value: exampleValue(text, format) } };
}
