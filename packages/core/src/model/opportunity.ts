import type * as t from 'io-ts';
import { array } from '../schema/array.js';
import { bool, dateTime, decimal, integer, text, unsettableDateTime } from '../schema/leaf.js';
import { nullable } from '../schema/nullable.js';
import { defaulted, record, required } from '../schema/record.js';
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
export const Opportunity = record('Opportunity', FIELDS);
/** A decoded {@link Opportunity}. */
export interface Opportunity extends t.TypeOf<typeof Opportunity> {}

/**
 * One deal as `GET api/2.0/crm/opportunity/{id}` answers it: the same entity, whose access list is
 * always sent (`[]` for a public deal; in XML an empty list writes no element), and whose custom
 * fields include the Headings (`entityId` 0, `fieldValue` ""), as the list routes' do not.
 */
export const OpportunityById = record('OpportunityById', {
  ...FIELDS,
  accessList: defaulted(array(Employee), [], 'never', 'Who may see a private deal; `[]` for a public one.'),
});
