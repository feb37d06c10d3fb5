// Participation citoyenne in Les Pennes-Mirabeau's demo (issue 17 §2): the coordinator reads the
// protocol, its current term, referents and the yearly bilan; a referent without consent is
// refused at that field; a departure erases the referent's phone. axe-clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, call, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('the coordinator follows the protocol, its referents and its bilan', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'coordination', 'vigie-demo-2026');
  const list = await call(page, 'GET', '/api/v1/territories');
  const territory = list.items.find((t) => t.name === 'Les Pennes-Mirabeau').id;
  await page.goto(`${ctx.server.url}/participation.html?territoire=${territory}`);
  const card = page.getByRole('region', { name: 'Protocole signé le 20/03/2017' });
  await card.getByText(/reconduite tacitement/).waitFor();
  await card.getByText(/· 4 citoyens référents$/).waitFor();
  await card.getByRole('rowheader', { name: 'Référente de la Gavotte (générée)', exact: true }).waitFor();
  await card.getByText('Cambriolages de logement en', { exact: false }).first().waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'participation-citoyenne');

  const form = card.getByRole('form', { name: 'Ajouter le référent' });
  await form.getByLabel('Nom').fill('Nouveau référent');
  await form.getByLabel('Téléphone').fill('04 91 00 00 00');
  await form.getByRole('button', { name: 'Ajouter le référent' }).click();
  await form.getByText(/consenti/).waitFor();
  assert.equal(await form.getByLabel('Consentement recueilli le').getAttribute('aria-invalid'), 'true');
  await form.getByLabel('Consentement recueilli le').fill('2026-11-30');
  await form.getByRole('button', { name: 'Ajouter le référent' }).click();
  await card.getByRole('rowheader', { name: 'Nouveau référent', exact: true }).waitFor();
  await card.getByRole('button', { name: 'Enregistrer son départ aujourd’hui : Nouveau référent' }).click();
  await card.getByText('Départ enregistré ; coordonnées effacées.').waitFor();
  const row = card.getByRole('row', { name: /Nouveau référent/ });
  // The notice comes before the table is fetched again: wait for the row without its button.
  await row.getByRole('button', { name: /Enregistrer son départ/ }).waitFor({ state: 'detached' });
  assert.equal(await row.getByText('04 91 00 00 00').count(), 0);
  await page.close();
});
