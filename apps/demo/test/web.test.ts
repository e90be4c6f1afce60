import { mkdirSync } from 'node:fs';
import { type BrowserContext, browserAvailable, launchBrowser } from '@oo-crm/browser-test';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningWebView, startWebView } from '../src/web/start.js';

const SHOTS = new URL('./screenshots/', import.meta.url);

describe.runIf(browserAvailable())('the web view, in headless Chromium', () => {
  let view: RunningWebView;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let context: BrowserContext;

  beforeAll(async () => {
    view = await startWebView();
    browser = await launchBrowser();
    context = browser.context;
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await view?.close();
  });

  it('shows a contact’s pipeline grouped by stage, with totals, after a click', async () => {
    const page = await context.newPage();
    await page.goto(view.url);
    await page.getByRole('button', { name: /^1234 · Tadjeddine Bachir/ }).click();
    const card = page.locator('.card', { hasText: 'Hotel catalogue' });
    await card.waitFor();
    await expect(card.textContent()).resolves.toContain('CN¥11.00');
    await expect(card.textContent()).resolves.toContain('2020-12-11');
    await expect(page.locator('.stage h2').first().textContent()).resolves.toContain(
      'Preparation of proposal · 20%',
    );
    await expect(page.locator('.total .code').allTextContents()).resolves.toEqual(['CNY']);
    await expect(page.locator('.total .value').allTextContents()).resolves.toEqual(['CN¥11.00']);
    // The stage's own colour marks its column.
    const border = await page
      .locator('.stage h2')
      .first()
      .evaluate((h) => getComputedStyle(h).borderTopColor);
    expect(border).toBe('rgb(242, 164, 58)');
  });

  it('groups many deals into stage columns, the same from JSON and from XML', async () => {
    const page = await context.newPage();
    await page.goto(view.url);
    await page.locator('#contact').fill('101');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('.card').first().waitFor();
    const fromJson = await page.locator('.pipeline').textContent();
    const columns = await page.locator('.stage').count();
    expect(columns).toBeGreaterThan(1);
    await page.locator('#format').selectOption('xml');
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('format=xml')),
      page.getByRole('button', { name: 'Show' }).click(),
    ]);
    await page.locator('.card').first().waitFor();
    expect(await page.locator('.pipeline').textContent()).toBe(fromJson);
    await page.screenshot({ path: new URL('web-view.png', SHOTS).pathname, fullPage: true });
    const shot = await page.screenshot();
    expect(shot.byteLength).toBeGreaterThan(20_000);
  });

  it('says plainly what went wrong', async () => {
    const page = await context.newPage();
    await page.goto(view.url);
    await page.locator('#contact').fill('12ab');
    await page.getByRole('button', { name: 'Show' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('contactId must be an integer from 0 to 2147483647 (digits only)');
  });

  it('says when a contact has nothing to show', async () => {
    const page = await context.newPage();
    await page.goto(view.url);
    await page.locator('#contact').fill('999999');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('.empty').waitFor();
  });

  it('searches: a contact’s visible deals where the by-contact view shows none, and by stage type', async () => {
    const page = await context.newPage();
    await page.goto(view.url);
    await page.locator('#contact').fill('103');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.locator('.empty').waitFor();
    await page.locator('#search-contact').fill('103');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.locator('.card').first().waitFor();
    const found = await page.locator('.card').count();
    expect(found).toBeGreaterThan(0);
    expect(await page.locator('#status').textContent()).toBe(`${found} of ${found} found`);

    await page.locator('#search-contact').fill('');
    await page.locator('#search-stage').selectOption('ClosedAndWon');
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('stageType=ClosedAndWon')),
      page.getByRole('button', { name: 'Search' }).click(),
    ]);
    await page.locator('.card').first().waitFor();
    const types = await page
      .locator('.stage')
      .evaluateAll((cols) => cols.map((c) => (c as HTMLElement).dataset['stageType']));
    expect(new Set(types)).toEqual(new Set(['ClosedAndWon']));
  });

  it('opens one deal from its card and by id, and says when there is none', async () => {
    const page = await context.newPage();
    await page.goto(view.url);
    await page.getByRole('button', { name: /^1234 · Tadjeddine Bachir/ }).click();
    await page.getByRole('button', { name: 'Hotel catalogue' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await expect(page.locator('#detail-title').textContent()).resolves.toBe('Hotel catalogue');
    await expect(page.locator('#detail-meta').textContent()).resolves.toMatch(
      /^#1234 · Preparation of proposal/,
    );
    await expect(page.locator('#detail-fields').textContent()).resolves.toContain('Birthdate');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'hidden' });

    await page.locator('#deal-id').fill('1234');
    await page.getByRole('button', { name: 'Open' }).click();
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.locator('#deal-id').fill('999999');
    await page.getByRole('button', { name: 'Open' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/404/);
  });
});
