// What an editor shows for the domain types a client call gives: the named types of nested values
// (`Contact | null`, not an inline object type) and each field's doc comment, through the published
// declarations (`@oo-crm/client` → `@oo-crm/core`'s dist), as a team's project sees them.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type {
  ApiDateTime,
  BidType,
  Contact,
  Currency,
  CustomField,
  Employee,
  Opportunity,
  OpportunityPage,
  Stage,
  StageType,
} from '../../src/index.js';

describe('the domain types re-exported by the client', () => {
  it('name their nested values (checked by the type checker)', () => {
    expectTypeOf<Opportunity['contact']>().toEqualTypeOf<Contact | null>();
    expectTypeOf<Opportunity['createBy']>().toEqualTypeOf<Employee>();
    expectTypeOf<Opportunity['members']>().toEqualTypeOf<ReadonlyArray<Contact>>();
    expectTypeOf<Opportunity['stage']>().toEqualTypeOf<Stage | null>();
    expectTypeOf<Opportunity['bidCurrency']>().toEqualTypeOf<Currency | null>();
    expectTypeOf<Opportunity['bidType']>().toEqualTypeOf<BidType>();
    expectTypeOf<Opportunity['customFields']>().toEqualTypeOf<ReadonlyArray<CustomField>>();
    expectTypeOf<Opportunity['expectedCloseDate']>().toEqualTypeOf<ApiDateTime | null>();
    expectTypeOf<Stage['stageType']>().toEqualTypeOf<StageType>();
    expectTypeOf<Contact['accessList']>().toEqualTypeOf<ReadonlyArray<Employee>>();
    expectTypeOf<OpportunityPage['items']>().toEqualTypeOf<ReadonlyArray<Opportunity>>();
  });
});

// A file of a team's project, next to the client's package.json so that `@oo-crm/client` resolves
// to its published declarations (a package may import itself by name).
const DIR = fileURLToPath(new URL('../../', import.meta.url));
const FILE = `${DIR}hover-probe.ts`;
const PROBE = `import type { Opportunity, OpportunityPage, Stage } from '@oo-crm/client';
declare const deal: Opportunity;
declare const page: OpportunityPage;
declare const stage: Stage;
deal.contact;
deal.createBy;
deal.members;
deal.stage;
deal.bidValue;
deal.bidCurrency;
stage.stageType;
page.items;
`;

/** The language service an editor asks for hovers. */
function languageService(): ts.LanguageService {
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    types: [],
  };
  return ts.createLanguageService({
    getScriptFileNames: () => [FILE],
    getScriptVersion: () => '1',
    getScriptSnapshot: (f) => {
      const text = f === FILE ? PROBE : ts.sys.readFile(f);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => DIR,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (f) => f === FILE || ts.sys.fileExists(f),
    readFile: (f) => (f === FILE ? PROBE : ts.sys.readFile(f)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  });
}

describe('the hovers of an editor on a client call’s values', () => {
  const service = languageService();
  /** The hover of the last identifier of `expression` in the probe: its signature line and its doc. */
  const hover = (expression: string) => {
    const at = PROBE.indexOf(`${expression};`) + expression.length - 1;
    const info = service.getQuickInfoAtPosition(FILE, at);
    return {
      type: ts.displayPartsToString(info?.displayParts),
      doc: ts.displayPartsToString(info?.documentation),
    };
  };

  it('compile without an error', () => {
    const errors = service
      .getSemanticDiagnostics(FILE)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(errors).toEqual([]);
  });

  it.each([
    [
      'deal.contact',
      '(property) Opportunity.contact: Contact | null',
      'Primary contact, when the caller may see it.',
    ],
    ['deal.createBy', '(property) Opportunity.createBy: Employee', 'Who created the deal.'],
    [
      'deal.members',
      '(property) Opportunity.members: readonly Contact[]',
      'Participants the caller may see.',
    ],
    ['deal.stage', '(property) Opportunity.stage: Stage | null', 'Current stage.'],
    [
      'deal.bidValue',
      '(property) Opportunity.bidValue: number',
      'Amount of the bid (per period unless FixedBid).',
    ],
    ['deal.bidCurrency', '(property) Opportunity.bidCurrency: Currency | null', 'Currency of the bid.'],
    ['stage.stageType', '(property) Stage.stageType: StageType', 'Open, ClosedAndWon or ClosedAndLost.'],
    ['page.items', '(property) OpportunityPage.items: readonly Opportunity[]', 'The opportunities.'],
  ])('%s shows its named type and its doc', (expression, type, doc) => {
    const shown = hover(expression);
    expect(shown.type).toBe(type);
    expect(shown.doc).toContain(doc);
    expect(shown.doc).toMatch(/On the wire: `\w+`, /);
  });
});
