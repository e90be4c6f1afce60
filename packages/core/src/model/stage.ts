import type { Codec } from '../schema/codec.js';
import { colour, integer, text } from '../schema/leaf.js';
import { defaulted, record, required, type WireRecord } from '../schema/record.js';
import { StageType } from './enums.js';

// The server always sends title, description and color, "" when empty; their absence (older
// writers, the documentation's examples) still decodes.

/** A stage of the sales pipeline. */
export const Stage: Codec<Stage, WireRecord> = record('Stage', {
  successProbability: required(integer, 'Probability of success at this stage, in percent.'),
  stageType: required(StageType, 'Open, ClosedAndWon or ClosedAndLost.'),
  id: required(integer, 'Stage id.'),
  title: defaulted(text, '', 'never', 'Name of the stage.'),
  description: defaulted(text, '', 'never', 'Description of the stage.'),
  color: defaulted(colour, '', 'never', 'Colour, `#RRGGBB`.'),
  sortOrder: defaulted(integer, 0, 'when-default', 'Position in the pipeline (the server never fills it).'),
});
// BEGIN domain type Stage: written by scripts/domain-types.mjs from the schema; do not edit
/** A stage of the sales pipeline, decoded by {@link Stage}. */
export interface Stage {
  /**
   * Probability of success at this stage, in percent.
   *
   * On the wire: `successProbability`, always.
   */
  readonly successProbability: number;
  /**
   * Open, ClosedAndWon or ClosedAndLost.
   *
   * On the wire: `stageType`, always.
   */
  readonly stageType: StageType;
  /**
   * Stage id.
   *
   * On the wire: `id`, always.
   */
  readonly id: number;
  /**
   * Name of the stage.
   *
   * On the wire: `title`, always sent; when absent decodes to `""`.
   */
  readonly title: string;
  /**
   * Description of the stage.
   *
   * On the wire: `description`, always sent; when absent decodes to `""`.
   */
  readonly description: string;
  /**
   * Colour, `#RRGGBB`.
   *
   * On the wire: `color`, always sent; when absent decodes to `""`.
   */
  readonly color: string;
  /**
   * Position in the pipeline (the server never fills it).
   *
   * On the wire: `sortOrder`, left out when 0; decodes to `0`.
   */
  readonly sortOrder: number;
}
// END domain type Stage
