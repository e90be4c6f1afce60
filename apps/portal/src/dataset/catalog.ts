import type { Currency, Employee, Stage } from '@oo-crm/core';
import { REMOVED_USER_ID } from '@oo-crm/core';

/** The portal's address, used for absolute profile URLs. */
export const PORTAL_ORIGIN = 'https://crm.example.com';
/** The portal's time zone, as the server writes it into every date (+03:00). */
export const PORTAL_OFFSET_MINUTES = 180;

/** A user's profile URL as the server writes it: absolute, on the portal. */
export const profileUrlOf = (login: string) => `${PORTAL_ORIGIN}/Products/People/Profile.aspx?user=${login}`;
/** The image the server sends for a user without an avatar (never `null`). */
export const DEFAULT_AVATAR = '/images/default_user_photo_size_32-32.png';
/** A contact's photo URL as the server writes it, small (`ps=1`) or medium (`ps=2`). */
export const contactPhotoUrl = (id: number, isCompany: boolean, size: 1 | 2) =>
  `/Products/CRM/HttpHandlers/filehandler.ashx?action=contactphotoulr&cid=${id}&isc=${isCompany ? 'True' : 'False'}&ps=${size}`;

/**
 * The portal's users. The first is the demo login; names exercise HTML encoding on purpose. Every
 * one has an avatar: the server sends a default image for a user without one, never `null`.
 */
export const USERS: ReadonlyArray<Employee & { readonly login: string }> = [
  {
    login: 'mike.zanyatski',
    id: '93a3b9c0-3f6e-4d2a-9d63-1c2b3d4e5f60',
    displayName: 'Mike Zanyatski',
    title: 'Manager',
    avatarSmall: DEFAULT_AVATAR,
    profileUrl: profileUrlOf('mike.zanyatski'),
  },
  {
    login: 'anna.oneil',
    id: '6b1f0a52-3c1e-4c0b-9d4a-2f6c1b7e8a10',
    displayName: "Anna O'Neil",
    title: '',
    avatarSmall: DEFAULT_AVATAR,
    profileUrl: profileUrlOf('anna.oneil'),
  },
  {
    login: 'boris.petrov',
    id: '0c6e2a9b-7d35-4f8e-a1b2-c3d4e5f60718',
    displayName: 'Boris Petrov',
    title: 'Account manager',
    avatarSmall: DEFAULT_AVATAR,
    profileUrl: profileUrlOf('boris.petrov'),
  },
  {
    login: 'rnd.lead',
    id: '9e8d7c6b-5a49-4382-a716-151413121110',
    displayName: 'R&D Team <Lead>',
    title: 'Head of R&D',
    avatarSmall: DEFAULT_AVATAR,
    profileUrl: profileUrlOf('rnd.lead'),
  },
  {
    login: 'chen.wei',
    id: 'd2c1b0a9-8f7e-4d6c-b5a4-938271605f4e',
    displayName: 'Chen Wei',
    title: 'Sales',
    avatarSmall: DEFAULT_AVATAR,
    profileUrl: profileUrlOf('chen.wei'),
  },
];

/** What the server shows for a user that was removed. */
export const REMOVED_USER: Employee = {
  id: REMOVED_USER_ID,
  displayName: 'Profile has been removed',
  title: '',
  avatarSmall: DEFAULT_AVATAR,
  // Absolute, like every profile URL; only the empty GUID has "".
  profileUrl: profileUrlOf(REMOVED_USER_ID),
};

const currency = (
  title: string,
  symbol: string,
  abbreviation: string,
  cultureName: string,
  isBasic = false,
) => ({ title, symbol, abbreviation, cultureName, isConvertable: true, isBasic }) satisfies Currency;

/** The portal's currencies; US dollars are its base currency. */
export const CURRENCIES: ReadonlyArray<Currency> = [
  currency('US Dollar', '$', 'USD', 'en-US', true),
  currency('Euro', '€', 'EUR', 'fr-FR'),
  currency('Pound Sterling', '£', 'GBP', 'en-GB'),
  currency('Chinese Yuan', '¥', 'CNY', 'CN'),
  currency('Russian Ruble', '₽', 'RUB', 'ru-RU'),
];

const stage = (
  id: number,
  title: string,
  successProbability: number,
  stageType: Stage['stageType'],
  color: string,
) => ({ id, title, description: '', successProbability, stageType, color, sortOrder: 0 }) satisfies Stage;

/** ONLYOFFICE's default pipeline. */
export const STAGES: ReadonlyArray<Stage> = [
  stage(1, 'Initial contact', 10, 'Open', '#e36b69'),
  stage(2, 'Preparation of proposal', 20, 'Open', '#f2a43a'),
  stage(3, 'Presentation', 50, 'Open', '#ffd267'),
  stage(4, 'Negotiation', 80, 'Open', '#6bbd72'),
  stage(5, 'Success', 100, 'ClosedAndWon', '#97e197'),
  stage(6, 'Lost', 0, 'ClosedAndLost', '#f48454'),
];
