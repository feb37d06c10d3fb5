// Publishing Les Pennes-Mirabeau's strategy (issue 16 §3): the coordinator chooses the parts and a
// bilan, sees the preview, publishes; then anyone, signed out, reads the public page (axe clean),
// its open data and its bilan — never a restricted body; a territory with nothing published says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { accessibilityViolations, call, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('the coordinator previews and publishes; anyone then reads the public page', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  const list = await call(page, 'GET', '/api/v1/strategies');
  const strategy = list.items.find((s) => s.period_start === 2015 && s.period_end === 2018);
  await page.goto(`${ctx.server.url}/strategie.html?id=${strategy.id}`);
  const panel = page.getByRole('region', { name: 'Publication' });
  await panel.getByText('Rien n’est publié de cette stratégie.').waitFor();
  await panel.getByLabel(/^La stratégie : axes et fiches-actions/).check();
  await panel.getByLabel(/^Le calendrier des instances publiques/).check();
  await panel.getByLabel(/^Les chiffres officiels du SSMSI/).check();
  // A wrong period is refused on its field, the right one (the strategy's) added.
  await panel.getByLabel('À l’année').fill('201');
  await panel.getByRole('button', { name: 'Ajouter ce bilan' }).click();
  assert.equal(await panel.getByLabel('À l’année').getAttribute('aria-invalid'), 'true');
  await panel.getByLabel('À l’année').fill('2018');
  await panel.getByRole('button', { name: 'Ajouter ce bilan' }).click();
  await panel.getByRole('button', { name: 'Retirer le bilan 2015-2018' }).waitFor();

  await panel.getByRole('button', { name: 'Aperçu' }).click();
  const preview = page.getByRole('region', { name: 'Aperçu de la page publique' });
  await preview.getByRole('heading', { level: 2, name: 'Les Pennes-Mirabeau' }).waitFor();
  await preview.getByText(/^Bilan 2015-2018 :/).waitFor();
  // The restricted bodies (cellule de veille mensuelle, d'urgence) are not in the calendar.
  const previewCalendar = preview.getByRole('region', { name: 'Calendrier des instances publiques', exact: true });
  await previewCalendar.getByRole('cell', { name: /formation plénière/ }).first().waitFor();
  assert.equal(await previewCalendar.getByText(/cellule de veille/i).count(), 0);
  assert.deepEqual(await accessibilityViolations(page), []);
  await panel.getByRole('button', { name: 'Publier' }).click();
  await panel.getByText('Publication enregistrée.').waitFor();
  await panel.getByText(/^Publié le .* par admin\./).waitFor();
  const publicUrl = await panel.getByRole('link', { name: 'Ouvrir la page publique' }).getAttribute('href');
  await page.close();

  await ctx.browser.context.clearCookies();  // signed out: the public
  const visitor = await ctx.browser.context.newPage();
  await visitor.goto(`${ctx.server.url}${publicUrl}`);
  await visitor.getByRole('heading', { level: 1, name: 'Les Pennes-Mirabeau' }).waitFor();
  await visitor.getByRole('heading', { level: 2, name: /^Stratégie territoriale de sécurité et de prévention de la délinquance 2015-2018/ }).waitFor();
  await visitor.getByText(/^Fiche 2 — Développement de l'exploitation du dispositif de vidéoprotection/).click();
  await visitor.getByRole('heading', { name: 'Calendrier des instances publiques' }).waitFor();
  const calendar = visitor.getByRole('region', { name: 'Calendrier des instances publiques', exact: true });
  await calendar.getByRole('cell', { name: /formation plénière/ }).first().waitFor();
  assert.equal(await calendar.getByText(/cellule de veille/i).count(), 0);
  await visitor.getByRole('heading', { name: 'Chiffres officiels de la délinquance' }).waitFor();
  await visitor.getByRole('link', { name: 'Licence Ouverte / Open Licence version 2.0' }).waitFor();
  assert.deepEqual(await accessibilityViolations(visitor), []);
  await screenshot(visitor, 'page-publique');

  const csv = await visitor.evaluate(async (u) => (await fetch(u)).text(),
    await visitor.getByRole('link', { name: 'CSV' }).first().getAttribute('href'));
  assert.match(csv, /^strategie_id,strategie,axe_numero,axe,fiche_numero,titre,statut/);
  assert.equal(csv.trim().split('\r\n').length, 1 + 13);

  const downloading = visitor.waitForEvent('download', { timeout: 120000 });
  await visitor.getByRole('link', { name: 'PDF' }).first().click();
  const file = await (await downloading).path();
  const text = spawnSync('pdftotext', ['-q', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
  assert.match(text, /Bilan 2015-2018/);
  assert.match(text, /formation plénière/);
  assert.doesNotMatch(text, /cellule de veille mensuelle|Cellule de veille d'urgence/i);

  await visitor.goto(`${ctx.server.url}/publique.html?territoire=999`);
  await visitor.getByText('Rien n’est publié pour ce territoire pour le moment.').waitFor();
  assert.deepEqual(await accessibilityViolations(visitor), []);
  await visitor.close();
});
