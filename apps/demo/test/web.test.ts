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
});
