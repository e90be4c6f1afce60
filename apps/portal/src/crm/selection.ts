import { ApiDateTime, type Opportunity, type StageType, UNSET_DATE_TIME_TEXT } from '@oo-crm/core';
import { INT32_MAX } from '../aspnet/dotnet.js';

/**
 * Which deals a search selects and in what order, as the database does it for
 * `GET opportunity/filter` and bycontact (`DealDao` 259-360, 461-634). Each rule cites
 * `../shared/spec/list-and-access.md`; "(I)" marks what is inferred, not read.
 */

/** What a filter request selects. Absent parameters select everything. */
export interface DealCriteria {
  /** `filterValue` before its first comma: each word must start a word of the title or description. */
  readonly text: string | undefined;
  readonly responsibleId: string | undefined;
  /** `opportunityStagesid`: applied when 0 < id < Int32.MaxValue. */
  readonly stageId: number;
  readonly stageType: StageType | undefined;
  /** A deal must carry all of them (trimmed, case-insensitive). */
  readonly tags: ReadonlyArray<string>;
  /** 0 for none. */
  readonly contactId: number;
  readonly alsoParticipant: boolean | undefined;
  /** The close-date window, in epoch milliseconds; applied only when both ends are given. */
  readonly from: number | undefined;
  readonly to: number | undefined;
}

/** The five orders of the server's `DealSortedByType`, by their names in lower case. */
export type DealOrderKey = 'title' | 'responsible' | 'stage' | 'bidvalue' | 'dateandtime';
export const ORDER_KEYS: ReadonlyArray<DealOrderKey> = [
  'title',
  'responsible',
  'stage',
  'bidvalue',
  'dateandtime',
];

/**
 * The order the database sorts by: one of the five, or the stage order when `sortBy` is empty
 * (`sortOrder` then ignored). `undefined` for any other `sortBy` (`id`, say): the server then loads
 * every row and leaves sorting and paging to the generic list rules.
 */
export interface DealOrder {
  readonly key: DealOrderKey;
  readonly ascending: boolean;
}

// MySQL's utf8_general_ci: comparisons ignore case and accents.
const folded = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** `LIKE 'word%' OR LIKE '% word%'`: the keyword starts the text or a word after a space (BuildLike). */
const startsAWord = (text: string, keyword: string) => {
  const t = folded(text);
  return t.startsWith(keyword) || t.includes(` ${keyword}`);
};

const UNSET_MS = ApiDateTime.from(UNSET_DATE_TIME_TEXT).epochMs;

/** The close date the window applies to: the expected one while the stage is Open, else the actual one. */
const closeDateMs = (d: Opportunity): number =>
  (d.stage?.stageType === 'Open' ? d.expectedCloseDate : d.actualCloseDate)?.epochMs ?? UNSET_MS;

/** What the server knows of a deal beyond the entity: its tags. */
export type TagsOf = (deal: Opportunity) => ReadonlyArray<string>;

/**
 * The deals the criteria select, in the given order (DealDao `WhereConditional`, `GetCrudeDeals`).
 * Parameters that leave no condition give nothing at all: `contactAlsoIsParticipant` without a
 * contact, one end of the date window alone, a blank text (`[]`, not the whole list).
 */
