#!/usr/bin/env node
// The committed pacts against the OpenAPI document (packages/core/openapi.json), as PactFlow's
// bi-directional contract testing compares them: @pactflow/openapi-pact-comparator, the same
// comparator PactFlow runs. It validates JSON bodies only; the XML and text/html bodies it cannot
// validate are listed here, never hidden. Exit 1 when a pact disagrees with the document.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Comparator } from '@pactflow/openapi-pact-comparator';

export const OPENAPI = fileURLToPath(new URL('../../core/openapi.json', import.meta.url));
export const PACTS = [fileURLToPath(new URL('../pacts/oo-crm-client-onlyoffice-crm.json', import.meta.url))];

/** The comparator's findings for a pact (a parsed pact file), each `{ type, code, message, mockDetails }`. */
export async function findings(pact, openapi = JSON.parse(readFileSync(OPENAPI, 'utf8'))) {
  const out = [];
  for await (const finding of new Comparator({ oas: openapi }).compare(pact)) out.push(finding);
  return out;
}

/** The findings that are errors, and the interactions whose bodies the comparator could not validate. */
export function sorted(all) {
  return {
    errors: all.filter((f) => f.type === 'error'),
    unvalidated: [
      ...new Set(
        all
          .filter((f) => f.code === 'response.body.unvalidatable' || f.code === 'request.body.unvalidatable')
          .map((f) => f.mockDetails?.interactionDescription),
      ),
    ].sort(),
    otherWarnings: all.filter((f) => f.type === 'warning' && !f.code.endsWith('.body.unvalidatable')),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let failed = 0;
  for (const file of PACTS) {
    const pact = JSON.parse(readFileSync(file, 'utf8'));
    const { errors, unvalidated, otherWarnings } = sorted(await findings(pact));
    const name = file.slice(file.lastIndexOf('/') + 1);
    console.log(
      `openapi-check: pacts/${name}: ${pact.interactions.length} interactions against core/openapi.json, ${errors.length} errors`,
    );
    for (const e of errors)
      console.log(
        `  error ${e.code}: ${e.mockDetails?.interactionDescription}: ${e.message} (${e.mockDetails?.location})`,
      );
    for (const w of otherWarnings)
      console.log(`  warning ${w.code}: ${w.mockDetails?.interactionDescription}: ${w.message}`);
    console.log(
      `  bodies the comparator cannot validate (XML, text/html), checked by the provider verification only:`,
    );
    for (const d of unvalidated) console.log(`    ${d}`);
    if (errors.length > 0) failed++;
  }
  process.exit(failed > 0 ? 1 : 0);
}
