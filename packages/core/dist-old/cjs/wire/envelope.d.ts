import type * as t from 'io-ts';
import { type ApiFailure, type DecodeFailure } from '../failure.js';
import type { Field } from '../schema/codec.js';
/**
 * The success envelope of a list: `{"count":2,"status":0,"statusCode":200,"response":[…]}`.
 * Its domain value is an {@link OpportunityPage}.
 */
export declare const PageEnvelope: import('../schema/codec.js').Codec<
  {
    readonly items: readonly {
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
    }[];
    readonly count?: number | undefined;
    readonly startIndex?: number | undefined;
    readonly nextIndex?: number | undefined;
    readonly total?: number | undefined;
  },
  {
    readonly [key: string]: import('../schema/codec.js').Json;
  }
>;
/** One page of a contact's opportunities, with the server's paging figures when it sent them. */
export interface OpportunityPage extends t.TypeOf<typeof PageEnvelope> {}
/** The HRESULT .NET gives every exception the server reports (E_FAIL). */
export declare const ERROR_HRESULT = -2147467259;
/** The `error` object of a failed call. */
export declare const ApiErrorBody: import('../schema/codec.js').Codec<
  {
    readonly message: string;
    readonly hresult: number;
    readonly data: {};
    readonly type?: string | undefined;
    readonly stack?: string | undefined;
  },
  {
    readonly [key: string]: import('../schema/codec.js').Json;
  }
>;
/** The envelope of a failed call: `{"status":1,"statusCode":404,"error":{"message":"Not found",…}}`. */
export declare const ErrorEnvelope: import('../schema/codec.js').Codec<
  {
    readonly error: {
      readonly message: string;
      readonly hresult: number;
      readonly data: {};
      readonly type?: string | undefined;
      readonly stack?: string | undefined;
    };
    readonly statusCode?: number | undefined;
  },
  {
    readonly [key: string]: import('../schema/codec.js').Json;
  }
>;
/** An API error as the server reports it. */
export interface ApiErrorEnvelope extends t.TypeOf<typeof ErrorEnvelope> {}
/** Every element `<result>` may hold, for the XML reader: the success and the error envelope's fields. */
export declare const envelopeFields: ReadonlyArray<Field>;
/** Whether a parsed body is the error envelope (`status: 1`). */
export declare const isErrorEnvelope: (u: unknown) => boolean;
/** An error envelope as an api failure, or a decode failure when it is malformed. */
export declare function apiFailureOf(wire: unknown, maxIssues?: number): ApiFailure | DecodeFailure;
//# sourceMappingURL=envelope.d.ts.map