export function selectDeals(
  deals: ReadonlyArray<Opportunity>,
  c: DealCriteria,
  tagsOf: TagsOf,
): Opportunity[] {
  const keywords =
    c.text === undefined
      ? []
      : folded(c.text)
          .split(' ')
          .filter((k) => k !== '');
  const tags = c.tags.map(folded);
  const tests: Array<(d: Opportunity) => boolean> = [];
  if (keywords.length > 0) {
    tests.push((d) => keywords.every((k) => startsAWord(d.title, k) || startsAWord(d.description, k)));
  }
  if (tags.length > 0) {
    tests.push((d) => {
      const own = new Set(tagsOf(d).map(folded));
      return tags.every((t) => own.has(t));
    });
  }
  if (c.contactId > 0) {
    const participantIn = deals.filter((d) => d.members.some((m) => m.id === c.contactId));
    // As a participant, else (when it takes part in none) as the primary contact.
    tests.push(
      c.alsoParticipant === true && participantIn.length > 0
        ? (d) => participantIn.includes(d)
        : (d) => d.contact?.id === c.contactId,
    );
  }
  if (c.stageId > 0 && c.stageId < INT32_MAX) tests.push((d) => d.stage?.id === c.stageId);
  if (c.responsibleId !== undefined) tests.push((d) => d.responsible.id.toLowerCase() === c.responsibleId);
  if (c.stageType !== undefined) tests.push((d) => d.stage?.stageType === c.stageType);
  const window = c.from !== undefined && c.to !== undefined;
  if (window) {
    const [from, to] = [c.from as number, c.to as number];
    tests.push((d) => closeDateMs(d) >= from && closeDateMs(d) <= to);
  }
  const withParameters =
    c.text !== undefined ||
    c.responsibleId !== undefined ||
    c.stageId > 0 ||
    c.tags.length > 0 ||
    c.contactId > 0 ||
    c.stageType !== undefined ||
    c.alsoParticipant !== undefined ||
    c.from !== undefined ||
    c.to !== undefined;
  if (withParameters && tests.length === 0) return [];
  return deals.filter((d) => tests.every((test) => test(d)));
}

// Titles in MySQL's utf8_general_ci order: case- and accent-insensitive.
const TITLE = new Intl.Collator('en', { sensitivity: 'base' });
// The pipeline's order: our portal's stages are numbered in pipeline order; a deal without a stage first.
const stageOrder = (d: Opportunity) => d.stage?.id ?? -1;
const closeOrder = (d: Opportunity) => d.actualCloseDate?.epochMs ?? UNSET_MS;
const expectedOrder = (d: Opportunity) => d.expectedCloseDate?.epochMs ?? UNSET_MS;
const byNumber = (a: number, b: number) => a - b;

type Compare = (a: Opportunity, b: Opportunity) => number;
const asc =
  <K>(key: (d: Opportunity) => K, cmp: (a: K, b: K) => number, ascending = true): Compare =>
  (a, b) =>
    (ascending ? 1 : -1) * cmp(key(a), key(b));

/** Compares by the first comparison that tells the two apart. */
const chained =
  (chain: ReadonlyArray<Compare>): Compare =>
  (a, b) => {
    for (const cmp of chain) {
      const r = cmp(a, b);
      if (r !== 0) return r;
    }
    return 0;
  };

/** The database's `ORDER BY` of each order (GetCrudeDeals), ties by id as the table's own order. */
export function dealComparator(order: DealOrder): Compare {
  const dir = order.ascending;
  const byStage: Compare[] = [
    asc(stageOrder, byNumber, dir),
    asc((d) => d.contact?.id ?? 0, byNumber),
    asc(closeOrder, byNumber, false),
    asc(expectedOrder, byNumber),
    asc((d) => d.title, TITLE.compare),
  ];
  const chains: Record<DealOrderKey, Compare[]> = {
    title: [asc((d) => d.title, TITLE.compare, dir)],
    bidvalue: [asc((d) => d.bidValue, byNumber, dir)],
    responsible: [
      asc(
        (d) => d.responsible.id,
        (a, b) => (a < b ? -1 : a > b ? 1 : 0),
        dir,
      ),
      ...byStage,
    ],
    stage: byStage,
    dateandtime: [asc(closeDateMs, byNumber, dir)],
  };
  return chained([...chains[order.key], asc((d) => d.id, byNumber)]);
}

/** The order of the unsorted load (no recognised `sortBy`): stage, primary contact, title. */
export const LOAD_ORDER: Compare = chained([
  asc(stageOrder, byNumber),
  asc((d) => d.contact?.id ?? 0, byNumber),
  asc((d) => d.title, TITLE.compare),
  asc((d) => d.id, byNumber),
]);
