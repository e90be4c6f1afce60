import type * as t from 'io-ts';
import { colour, integer, text } from '../schema/leaf.js';
import { defaulted, record, required } from '../schema/record.js';
import { StageType } from './enums.js';

// The server always sends title, description and color, "" when empty; their absence (older
// writers, the documentation's examples) still decodes.

/** A stage of the sales pipeline. */
export const Stage = record('Stage', {
  successProbability: required(integer, 'Probability of success at this stage, in percent.'),
  stageType: required(StageType, 'Open, ClosedAndWon or ClosedAndLost.'),
  id: required(integer, 'Stage id.'),
  title: defaulted(text, '', 'never', 'Name of the stage.'),
  description: defaulted(text, '', 'never', 'Description of the stage.'),
  color: defaulted(colour, '', 'never', 'Colour, `#RRGGBB`.'),
  sortOrder: defaulted(integer, 0, 'when-default', 'Position in the pipeline (the server never fills it).'),
});
/** A decoded {@link Stage}. */
export interface Stage extends t.TypeOf<typeof Stage> {}
