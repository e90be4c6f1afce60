import type { Contact, CustomField, Employee, Opportunity } from '@oo-crm/core';
import type { Caller } from '../auth/authenticator.js';
import type { Dataset } from '../dataset/index.js';
import { type DealCriteria, type DealOrder, dealComparator, LOAD_ORDER, selectDeals } from './selection.js';

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

// bycontact asks the database for its deals by title (DealDao 636-642).
const BY_TITLE = dealComparator({ key: 'title', ascending: true });

/** bycontact lists only custom fields with a value, and never Headings (CustomFieldDao 414-436). */
const listedField = (f: CustomField) => f.fieldType !== 'Heading' && f.fieldValue.trim() !== '';

/**
 * The portal's deals, and the server's rules for showing them: which deals a contact lists, who
 * may see which (`list-and-access.md`), and what a caller sees of each.
 */
export class Store {
  private readonly deals: ReadonlyArray<Opportunity>;
  private readonly tags: ReadonlyMap<number, ReadonlyArray<string>>;

  constructor(dataset: Dataset) {
    this.deals = [...dataset.opportunities];
    this.tags = dataset.tags ?? new Map();
  }

  /**
   * `GET opportunity/bycontact/{id}`: the deals where the contact is a participant, else where it
   * is the primary contact, by title. An admin gets all of them. Anyone else gets all of them, or
   * **none** when any one is hidden from them: the server pages its visible deals with `Take(0)`
   * as soon as one was dropped (DealDao 490-539, 636-642), never a strict subset.
   */
  byContact(contactId: number, caller: Caller): Opportunity[] {
    const participant = this.deals.filter((d) => d.members.some((m) => m.id === contactId));
    const chosen =
      participant.length > 0 ? participant : this.deals.filter((d) => d.contact?.id === contactId);
    if (!chosen.every((d) => dealVisible(d, caller))) return [];
    return chosen.sort(BY_TITLE).map((d) => this.asSeenBy(d, caller));
  }

  /**
   * `GET opportunity/{id}`: the deal when the caller may see it. Its primary contact stays even
   * when hidden from the caller, its members are filtered, and its custom fields are all there, by
   * position, Headings included (`entityId` 0, `fieldValue` "") (Deals 973-1015).
   */
  byId(id: number, caller: Caller): Opportunity | undefined {
    const deal = this.deals.find((d) => d.id === id);
    if (!deal || !dealVisible(deal, caller)) return undefined;
    const seen = this.asSeenBy(deal, caller);
    return {
      ...seen,
      contact: deal.contact && { ...deal.contact, isShared: deal.contact.shareType !== 'None' },
      customFields: [...deal.customFields]
        .sort((a, b) => a.position - b.position)
        .map((f) => (f.fieldType === 'Heading' ? { ...f, entityId: 0, fieldValue: '' } : f)),
    };
  }

  /**
   * `GET opportunity/filter`: the visible deals the criteria select, in the database's order (the
   * order given, else the unsorted load's), and how many there are. Only the rows of `window` (the
   * database's `LIMIT`), or every row without one, are built as the caller sees them in a list.
   * Hidden deals are skipped, never a reason to answer nothing (DealDao 461-534).
   */
  search(
    criteria: DealCriteria,
    order: DealOrder | undefined,
    caller: Caller,
    window?: { readonly start: number; readonly count: number },
  ): { rows: Opportunity[]; matched: number } {
    const tagsOf = (d: Opportunity) => this.tags.get(d.id) ?? [];
    const found = selectDeals(this.deals, criteria, tagsOf)
      .filter((d) => dealVisible(d, caller))
      .sort(order ? dealComparator(order) : LOAD_ORDER);
    const rows = window ? found.slice(window.start, window.start + window.count) : found;
    return { rows: rows.map((d) => this.asSeenBy(d, caller)), matched: found.length };
  }

  /** A deal as the caller sees it: hidden contacts dropped, members by id, per-caller rights. */
  private asSeenBy(deal: Opportunity, caller: Caller): Opportunity {
    const seen = (c: Contact): Contact => ({
      ...c,
      isShared: c.shareType !== 'None',
      canEdit: contactEditable(c, caller),
    });
    return {
      ...deal,
      contact: deal.contact && contactVisible(deal.contact, caller) ? seen(deal.contact) : null,
      members: deal.members
        .filter((c) => contactVisible(c, caller))
        .sort((a, b) => a.id - b.id)
        .map(seen),
      customFields: deal.customFields.filter(listedField),
    };
  }
}
