// The diagnostic screen: the demo's SSMSI figures for Manosque (a GENERATED communal base beside
// the real départemental base), charts with their text and tables, comparisons, exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { accessibilityViolations, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('a coordinator reads Manosque’s diagnostic beside its département, région and France', async () => {
  const page = await ctx.browser.context.newPage();
  await page.context().clearCookies();
  await login(page, ctx.server.url, 'coordination', 'vigie-demo-2026');
  await page.getByRole('navigation').getByRole('link', { name: 'Diagnostic' }).click();
  await page.getByRole('heading', { level: 1, name: 'Diagnostic local de sécurité' }).waitFor();
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Manosque' });
  const burglaries = page.getByRole('region', { name: 'Cambriolages de logement' });
  await burglaries.locator('figcaption').filter({ hasText: 'Manosque' }).waitFor();
  // Each chart says in words what it draws, and its table holds every year and every zone.
  const caption = await burglaries.locator('figcaption').textContent();
  assert.match(caption, /^En 2025, taux pour 1 000 : Manosque [\d,]+ ; Alpes-de-Haute-Provence [\d,]+ ; Provence-Alpes-Côte d'Azur [\d,]+ ; France [\d,]+\.$/);
  assert.equal(await burglaries.locator('tbody tr').count(), 10);
  assert.ok(await burglaries.locator('.chart svg').count() >= 1, 'the chart is drawn');
  await burglaries.getByText(/parmi \d+ communes de 20.000 à 49.999 habitants \(Provence-Alpes-Côte d'Azur\)/).waitFor();
  assert.match(await page.locator('p').filter({ hasText: /^Source :/ }).textContent(), /GÉNÉRÉE.*SSMSI.*Licence Ouverte/);
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'diagnostic');
  await page.setViewportSize({ width: 390, height: 844 });  // a phone: the tables scroll, focusable
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.setViewportSize({ width: 1280, height: 900 });

  await page.getByLabel('Communes comparables : zone').selectOption('france');
  await burglaries.getByText(/communes de 20.000 à 49.999 habitants \(France\)/).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger le tableau (CSV)' }).click(),
  ]);
  const csv = readFileSync(await download.path(), 'utf8');
  assert.ok(csv.startsWith('\uFEFFIndicateur;Unité de compte;'), csv.slice(0, 80));
  assert.match(csv, /Cambriolages de logement;Infraction;logements;Manosque;04112;2025;\d+;\d+,\d{3};diffusé;/);
  await page.close();
});

test('a fiche’s impact indicator follows an SSMSI indicator and shows its measurements', async () => {
  const page = await ctx.browser.context.newPage();
  await page.context().clearCookies();
  await login(page, ctx.server.url, 'coordination', 'vigie-demo-2026');
  await page.goto(`${ctx.server.url}/`);
  await page.getByRole('link', { name: /Manosque 2023-2027/ }).click();
  await page.getByRole('link', { name: 'Violences intrafamiliales', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: /Violences intrafamiliales/ }).waitFor();
  await page.getByRole('button', { name: 'Modifier la fiche' }).click();
  await page.getByRole('button', { name: /Ajouter.*Indicateurs/ }).click();
  await page.locator('#f-indicators-0-kind').selectOption('impact');
  await page.locator('#f-indicators-0-label').fill('Violences intrafamiliales enregistrées');
  await page.locator('#f-indicators-0-ssmsi_indicator').selectOption('Violences physiques intrafamiliales');
  await page.locator('#f-indicators-0-ssmsi_measure').selectOption('nombre');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('alert').filter({ hasText: 'Fiche enregistrée.' }).waitFor();
  const heading = page.getByRole('heading', { name: 'Mesures issues du SSMSI : Violences physiques intrafamiliales' });
  await heading.waitFor();
  const table = page.locator('div', { has: heading }).last().locator('table');
  assert.equal(await table.locator('tbody tr').count(), 10);  // 2016–2025, from the base
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});
