import type { Codec } from '../schema/codec.js';
import { guid, htmlText, text } from '../schema/leaf.js';
import { nullable } from '../schema/nullable.js';
import { defaulted, record, required, type WireRecord } from '../schema/record.js';

/** The id the server gives a user that was removed or is unknown. */
export const REMOVED_USER_ID = '4a515a15-d4d6-4b8e-828e-e0586f18f3a3';

/** A portal user: the deal's author, its responsible, or an entry of an access list. */
export const Employee: Codec<Employee, WireRecord> = record('Employee', {
  id: required(guid, 'User id, a lower-case GUID.'),
  displayName: required(htmlText, 'Full name; HTML-encoded on the wire, decoded here.'),
  title: defaulted(text, '', 'when-default', 'Job title.'),
  avatarSmall: required(nullable(text), 'URL of the small avatar, or null.'),
  profileUrl: required(text, 'Absolute URL of the profile page, or "".'),
});
// BEGIN domain type Employee: written by scripts/domain-types.mjs from the schema; do not edit
/** A portal user, decoded by {@link Employee}. */
export interface Employee {
  /**
   * User id, a lower-case GUID.
   *
   * On the wire: `id`, always.
   */
  readonly id: string;
  /**
   * Full name; HTML-encoded on the wire, decoded here.
   *
   * On the wire: `displayName`, always.
   */
  readonly displayName: string;
  /**
   * Job title.
   *
   * On the wire: `title`, left out when empty; decodes to `""`.
   */
  readonly title: string;
  /**
   * URL of the small avatar, or null.
   *
   * On the wire: `avatarSmall`, always.
   */
  readonly avatarSmall: string | null;
  /**
   * Absolute URL of the profile page, or "".
   *
   * On the wire: `profileUrl`, always.
   */
  readonly profileUrl: string;
}
// END domain type Employee
