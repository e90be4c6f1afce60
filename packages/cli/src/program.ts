import { once } from 'node:events';
import {
  type Client,
  contactIdOf,
  FILTER_SORT_BY,
  type FilterOptions,
  type FilterSortBy,
  MAX_PAGE_SIZE,
  OoCrmError,
  serverText,
} from '@oo-crm/client';
import {
  decodeOpportunities,
  decodeUtf8,
  type Failure,
  type Opportunity,
  type OpportunityPage,
  SORT_ORDERS,
  type StageType,
  type WireFormat,
} from '@oo-crm/core';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { connect } from './connection.js';
import { EXIT, exitCodeOf } from './exit-codes.js';
import { JsonArrayWriter, jsonText } from './json-output.js';
import { readInput } from './read-input.js';
import { countLine, renderTable, tableOf } from './render-table.js';
import { escapeLines, reportError } from './report.js';
import { VERSION } from './version.js';

type Output = 'table' | 'json';

const wantsColor = () => process.stdout.isTTY === true && !process.env['NO_COLOR'];
const out = (text: string) => process.stdout.write(text);

function print(items: ReadonlyArray<Opportunity> | Opportunity, output: Output): void {
  // The domain JSON view: camelCase names, enum names, dates as the server wrote them; one
  // opportunity as an object, a list as an array.
  if (output === 'json') writeJson(items);
  else out(`${renderTable('id' in items ? [items] : items, wantsColor(), process.stdout.columns)}\n`);
}

/**
 * Prints every page as it comes (`--all`): one table per page, or one JSON array written item
 * by item, so that only the page at hand is held, whatever the number of pages.
 */
async function printPages(pages: AsyncIterable<OpportunityPage>, output: Output): Promise<void> {
  const json = output === 'json' ? new JsonArrayWriter(out) : undefined;
  let items = 0;
  let count = 0;
  try {
    for await (const page of pages) {
      if (json) json.push(page.items);
      else out(`${tableOf(page.items, wantsColor(), process.stdout.columns)}\n`);
      items += page.items.length;
      count++;
      // A pipe's reader may be slower than the server: wait for it, or the pages pile up in its buffer.
      if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
      if (process.stderr.isTTY)
        process.stderr.write(`\rfetched ${items} opportunities in ${count} page${count === 1 ? '' : 's'}…`);
    }
  } finally {
    if (process.stderr.isTTY && count > 0) process.stderr.write('\n');
    // What was printed stands: the JSON array is closed even when a later page failed.
    if (json) json.end();
  }
  if (!json) out(`${countLine(items)}\n`);
}

const integer = (name: string, min: number) => (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < min)
    throw new InvalidArgumentError(`${name} must be an integer ≥ ${min}`);
  return Number(value);
};

/** A repeatable option's values, in order. */
const collectText = (value: string, previous: string[]) => [...previous, value];

const formatOption = () =>
  new Option('--format <format>', 'wire format').choices(['json', 'xml']).default('json');
const outputOption = (fallback: Output) =>
  new Option('--output <output>', 'what to print').choices(['table', 'json']).default(fallback);

interface OpportunitiesFlags {
  baseUrl?: string;
  token?: string;
  user?: string;
  password?: string;
  format: WireFormat;
  output: Output;
  timeout?: number;
  retries?: number;
  all?: boolean;
}

/** The connection the flags ask for (the embedded portal unless a base URL is given). */
const connectWith = (flags: Omit<OpportunitiesFlags, 'output' | 'all'>) =>
  connect({
    baseUrl: flags.baseUrl ?? process.env['OO_CRM_BASE_URL'],
    token: flags.token ?? process.env['OO_CRM_TOKEN'],
    user: flags.user,
    password: flags.password,
    format: flags.format,
    timeoutMs: flags.timeout,
    retries: flags.retries,
  });

/**
 * Runs `use` with a client of the portal the flags name, and prints what it gives: a list, or
 * pages as they come. The connection (the embedded portal included) is closed whatever happens.
 * Ctrl-C is left to the system: it ends the process at once, even in the middle of a decode (a
 * listener of ours would wait for the event loop), with the status 130 a shell reports.
 */
