import { array } from '../schema/array.js';
import type { Codec } from '../schema/codec.js';
import { bool, integer, text } from '../schema/leaf.js';
import { nullable } from '../schema/nullable.js';
import { defaulted, record, required, type WireRecord } from '../schema/record.js';
import { Currency } from './currency.js';
import { Employee } from './employee.js';
import { ShareType } from './enums.js';

/** An access list is sent for private entities only (and kept when another writer sent one). */
export const omitAccessList = (
  list: ReadonlyArray<unknown>,
  whole: Readonly<Record<string, unknown>>,
): boolean => list.length === 0 && whole['isPrivate'] !== true;

/** A CRM contact (person or company) linked to a deal: its primary contact or a member. */
export const Contact: Codec<Contact, WireRecord> = record('Contact', {
  smallFotoUrl: required(text, 'Site-relative URL of the small photo.'),
  mediumFotoUrl: required(text, 'Site-relative URL of the medium photo.'),
  displayName: required(text, 'Name of the person or company.'),
  isCompany: required(bool, 'Company (true) or person (false).'),
  accessList: defaulted(
    array(Employee),
    [],
    { when: omitAccessList, rule: 'unless the contact is private' },
    'Users who may see a private contact.',
  ),
  isPrivate: required(bool, 'Whether only the access list may see it.'),
  isShared: required(bool, 'Always the opposite of isPrivate.'),
  shareType: required(ShareType, 'None, ReadWrite or Read.'),
  currency: required(nullable(Currency), "The contact's currency, or null."),
  canEdit: required(bool, 'Whether the caller may edit it.'),
  canDelete: required(bool, 'Whether the caller may delete it.'),
  id: required(integer, 'Contact id.'),
});
// BEGIN domain type Contact: written by scripts/domain-types.mjs from the schema; do not edit
/** A person or company linked to a deal, decoded by {@link Contact}. */
export interface Contact {
  /**
   * Site-relative URL of the small photo.
   *
   * On the wire: `smallFotoUrl`, always.
   */
  readonly smallFotoUrl: string;
  /**
   * Site-relative URL of the medium photo.
   *
   * On the wire: `mediumFotoUrl`, always.
   */
  readonly mediumFotoUrl: string;
  /**
   * Name of the person or company.
   *
   * On the wire: `displayName`, always.
   */
  readonly displayName: string;
  /**
   * Company (true) or person (false).
   *
   * On the wire: `isCompany`, always.
   */
  readonly isCompany: boolean;
  /**
   * Users who may see a private contact.
   *
   * On the wire: `accessList`, left out unless the contact is private; decodes to `[]`.
   */
  readonly accessList: ReadonlyArray<Employee>;
  /**
   * Whether only the access list may see it.
   *
   * On the wire: `isPrivate`, always.
   */
  readonly isPrivate: boolean;
  /**
   * Always the opposite of isPrivate.
   *
   * On the wire: `isShared`, always.
   */
  readonly isShared: boolean;
  /**
   * None, ReadWrite or Read.
   *
   * On the wire: `shareType`, always.
   */
  readonly shareType: ShareType;
  /**
   * The contact's currency, or null.
   *
   * On the wire: `currency`, always.
   */
  readonly currency: Currency | null;
  /**
   * Whether the caller may edit it.
   *
   * On the wire: `canEdit`, always.
   */
  readonly canEdit: boolean;
  /**
   * Whether the caller may delete it.
   *
   * On the wire: `canDelete`, always.
   */
  readonly canDelete: boolean;
  /**
   * Contact id.
   *
   * On the wire: `id`, always.
   */
  readonly id: number;
}
// END domain type Contact
