// Headless Chromium from Debian's package, driven by playwright-core (which downloads nothing).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

/** Where Debian's chromium lives; OO_CRM_CHROMIUM overrides it. */
export const CHROMIUM = process.env.OO_CRM_CHROMIUM ?? '/usr/bin/chromium';

/** Whether a browser test can run here. In CI a missing browser is an error, not a skip. */
export function browserAvailable() {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: .ci/run installs Debian's chromium`);
  return false;
}

/**
 * Launches headless Chromium with the flags this machine needs: without the background-networking
 * ones it floods the closed network with refused connections. A fresh profile each time.
 */
export async function launchBrowser() {
  const profile = mkdtempSync(join(tmpdir(), 'oo-crm-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
