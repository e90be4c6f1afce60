import { colour, integer, text } from '../schema/leaf.js';
import { defaulted, record, required } from '../schema/record.js';
import { StageType } from './enums.js';

const isEmpty = (s) => s === '';
/** A stage of the sales pipeline. */
export const Stage = record('Stage', {
  successProbability: required(integer, 'Probability of success at this stage, in percent.'),
  stageType: required(StageType, 'Open, ClosedAndWon or ClosedAndLost.'),
  id: required(integer, 'Stage id.'),
  title: defaulted(text, '', isEmpty, 'when empty', 'Name of the stage.'),
  description: defaulted(text, '', isEmpty, 'when empty', 'Description of the stage.'),
  color: defaulted(colour, '', isEmpty, 'when empty', 'Colour, `#RRGGBB`.'),
  sortOrder: defaulted(
    integer,
    0,
    (n) => n === 0,
    'when 0 (the server never fills it)',
    'Position in the pipeline.',
  ),
});
//# sourceMappingURL=stage.js.map
