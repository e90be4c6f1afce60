import type * as t from 'io-ts';
/** A deal ("opportunity") of the CRM, as `GET api/2.0/crm/opportunity/bycontact/{contactid}` lists it. */
export declare const Opportunity: import('../index.js').Codec<
  {
    readonly createBy: {
      readonly id: string;
      readonly displayName: string;
      readonly title: string;
      readonly avatarSmall: string | null;
      readonly profileUrl: string;
    };
    readonly created: import('../index.js').ApiDateTime;
    readonly members: readonly {
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
    }[];
    readonly contact: {
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
    } | null;
    readonly title: string;
    readonly description: string;
    readonly responsible: {
      readonly id: string;
      readonly displayName: string;
      readonly title: string;
      readonly avatarSmall: string | null;
      readonly profileUrl: string;
    };
    readonly bidType: 'FixedBid' | 'PerHour' | 'PerDay' | 'PerWeek' | 'PerMonth' | 'PerYear';
    readonly bidValue: number;
    readonly bidCurrency: {
      readonly title: string;
      readonly symbol: string;
      readonly abbreviation: string;
      readonly cultureName: string;
      readonly isConvertable: boolean;
      readonly isBasic: boolean;
    } | null;
    readonly perPeriodValue: number;
    readonly stage: {
      readonly successProbability: number;
      readonly stageType: 'Open' | 'ClosedAndWon' | 'ClosedAndLost';
      readonly id: number;
      readonly title: string;
      readonly description: string;
      readonly color: string;
      readonly sortOrder: number;
    } | null;
    readonly successProbability: number;
    readonly actualCloseDate: import('../index.js').ApiDateTime | null;
    readonly expectedCloseDate: import('../index.js').ApiDateTime | null;
    readonly isPrivate: boolean;
    readonly accessList: readonly {
      readonly id: string;
      readonly displayName: string;
      readonly title: string;
      readonly avatarSmall: string | null;
      readonly profileUrl: string;
    }[];
    readonly canEdit: boolean;
    readonly customFields: readonly {
      readonly entityId: number;
      readonly label: string;
      readonly fieldValue: string;
      readonly fieldType: 'TextField' | 'TextArea' | 'SelectBox' | 'CheckBox' | 'Heading' | 'Date';
      readonly position: number;
      readonly mask: string;
      readonly id: number;
    }[];
    readonly id: number;
  },
  {
    readonly [key: string]: import('../index.js').Json;
  }
>;
/** A decoded {@link Opportunity}. */
export interface Opportunity extends t.TypeOf<typeof Opportunity> {}
//# sourceMappingURL=opportunity.d.ts.map
