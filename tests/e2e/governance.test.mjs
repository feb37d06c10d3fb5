// The council's bodies: their rhythm, planning a meeting from it, and recording it as held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test("Manosque's plenary is flagged, a meeting is planned from its rhythm and marked held", async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await page.getByRole('navigation').getByRole('link', { name: 'Instances' }).click();
  await page.getByRole('heading', { level: 1, name: 'Instances du conseil' }).waitFor();
  await page.getByLabel('Territoire').selectOption({ label: 'Manosque' });
  const plenary = page.getByRole('region', { name: 'Réunion plénière' });
  await plenary.getByText('Réunion plénière : aucune réunion tenue à ce jour.').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Groupe de travail thématique — Axe 5' }).waitFor();
  await page.getByText('Groupe de travail thématique · tous les 3 mois · Confidentielle (L.132-5)').first().waitFor();

  const form = plenary.getByRole('form', { name: 'Planifier une réunion : Réunion plénière' });
  await form.getByLabel('Heure').fill('18:30');
  await form.getByLabel('Lieu').fill('Hôtel de ville');
  await form.getByRole('button', { name: 'Planifier une réunion' }).click();
  await plenary.getByText(/à 18:30 — Hôtel de ville — Prévue/).waitFor();
  await plenary.getByText('Réunion plénière : première réunion prévue.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'instances');

  await plenary.getByRole('button', { name: /Marquer comme tenue/ }).click();
  await plenary.getByText(/Hôtel de ville — Tenue/).waitFor();
  await plenary.getByText(/Réunion plénière : prochaine réunion attendue avant le \d\d\/\d\d\/\d{4}\./).waitFor();
  await page.close();
});
