// The evaluation of Les Pennes-Mirabeau's strategy over its period (2015-2018, seed 001): reached
// from the strategy page, fiches by status, indicators, budget and governance per body, the
// working group's analysis of an axis kept for its period, a wrong period refused on its field.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, call, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

async function pennesStrategy(page) {
  const list = await call(page, 'GET', '/api/v1/strategies');
  return list.items.find((s) => s.period_start === 2015 && s.period_end === 2018);
}

test('the end-of-period evaluation opens from the strategy and keeps an axis analysis', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  const strategy = await pennesStrategy(page);
  await page.goto(`${ctx.server.url}/strategie.html?id=${strategy.id}`);
  await page.getByRole('link', { name: 'Évaluation et bilan' }).click();
  await page.getByRole('heading', { level: 1, name: /^Évaluation — .*\(Les Pennes-Mirabeau\)$/ }).waitFor();
  assert.equal(await page.getByLabel('Année de début').inputValue(), '2015');
  assert.equal(await page.getByLabel('Année de fin').inputValue(), '2018');
  await page.getByText(/^De 2015 à 2018 — état calculé le/).waitFor();
  await page.getByText(/^13 fiches-actions : Non renseigné 13\.$/).waitFor();
  const governance = page.getByRole('region', { name: 'Gouvernance' }).first();
  await governance.getByRole('rowheader', { name: /cellule de veille mensuelle/ }).waitFor();
  // Monthly over four years: 48 meetings planned.
  assert.match(await governance.getByRole('row', { name: /cellule de veille mensuelle/ }).innerText(), /48/);

  const axis = page.getByRole('form', { name: /^Analyse et propositions du groupe de travail : Axe 1/ });
  await axis.getByLabel('Analyse et propositions du groupe de travail').fill('Le groupe propose de reconduire les actions de prévention routière.');
  await axis.getByRole('button', { name: "Enregistrer l'analyse" }).click();
  await axis.getByText('Analyse enregistrée.').waitFor();
  await page.getByText(/^Dernière modification par admin le/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'evaluation');

  await page.reload();
  await page.getByText(/^De 2015 à 2018/).waitFor();
  assert.equal(await page.getByRole('form', { name: /: Axe 1/ }).getByLabel('Analyse et propositions du groupe de travail').inputValue(),
    'Le groupe propose de reconduire les actions de prévention routière.');
  // Another period has its own analysis: none yet.
  await page.getByLabel('Année de début').fill('2016');
  await page.getByLabel('Année de fin').fill('2016');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await page.getByText(/^Année 2016 — état calculé le/).waitFor();
  assert.equal(await page.getByRole('form', { name: /: Axe 1/ }).getByLabel('Analyse et propositions du groupe de travail').inputValue(), '');

  await page.getByLabel('Année de début').fill('2018');
  await page.getByLabel('Année de fin').fill('2015');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await page.getByText("Année de fin entre l'année de début et 2100.").first().waitFor();
  assert.equal(await page.getByLabel('Année de fin').getAttribute('aria-invalid'), 'true');
  await page.close();
});
