import type { Contact, Employee, Opportunity } from '@oo-crm/core';
import type { Dataset } from '@oo-crm/testkit';

const isVisibleTo = (entity: { isPrivate: boolean; accessList: ReadonlyArray<Employee> }, caller: Employee) =>
  !entity.isPrivate || entity.accessList.some((e) => e.id === caller.id);

const byTitle = (a: Opportunity, b: Opportunity) =>
  a.title < b.title ? -1 : a.title > b.title ? 1 : a.id - b.id;

/**
 * The portal's deals, and the server's rules for showing them: which deals a contact lists, and
 * what a caller may see of each (private deals and private linked contacts are hidden).
 */
export class Store {
  private deals: Opportunity[];
  /** Lists served as given for a contact, whoever asks (provider states of contracts). */
  private readonly pinned = new Map<number, ReadonlyArray<Opportunity>>();

  constructor(dataset: Dataset) {
    this.deals = [...dataset.opportunities];
  }

  /** Deals where the contact is a participant, else where it is the primary contact; by title. */
  byContact(contactId: number, caller: Employee): Opportunity[] {
    const pinned = this.pinned.get(contactId);
    if (pinned) return [...pinned];
    const participant = this.deals.filter((d) => d.members.some((m) => m.id === contactId));
    const chosen =
      participant.length > 0 ? participant : this.deals.filter((d) => d.contact?.id === contactId);
    return chosen
      .filter((d) => isVisibleTo(d, caller))
      .sort(byTitle)
      .map((d) => this.asSeenBy(d, caller));
  }

  /** Serves exactly these deals for a contact, bypassing selection and access rules (test mode). */
  pin(contactId: number, deals: ReadonlyArray<Opportunity>): void {
    this.pinned.set(contactId, deals);
  }

  private asSeenBy(deal: Opportunity, caller: Employee): Opportunity {
    const visible = (c: Contact) => isVisibleTo(c, caller);
    return {
      ...deal,
      contact: deal.contact && visible(deal.contact) ? deal.contact : null,
      members: deal.members.filter(visible),
    };
  }
}
