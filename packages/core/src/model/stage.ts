import type * as t from 'io-ts';
import { colour, integer, text } from '../schema/leaf.js';
import { defaulted, record, required } from '../schema/record.js';
import { StageType } from './enums.js';

const never = (): boolean => false;
// The server always sends these three, "" when empty; their absence (older writers, the
// documentation's examples) still decodes.
const ALWAYS = 'never';

/** A stage of the sales pipeline. */
export const Stage = record('Stage', {
  successProbability: required(integer, 'Probability of success at this stage, in percent.'),
  stageType: required(StageType, 'Open, ClosedAndWon or ClosedAndLost.'),
  id: required(integer, 'Stage id.'),
  title: defaulted(text, '', never, ALWAYS, 'Name of the stage.'),
  description: defaulted(text, '', never, ALWAYS, 'Description of the stage.'),
  color: defaulted(colour, '', never, ALWAYS, 'Colour, `#RRGGBB`.'),
  sortOrder: defaulted(
    integer,
    0,
    (n) => n === 0,
    'when 0 (the server never fills it)',
    'Position in the pipeline.',
  ),
});
/** A decoded {@link Stage}. */
export interface Stage extends t.TypeOf<typeof Stage> {}
