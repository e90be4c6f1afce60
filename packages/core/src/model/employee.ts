import type * as t from 'io-ts';
import { guid, htmlText, text } from '../schema/leaf.js';
import { nullable } from '../schema/nullable.js';
import { defaulted, record, required } from '../schema/record.js';

/** The id the server gives a user that was removed or is unknown. */
export const REMOVED_USER_ID = '4a515a15-d4d6-4b8e-828e-e0586f18f3a3';

/** A portal user: the deal's author, its responsible, or an entry of an access list. */
export const Employee = record('Employee', {
  id: required(guid, 'User id, a lower-case GUID.'),
  displayName: required(htmlText, 'Full name; HTML-encoded on the wire, decoded here.'),
  title: defaulted(text, '', 'when-default', 'Job title.'),
  avatarSmall: required(nullable(text), 'URL of the small avatar, or null.'),
  profileUrl: required(text, 'Absolute URL of the profile page, or "".'),
});
/** A decoded {@link Employee}. */
export interface Employee extends t.TypeOf<typeof Employee> {}
