// Every screen at a phone's width (390 px): no sideways scrolling of the page — the menu folds,
// wide tables scroll inside their own box — and no accessibility violation there either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

const screens = [
  ['/', 'accueil-telephone'],
  ['/strategie.html?id=4', 'strategie-telephone'],
  ['/fiche.html?id=10', 'fiche-telephone'],
  ['/instances.html', 'instances-telephone'],
  ['/partenaires.html', null],
  ['/diagnostic.html', null],
  ['/observatoire.html', 'observatoire-telephone'],
  ['/suivis.html', null],
  ['/protection.html', null],
  ['/administration.html', 'administration-telephone'],
  ['/securite.html', null],
  ['/page-inconnue.html', null],
];

test('every screen fits a phone: the page never scrolls sideways', async () => {
  const page = await ctx.browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  for (const [path, shot] of screens) {
    await page.goto(`${ctx.server.url}${path}`);
    await page.locator('h1').first().waitFor();
    await page.waitForLoadState('networkidle');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `${path}: the page is ${width} px wide at 390`);
    assert.deepEqual(await accessibilityViolations(page), [], path);
    if (shot) await screenshot(page, shot);
  }
  await page.close();
});

test('on a phone the menu folds behind its button and opens with the keyboard', async () => {
  const page = await ctx.browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  const menu = page.getByRole('button', { name: 'Menu' });
  assert.equal(await nav.isVisible(), false);
  assert.equal(await menu.getAttribute('aria-expanded'), 'false');
  await menu.focus();
  await page.keyboard.press('Enter');
  assert.equal(await menu.getAttribute('aria-expanded'), 'true');
  await nav.getByRole('link', { name: 'Instances' }).click();
  await page.getByRole('heading', { level: 1, name: 'Instances du conseil' }).waitFor();
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.equal(await page.getByRole('button', { name: 'Menu' }).isVisible(), false);
  assert.equal(await nav.isVisible(), true);
  await page.close();
});
