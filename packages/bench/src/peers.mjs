// The peers our decoders are measured against. Each does the same job as ours: check the wire
// value and turn it into domain values (enum names, date objects), so that ratios compare work
// with work.
import { ApiDateTime, PageEnvelope } from '@oo-crm/core';
import { readXmlWithGeneralParser } from '@oo-crm/testkit';
import { z } from 'zod';

const names = (list) =>
  z
    .number()
    .int()
    .min(0)
    .max(list.length - 1)
    .transform((i) => list[i]);
const date = z.string().transform((s, ctx) => {
  const d = ApiDateTime.parse(s);
  if (!d) ctx.addIssue({ code: 'custom', message: 'not a date-time' });
  return d?.isUnset ? null : d;
});
const employee = z.object({
  id: z.string(),
  displayName: z.string(),
  title: z.string().default(''),
  avatarSmall: z.string().nullable(),
  profileUrl: z.string(),
});
const currency = z.object({
  title: z.string(),
  symbol: z.string(),
  abbreviation: z.string(),
  cultureName: z.string(),
  isConvertable: z.boolean(),
  isBasic: z.boolean(),
});
const contact = z.object({
  smallFotoUrl: z.string(),
  mediumFotoUrl: z.string(),
  displayName: z.string(),
  isCompany: z.boolean(),
  accessList: z.array(employee).default([]),
  isPrivate: z.boolean(),
  isShared: z.boolean(),
  shareType: names(['None', 'ReadWrite', 'Read']),
  currency: currency.nullable(),
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  id: z.number().int(),
});
const opportunity = z.object({
  createBy: employee,
  created: date,
  members: z.array(contact),
  contact: contact.nullable().default(null),
  title: z.string(),
  description: z.string().default(''),
  responsible: employee,
  bidType: names(['FixedBid', 'PerHour', 'PerDay', 'PerWeek', 'PerMonth', 'PerYear']).default('FixedBid'),
  bidValue: z.number().default(0),
  bidCurrency: currency.nullable().default(null),
  perPeriodValue: z.number().int().default(0),
  stage: z
    .object({
      successProbability: z.number().int(),
      stageType: names(['Open', 'ClosedAndWon', 'ClosedAndLost']),
      id: z.number().int(),
      title: z.string().default(''),
      description: z.string().default(''),
      color: z.string().default(''),
      sortOrder: z.number().int().default(0),
    })
    .nullable()
    .default(null),
  successProbability: z.number().int().default(0),
  actualCloseDate: date,
  expectedCloseDate: date,
  isPrivate: z.boolean(),
  accessList: z.array(employee).default([]),
  canEdit: z.boolean(),
  customFields: z.array(
    z.object({
      entityId: z.number().int(),
      label: z.string(),
      fieldValue: z.string(),
      fieldType: names(['TextField', 'TextArea', 'SelectBox', 'CheckBox', 'Heading', 'Date']),
      position: z.number().int(),
      mask: z.string(),
      id: z.number().int(),
    }),
  ),
  id: z.number().int(),
});
const envelope = z.object({
  count: z.number().int().optional(),
  startIndex: z.number().int().optional(),
  nextIndex: z.number().int().optional(),
  total: z.number().int().optional(),
  status: z.literal(0),
  statusCode: z.number().int().optional(),
  response: z.array(opportunity),
});

/** zod 4: JSON.parse, then the schema above. */
export function zodDecode(text) {
  const result = envelope.safeParse(JSON.parse(text));
  if (!result.success) throw new Error('zod rejected the body');
  return result.data;
}

/** Ours through its io-ts face: JSON.parse, then `PageEnvelope.decode` (an io-ts `Type`). */
export function ioTsDecode(text) {
  const result = PageEnvelope.decode(JSON.parse(text));
  if (result._tag === 'Left') throw new Error('io-ts rejected the body');
  return result.right;
}

/** The XML peer: fast-xml-parser, normalisation by the schema, then io-ts. */
export function fastXmlParserDecode(text) {
  const wire = readXmlWithGeneralParser(text, PageEnvelope);
  const result = PageEnvelope.decode(wire);
  if (result._tag === 'Left') throw new Error('io-ts rejected the normalised XML');
  return result.right;
}
