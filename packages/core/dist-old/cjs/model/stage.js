var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all) __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if ((from && typeof from === 'object') || typeof from === 'function') {
    for (const key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, {
          get: () => from[key],
          enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable,
        });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, '__esModule', { value: true }), mod);
var stage_exports = {};
__export(stage_exports, {
  Stage: () => Stage,
});
module.exports = __toCommonJS(stage_exports);
var import_leaf = require('../schema/leaf.js');
var import_record = require('../schema/record.js');
var import_enums = require('./enums.js');
const isEmpty = (s) => s === '';
const Stage = (0, import_record.record)('Stage', {
  successProbability: (0, import_record.required)(
    import_leaf.integer,
    'Probability of success at this stage, in percent.',
  ),
  stageType: (0, import_record.required)(import_enums.StageType, 'Open, ClosedAndWon or ClosedAndLost.'),
  id: (0, import_record.required)(import_leaf.integer, 'Stage id.'),
  title: (0, import_record.defaulted)(import_leaf.text, '', isEmpty, 'when empty', 'Name of the stage.'),
  description: (0, import_record.defaulted)(
    import_leaf.text,
    '',
    isEmpty,
    'when empty',
    'Description of the stage.',
  ),
  color: (0, import_record.defaulted)(import_leaf.colour, '', isEmpty, 'when empty', 'Colour, `#RRGGBB`.'),
  sortOrder: (0, import_record.defaulted)(
    import_leaf.integer,
    0,
    (n) => n === 0,
    'when 0 (the server never fills it)',
    'Position in the pipeline.',
  ),
});
