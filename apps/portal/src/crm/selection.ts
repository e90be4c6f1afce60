import {
  ApiDateTime,
  type FILTER_SORT_BY,
  MAX_STAGE_ID,
  type Opportunity,
  type StageType,
  StageType as StageTypeCodec,
  UNSET_DATE_TIME_TEXT,
} from '@oo-crm/core';
import { RecentlyUsed } from '../bounded/recently-used.js';

/**
 * Which deals a search selects and in what order, as the database does it for
 * `GET opportunity/filter` and bycontact (`DealDao` 259-360, 461-634). Each rule cites the
 * server's source (CommunityServer 7c503dfb; `DealDao` =
 * `web/studio/ASC.Web.Studio/Products/CRM/Core/Dao/DealDao.cs`) and docs/real-server.md states
 * them; "(I)" marks what is inferred, not read.
 */

/** What a filter request selects. Absent parameters select everything. */
export interface DealCriteria {
  /** `filterValue` before its first comma: the text search ({@link FullText}). */
  readonly text: string | undefined;
  /** The text's words, folded, each once ({@link searchWords}). */
  readonly words: ReadonlyArray<string>;
  readonly responsibleId: string | undefined;
  /** `opportunityStagesid`: applied when 0 < id ≤ core's `MAX_STAGE_ID`. */
  readonly stageId: number;
  /** `'none'`: an integer naming no stage type, which selects nothing. */
  readonly stageType: StageType | 'none' | undefined;
  /** A deal must carry all of them (trimmed, case-insensitive). */
  readonly tags: ReadonlyArray<string>;
  /** 0 for none. */
  readonly contactId: number;
  readonly alsoParticipant: boolean | undefined;
  /** The close-date window, in epoch milliseconds; applied only when both ends are given. */
  readonly from: number | undefined;
  readonly to: number | undefined;
}

/** A member of the server's `DealSortedByType` (core's `FILTER_SORT_BY`), its name in lower case (`SortedByTypeEnum.cs` 31-39). */
export type DealOrderKey = Lowercase<(typeof FILTER_SORT_BY)[number]>;

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
// Printable ASCII text (most of it) only needs its case folded.
export const folded = (s: string) =>
  /^[\x20-\x7e]*$/.test(s) ? s.toLowerCase() : s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The deployment's full-text engine, which the text search (`filterValue`) depends on (`DealDao`
 * 281-285, `BundleSearch.cs` 123-150): with Elasticsearch each word is a `*word*` wildcard on the
 * title and the description, or matches a custom field's value (every word must match: I);
 * without it every text search answers nothing (an inverted test at line 143 reports success with
 * no ids). The database's LIKE branch is practically unreachable and not modelled.
 */
export type FullText = 'elasticsearch' | 'none';
export const FULL_TEXT_ENGINES: ReadonlyArray<FullText> = ['elasticsearch', 'none'];

/**
 * The most distinct words a search may hold. The database would test each against every deal;
 * the portal's own bound (docs/portal.md, "Bounds"): past it, a 400 with the error envelope.
 */
export const MAX_SEARCH_WORDS = 32;

/** The search's words, folded and each once; `too-many` past {@link MAX_SEARCH_WORDS}. */
export function searchWords(text: string | undefined): ReadonlyArray<string> | 'too-many' {
  if (text === undefined) return [];
  const words = new Set<string>();
  for (const word of folded(text).split(' ')) {
    if (word === '') continue;
    words.add(word);
    if (words.size > MAX_SEARCH_WORDS) return 'too-many';
  }
  return [...words];
}

const UNSET_MS = ApiDateTime.from(UNSET_DATE_TIME_TEXT).epochMs;

/** The close date the window applies to: the expected one while the stage is Open, else the actual one. */
const closeDateMs = (d: Opportunity): number =>
  (d.stage?.stageType === 'Open' ? d.expectedCloseDate : d.actualCloseDate)?.epochMs ?? UNSET_MS;

