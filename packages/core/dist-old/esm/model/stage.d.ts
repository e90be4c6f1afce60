import type * as t from 'io-ts';
/** A stage of the sales pipeline. */
export declare const Stage: import('../index.js').Codec<
  {
    readonly successProbability: number;
    readonly stageType: 'Open' | 'ClosedAndWon' | 'ClosedAndLost';
    readonly id: number;
    readonly title: string;
    readonly description: string;
    readonly color: string;
    readonly sortOrder: number;
  },
  {
    readonly [key: string]: import('../index.js').Json;
  }
>;
/** A decoded {@link Stage}. */
export interface Stage extends t.TypeOf<typeof Stage> {}
//# sourceMappingURL=stage.d.ts.map