async function withClient(
  flags: OpportunitiesFlags,
  use: (
    api: Client['opportunities'],
  ) => Promise<ReadonlyArray<Opportunity> | Opportunity> | AsyncIterable<OpportunityPage>,
): Promise<number> {
  const connection = await connectWith(flags);
  try {
    const result = use(connection.client.opportunities);
    if (Symbol.asyncIterator in result) await printPages(result, flags.output);
    else print(await result, flags.output);
    return EXIT.ok;
  } finally {
    await connection.close();
  }
}

async function opportunities(contactId: string, flags: OpportunitiesFlags): Promise<number> {
  contactIdOf(contactId);
  return withClient(flags, (api) =>
    flags.all ? api.allByContact(contactId) : api.byContact(contactId).then((page) => page.items),
  );
}

/** `oo-crm opportunity <id>`: one opportunity, a one-row table or a JSON object. */
const opportunity = (id: string, flags: OpportunitiesFlags): Promise<number> =>
  withClient(flags, (api) => api.get(id));

/** The stage types by the names the CLI takes. */
const STAGE_TYPE_NAMES: Readonly<Record<string, StageType>> = {
  open: 'Open',
  won: 'ClosedAndWon',
  lost: 'ClosedAndLost',
};

interface SearchFlags extends OpportunitiesFlags {
  contact?: string;
  alsoParticipant?: boolean;
  stageType?: string;
  responsible?: string;
  tag: string[];
  from?: string;
  to?: string;
  text?: string;
  sortBy?: FilterSortBy;
  sortOrder?: 'ascending' | 'descending';
  count?: number;
}

/** `oo-crm search`: `GET api/2.0/crm/opportunity/filter` with the flags as its criteria. */
function search(flags: SearchFlags): Promise<number> {
  const options: FilterOptions = {
    ...(flags.contact === undefined ? {} : { contactId: flags.contact }),
    ...(flags.alsoParticipant ? { alsoParticipant: true } : {}),
    ...(flags.stageType === undefined ? {} : { stageType: STAGE_TYPE_NAMES[flags.stageType] }),
    ...(flags.responsible === undefined ? {} : { responsibleId: flags.responsible }),
    ...(flags.tag.length === 0 ? {} : { tags: flags.tag }),
    ...(flags.from === undefined ? {} : { from: flags.from }),
    ...(flags.to === undefined ? {} : { to: flags.to }),
    ...(flags.text === undefined ? {} : { text: flags.text }),
    ...(flags.sortBy === undefined ? {} : { sortBy: flags.sortBy }),
    ...(flags.sortOrder === undefined ? {} : { sortOrder: flags.sortOrder }),
    ...(flags.count === undefined ? {} : { count: flags.count }),
  };
  return withClient(flags, (api) =>
    flags.all ? api.filterAll(options) : api.filter(options).then((page) => page.items),
  );
}

async function decode(file: string, flags: { format: WireFormat; output: Output }): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = await readInput(file);
  } catch (error) {
    reportError(
      `cannot read ${file === '-' ? 'standard input' : file}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return EXIT.usage;
  }
  // Bytes that are not UTF-8 are a response that breaks the contract, like any other.
  const body = decodeUtf8(bytes);
  if (body._tag === 'Left') return failed(body.left, flags.output);
  const decoded = decodeOpportunities(body.right, flags.format);
  if (decoded._tag === 'Left') return failed(decoded.left, flags.output);
  print(decoded.right.items, flags.output);
  return EXIT.ok;
}

/**
 * Says why a saved response did not decode: in words on standard error, and with `--output json`
 * as data on standard output (`{ kind, issueCount, issues }` or `{ kind, statusCode, message }`).
 */
function failed(failure: Failure, output: Output): number {
  if (failure.kind === 'api') {
    // Cut and escaped as the client cuts a server's message, the token of the environment redacted.
    const secrets = [process.env['OO_CRM_TOKEN'] ?? ''];
    const message = serverText(failure.message, secrets);
    reportError(`the response is the server's error envelope (${failure.statusCode}): ${message}`);
    if (output === 'json') writeJson({ kind: 'api', statusCode: failure.statusCode, message });
    return EXIT.server;
  }
  reportError(failure.message);
  if (output === 'json') {
    writeJson({ kind: 'decode', issueCount: failure.issueCount, issues: failure.issues });
  }
  return EXIT.contract;
}

const writeJson = (value: unknown) => out(`${jsonText(value)}\n`);

