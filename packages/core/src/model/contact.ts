import type * as t from 'io-ts';
import { array } from '../schema/array.js';
import { bool, integer, text } from '../schema/leaf.js';
import { nullable } from '../schema/nullable.js';
import { defaulted, record, required } from '../schema/record.js';
import { Currency } from './currency.js';
import { Employee } from './employee.js';
import { ShareType } from './enums.js';

/** An access list is sent for private entities only (and kept when another writer sent one). */
export const omitAccessList = (
  list: ReadonlyArray<unknown>,
  whole: Readonly<Record<string, unknown>>,
): boolean => list.length === 0 && whole['isPrivate'] !== true;

/** A CRM contact (person or company) linked to a deal: its primary contact or a member. */
export const Contact = record('Contact', {
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
/** A decoded {@link Contact}. */
export interface Contact extends t.TypeOf<typeof Contact> {}
