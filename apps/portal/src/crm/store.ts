import type { Contact, CustomField, Employee, Opportunity } from '@oo-crm/core';
import type { Caller } from '../auth/authenticator.js';
import type { Dataset } from '../dataset/index.js';
import { type DealCriteria, DealIndex, type DealOrder, type FullText } from './selection.js';
import { DealVisibility } from './visibility.js';

const onAccessList = (accessList: ReadonlyArray<Employee>, caller: Caller) =>
  accessList.some((e) => e.id === caller.employee.id);

/** A deal is visible to an admin, and to others when it is not private or they are on its access list. */
const dealVisible = (deal: Opportunity, caller: Caller) =>
  caller.role === 'admin' || !deal.isPrivate || onAccessList(deal.accessList, caller);

/**
 * A contact is visible when it is shared (Read or ReadWrite), to an admin, or to the users on its
 * access list (Sec 271-277): a contact that is not private but shared with no one is hidden.
 */
const contactVisible = (contact: Contact, caller: Caller) =>
  contact.shareType !== 'None' || caller.role === 'admin' || onAccessList(contact.accessList, caller);

/** Whether the caller may edit a contact (Sec 436-438). */
const contactEditable = (contact: Contact, caller: Caller) =>
  caller.role === 'admin' || contact.shareType === 'ReadWrite' || onAccessList(contact.accessList, caller);

/**
 * A contact with the caller's rights and the server's invariants (`Sec` 436-438, 471-477,
 * 519-522): private exactly when its shareType is None, shared exactly when it is not; canEdit
 * by share type, role and access list; canDelete only with canEdit (and no invoice: the data's
 * own canDelete).
 */
function rightsOf(c: Contact, caller: Caller): Contact {
  const canEdit = contactEditable(c, caller);
  return {
    ...c,
    isPrivate: c.shareType === 'None',
    isShared: c.shareType !== 'None',
    accessList: c.shareType === 'None' ? c.accessList : [],
    canEdit,
    canDelete: canEdit && c.canDelete,
  };
}

// bycontact asks the database for its deals by title (DealDao 636-642).
const BY_TITLE: DealOrder = { key: 'title', ascending: true };

/** bycontact lists only custom fields with a value, and never Headings (CustomFieldDao 414-436). */
const listedField = (f: CustomField) => f.fieldType !== 'Heading' && f.fieldValue.trim() !== '';

/**
 * The portal's deals, and the server's rules for showing them: which deals a contact lists, who
 * may see which (`CRMSecutiry.cs`, `DealDao.cs`; docs/real-server.md), and what a caller sees of each. The lists it answers hold
 * the deals themselves; {@link Store.seenBy} gives what a caller sees of one, built when it is
 * written (routes/wire.ts), not for a whole list at once.
 */
export class Store {
  private readonly index: DealIndex;
  private readonly byIdMap: ReadonlyMap<number, Opportunity>;
  private readonly headings: ReadonlyArray<CustomField>;
  private readonly visibility: DealVisibility;

  constructor(dataset: Dataset, fullText: FullText = 'elasticsearch') {
    const tags = dataset.tags ?? new Map<number, ReadonlyArray<string>>();
    this.index = new DealIndex(dataset.opportunities, (d) => tags.get(d.id) ?? [], fullText);
    this.byIdMap = new Map(dataset.opportunities.map((d) => [d.id, d]));
    this.visibility = new DealVisibility(dataset.opportunities, dealVisible);
    // The portal's Heading fields, each once by id: `opportunity/{id}` shows every one on every deal.
    const headings = new Map<number, CustomField>();
    for (const d of dataset.opportunities)
      for (const f of d.customFields)
        if (f.fieldType === 'Heading' && !headings.has(f.id))
          headings.set(f.id, { ...f, entityId: 0, fieldValue: '' });
    this.headings = [...headings.values()];
  }

