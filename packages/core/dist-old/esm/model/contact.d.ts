import type * as t from 'io-ts';
/** An access list is sent for private entities only (and kept when another writer sent one). */
export declare const omitAccessList: (
  list: ReadonlyArray<unknown>,
  whole: Readonly<Record<string, unknown>>,
) => boolean;
/** A CRM contact (person or company) linked to a deal: its primary contact or a member. */
export declare const Contact: import('../index.js').Codec<
  {
    readonly smallFotoUrl: string;
    readonly mediumFotoUrl: string;
    readonly displayName: string;
    readonly isCompany: boolean;
    readonly accessList: readonly {
      readonly id: string;
      readonly displayName: string;
      readonly title: string;
      readonly avatarSmall: string | null;
      readonly profileUrl: string;
    }[];
    readonly isPrivate: boolean;
    readonly isShared: boolean;
    readonly shareType: 'None' | 'ReadWrite' | 'Read';
    readonly currency: {
      readonly title: string;
      readonly symbol: string;
      readonly abbreviation: string;
      readonly cultureName: string;
      readonly isConvertable: boolean;
      readonly isBasic: boolean;
    } | null;
    readonly canEdit: boolean;
    readonly canDelete: boolean;
    readonly id: number;
  },
  {
    readonly [key: string]: import('../index.js').Json;
  }
>;
/** A decoded {@link Contact}. */
export interface Contact extends t.TypeOf<typeof Contact> {}
//# sourceMappingURL=contact.d.ts.map
