// The answers of bycontact and of opportunity/filter for the same 1,000 deals, as the reference
// portal sends them over HTTP: a dataset in which one contact takes part in every deal, read by an
// administrator (who sees them all) through both routes, in JSON and in XML.
import { writeFileSync } from 'node:fs';
import { BYCONTACT_ROUTE, FILTER_ROUTE, routeUrl } from '@oo-crm/core';
import { startPortal } from '@oo-crm/portal';
import { generateDataset } from '@oo-crm/testkit';
import { tokenOf } from './login.mjs';

const CONTACT = 9001;

/** Writes the four bodies into `dir` and answers their paths, by route and format. */
export async function writeRouteBodies(dir, n = 1000) {
  // n + 1 deals (the documented example besides): a full page of n, with total and nextIndex.
  const dataset = generateDataset({ deals: n });
  const contact = {
    ...dataset.contacts[1],
    id: CONTACT,
    shareType: 'Read',
    isShared: true,
    isPrivate: false,
  };
  const opportunities = dataset.opportunities.map((d) => ({ ...d, members: [...d.members, contact] }));
  const portal = await startPortal({
    dataset: { ...dataset, contacts: [...dataset.contacts, contact], opportunities },
  });
  try {
    const token = await tokenOf(portal.url, portal.admin);
    const requests = {
      bycontact: (format) => routeUrl(BYCONTACT_ROUTE, { contactid: CONTACT }, { count: n }, { format }),
      filter: (format) =>
        routeUrl(
          FILTER_ROUTE,
          {},
          { contactid: CONTACT, contactAlsoIsParticipant: true, count: n },
          { format },
        ),
    };
    const files = {};
    for (const [route, urlOf] of Object.entries(requests)) {
      for (const format of ['json', 'xml']) {
        const url = new URL(urlOf(format), `${portal.url}/`);
        const answer = await fetch(url, { headers: { authorization: token } });
        if (answer.status !== 200) throw new Error(`${url}: ${answer.status}`);
        const file = `${dir}/route-${route}.${format}`;
        writeFileSync(file, await answer.text());
        files[`${route}.${format}`] = file;
      }
    }
    return files;
  } finally {
    await portal.close();
  }
}
