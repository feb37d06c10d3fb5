// The partner directory and account administration screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessibilityViolations, login, root, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

async function adminPage() {
  const page = await ctx.browser.context.newPage();
  await page.context().clearCookies();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  return page;
}

test('the partner directory lists, adds and refuses a duplicate organisation', async () => {
  const page = await adminPage();
  await page.getByRole('navigation').getByRole('link', { name: 'Partenaires' }).click();
  await page.getByRole('heading', { level: 1, name: 'Annuaire des partenaires' }).waitFor();
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Manosque' });
  await page.getByLabel('Nom', { exact: true }).fill('Collège Jean Giono');
  await page.getByLabel('Type').selectOption('education_nationale');
  await page.getByRole('button', { name: 'Ajouter une organisation' }).click();
  await page.getByRole('heading', { level: 2, name: 'Collège Jean Giono' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Organisation ajoutée.' }).waitFor();

  // The demo's territories have partners already: the new organisation's own section.
  const college = page.getByRole('region', { name: 'Collège Jean Giono' });
  await college.getByLabel('Nom et prénom').fill('Conseillère principale d’éducation');
  await college.getByLabel('Fonction').fill('CPE');
  await college.getByRole('button', { name: 'Ajouter un contact' }).click();
  await page.getByText('Conseillère principale d’éducation · CPE').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'partenaires');

  await page.getByLabel('Nom', { exact: true }).fill('Collège Jean Giono');
  await page.getByRole('button', { name: 'Ajouter une organisation' }).click();
  await page.locator('#f-name-error').filter({ hasText: 'existe déjà' }).waitFor();
  assert.equal(await page.getByRole('heading', { level: 2, name: 'Collège Jean Giono' }).count(), 1);

  // Rename it, then remove its contact.
  await page.getByRole('button', { name: 'Modifier Collège Jean Giono' }).click();
  const edit = page.getByRole('form', { name: 'Modifier : Collège Jean Giono' });
  await edit.getByLabel('Nom').fill('Collège Jean Giono de Manosque');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('heading', { level: 2, name: 'Collège Jean Giono de Manosque' }).waitFor();
  await page.getByRole('status').filter({ hasText: 'Organisation modifiée.' }).waitFor();
  await page.getByRole('button', { name: 'Retirer Conseillère principale d’éducation' }).click();
  // A destructive button asks first, in the page; « Annuler » keeps everything.
  const ask = page.getByRole('group', { name: 'Retirer Conseillère principale d’éducation de l’annuaire ?' });
  assert.deepEqual(await accessibilityViolations(page), []);
  await ask.getByRole('button', { name: 'Annuler' }).click();
  await page.getByRole('button', { name: 'Retirer Conseillère principale d’éducation' }).click();
  await ask.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('status').filter({ hasText: 'Contact retiré.' }).waitFor();
  assert.equal(await page.getByText('Conseillère principale d’éducation · CPE').count(), 0);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});

test('an administrator creates an account, changes its role, and the account signs in', async () => {
  const page = await adminPage();
  await page.getByRole('navigation').getByRole('link', { name: 'Administration' }).click();
  await page.getByRole('heading', { level: 1, name: 'Administration des comptes' }).waitFor();
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Cergy' });
  await page.getByRole('cell', { name: 'admin', exact: true }).waitFor();

  await page.getByLabel('Identifiant').fill('agent.cergy');
  await page.getByLabel('Nom affiché').fill('Agent de Cergy');
  await page.getByLabel('Mot de passe provisoire', { exact: true }).fill('court');
  await page.getByRole('button', { name: 'Créer un compte' }).click();
  await page.locator('#f-password-error').filter({ hasText: '12 caractères' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-password');

  await page.getByLabel('Mot de passe provisoire', { exact: true }).fill('mot-de-passe-provisoire');
  await page.getByLabel('Rôle', { exact: true }).selectOption('elu');
  await page.getByRole('button', { name: 'Créer un compte' }).click();
  await page.getByRole('cell', { name: 'agent.cergy', exact: true }).waitFor();
  await page.getByLabel('Rôle : agent.cergy').selectOption('partenaire');
  await page.getByRole('status').filter({ hasText: 'Modification enregistrée.' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'administration');
  await page.close();

  const agent = await ctx.browser.context.newPage();
  await agent.context().clearCookies();
  await login(agent, ctx.server.url, 'agent.cergy', 'mot-de-passe-provisoire');
  const me = await agent.evaluate(async () => (await fetch('/api/v1/me')).json());
  assert.equal(me.roles[0].role, 'partenaire');
  assert.equal(await agent.getByRole('link', { name: 'Administration' }).count(), 0);
  await agent.close();
});

test('an administrator imports an SSMSI base with progress, and an older edition is refused', async () => {
  const page = await adminPage();
  await page.goto(`${ctx.server.url}/administration.html`);
  const section = page.getByRole('region', { name: 'Statistiques officielles (SSMSI)' });
  await section.getByRole('cell', { name: /Départementale/ }).first().waitFor();

  // A small régional base (2025+ schema) that no demo edition holds.
  const dir = mkdtempSync(join(tmpdir(), 'vigie-e2e-'));
  const regional = join(dir, 'donnee-reg-data.gouv-2025-produit-le2026-02-12.csv');
  writeFileSync(regional, 'Code_region;annee;indicateur;unite_de_compte;nombre;taux_pour_mille;insee_pop\n' +
    '93;2024;Homicides;Victime;61;0,0117;5200000\n93;2025;Homicides;Victime;58;0,0111;5210000\n' +
    '11;2025;Homicides;Victime;101;0,0081;12300000\n');
  await section.getByLabel('Fichier de la base').setInputFiles(regional);
  await section.getByRole('button', { name: 'Importer' }).click();
  await section.getByRole('status').filter({ hasText: 'Base importée : 3 lignes, années 2024–2025.' }).waitFor();
  await section.getByRole('cell', { name: /Régionale/ }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'ssmsi-import');

  // The 2023 edition (2016–2023) after the 2016–2025 one: refused, nothing changed.
  await section.getByLabel('Fichier de la base').setInputFiles(join(root, 'data/ssmsi/donnee-dep-2023.csv'));
  await section.getByRole('button', { name: 'Importer' }).click();
  await section.getByRole('status').filter({ hasText: 'plus récente est déjà chargée' }).waitFor();
  await page.close();
});
