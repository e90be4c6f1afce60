import type { InteractionResult } from './results.js';
import { printable } from './text.js';
import type { VerificationReport } from './verify.js';

const MARKS = { passed: 'passed ', failed: 'FAILED ', skipped: 'skipped' } as const;
const COLOURS = { passed: '\u001b[32m', failed: '\u001b[31m', skipped: '\u001b[33m' } as const;
const RESET = '\u001b[0m';
const INDENT = '           ';
/** Characters of a line of our own that quotes a provider's text (a description, a reason). */
const LINE = 300;

const count = (report: VerificationReport, o: InteractionResult['outcome']) =>
  report.results.filter((r) => r.outcome === o).length;

/** The summary line: always the report's last. */
function summary(report: VerificationReport, failOnSkip: boolean): string {
  const skipped = count(report, 'skipped');
  const rule = failOnSkip && skipped > 0 ? ' (--fail-on-skip: a skipped interaction fails the run)' : '';
  return `${count(report, 'passed')} passed, ${count(report, 'failed')} failed, ${skipped} skipped${rule}`;
}

/** A shell command that repeats a failed interaction's request (`GET URL`) with the caller's token. */
export function reproduction(request: string): string {
  const [method, url = ''] = request.split(' ');
  const quoted = `'${url.replace(/'/g, `'\\''`)}'`;
  if (method !== 'GET') return `${method} ${url}`;
  const decode = /\/opportunity\/(bycontact\/\d+|filter)(\.xml)?(\?|$)/.exec(url);
  const pipe = decode ? ` | oo-crm decode${decode[2] ? ' --format xml' : ''}` : '';
  return `curl -sS -H "Authorization: $OO_CRM_TOKEN" ${quoted}${pipe}`;
}

/**
 * The report for people: the contract's version and the provider, one line per interaction, the
 * first mismatches of a failure and how to repeat its request, the ids the states used, what else
 * the run noticed, and the summary last. Every provider text is escaped and cut.
 */
export function textReport(report: VerificationReport, colour: boolean, failOnSkip = false): string {
  const paint = (r: InteractionResult, text: string) =>
    colour ? `${COLOURS[r.outcome]}${text}${RESET}` : text;
  const lines = [
    `Verifying the oo-crm contract (@oo-crm/contract ${report.version}) against ${printable(report.provider, LINE)}`,
    '',
  ];
  for (const r of report.results) {
    const why = r.outcome === 'skipped' && r.reason ? ` (${printable(r.reason, LINE)})` : '';
    lines.push(`${paint(r, MARKS[r.outcome])}  ${printable(r.description, LINE)}${why}`);
    if (r.outcome === 'failed') {
      for (const m of r.mismatches ?? []) lines.push(`${INDENT}${printable(m, LINE)}`);
      if (r.reason) lines.push(`${INDENT}${printable(r.reason, LINE)}`);
      if (r.request) lines.push(`${INDENT}reproduce: ${printable(reproduction(r.request), LINE * 2)}`);
    }
  }
  if (report.used.length > 0) {
    lines.push('', 'Ids the provider states used:');
    for (const u of report.used) {
      const ids = Object.entries(u.values)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ');
      lines.push(`  ${ids}: ${printable(u.state, LINE)}`);
    }
  }
  if (report.notes.length > 0) {
    lines.push('', 'Notes:');
    for (const n of report.notes) lines.push(`  ${printable(n, LINE)}`);
  }
  lines.push('', summary(report, failOnSkip));
  return `${lines.join('\n')}\n`;
}

/** Text as XML 1.0 character data or attribute value: escaped, no control character left raw. */
const xml = (text: string, max = LINE * 4) =>
  printable(text, max).replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] as string,
  );

const SUITES = 'oo-crm contract';

/** The report as JUnit XML, for CI systems: one test case per interaction. */
export function junitReport(report: VerificationReport, failOnSkip = false): string {
  const cases = report.results.map((r) => {
    const name = `name="${xml(r.description)}" classname="${SUITES}"`;
    if (r.outcome === 'passed') return `    <testcase ${name}/>`;
    if (r.outcome === 'skipped') {
      const tag = failOnSkip ? 'failure' : 'skipped';
      return `    <testcase ${name}>\n      <${tag} message="${xml(r.reason ?? '')}"/>\n    </testcase>`;
    }
    const details = [
      ...(r.mismatches ?? []),
      ...(r.reason ? [r.reason] : []),
      ...(r.request ? [`reproduce: ${reproduction(r.request)}`] : []),
    ]
      .map((line) => xml(line))
      .join('\n');
    return `    <testcase ${name}>\n      <failure message="${xml(r.mismatches?.[0] ?? r.reason ?? 'failed')}">${details}</failure>\n    </testcase>`;
  });
  const failures = count(report, 'failed') + (failOnSkip ? count(report, 'skipped') : 0);
  const skipped = failOnSkip ? 0 : count(report, 'skipped');
  const figures = `tests="${report.results.length}" failures="${failures}" skipped="${skipped}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${SUITES}" ${figures}>`,
    `  <testsuite name="${xml(report.provider)}" ${figures}>`,
    '    <properties>',
    `      <property name="contract-version" value="${xml(report.version)}"/>`,
    ...report.used.map(
      (u) =>
        `      <property name="${xml(u.state)}" value="${xml(
          Object.entries(u.values)
            .map(([k, v]) => `${k} ${v}`)
            .join(', '),
        )}"/>`,
    ),
    '    </properties>',
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** The JUnit file of a run that could not verify (exit code 2): one failed test case saying why. */
export function junitError(message: string, version: string): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${SUITES}" tests="1" failures="1" skipped="0">`,
    `  <testsuite name="${SUITES}" tests="1" failures="1" skipped="0">`,
    '    <properties>',
    `      <property name="contract-version" value="${xml(version)}"/>`,
    '    </properties>',
    `    <testcase name="the contract could be verified" classname="${SUITES}">`,
    `      <failure message="${xml(message)}">${xml(message)}</failure>`,
    '    </testcase>',
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** Text inside a Markdown table cell: escaped (no HTML, no table break, no control character). */
const md = (text: string, max = LINE) => printable(text, max).replace(/[\\`*_{}[\]<>|#&!]/g, (c) => `\\${c}`);

/** The Markdown summary for `$GITHUB_STEP_SUMMARY`: the figures, and each failure and skip. */
export function markdownSummary(report: VerificationReport, failOnSkip = false): string {
  const lines = [
    `### oo-crm contract (@oo-crm/contract ${md(report.version)}) against ${md(report.provider)}`,
    '',
    `**${md(summary(report, failOnSkip))}**`,
    '',
  ];
  const notable = report.results.filter((r) => r.outcome !== 'passed');
  if (notable.length > 0) {
    lines.push('| outcome | interaction | why |', '|---|---|---|');
    for (const r of notable) {
      const why = [...(r.mismatches ?? []), ...(r.reason ? [r.reason] : [])].map((w) => md(w)).join('<br>');
      lines.push(`| ${r.outcome} | ${md(r.description)} | ${why} |`);
    }
    lines.push('');
  }
  for (const n of report.notes) lines.push(`- ${md(n)}`);
  return `${lines.join('\n')}\n`;
}

/** The Markdown summary of a run that could not verify. */
export function markdownError(message: string, version: string): string {
  return `### oo-crm contract (@oo-crm/contract ${md(version)})\n\n**Could not verify:** ${md(message, LINE * 2)}\n`;
}
