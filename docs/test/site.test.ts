import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserAvailable, launchBrowser } from '@oo-crm/browser-test';
import { describe, expect, it } from 'vitest';

const SITE = new URL('../site/', import.meta.url);
const SHOTS = new URL('./screenshots/', import.meta.url);

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

/** Serves the site over HTTP: from file:// Chromium refuses its icons and navigation. */
async function serveSite() {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://site').pathname;
    const file = fileURLToPath(new URL(`.${path.endsWith('/') ? `${path}index.html` : path}`, SITE));
    if (!file.startsWith(fileURLToPath(SITE)) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res
      .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      .end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((r) => server.close(r)),
  };
}

describe('the generated site', () => {
  it('was built, with the API of both packages and every guide', () => {
    for (const page of [
      'index.html',
      'modules/_oo-crm_core.html',
      'modules/_oo-crm_client.html',
      'documents/Endpoint_reference.html',
    ]) {
      expect(existsSync(new URL(page, SITE)), page).toBe(true);
    }
  });

  it.runIf(browserAvailable())(
    'reads well in headless Chromium: guides in the navigation, no script error',
    async () => {
      const browser = await launchBrowser();
      const site = await serveSite();
      try {
        const page = await browser.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await page.goto(`${site.url}documents/Using_the_client.html`);
        await page.waitForSelector('.site-menu a', { state: 'attached' });
        const navigation = await page.locator('.site-menu').textContent();
        expect(navigation).toContain('Getting started');
        expect(navigation).toContain('createClient');
        expect(navigation).toContain('decodeOpportunities');
        expect(await page.locator('table').first().textContent()).toContain('timeoutMs');
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: new URL('client-guide.png', SHOTS).pathname, fullPage: false });
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
        await site.close();
      }
    },
  );
});
