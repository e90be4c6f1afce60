#!/usr/bin/env node
import { run } from './program.js';
import { exitQuietlyOnClosedPipe } from './stdout.js';

exitQuietlyOnClosedPipe();
run(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
