import type { InteractionResult } from './results.js';
import type { VerificationReport } from './verify.js';

const MARKS = { passed: 'passed ', failed: 'FAILED ', skipped: 'skipped' } as const;
const COLOURS = { passed: '\u001b[32m', failed: '\u001b[31m', skipped: '\u001b[33m' } as const;
const RESET = '\u001b[0m';

/** The report for people: one line per interaction, the first mismatches of a failure, a summary. */
export function textReport(report: VerificationReport, colour: boolean): string {
  const paint = (r: InteractionResult, text: string) =>
    colour ? `${COLOURS[r.outcome]}${text}${RESET}` : text;
  const lines = [`Verifying the oo-crm contract against ${report.provider}`, ''];
  for (const r of report.results) {
    const why = r.outcome === 'skipped' && r.reason ? ` (${r.reason})` : '';
    lines.push(`${paint(r, MARKS[r.outcome])}  ${r.description}${why}`);
    if (r.outcome === 'failed') {
      for (const m of r.mismatches ?? []) lines.push(`           ${m}`);
      if (r.reason) lines.push(`           ${r.reason}`);
    }
  }
  const count = (o: InteractionResult['outcome']) => report.results.filter((r) => r.outcome === o).length;
  lines.push('', `${count('passed')} passed, ${count('failed')} failed, ${count('skipped')} skipped`);
  return `${lines.join('\n')}\n`;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string);

/** The report as JUnit XML, for CI systems: one test case per interaction. */
export function junitReport(report: VerificationReport): string {
  const count = (o: InteractionResult['outcome']) => report.results.filter((r) => r.outcome === o).length;
  const cases = report.results.map((r) => {
    const name = `name="${escapeXml(r.description)}" classname="oo-crm contract"`;
    if (r.outcome === 'passed') return `    <testcase ${name}/>`;
    if (r.outcome === 'skipped')
      return `    <testcase ${name}>\n      <skipped message="${escapeXml(r.reason ?? '')}"/>\n    </testcase>`;
    const details = [...(r.mismatches ?? []), ...(r.reason ? [r.reason] : [])].join('\n');
    return `    <testcase ${name}>\n      <failure message="${escapeXml(r.mismatches?.[0] ?? r.reason ?? 'failed')}">${escapeXml(details)}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="oo-crm contract" tests="${report.results.length}" failures="${count('failed')}" skipped="${count('skipped')}">`,
    `  <testsuite name="${escapeXml(report.provider)}" tests="${report.results.length}" failures="${count('failed')}" skipped="${count('skipped')}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}