  /**
   * `GET opportunity/bycontact/{id}`: the deals where the contact is a participant, else where it
   * is the primary contact, by title. An admin gets all of them. Anyone else gets all of them, or
   * **none** when any one is hidden from them: the server pages its visible deals with `Take(0)`
   * as soon as one was dropped (DealDao 490-539, 636-642), never a strict subset.
   */
  byContact(contactId: number, caller: Caller): Opportunity[] {
    const participant = this.index.participantIn(contactId);
    const chosen = participant.length > 0 ? participant : this.index.primaryOf(contactId);
    const deals = this.index.deals;
    if (!chosen.every((i) => dealVisible(deals[i]!, caller))) return [];
    return this.index.sorted(chosen, BY_TITLE).map((i) => deals[i]!);
  }

  /**
   * `GET opportunity/{id}`: the deal when the caller may see it. Its primary contact stays even
   * when hidden from the caller, its members are filtered, and its custom fields are those with a
   * value and **every** Heading of the portal (`entityId` 0, `fieldValue` ""), by position
   * (Deals 973-1015, CustomFieldDao 402-436).
   */
  byId(id: number, caller: Caller): Opportunity | undefined {
    const deal = this.byIdMap.get(id);
    if (!deal || !dealVisible(deal, caller)) return undefined;
    const seen = this.seenBy(caller)(deal);
    return {
      ...seen,
      // Read without an access check, but with the caller's rights (false when hidden from them).
      contact: deal.contact && rightsOf(deal.contact, caller),
      customFields: [...deal.customFields.filter(listedField), ...this.headings].sort(
        (a, b) => a.position - b.position,
      ),
    };
  }

  /**
   * `GET opportunity/filter`: the visible deals the criteria select, in the database's order (the
   * order given, its default one, else the unsorted load's), and how many there are. Only the rows of `window` (the
   * database's `LIMIT`), or every row without one, are answered. Hidden deals are skipped, never a
   * reason to answer nothing (DealDao 461-534).
   */
  search(
    criteria: DealCriteria,
    order: DealOrder | 'load' | undefined,
    caller: Caller,
    window?: { readonly start: number; readonly count: number },
  ): { rows: Opportunity[]; matched: number } {
    const deals = this.index.deals;
    const selected = this.index.select(criteria);
    const seen = this.visibility.of(caller);
    const start = window?.start ?? 0;
    const end = window ? start + window.count : deals.length;
    if (selected === 'all') {
      // Every deal: the rows of the window in the order, the deals the caller may not see skipped.
      const matched = seen.count;
      if (order === undefined && !seen.all) return { rows: [], matched: 0 };
      const walk = this.index.walk(order ?? 'load');
      const rows: Opportunity[] = [];
      if (seen.all) {
        for (let r = start; r < Math.min(end, walk.length); r++) rows.push(deals[walk[r]!]!);
      } else {
        for (let r = 0, at = 0; r < walk.length && at < end; r++) {
          const position = walk[r]!;
          if (seen.mask[position] === 1 && at++ >= start) rows.push(deals[position]!);
        }
      }
      return { rows, matched };
    }
    const found = seen.all ? selected : selected.filter((i) => seen.mask[i] === 1);
    // The in-memory path (no database order) pages every match with count 0: for a caller from
    // whom any match is hidden, the all-or-nothing defect answers nothing (DealDao 505-539).
    if (order === undefined && found.length < selected.length) return { rows: [], matched: 0 };
    const sorted = this.index.sorted(found, order ?? 'load', window && end);
    const rows = window ? sorted.slice(start) : sorted;
    return { rows: rows.map((i) => deals[i]!), matched: found.length };
  }

  /** What a caller sees of a deal in a list: hidden contacts dropped, members by id, per-caller rights. */
  seenBy(caller: Caller): (deal: Opportunity) => Opportunity {
    const seen = (c: Contact) => rightsOf(c, caller);
    return (deal) => ({
      ...deal,
      contact: deal.contact && contactVisible(deal.contact, caller) ? seen(deal.contact) : null,
      members: deal.members
        .filter((c) => contactVisible(c, caller))
        .sort((a, b) => a.id - b.id)
        .map(seen),
      customFields: deal.customFields.filter(listedField),
    });
  }
}
