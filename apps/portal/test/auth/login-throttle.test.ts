// The login throttle's bounds and fairness, on a clock the test moves (login-throttle.ts).

import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { LoginThrottle, MAX_THROTTLE_KEYS } from '../../src/auth/login-throttle.js';

const RULE = { attempts: 5, windowMs: 60_000 };

describe('the login throttle', () => {
  it('counts the name as sent: Anna and anna are two keys (BruteForceLoginManager 42-86)', () => {
    const throttle = new LoginThrottle(RULE, () => 0);
    for (let i = 0; i < 5; i++) expect(throttle.attempt('Anna', '10.0.0.1')).toBe(true);
    expect(throttle.attempt('Anna', '10.0.0.1')).toBe(false);
    expect(throttle.attempt('anna', '10.0.0.1')).toBe(true);
  });

  it('never forgets a locked name before its lock ends, whatever flood of other names comes', () => {
    let now = 0;
    const throttle = new LoginThrottle(RULE, () => now);
    for (let i = 0; i < 6; i++) throttle.attempt('victim', '10.0.0.1');
    expect(throttle.attempt('victim', '10.0.0.1')).toBe(false);
    now = 1_000;
    for (let i = 0; i < MAX_THROTTLE_KEYS + 50_000; i++) throttle.attempt(`flood${i}`, '10.0.0.9');
    now = 59_000;
    expect(throttle.attempt('victim', '10.0.0.1')).toBe(false);
    now = 61_000;
    expect(throttle.attempt('victim', '10.0.0.1')).toBe(true);
  });

  it('fails closed when every lock slot is taken: a new name is refused, not counted', () => {
    let now = 0;
    const throttle = new LoginThrottle({ attempts: 1, windowMs: 60_000 }, () => now);
    for (let i = 0; i < MAX_THROTTLE_KEYS; i++) {
      throttle.attempt(`n${i}`, 'a');
      throttle.attempt(`n${i}`, 'a');
    }
    expect(throttle.attempt('newcomer', 'a')).toBe(false);
    now = 60_001;
    expect(throttle.attempt('newcomer', 'a')).toBe(true);
  });

  it('keeps a fixed-size digest per key: 20,000 names of 16 KiB cost far less than the names', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const throttle = new LoginThrottle(RULE, () => 0);
    gc();
    const before = process.memoryUsage().heapUsed;
    const long = 'x'.repeat(16 * 1024);
    for (let i = 0; i < 20_000; i++) throttle.attempt(`${i}${long}`, '10.0.0.1');
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    expect(throttle.size).toBe(20_000);
    // The names alone are 320 MiB; their digests and counts a few MiB.
    expect(grown).toBeLessThan(40 * 2 ** 20);
  });
});
