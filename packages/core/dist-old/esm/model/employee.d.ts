import type * as t from 'io-ts';
/** The id the server gives a user that was removed or is unknown. */
export declare const REMOVED_USER_ID = '4a515a15-d4d6-4b8e-828e-e0586f18f3a3';
/** A portal user: the deal's author, its responsible, or an entry of an access list. */
export declare const Employee: import('../index.js').Codec<
  {
    readonly id: string;
    readonly displayName: string;
    readonly title: string;
    readonly avatarSmall: string | null;
    readonly profileUrl: string;
  },
  {
    readonly [key: string]: import('../index.js').Json;
  }
>;
/** A decoded {@link Employee}. */
export interface Employee extends t.TypeOf<typeof Employee> {}
//# sourceMappingURL=employee.d.ts.map
