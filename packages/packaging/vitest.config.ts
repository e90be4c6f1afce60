import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// Packing and installing takes a while: generous timeouts, and two files at a time at most, so that
// the release test (mostly waiting on its registry and npm) runs beside the others, not after them.
export default mergeConfig(
  shared,
  defineConfig({ test: { maxWorkers: 2, testTimeout: 120_000, hookTimeout: 600_000 } }),
);
