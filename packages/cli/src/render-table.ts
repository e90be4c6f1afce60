import { escapeControlCharacters, type Opportunity } from '@oo-crm/core';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { bid, day } from './format.js';

/**
 * A table for people: title, stage (in its colour where the terminal has colours), bid with
 * currency and period, expected close, contact and members.
 */
export function renderTable(items: ReadonlyArray<Opportunity>, colors: boolean): string {
  // Colours as the terminal supports them (chalk reads TERM, COLORTERM, FORCE_COLOR), or none.
  const chalk = colors ? new Chalk() : new Chalk({ level: 0 });
  const table = new Table({
    head: ['Title', 'Stage', 'Bid', 'Expected close', 'Contact', 'Members'],
    style: { head: colors ? ['bold'] : [], border: colors ? ['grey'] : [] },
    wordWrap: true,
    colWidths: [28, 22, 26, 16, 24, 30],
  });
  // Every cell holds the server's text: escaped, so that none of it can drive the terminal.
  const cell = escapeControlCharacters;
  for (const o of items) {
    const stage = cell(o.stage ? `${o.stage.title} (${o.stage.successProbability}%)` : '—');
    table.push([
      cell(o.isPrivate ? `${o.title} 🔒` : o.title),
      o.stage?.color && /^#[0-9a-f]{6}$/i.test(o.stage.color) ? chalk.hex(o.stage.color)(stage) : stage,
      cell(bid(o)),
      day(o.expectedCloseDate),
      cell(o.contact?.displayName ?? '—'),
      cell(o.members.map((m) => m.displayName).join(', ') || '—'),
    ]);
  }
  return `${table.toString()}\n${items.length} ${items.length === 1 ? 'opportunity' : 'opportunities'}`;
}
