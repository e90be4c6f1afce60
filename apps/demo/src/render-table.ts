import { type Opportunity, safeText } from '@oo-crm/core';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { bid, day } from './format.js';

/**
 * The most characters a cell shows, control and bidi characters escaped first; longer text is
 * cut with `…` (the full value stays in `--output json`). Cut before layout, so that wrapping a
 * cell costs the same whatever the server sent (wrapping a 256 KiB title took 52 s).
 */
export const MAX_CELL_CHARS = 100;

/** The table fits the terminal's width, within these bounds (80 when standard output is not a terminal). */
export const TABLE_WIDTH = { min: 80, max: 120 } as const;

/** The width the table takes on a terminal of `columns` (`undefined`: not a terminal). */
export const tableWidth = (columns: number | undefined): number =>
  Math.min(TABLE_WIDTH.max, Math.max(TABLE_WIDTH.min, columns ?? TABLE_WIDTH.min));

const HEAD = ['Title', 'Stage', 'Bid', 'Expected close', 'Contact', 'Members'];
// How the width left after the borders and the date column is shared by the other columns.
// The title gets the most: at 80 columns it holds 15 characters a line.
const SHARES = [34, 20, 22, 0, 20, 24];
/** `2024-06-30` and its padding. */
const DATE_COLUMN = 12;

/** Column widths that add up, borders included, to `width`. */
function columnWidths(width: number): number[] {
  const borders = HEAD.length + 1;
  const shared = width - borders - DATE_COLUMN;
  const total = SHARES.reduce((a, b) => a + b, 0);
  const widths = SHARES.map((s) => (s === 0 ? DATE_COLUMN : Math.floor((shared * s) / total)));
  // What rounding left goes to the last column.
  widths[widths.length - 1]! += width - borders - widths.reduce((a, b) => a + b, 0);
  return widths;
}

/**
 * `text` with every word longer than `width` broken into pieces that fit: the table wraps at
 * spaces and would cut such a word with `…` (a name, or an escaped control sequence, half shown).
 */
function breakLongWords(text: string, width: number): string {
  return text.replace(/\S+/g, (word) => {
    const chars = [...word];
    if (chars.length <= width) return word;
    const pieces: string[] = [];
    for (let i = 0; i < chars.length; i += width) pieces.push(chars.slice(i, i + width).join(''));
    return pieces.join(' ');
  });
}

/**
 * A table for people: title, stage (in its colour where the terminal has colours), bid with
 * currency and period, expected close, contact and members, `width` columns wide (see
 * {@link tableWidth}), then the count.
 */
export const renderTable = (items: ReadonlyArray<Opportunity>, colors: boolean, width?: number): string =>
  `${tableOf(items, colors, width)}\n${countLine(items.length)}`;

/** The table of {@link renderTable} without the count: one page's, when pages are printed as they come. */
export function tableOf(items: ReadonlyArray<Opportunity>, colors: boolean, width?: number): string {
  // Colours as the terminal supports them (chalk reads TERM, COLORTERM, FORCE_COLOR), or none.
  const chalk = colors ? new Chalk() : new Chalk({ level: 0 });
  const widths = columnWidths(tableWidth(width));
  const table = new Table({
    head: HEAD,
    style: { head: colors ? ['bold'] : [], border: colors ? ['grey'] : [] },
    wordWrap: true,
    colWidths: widths,
  });
  // Every cell holds the server's text: escaped, so that none of it can drive the terminal, cut,
  // and its long words broken to the column's width (less its padding).
  const cell = (column: number, text: string) =>
    breakLongWords(safeText(text, MAX_CELL_CHARS), widths[column]! - 2);
  for (const o of items) {
    const stage = cell(1, o.stage ? `${o.stage.title} (${o.stage.successProbability}%)` : '—');
    table.push([
      cell(0, o.isPrivate ? `${o.title} 🔒` : o.title),
      o.stage?.color && /^#[0-9a-f]{6}$/i.test(o.stage.color) ? chalk.hex(o.stage.color)(stage) : stage,
      cell(2, bid(o)),
      day(o.expectedCloseDate),
      cell(4, o.contact?.displayName ?? '—'),
      cell(5, o.members.map((m) => m.displayName).join(', ') || '—'),
    ]);
  }
  return table.toString();
}

/** The line after the table(s): `3 opportunities`. */
export const countLine = (n: number): string => `${n} ${n === 1 ? 'opportunity' : 'opportunities'}`;
