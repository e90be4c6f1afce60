/** A path as JS writes it: `response[1].stage.stageType`; `""` for the root. */
export function pathText(path) {
  let text = '';
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : text === '' ? key : `.${key}`;
  return text;
}
//# sourceMappingURL=issue.js.map
