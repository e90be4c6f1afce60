// Providers the client cannot read never pass: one malformed item deep in a list, or one malformed
// nullable record, fails the interaction that reads it, naming the path. One provider per kind of
// pinned field, in JSON (every item of every list is checked) and XML (the first item is).
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eachDeal, pactOf, referencePortal, runCli, tamperingProxy } from './providers.js';

const reference = referencePortal();

type Deal = Record<string, unknown>;
type Item = Record<string, unknown>;
/** The last item of the last deal's list that has one: never the first, which an example alone would check. */
function lastItem(list: string, change: (item: Item) => void) {
  return (body: string) => {
    if (!body.startsWith('{')) return body;
    const parsed = JSON.parse(body) as { response?: unknown };
    let last: Item | undefined;
    for (const d of Array.isArray(parsed.response) ? parsed.response : [parsed.response]) {
      const items = (d as Deal | null)?.[list];
      if (Array.isArray(items) && items.length > 0) last = items[items.length - 1] as Item;
    }
    if (last) change(last);
    return JSON.stringify(parsed);
  };
}

const RECORDS_JSON = 'a request for an opportunity with every nullable record, in JSON';
const RECORDS_XML = 'a request for an opportunity with every nullable record, in XML';
const LIST_JSON = "a request for a contact's opportunities, in JSON";
const PRIVATE_JSON = 'a request for a private opportunity, in JSON';
const BID_JSON = 'a request for an opportunity with a per-period bid, in JSON';
const BY_ID = /\/api\/2\.0\/crm\/opportunity\/\d+(\.xml)?$/;

const CASES: ReadonlyArray<[string, string, (body: string, path: string) => string, RegExp]> = [
  [
    'a member (the last one of a list)',
    LIST_JSON,
    lastItem('members', (m) => {
      m['isCompany'] = 'yes';
    }),
    /^ {11}\$\.response\[\*\]\.members\[\*\]\.isCompany: expected a boolean, got 'yes' \(a string\)$/m,
  ],
  [
    "a member's currency, neither null nor a record",
    LIST_JSON,
    lastItem('members', (m) => {
      m['currency'] = 'USD';
    }),
    /^ {11}\$\.response\[\*\]\.members\[\*\]\.currency: expected text matching \^\(null\|/m,
  ],
  [
    'a custom field',
    LIST_JSON,
    lastItem('customFields', (f) => {
      f['fieldType'] = 9;
    }),
    /^ {11}\$\.response\[\*\]\.customFields\[\*\]\.fieldType: expected text matching/m,
  ],
  [
    'an access-list entry',
    PRIVATE_JSON,
    lastItem('accessList', (e) => {
      e['id'] = 'not-a-guid';
    }),
    /^ {11}\$\.response\.accessList\[\*\]\.id: expected text matching .*, got 'not-a-guid'$/m,
  ],
  [
    'a stage',
    RECORDS_JSON,
    eachDeal((d: Deal) => {
      if (d['stage']) (d['stage'] as Item)['stageType'] = 7;
    }),
    /^ {11}\$\.response\.stage\.stageType: expected text matching \^\(0\|1\|2\)\$, got '7'$/m,
  ],
  [
    'a primary contact',
    RECORDS_JSON,
    eachDeal((d: Deal) => {
      if (d['contact']) (d['contact'] as Item)['displayName'] = 5;
    }),
    /^ {11}\$\.response\.contact\.displayName: expected a string, got 5 \(an integer\)$/m,
  ],
  [
    "the primary contact's currency",
    RECORDS_JSON,
    eachDeal((d: Deal) => {
      const currency = (d['contact'] as Item | undefined)?.['currency'] as Item | undefined;
      if (currency) currency['abbreviation'] = ['CNY'];
    }),
    /^ {11}\$\.response\.contact\.currency\.abbreviation: expected a string/m,
  ],
  [
    'a bid currency',
    RECORDS_JSON,
    eachDeal((d: Deal) => {
      if (d['bidCurrency']) (d['bidCurrency'] as Item)['isBasic'] = 'yes';
    }),
    /^ {11}\$\.response\.bidCurrency\.isBasic: expected a boolean, got 'yes' \(a string\)$/m,
  ],
  [
    'a bid value, left out at its default elsewhere',
    BID_JSON,
    eachDeal((d: Deal) => {
      if (d['bidValue'] !== undefined) d['bidValue'] = String(d['bidValue']);
    }),
    /^ {11}\$\.response\.bidValue: expected a number, got '[\d.]+' \(a string\)$/m,
  ],
  [
    'a stage no longer sent by id (the search still shows it)',
    RECORDS_JSON,
    (body, path) =>
      BY_ID.test(path)
        ? eachDeal((d: Deal) => {
            delete d['stage'];
          })(body)
        : body,
    /^ {11}\$\.response\.stage: expected a value, got nothing$/m,
  ],
  [
    'an XML member',
    RECORDS_XML,
    (body) => body.replace(/(<members>(?:(?!<\/members>).)*?<isCompany>)(true|false)/, '$1yes'),
    /^ {11}\$\.result\.response\.members\.isCompany: expected text matching \^\(true\|false\)\$, got 'yes'$/m,
  ],
  [
    'an XML stage',
    RECORDS_XML,
    (body) => body.replace(/<stageType>\d<\/stageType>/, '<stageType>7</stageType>'),
    /^ {11}\$\.result\.response\.stage\.stageType: expected text matching \^\(0\|1\|2\)\$, got '7'$/m,
  ],
];

describe('a provider the client cannot read fails, naming the path', () => {
  it.each(CASES)('%s', async (_, interaction, rewrite, named) => {
    const proxy = await tamperingProxy(reference.portal.url, (body, path) => rewrite(body, path));
    const pact = pactOf((d) => d === interaction);
    try {
      const run = await runCli(['verify', '--provider-base-url', proxy.url, '--pact', pact], {
        OO_CRM_TOKEN: reference.token,
      });
      expect(run.stdout).toMatch(new RegExp(`^FAILED {3}${interaction.replace(/[()]/g, '\\$&')}$`, 'm'));
      expect(run.stdout).toMatch(named);
      expect(run.stdout).toMatch(
        /^ {11}reproduce: curl -sS -H "Authorization: \$OO_CRM_TOKEN" 'http:\/\/127\.0\.0\.1:\d+\/api\/2\.0\/crm\/opportunity\//m,
      );
      expect(run.stdout).toMatch(/\n0 passed, 1 failed, 0 skipped\n$/);
      expect(run.code).toBe(1);
    } finally {
      rmSync(pact, { force: true });
      await proxy.close();
    }
  });
});
