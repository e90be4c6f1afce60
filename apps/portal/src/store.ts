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

  constructor(dataset: Dataset) {
    this.deals = [...dataset.opportunities];
  }

  /** Deals where the contact is a participant, else where it is the primary contact; by title. */
  byContact(contactId: number, caller: Employee): Opportunity[] {
    const participant = this.deals.filter((d) => d.members.some((m) => m.id === contactId));
    const chosen =
      participant.length > 0 ? participant : this.deals.filter((d) => d.contact?.id === contactId);
    return chosen
      .filter((d) => isVisibleTo(d, caller))
      .sort(byTitle)
      .map((d) => this.asSeenBy(d, caller));
  }

  /** Replaces every deal of a contact (a provider state). */
  setDealsOfContact(contactId: number, deals: ReadonlyArray<Opportunity>): void {
    const involves = (d: Opportunity) =>
      d.contact?.id === contactId || d.members.some((m) => m.id === contactId);
    this.deals = [...this.deals.filter((d) => !involves(d)), ...deals];
  }

  /** A contact that appears in the data. */
  contact(contactId: number): Contact | undefined {
    for (const d of this.deals) {
      const found = d.contact?.id === contactId ? d.contact : d.members.find((m) => m.id === contactId);
      if (found) return found;
    }
    return undefined;
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
