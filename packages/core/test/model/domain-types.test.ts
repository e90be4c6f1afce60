// The domain types as hovers and the API site show them: written from the schema's field docs
// (scripts/domain-types.mjs), kept so, and carried into the emitted declarations.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { domainTypes, renderDomainType, withDomainTypes } from '../../scripts/domain-types.mjs';
import * as core from '../../src/index.js';

const PACKAGE = new URL('../../', import.meta.url);
const TYPES = domainTypes(core);

describe('the domain types in the source', () => {
  it.each([...new Set(TYPES.map((t) => t.file))])('%s holds them as the schema writes them', (file) => {
    const text = readFileSync(new URL(file, PACKAGE), 'utf8');
    // Stale after a doc or a field changes: run `pnpm --filter @oo-crm/core run domain-types`.
    expect(withDomainTypes(core, file, text)).toBe(text);
  });

  it('give each field its schema doc and its wire rule, nested values by name', () => {
    const opportunity = renderDomainType(core, TYPES.find((t) => t.name === 'Opportunity')!);
    expect(opportunity).toContain(
      [
        '  /**',
        '   * Primary contact, when the caller may see it.',
        '   *',
        '   * On the wire: `contact`, left out when null; decodes to `null`.',
        '   */',
        '  readonly contact: Contact | null;',
      ].join('\n'),
    );
    expect(opportunity).toContain('  readonly members: ReadonlyArray<Contact>;');
    expect(opportunity).toContain('  readonly createBy: Employee;');
    expect(opportunity).toContain('  readonly stage: Stage | null;');
    expect(opportunity).toContain('  readonly expectedCloseDate: ApiDateTime | null;');
    const page = renderDomainType(core, TYPES.find((t) => t.name === 'OpportunityPage')!);
    expect(page).toContain('  readonly total?: number;');
    expect(page).toContain('  readonly items: ReadonlyArray<Opportunity>;');
    expect(page).not.toContain('status');
  });
});

/** The members of each interface a declaration file declares, and whether each has a doc comment. */
function membersOf(file: string): Map<string, Array<{ name: string; documented: boolean }>> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out = new Map<string, Array<{ name: string; documented: boolean }>>();
  source.forEachChild((node) => {
    if (!ts.isInterfaceDeclaration(node)) return;
    out.set(
      node.name.text,
      node.members.map((m) => ({
        name: m.name?.getText(source) ?? '?',
        documented: ts.getJSDocCommentsAndTags(m).length > 0,
      })),
    );
  });
  return out;
}

describe('the emitted declarations (dist)', () => {
  const MODULES: Record<string, string> = {
    Opportunity: 'model/opportunity',
    Contact: 'model/contact',
    Employee: 'model/employee',
    Currency: 'model/currency',
    Stage: 'model/stage',
    CustomField: 'model/custom-field',
    OpportunityPage: 'wire/envelope',
  };

  it.each(Object.entries(MODULES))(
    '%s: every field has a doc comment, in ESM and CommonJS',
    (name, module) => {
      for (const build of ['esm', 'cjs']) {
        const file = new URL(`dist/${build}/${module}.d.ts`, PACKAGE).pathname;
        const members = membersOf(file).get(name) ?? [];
        // Every field of the domain value is declared here (not inherited from an inline type)…
        const fields = core.fieldsOf(TYPES.find((t) => t.name === name)!.codec);
        const keys = fields.filter((f) => f.presence.kind !== 'fixed').map((f) => f.key);
        expect(
          members.map((m) => m.name),
          `${build}: ${name}`,
        ).toEqual(keys);
        // …with its doc comment.
        expect(
          members.filter((m) => !m.documented).map((m) => m.name),
          `${build}: ${name}`,
        ).toEqual([]);
      }
    },
  );

  it('type each codec by its named type, not by a copy of the fields', () => {
    const text = readFileSync(new URL('dist/esm/model/opportunity.d.ts', PACKAGE), 'utf8');
    expect(text).toContain('export declare const Opportunity: Codec<Opportunity, WireRecord>;');
    expect(text).toContain('export declare const OpportunityById: Codec<Opportunity, WireRecord>;');
    // Nothing inlined: no field of a Contact (its photo URL) outside Contact's own module.
    expect(text).not.toContain('smallFotoUrl');
  });
});
