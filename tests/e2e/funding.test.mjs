// Funding in Les Pennes-Mirabeau's demo (issue 17 §3): the coordinator sees the report still
// due, the budget view of a year beside its requests and their warnings (local cap); a request
// whose State funds pass 80 % of the cost is refused at its field and nothing is stored, then
// recorded once corrected. axe-clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, call, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('the coordinator follows the funding of the fiches and is held to 80 % of State funds', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'coordination', 'vigie-demo-2026');
  const list = await call(page, 'GET', '/api/v1/territories');
  const territory = list.items.find((t) => t.name === 'Les Pennes-Mirabeau').id;
  await page.goto(`${ctx.server.url}/financements.html?territoire=${territory}`);
  const alerts = page.getByRole('region', { name: 'Alertes' });
  await alerts.getByText(/En retard : le compte rendu financier/).first().waitFor();
  await page.getByLabel('Année', { exact: true }).first().selectOption('2016');
  const view = page.getByRole('region', { name: 'Vue budgétaire 2016' });
  await view.getByRole('table', { name: 'Par financeur' }).getByRole('rowheader', { name: 'FIPD', exact: true }).waitFor();
  const requests = page.getByRole('region', { name: 'Demandes 2016' });
  await requests.getByText(/plafond local de 50 %/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'financements');

  const form = page.getByRole('form', { name: 'Nouvelle demande' });
  await form.getByLabel('Fiche-action').selectOption({ label: 'Axe 1 · Fiche 4 — Sécurité des commerces de proximité' });
  await form.getByLabel('Année').fill('2026');
  await form.getByLabel('Programme').selectOption('S');
  await form.getByLabel('Coût du projet (€)').fill('10 000');
  await form.getByLabel('Montant demandé (€)').fill('9 000');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await form.getByText(/dépassent 80 % du coût du projet/).waitFor();
  assert.equal(await form.getByLabel('Montant demandé (€)').getAttribute('aria-invalid'), 'true');
  const before = await call(page, 'GET', `/api/v1/territories/${territory}/funding-requests`);
  assert.equal(before.items.length, 5);
  await form.getByLabel('Montant demandé (€)').fill('5 000');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByText('Demande enregistrée.').waitFor();
  await page.getByLabel('Année', { exact: true }).first().selectOption('2026');
  const requests2026 = page.getByRole('region', { name: 'Demandes 2026' });
  await requests2026.getByRole('rowheader', { name: 'Fiche 4 — Sécurité des commerces de proximité', exact: true }).waitFor();

  // The filed application joins the request's dossier, and is withdrawn again.
  await requests2026.getByRole('button', { name: /^Documents/ }).click();
  const files = requests2026.getByRole('group', { name: /^Pièces du dossier/ });
  await files.getByLabel('Fichier à joindre').setInputFiles({ name: 'dossier-déposé.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 dossier') });
  await files.getByRole('button', { name: 'Joindre le fichier' }).click();
  await files.getByRole('status').filter({ hasText: '« dossier-déposé.pdf » joint au dossier.' }).waitFor();
  const href = await files.getByRole('link', { name: 'dossier-déposé.pdf' }).getAttribute('href');
  assert.equal(await page.evaluate(async (u) => (await fetch(u)).text(), href), '%PDF-1.4 dossier');
  assert.deepEqual(await accessibilityViolations(page), []);
  await files.getByRole('button', { name: /^Retirer/ }).click();
  await files.getByRole('button', { name: 'Confirmer', exact: true }).click();
  await files.getByRole('status').filter({ hasText: '« dossier-déposé.pdf » retiré du dossier.' }).waitFor();
  assert.equal(await files.getByRole('link').count(), 0);

  // The fiche-action shows its requests, year by year.
  await requests2026.getByRole('link', { name: 'Fiche 4 — Sécurité des commerces de proximité', exact: true }).click();
  const ficheFunding = page.getByRole('region', { name: 'Financements de la fiche' });
  await ficheFunding.getByRole('row', { name: /^2026 FIPD S .*En préparation/ }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});
