#!/usr/bin/env node
import { run } from './program.js';
import { exitQuietlyOnClosedPipe, keepExitCodesWithoutStderr } from './stdout.js';

exitQuietlyOnClosedPipe();
keepExitCodesWithoutStderr();
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