/** The `oo-crm` program; `run` resolves to the exit code. */
export function program(): Command {
  const cli = new Command('oo-crm')
    .description('Read ONLYOFFICE CRM opportunities (by contact, by id, by search), in JSON or XML.')
    .version(VERSION)
    .exitOverride()
    // Commander's own messages quote the arguments (`unknown option '…'`): escaped like any line
    // the CLI writes. Set before the commands, which inherit it.
    .configureOutput({
      writeOut: (text) => process.stdout.write(escapeLines(text)),
      writeErr: (text) => process.stderr.write(escapeLines(text)),
      outputError: (text, write) => write(text),
    })
    .showHelpAfterError('(run oo-crm --help for usage)');

  /** The options every command that talks to a portal takes. */
  const withConnection = (command: Command) =>
    command
      .option('--base-url <url>', 'portal address (or OO_CRM_BASE_URL)')
      .option('--token <token>', 'API token (or OO_CRM_TOKEN, which keeps it off the command line)')
      .option('--user <name>', 'log in with this user name')
      .option('--password <password>', 'and this password')
      .addOption(formatOption())
      .addOption(outputOption('table'))
      .option('--timeout <ms>', 'per-attempt timeout in ms', integer('--timeout', 1))
      .option('--retries <n>', 'retries of a failed request', integer('--retries', 0));

  withConnection(
    cli
      .command('opportunities')
      .description("list a contact's opportunities")
      .argument('<contactId>', 'contact id, digits only'),
  )
    .option('--all', 'follow paging and fetch every page')
    .action(async (contactId: string, flags: OpportunitiesFlags) => {
      cli.setOptionValue('exitCode', await opportunities(contactId, flags));
    });

  withConnection(
    cli
      .command('opportunity')
      .description('show one opportunity by id (GET api/2.0/crm/opportunity/{id})')
      .argument('<id>', 'opportunity id, digits only, from 1'),
  ).action(async (id: string, flags: OpportunitiesFlags) => {
    cli.setOptionValue('exitCode', await opportunity(id, flags));
  });

  withConnection(
    cli
      .command('search')
      .description(
        'search opportunities (GET api/2.0/crm/opportunity/filter): every criterion given must hold; ' +
          "with --contact and --also-participant, a contact's deals the caller may see",
      ),
  )
    .option('--contact <id>', 'deals whose primary contact is this one')
    .option('--also-participant', 'with --contact: the deals it takes part in (bycontact without its defect)')
    .addOption(new Option('--stage-type <type>', 'stage type').choices(Object.keys(STAGE_TYPE_NAMES)))
    .option('--responsible <guid>', "the responsible user's id")
    .option('--tag <tag>', 'a tag the deals carry (repeat for several: all must be there)', collectText, [])
    .option('--from <date>', 'close date from (with --to), e.g. 2024-03-01')
    .option('--to <date>', 'close date to (with --from)')
    .option(
      '--text <words>',
      'words found in the title or the description (a server without full-text search finds none)',
    )
    .addOption(new Option('--sort-by <field>', 'order (default: by stage)').choices(FILTER_SORT_BY))
    .addOption(new Option('--sort-order <order>', 'with --sort-by').choices(SORT_ORDERS))
    .option('--count <n>', `page size, 1–${MAX_PAGE_SIZE}`, integer('--count', 1))
    .option('--all', 'follow paging and fetch every page')
    .action(async (flags: SearchFlags) => {
      cli.setOptionValue('exitCode', await search(flags));
    });

  cli
    .command('decode')
    .description('decode a saved response and print it: the tool for "what is wrong with this response?"')
    .argument('[file]', 'the file, or - for standard input', '-')
    .addOption(formatOption())
    .addOption(outputOption('json'))
    .action(async (file: string, flags: { format: WireFormat; output: Output }) => {
      cli.setOptionValue('exitCode', await decode(file, flags));
    });
  return cli;
}

/** Runs the CLI on `argv` (without the node and script entries) and resolves to the exit code. */
export async function run(argv: ReadonlyArray<string>): Promise<number> {
  const cli = program();
  try {
    await cli.parseAsync([...argv], { from: 'user' });
    return (cli.getOptionValue('exitCode') as number | undefined) ?? EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof OoCrmError) {
      reportError(error.message);
      return exitCodeOf(error);
    }
    reportError(`unexpected failure: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.server;
  }
}