/** A stage type as a number for the index's column: its place among the names, 0 for none. */
const NO_STAGE_TYPE = 0;
const stageTypeCode = (type: StageType | undefined): number =>
  type === undefined ? NO_STAGE_TYPE : 1 + StageTypeCodec.names.indexOf(type);

/** What the server knows of a deal beyond the entity: its tags. */
export type TagsOf = (deal: Opportunity) => ReadonlyArray<string>;

/** How many searched words' hits the index keeps (a byte per deal each). */
const WORDS_KEPT = 64;

/** The deals whose text holds a word: their positions, and a byte per deal for a quick test. */
interface WordHits {
  readonly positions: ReadonlyArray<number>;
  readonly has: Uint8Array;
}

/** Positions of deals by a key. */
type Positions<K> = ReadonlyMap<K, ReadonlyArray<number>>;

function positionsBy<K>(
  deals: ReadonlyArray<Opportunity>,
  keys: (d: Opportunity, i: number) => K | ReadonlyArray<K> | undefined,
): Positions<K> {
  const map = new Map<K, number[]>();
  const add = (key: K, i: number) => {
    const list = map.get(key);
    // A key named twice by one deal is listed once (the deal's position is then the last one).
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  for (let i = 0; i < deals.length; i++) {
    // One key, or a list of them (a deal's members, its tags).
    const found = keys(deals[i]!, i);
    if (Array.isArray(found)) for (const key of found as ReadonlyArray<K>) add(key, i);
    else if (found !== undefined) add(found as K, i);
  }
  return map;
}

/**
 * The deals and what a search looks them up by, built once at load, so that a request's cost grows
 * with the deals it touches, never with its text: titles and descriptions folded, positions by
 * primary contact, participant, stage, stage type, responsible and tag, and each order sorted once
 * (the database's indexes and its `ORDER BY`).
 */
export class DealIndex {
  /** Each deal's title, description and custom field values, folded, one text for the search. */
  private readonly text: ReadonlyArray<string>;
  private readonly tags: ReadonlyArray<ReadonlyArray<string>>;
  private readonly byPrimary: Positions<number>;
  private readonly byParticipant: Positions<number>;
  private readonly byStage: Positions<number>;
  private readonly byStageType: Positions<StageType>;
  private readonly byResponsible: Positions<string>;
  private readonly byTag: Positions<string>;
  /**
   * What the criteria test, one column per criterion (a number or a shared text per deal): a test
   * reads a packed array, not the deal's objects scattered over the heap.
   */
  private readonly stageIds: Float64Array;
  private readonly stageTypes: Uint8Array;
  private readonly responsibles: ReadonlyArray<string>;
  /** Each order's positions in order and their ranks, sorted when first asked for. */
  private readonly orders = new Map<string, { rank: Int32Array; walk: Int32Array }>();
  /** The latest searched words' hits, least recent first. */
  private readonly words = new RecentlyUsed<WordHits>(WORDS_KEPT);
  /** The numbers each order compares, a column per key, computed with the first order that needs it. */
  private readonly sortKeys = new Map<SortKey, Float64Array>();

  constructor(
    readonly deals: ReadonlyArray<Opportunity>,
    tagsOf: TagsOf,
    private readonly fullText: FullText = 'elasticsearch',
  ) {
    // Newlines keep a word from running across two fields.
    this.text = deals.map((d) =>
      folded([d.title, d.description, ...d.customFields.map((f) => f.fieldValue)].join('\n')),
    );
    this.tags = deals.map((d) => tagsOf(d).map(folded));
    this.responsibles = deals.map((d) => d.responsible.id.toLowerCase());
    this.byPrimary = positionsBy(deals, (d) => d.contact?.id);
    this.byParticipant = positionsBy(deals, (d) => d.members.map((m) => m.id));
    this.byStage = positionsBy(deals, (d) => d.stage?.id);
    this.byStageType = positionsBy(deals, (d) => d.stage?.stageType);
    this.byResponsible = positionsBy(deals, (_, i) => this.responsibles[i]);
    this.byTag = positionsBy(deals, (_, i) => this.tags[i] ?? []);
    this.stageIds = numbers(deals, (d) => d.stage?.id ?? Number.NaN);
    this.stageTypes = new Uint8Array(deals.length);
    deals.forEach((d, i) => {
      this.stageTypes[i] = stageTypeCode(d.stage?.stageType);
    });
  }

  /**
   * The deals whose text holds a word (`*word*`), found once and kept for the next searches of
   * that word: the most recent {@link WORDS_KEPT} words, a byte per deal each.
   */
  private hitsOf(word: string): WordHits {
    const known = this.words.get(word);
    if (known) return known;
    const has = new Uint8Array(this.deals.length);
    const positions: number[] = [];
    this.text.forEach((t, i) => {
      if (t.includes(word)) {
        has[i] = 1;
        positions.push(i);
      }
    });
    const hits = { positions, has };
    this.words.set(word, hits);
    return hits;
  }

  /** Positions of the deals where the contact is a participant. */
  participantIn(contactId: number): ReadonlyArray<number> {
    return this.byParticipant.get(contactId) ?? [];
  }

  /** Positions of the deals whose primary contact it is. */
  primaryOf(contactId: number): ReadonlyArray<number> {
    return this.byPrimary.get(contactId) ?? [];
  }

  /**
   * Positions in an order (one of the database's, or the unsorted load's), the first `limit` of
   * them: each order is sorted once, when first asked for. A few positions are sorted by their
   * rank; many are picked by walking the order, stopping once `limit` are found (the page, not the
   * whole match).
   */
  sorted(positions: ReadonlyArray<number>, order: DealOrder | 'load', limit = positions.length): number[] {
    const { rank, walk } = this.order(order);
    if (positions.length * 8 < this.deals.length) {
      // Their ranks, sorted as numbers (natively), read back as positions.
      const ranks = Int32Array.from(positions, (p) => rank[p]!).sort();
      return Array.from(ranks.subarray(0, limit), (r) => walk[r]!);
    }
    const wanted = new Uint8Array(this.deals.length);
    for (const p of positions) wanted[p] = 1;
    const out: number[] = [];
    for (let r = 0; r < walk.length && out.length < limit; r++) if (wanted[walk[r]!]) out.push(walk[r]!);
    return out;
  }

  /** Every position in an order. */
  walk(order: DealOrder | 'load'): Int32Array {
    return this.order(order).walk;
  }

  /** A key's column, computed when first needed. */
  private sortKey(key: SortKey): Float64Array {
    let column = this.sortKeys.get(key);
    if (!column) {
      column = SORT_KEYS[key](this.deals);
      this.sortKeys.set(key, column);
    }
    return column;
  }

  /** An order's positions in order, and each position's rank in it. */
  private order(order: DealOrder | 'load'): { rank: Int32Array; walk: Int32Array } {
    const name = order === 'load' ? order : `${order.key} ${order.ascending}`;
    const known = this.orders.get(name);
    if (known) return known;
    const keys = orderBy(order).map(([key, ascending]) => ({
      column: this.sortKey(key),
      sign: ascending ? 1 : -1,
    }));
    // Compares by the first key that tells the two apart.
    const walk = Int32Array.from(this.deals.keys()).sort((a, b) => {
      for (const { column, sign } of keys) {
        const d = column[a]! - column[b]!;
        if (d !== 0) return sign * d;
      }
      return 0;
    });
    const rank = new Int32Array(walk.length);
    walk.forEach((position, r) => {
      rank[position] = r;
    });
    const built = { rank, walk };
    this.orders.set(name, built);
    return built;
  }

  /**
   * The positions the criteria select, in load order (DealDao `WhereConditional`,
   * `GetCrudeDeals`). Parameters that leave no condition give nothing at all:
   * `contactAlsoIsParticipant` without a contact, one end of the date window alone, a blank text
   * (`[]`, not the whole list). The smallest list of positions an indexed criterion gives is the
   * one walked; every other criterion is tested on it. `'all'` when nothing is asked.
   */
  select(c: DealCriteria): number[] | 'all' {
    const keywords = c.words;
    const lookups: Array<ReadonlyArray<number>> = [];
    const tests: Array<(i: number) => boolean> = [];
    if (keywords.length > 0) {
      if (this.fullText === 'none') lookups.push([]);
      for (const word of keywords) {
        const hits = this.hitsOf(word);
        lookups.push(hits.positions);
        tests.push((i) => hits.has[i] === 1);
      }
    }
    const tags = c.tags.map(folded);
    // `HAVING count(tag) = tags.Count()`: a tag asked twice can never be counted twice on one
    // deal, so a repeated tag matches nothing (`AbstractDao.cs` 85-103).
    if (new Set(tags).size < tags.length) lookups.push([]);
    for (const tag of new Set(tags)) {
      lookups.push(this.byTag.get(tag) ?? []);
      tests.push((i) => this.tags[i]!.includes(tag));
    }
    // `WhereConditional` gives no condition at all (null) when the text search and the tags leave no
    // id, or the contact's deals share none with them (DealDao 290-295 and its contact branch): the window
    // then applies alone, every other condition dropped (DealDao 580-585); without it, `[]`.
    const byIds = keywords.length > 0 || tags.length > 0 ? matching(lookups, tests) : undefined;
    let noCondition = byIds?.length === 0;
    if (c.contactId > 0) {
      // As a participant, else (when it takes part in none) as the primary contact.
      const participants = this.participantIn(c.contactId);
      const asParticipant = c.alsoParticipant === true && participants.length > 0;
      if (asParticipant && byIds && byIds.length > 0) {
        const ids = new Set(byIds);
        noCondition ||= !participants.some((i) => ids.has(i));
      }
      const chosen = asParticipant ? participants : this.primaryOf(c.contactId);
      const set = new Set(chosen);
      lookups.push(chosen);
      tests.push((i) => set.has(i));
    }
    if (c.stageId > 0 && c.stageId <= MAX_STAGE_ID) {
      lookups.push(this.byStage.get(c.stageId) ?? []);
      tests.push((i) => this.stageIds[i] === c.stageId);
    }
    if (c.responsibleId !== undefined) {
      lookups.push(this.byResponsible.get(c.responsibleId) ?? []);
      tests.push((i) => this.responsibles[i] === c.responsibleId);
    }
    if (c.stageType !== undefined) {
      lookups.push(c.stageType === 'none' ? [] : (this.byStageType.get(c.stageType) ?? []));
      // A type no deal has (`'none'`) tests a code no column holds.
      const code = c.stageType === 'none' ? -1 : stageTypeCode(c.stageType);
      tests.push((i) => this.stageTypes[i] === code);
    }
    const [from, to] = [c.from, c.to];
    const closeDates = from !== undefined && to !== undefined ? this.sortKey('closeDate') : undefined;
    const inWindow =
      closeDates && from !== undefined && to !== undefined
        ? (i: number) => {
            const at = closeDates[i]!;
            return at >= from && at <= to;
          }
        : undefined;
    if (noCondition) return inWindow ? this.deals.map((_, i) => i).filter(inWindow) : [];
    if (inWindow) tests.push(inWindow);
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
    // No condition: every deal, without listing them (the caller walks an order instead).
    if (tests.length === 0) return 'all';
    return matching(lookups, tests) ?? this.deals.map((_, i) => i).filter((i) => tests.every((t) => t(i)));
  }
}

/**
 * The positions every test accepts, walking the smallest of the lookups (each holds every
 * position its test accepts); `undefined` when there is no lookup to walk.
 */
function matching(
  lookups: ReadonlyArray<ReadonlyArray<number>>,
  tests: ReadonlyArray<(i: number) => boolean>,
): number[] | undefined {
  const walked = lookups.reduce<ReadonlyArray<number> | undefined>(
    (smallest, l) => (smallest === undefined || l.length < smallest.length ? l : smallest),
    undefined,
  );
  return walked?.filter((i) => tests.every((test) => test(i)));
}

// Titles in MySQL's utf8_general_ci order: case- and accent-insensitive.
const TITLE = new Intl.Collator('en', { sensitivity: 'base' });

/**
 * The ranks of texts in an order, as numbers: the distinct texts sorted once, equal ones (by the
 * comparison) ranked alike, so that sorting deals by a text costs a lookup per comparison.
 */
function ranksOf(texts: ReadonlyArray<string>, compare: (a: string, b: string) => number): Float64Array {
  const distinct = [...new Set(texts)].sort(compare);
  const rank = new Map<string, number>();
  distinct.forEach((text, i) => {
    const before = distinct[i - 1];
    rank.set(text, before !== undefined && compare(before, text) === 0 ? rank.get(before)! : i);
  });
  const column = new Float64Array(texts.length);
  texts.forEach((t, i) => {
    column[i] = rank.get(t)!;
  });
  return column;
}

/** A number per deal, in a packed column. */
function numbers(deals: ReadonlyArray<Opportunity>, of: (d: Opportunity) => number): Float64Array {
  const column = new Float64Array(deals.length);
  for (let i = 0; i < deals.length; i++) column[i] = of(deals[i]!);
  return column;
}

/** What an order compares: a number per deal (a text by its rank). */
type SortKey =
  | 'stage'
  | 'contact'
  | 'close'
  | 'expected'
  | 'title'
  | 'bid'
  | 'responsible'
  | 'closeDate'
  | 'id';

const SORT_KEYS: { readonly [K in SortKey]: (deals: ReadonlyArray<Opportunity>) => Float64Array } = {
  // The pipeline's order: our portal's stages are numbered in pipeline order; a deal without a stage first.
  stage: (deals) => numbers(deals, (d) => d.stage?.id ?? -1),
  contact: (deals) => numbers(deals, (d) => d.contact?.id ?? 0),
  close: (deals) => numbers(deals, (d) => d.actualCloseDate?.epochMs ?? UNSET_MS),
  expected: (deals) => numbers(deals, (d) => d.expectedCloseDate?.epochMs ?? UNSET_MS),
  title: (deals) =>
    ranksOf(
      deals.map((d) => d.title),
      TITLE.compare,
    ),
  bid: (deals) => numbers(deals, (d) => d.bidValue),
  // Guids as the database compares them here: by their text's code units (I).
  responsible: (deals) =>
    ranksOf(
      deals.map((d) => d.responsible.id),
      (a, b) => (a < b ? -1 : a > b ? 1 : 0),
    ),
  closeDate: (deals) => numbers(deals, closeDateMs),
  id: (deals) => numbers(deals, (d) => d.id),
};

/** An order as the keys it compares by, in turn, each ascending or not. */
type OrderBy = ReadonlyArray<readonly [SortKey, boolean]>;

/**
 * The database's `ORDER BY` of each order (GetCrudeDeals), ties by id as the table's own order;
 * the unsorted load (no recognised `sortBy`): stage, primary contact, title.
 */
function orderBy(order: DealOrder | 'load'): OrderBy {
  if (order === 'load') {
    return [
      ['stage', true],
      ['contact', true],
      ['title', true],
      ['id', true],
    ];
  }
  const dir = order.ascending;
  const byStage: OrderBy = [
    ['stage', dir],
    ['contact', true],
    ['close', false],
    ['expected', true],
    ['title', true],
  ];
  const chains: Record<DealOrderKey, OrderBy> = {
    title: [['title', dir]],
    bidvalue: [['bid', dir]],
    responsible: [['responsible', dir], ...byStage],
    stage: byStage,
    dateandtime: [['closeDate', dir]],
    id: [['id', dir]],
  };
  return [...chains[order.key], ['id', true]];
}
