import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, browserAvailable, launchBrowser } from '@oo-crm/browser-test';
import { describe, expect, it } from 'vitest';

const SITE = new URL('../site/', import.meta.url);
const SHOTS = new URL('./screenshots/', import.meta.url);
// Chromium starts slowly on a CI machine whose two cores run every package's tests at once.
const BROWSER_TIMEOUT_MS = 120_000;

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

/**
 * Runs `use` on a fresh page of headless Chromium over the served site, and answers the script
 * errors the page raised.
 */
async function inBrowser(
  use: (page: Awaited<ReturnType<BrowserContext['newPage']>>, siteUrl: string) => Promise<void>,
): Promise<string[]> {
  const browser = await launchBrowser();
  const site = await serveSite();
  const errors: string[] = [];
  try {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page, site.url);
  } finally {
    await browser.close();
    await site.close();
  }
  return errors;
}

describe('the generated site', () => {
  it('was built, with the API of both packages and every guide', () => {
    for (const page of [
      'index.html',
      'modules/_oo-crm_core.html',
      'modules/_oo-crm_client.html',
      'documents/Endpoint_reference.html',
      'api.html',
    ]) {
      expect(existsSync(new URL(page, SITE)), page).toBe(true);
    }
  });

  it.runIf(browserAvailable())(
    'reads well in headless Chromium: guides in the navigation, no script error',
    async () => {
      const errors = await inBrowser(async (page, siteUrl) => {
        await page.goto(`${siteUrl}documents/Using_the_client.html`);
        await page.waitForSelector('.site-menu a', { state: 'attached' });
        const navigation = await page.locator('.site-menu').textContent();
        expect(navigation).toContain('Getting started');
        expect(navigation).toContain('createClient');
        expect(navigation).toContain('decodeOpportunities');
        expect(await page.locator('table').first().textContent()).toContain('timeoutMs');
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: new URL('client-guide.png', SHOTS).pathname, fullPage: false });
      });
      expect(errors).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );
  it.runIf(browserAvailable())(
    'links its home to the HTTP API page, which renders the three routes and the Opportunity schema offline',
    async () => {
      const elsewhere: string[] = [];
      const errors = await inBrowser(async (page, siteUrl) => {
        page.on('request', (r) => {
          const url = r.url();
          if (!url.startsWith(siteUrl) && !/^(data|blob):/.test(url)) elsewhere.push(url);
        });
        await page.goto(siteUrl);
        await page.getByRole('link', { name: 'HTTP API (OpenAPI)' }).first().click();
        await page.waitForURL(`${siteUrl}api.html`);
        await page.getByText('Operations').first().waitFor();
        const text = (await page.locator('body').textContent()) ?? '';
        for (const path of [
          '/api/2.0/crm/opportunity/bycontact/{contactid}',
          '/api/2.0/crm/opportunity/{opportunityid}',
          '/api/2.0/crm/opportunity/filter',
        ]) {
          expect(text, path).toContain(path);
        }
        await page.goto(`${siteUrl}api.html#tag/Opportunities/operation/getFilter`);
        await page.getByText('successProbability').first().waitFor();
        expect(await page.locator('body').textContent()).toContain('Opportunity');
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: new URL('api-page.png', SHOTS).pathname, fullPage: false });
      });
      expect(errors).toEqual([]);
      // Everything is in the page; the one thing it asks of another host is Redoc's attribution
      // logo, which hides itself when it cannot be loaded.
      expect(elsewhere.filter((u) => !u.startsWith('https://cdn.redoc.ly/redoc/logo-mini'))).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );
});
