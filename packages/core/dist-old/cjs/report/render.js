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
var render_exports = {};
__export(render_exports, {
  MAX_RENDERED_ISSUES: () => MAX_RENDERED_ISSUES,
  renderIssue: () => renderIssue,
  renderIssues: () => renderIssues,
});
module.exports = __toCommonJS(render_exports);
var import_issue = require('./issue.js');
const MAX_RENDERED_ISSUES = 20;
const renderIssue = (issue) =>
  `${issue.path.length === 0 ? '(body)' : ((0, import_issue.pathText))(issue.path)}: ${issue.message}`;
function renderIssues(issues, count = issues.length, max = MAX_RENDERED_ISSUES) {
  const lines = issues.slice(0, max).map(renderIssue);
  const shown = Math.min(issues.length, max);
  if (count > shown) lines.push(`\u2026 and ${count - shown} more`);
  return lines.join('\n');
}
