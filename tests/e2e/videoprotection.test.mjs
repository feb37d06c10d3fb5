// Vidéoprotection in Les Pennes-Mirabeau's demo (issue 17 §1): the coordinator sees the system,
// its alerts (authorisation ending, a copy kept past its retention), cameras on the map, figures;
// a retention above the legal month is refused at its field and nothing is stored; the register
// is closed to the coordinator and open to the designated agent, who consigns the destruction.
// axe-clean for both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, call, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

async function territoryId(page) {
  const list = await call(page, 'GET', '/api/v1/territories');
  return list.items.find((t) => t.name === 'Les Pennes-Mirabeau').id;
}

test('the coordinator reads the scheme, not the register; a bad retention is refused', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'coordination', 'vigie-demo-2026');
  const territory = await territoryId(page);
  await page.goto(`${ctx.server.url}/videoprotection.html?territoire=${territory}`);
  const system = page.getByRole('region', { name: 'Voie publique — centre et quartiers' });
  await system.getByText(/^5 caméras en service/).waitFor();
  const alerts = page.getByRole('region', { name: 'Alertes' });
  await alerts.getByText(/conservée au-delà de 15 jours/).waitFor();
  await system.getByRole('cell', { name: 'Place de la Gavotte' }).waitFor();
  await system.getByRole('region', { name: /^Carte des caméras/ }).waitFor();
  await system.getByText('Le registre n’est tenu et lu que par les agents désignés.').waitFor();
  await system.getByText('Agent de police municipale (démonstration)', { exact: false }).waitFor();
  await system.getByRole('link', { name: 'Comité d\'éthique de la vidéoprotection' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'videoprotection');

  // The arrêté joins the system's dossier from the screen and comes back as it was sent.
  const files = system.getByRole('group', { name: /^Pièces du dossier/ });
  await files.getByRole('button', { name: 'Joindre le fichier' }).click();
  await files.getByText('Choisissez d’abord un fichier.').waitFor();
  await files.getByLabel('Fichier à joindre').setInputFiles({ name: 'arrêté 2022-VP-0413.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 arrêté') });
  await files.getByRole('button', { name: 'Joindre le fichier' }).click();
  await files.getByRole('status').filter({ hasText: '« arrêté 2022-VP-0413.pdf » joint au dossier.' }).waitFor();
  const href = await files.getByRole('link', { name: 'arrêté 2022-VP-0413.pdf' }).getAttribute('href');
  assert.equal(await page.evaluate(async (u) => (await fetch(u)).text(), href), '%PDF-1.4 arrêté');

  const form = page.getByRole('form', { name: 'Enregistrer un système' });
  await form.getByLabel('Nom du système').fill('Zone d’activités');
  await form.getByRole('checkbox', { name: /Régulation des flux de transport/ }).check();
  await form.getByLabel('Durée de conservation des images (jours)').fill('45');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  const retention = form.getByLabel('Durée de conservation des images (jours)');
  await form.getByText(/Les images sont conservées au plus 30 jours/).waitFor();
  assert.equal(await retention.getAttribute('aria-invalid'), 'true');
  const systems = await call(page, 'GET', `/api/v1/territories/${territory}/video-systems`);
  assert.equal(systems.items.length, 1);
  await retention.fill('30');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('region', { name: 'Zone d’activités', exact: true }).waitFor();
  await page.close();
});

test('the designated agent keeps the register and consigns a destruction', async () => {
  await ctx.browser.context.clearCookies();
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'agent.pm', 'vigie-demo-2026');
  const territory = await territoryId(page);
  await page.goto(`${ctx.server.url}/videoprotection.html?territoire=${territory}`);
  const system = page.getByRole('region', { name: 'Voie publique — centre et quartiers' });
  const register = system.getByRole('region', { name: 'Registre : Voie publique — centre et quartiers' });
  await register.getByText('— conservée au-delà de sa durée').waitFor();
  assert.equal(await page.getByRole('region', { name: 'Alertes' }).count(), 0);
  // A requisition without its procedure's reference is refused at that field.
  const form = system.getByRole('form', { name: /^Nouvelle entrée/ });
  await form.getByLabel('Nature').selectOption('requisition');
  await form.getByLabel('Jour').fill('2026-11-02');
  await form.getByLabel('Motif').fill('Vol à l’arraché');
  await form.getByLabel('Demandeur (OPJ)').fill('OPJ de permanence');
  await form.getByRole('button', { name: 'Consigner' }).click();
  await form.getByText(/Une réquisition porte la référence de sa procédure/).waitFor();
  assert.equal(await form.getByLabel('Référence de la procédure').getAttribute('aria-invalid'), 'true');
  await form.getByLabel('Référence de la procédure').fill('PV 2026/02990');
  await form.getByRole('button', { name: 'Consigner' }).click();
  await form.getByText('Entrée consignée au registre.').waitFor();
  await register.getByRole('cell', { name: 'Vol à l’arraché' }).waitFor();
  await register.getByRole('button', { name: /^Consigner la destruction aujourd’hui : 20\/10\/2026/ }).click();
  await system.getByText('Destruction consignée.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});
