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
  it('was built, with the API of every published package and every guide', () => {
    for (const page of [
      'index.html',
      'modules/_oo-crm_core.html',
      'modules/_oo-crm_client.html',
      'modules/_oo-crm_portal.html',
      'functions/_oo-crm_portal.startPortal.html',
      'interfaces/_oo-crm_portal.PortalOptions.html',
      'interfaces/_oo-crm_portal.Seed.html',
      'modules/_oo-crm_contract.html',
      'functions/_oo-crm_contract.verifyPacts.html',
      'documents/Endpoint_reference.html',
      'api.html',
    ]) {
      expect(existsSync(new URL(page, SITE)), page).toBe(true);
    }
  });

  it('shows every field of Opportunity with its doc and its named type, not an inline type', () => {
    const text = readFileSync(new URL('interfaces/_oo-crm_core.Opportunity.html', SITE), 'utf8')
      .replace(/<[^>]+>/g, '')
      .replaceAll('&quot;', '"');
    expect(text).toContain('Primary contact, when the caller may see it.');
    expect(text).toMatch(/contact: ?Contact \| null/);
    expect(text).toContain('Amount of the bid (per period unless FixedBid).');
    expect(text).not.toContain('TypeOf');
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
        // Each operation, one after the other, as a reader would click them in the menu: its
        // samples are real values from the golden fixtures, never made up from the schema.
        const operations = (
          await page.locator('a[href^="#/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')))
        ).filter((href): href is string => /^#\/[a-z]+\/[a-z]+$/.test(href ?? ''));
        expect(new Set(operations)).toEqual(
          new Set(
            [
              'listcontactopportunities',
              'listcontactopportunitiesxml',
              'getopportunity',
              'getopportunityxml',
              'searchopportunities',
              'searchopportunitiesxml',
            ]
              .map((id) => `#/opportunities/${id}`)
              .concat(['#/authentication/login', '#/authentication/loginwithcode']),
          ),
        );
        for (const href of new Set(operations)) {
          await page.locator(`a[href="${href}"]`).first().click();
          await page.waitForURL(`${siteUrl}api.html${href}`);
          // Its sample once shown: a golden fixture's envelope in JSON or in XML, or the login's user.
          const sample = !href.startsWith('#/opportunities')
            ? 'anna.oneil@crm.example.com'
            : href.endsWith('xml')
              ? '<statusCode>200</statusCode>'
              : '"statusCode": 200';
          // What the page shows (innerText): its text content also holds the document itself, in a script.
          const shownText = () =>
            // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is the point
            page.locator('body').innerText();
          await expect.poll(shownText, { timeout: 30_000 }).toContain(sample);
          const shown = await shownText();
          expect(shown, href).not.toContain('-9007199254740991');
          expect(shown, href).not.toContain('"string"');
          if (href.endsWith('xml')) {
            expect(shown, href).toContain("parseAs: 'text'");
            expect(shown, href).toContain('<displayName>Globex Corporation</displayName>');
          }
        }
        mkdirSync(SHOTS, { recursive: true });
        await page.screenshot({ path: new URL('api-page.png', SHOTS).pathname, fullPage: false });
        // The site's header leads back to the guides.
        const guides = page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Guides' });
        await guides.click();
        await page.waitForURL(`${siteUrl}documents/Getting_started.html`);
        await page.waitForSelector('.site-menu a', { state: 'attached' });
      });
      expect(errors).toEqual([]);
      // Everything is in the page; the one thing it asks of another host is Redoc's attribution
      // logo, which hides itself when it cannot be loaded.
      expect(elsewhere.filter((u) => !u.startsWith('https://cdn.redoc.ly/redoc/logo-mini'))).toEqual([]);
    },
    BROWSER_TIMEOUT_MS,
  );
});
