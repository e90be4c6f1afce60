import type { ApiDateTime } from '../leaf/api-date-time.js';
import { array } from '../schema/array.js';
import type { Codec } from '../schema/codec.js';
import { bool, dateTime, decimal, integer, text, unsettableDateTime } from '../schema/leaf.js';
import { nullable } from '../schema/nullable.js';
import { defaulted, record, required, type WireRecord } from '../schema/record.js';
import { Contact, omitAccessList } from './contact.js';
import { Currency } from './currency.js';
import { CustomField } from './custom-field.js';
import { Employee } from './employee.js';
import { BidType } from './enums.js';
import { Stage } from './stage.js';

const FIELDS = {
  createBy: required(Employee, 'Who created the deal.'),
  created: required(dateTime, 'When it was created, in the portal time zone.'),
  members: required(array(Contact), 'Participants the caller may see.'),
  contact: defaulted(nullable(Contact), null, 'when-default', 'Primary contact, when the caller may see it.'),
  title: required(text, 'Title of the deal.'),
  // Always sent by the server ("" when empty); absent or null still decodes to "".
  description: defaulted(text, '', 'never', 'Description.'),
  responsible: required(Employee, 'Who is responsible for it.'),
  bidType: defaulted(BidType, 'FixedBid', 'when-default', 'How the bid is priced.'),
  bidValue: defaulted(decimal, 0, 'when-default', 'Amount of the bid (per period unless FixedBid).'),
  bidCurrency: defaulted(nullable(Currency), null, 'when-default', 'Currency of the bid.'),
  perPeriodValue: defaulted(integer, 0, 'when-default', 'Number of periods the bid covers.'),
  stage: defaulted(nullable(Stage), null, 'when-default', 'Current stage.'),
  successProbability: defaulted(integer, 0, 'when-default', 'Probability of success, in percent.'),
  actualCloseDate: required(unsettableDateTime, 'When it closed; null when not set.'),
  expectedCloseDate: required(unsettableDateTime, 'When it is expected to close; null when not set.'),
  isPrivate: required(bool, 'Whether only the access list may see it.'),
  accessList: defaulted(
    array(Employee),
    [],
    { when: omitAccessList, rule: 'unless the deal is private' },
    'Who may see a private deal.',
  ),
  canEdit: required(bool, 'Whether the caller may edit it.'),
  customFields: required(array(CustomField), 'Values of custom fields.'),
  id: required(integer, 'Deal id.'),
};

/** A deal ("opportunity") of the CRM, as `GET api/2.0/crm/opportunity/bycontact/{contactid}` lists it. */
export const Opportunity: Codec<Opportunity, WireRecord> = record('Opportunity', FIELDS);
// BEGIN domain type Opportunity: written by scripts/domain-types.mjs from the schema; do not edit
/** A deal ("opportunity") of the CRM, decoded by {@link Opportunity} (and {@link OpportunityById}). */
export interface Opportunity {
  /**
   * Who created the deal.
   *
   * On the wire: `createBy`, always.
   */
  readonly createBy: Employee;
  /**
   * When it was created, in the portal time zone.
   *
   * On the wire: `created`, always.
   */
  readonly created: ApiDateTime;
  /**
   * Participants the caller may see.
   *
   * On the wire: `members`, always.
   */
  readonly members: ReadonlyArray<Contact>;
  /**
   * Primary contact, when the caller may see it.
   *
   * On the wire: `contact`, left out when null; decodes to `null`.
   */
  readonly contact: Contact | null;
  /**
   * Title of the deal.
   *
   * On the wire: `title`, always.
   */
  readonly title: string;
  /**
   * Description.
   *
   * On the wire: `description`, always sent; when absent decodes to `""`.
   */
  readonly description: string;
  /**
   * Who is responsible for it.
   *
   * On the wire: `responsible`, always.
   */
  readonly responsible: Employee;
  /**
   * How the bid is priced.
   *
   * On the wire: `bidType`, left out when FixedBid (0); decodes to `"FixedBid"`.
   */
  readonly bidType: BidType;
  /**
   * Amount of the bid (per period unless FixedBid).
   *
   * On the wire: `bidValue`, left out when 0; decodes to `0`.
   */
  readonly bidValue: number;
  /**
   * Currency of the bid.
   *
   * On the wire: `bidCurrency`, left out when null; decodes to `null`.
   */
  readonly bidCurrency: Currency | null;
  /**
   * Number of periods the bid covers.
   *
   * On the wire: `perPeriodValue`, left out when 0; decodes to `0`.
   */
  readonly perPeriodValue: number;
  /**
   * Current stage.
   *
   * On the wire: `stage`, left out when null; decodes to `null`.
   */
  readonly stage: Stage | null;
  /**
   * Probability of success, in percent.
   *
   * On the wire: `successProbability`, left out when 0; decodes to `0`.
   */
  readonly successProbability: number;
  /**
   * When it closed; null when not set.
   *
   * On the wire: `actualCloseDate`, always.
   */
  readonly actualCloseDate: ApiDateTime | null;
  /**
   * When it is expected to close; null when not set.
   *
   * On the wire: `expectedCloseDate`, always.
   */
  readonly expectedCloseDate: ApiDateTime | null;
  /**
   * Whether only the access list may see it.
   *
   * On the wire: `isPrivate`, always.
   */
  readonly isPrivate: boolean;
  /**
   * Who may see a private deal.
   *
   * On the wire: `accessList`, left out unless the deal is private; decodes to `[]`.
   */
  readonly accessList: ReadonlyArray<Employee>;
  /**
   * Whether the caller may edit it.
   *
   * On the wire: `canEdit`, always.
   */
  readonly canEdit: boolean;
  /**
   * Values of custom fields.
   *
   * On the wire: `customFields`, always.
   */
  readonly customFields: ReadonlyArray<CustomField>;
  /**
   * Deal id.
   *
   * On the wire: `id`, always.
   */
  readonly id: number;
}
// END domain type Opportunity

/**
 * One deal as `GET api/2.0/crm/opportunity/{id}` answers it: the same entity, whose access list is
 * always sent (`[]` for a public deal; in XML an empty list writes no element), and whose custom
 * fields include the Headings (`entityId` 0, `fieldValue` ""), as the list routes' do not.
 */
export const OpportunityById: Codec<Opportunity, WireRecord> = record('OpportunityById', {
  ...FIELDS,
  accessList: defaulted(array(Employee), [], 'never', 'Who may see a private deal; `[]` for a public one.'),
});
