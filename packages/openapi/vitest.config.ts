import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// The linter and the type generator run as child processes: generous timeouts.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 120_000 } }));
