// One measurement of memory, in a fresh process: read the body, optionally decode it, report the
// peak resident set. The parent subtracts the read-only run to get what decoding itself costs.
import { readFileSync } from 'node:fs';
import { decodeOpportunities } from '@oo-crm/core';

const [mode, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
let kept;
if (mode === 'json') kept = decodeOpportunities(text, 'json');
else if (mode === 'xml') kept = decodeOpportunities(text, 'xml');
else if (mode === 'parse') kept = JSON.parse(text);
if (kept?._tag === 'Left') throw new Error(kept.left.message);
process.stdout.write(JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS, kept: kept !== undefined }));
