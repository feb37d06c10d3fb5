// A follow-up from the browser: a member of a confidential cell enrols the second factor, opens a
// record, adds an action, meets the under-prosecution refusal of a rappel à l'ordre, downloads the
// summons after a step-up; the list shows initials only; the DPO reads the journal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { accessibilityViolations, call, login, totp, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

/** Signs in someone who must enrol, and enrols from the security screen. */
async function enrol(page, user, password) {
  await login(page, ctx.server.url, user, password);
  await page.waitForURL(/securite\.html/);
  await page.getByRole('button', { name: 'Activer la double authentification' }).click();
  const secret = (await page.locator('code').first().textContent()).replace(/\s/g, '');
  await page.getByLabel("Code affiché par l'application").fill(totp(secret));
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('heading', { name: 'Codes de secours' }).waitFor();
}

let manosque = 0;

test('a cell member follows a person, and a rappel à l’ordre is refused for facts under prosecution', async () => {
  const admin = await ctx.browser.context.newPage();
  await login(admin, ctx.server.url, 'admin', 'vigie-demo-2026');
  const territories = await (await admin.request.get(`${ctx.server.url}/api/v1/territories`)).json();
  manosque = territories.items.find((t) => t.name === 'Manosque').id;
  const cell = await call(admin, 'POST', '/api/v1/bodies', { territory_id: manosque, name: 'Cellule de veille éducative', kind: 'cellule_veille', frequency: 'monthly', confidentiality: 'confidentiel' });
  const org = await call(admin, 'POST', '/api/v1/organisations', { territory_id: manosque, name: 'Service jeunesse', kind: 'collectivite' });
  const user = await call(admin, 'POST', '/api/v1/users', { login: 'educ', display_name: 'Éducatrice de prévention', password: 'suivi-2026-manosque', territory_id: manosque, role: 'partenaire' });
  const contact = await call(admin, 'POST', `/api/v1/organisations/${org.id}/contacts`, { name: 'Éducatrice de prévention', user_id: user.id });
  const member = await call(admin, 'POST', `/api/v1/bodies/${cell.id}/members`, { contact_id: contact.id, role: 'membre', charter_signed_on: '2025-01-10' });
  assert.equal(member.access.state, 'en_attente');
  await call(admin, 'POST', '/api/v1/tig-places', { territory_id: manosque, name: 'Espaces verts', host_kind: 'commune', host_name: 'Ville de Manosque', capacity: 2 });
  await admin.close();
  // The link and the membership open nothing until another person confirms them.
  const other = await ctx.browser.context.newPage();
  await login(other, ctx.server.url, 'coordination', 'vigie-demo-2026');
  assert.equal((await call(other, 'POST', `/api/v1/contacts/${contact.id}/link`, { decision: 'confirme' })).link.state, 'confirme');
  assert.equal((await call(other, 'POST', `/api/v1/members/${member.id}/access`, { decision: 'confirme' })).access.state, 'confirme');
  await other.close();

  const page = await ctx.browser.context.newPage();
  await enrol(page, 'educ', 'suivi-2026-manosque');
  await page.goto(`${ctx.server.url}/suivis.html?territoire=${manosque}`);
  await page.getByRole('heading', { name: 'Nouveau dossier' }).waitFor();
  await page.getByRole('note').getByText(/N'écrivez que les faits utiles/).waitFor();
  await page.getByLabel('Instance qui suit la personne').selectOption({ label: 'Cellule de veille éducative' });
  await page.getByLabel('Nom', { exact: true }).fill('Durand');
  await page.getByLabel('Prénom').fill('Léa');
  await page.getByLabel('Date de naissance').fill('2011-04-02');
  await page.getByLabel('Représentant légal (pour un mineur)').fill('Sophie Durand');
  await page.getByLabel('Date de saisine').fill('2026-03-02');
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('button', { name: 'Nouveau dossier' }).click();
  await page.waitForURL(/suivi\.html\?id=/);
  await page.getByRole('heading', { level: 1, name: 'Léa Durand' }).waitFor();

  await page.getByLabel("Date de l'action").fill('2026-03-10');
  await page.getByLabel('Action', { exact: true }).fill('Entretien avec la famille');
  await page.getByRole('button', { name: "Ajouter l'action" }).click();
  await page.getByRole('status').getByText('Action ajoutée.').waitFor();

  const reminder = page.getByRole('form', { name: 'Enregistrer le rappel' });
  await reminder.getByLabel('Faits', { exact: true }).fill('Tags sur le gymnase');
  await reminder.getByLabel('Date des faits').fill('2026-03-01');
  await reminder.getByLabel('Convoqué par (le maire ou son adjoint délégué)').fill('Le maire');
  await reminder.getByLabel("Date et heure de l'audition").fill('2026-12-10T10:00');
  await reminder.getByLabel('Lieu').fill('Hôtel de ville');
  await reminder.getByRole('button', { name: 'Enregistrer le rappel' }).click();
  await reminder.getByText("Dites si les faits font l'objet de poursuites judiciaires.").waitFor();
  await reminder.getByLabel('Oui').check();
  await reminder.getByRole('button', { name: 'Enregistrer le rappel' }).click();
  await reminder.locator('.error').getByText(/Rappel à l'ordre impossible : les faits font l'objet de poursuites/).waitFor();
  await reminder.getByLabel('Non').check();
  await reminder.getByRole('button', { name: 'Enregistrer le rappel' }).click();
  await page.getByRole('status').getByText("Rappel à l'ordre enregistré.").waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);

  await page.getByRole('button', { name: 'Convocation (PDF)' }).click();
  await page.getByLabel('Mot de passe ou code').fill('suivi-2026-manosque');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Confirmer' }).click();
  const file = await (await downloading).path();
  const text = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
  assert.match(text, /Léa Durand/);
  assert.match(text, /représentants légaux : Sophie Durand/);
  assert.ok(readFileSync(file).subarray(0, 5).toString() === '%PDF-');

  await page.goto(`${ctx.server.url}/suivis.html?territoire=${manosque}`);
  await page.getByRole('link', { name: 'L. D.' }).waitFor();
  assert.equal(await page.getByText('Durand').count(), 0);  // no name in the list
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});

test('the DPO reads the follow-up journal and nothing of the records', async () => {
  const admin = await ctx.browser.context.newPage();
  await login(admin, ctx.server.url, 'admin', 'vigie-demo-2026');
  await call(admin, 'POST', '/api/v1/users', { login: 'dpo', display_name: 'Délégué à la protection des données', password: 'protection-2026', territory_id: manosque, role: 'dpo' });
  await admin.close();
  const page = await ctx.browser.context.newPage();
  await enrol(page, 'dpo', 'protection-2026');
  await page.goto(`${ctx.server.url}/protection.html?territoire=${manosque}`);
  const journal = page.getByRole('region', { name: /Journal des suivis/ });
  await journal.getByRole('cell', { name: "Impression d'une convocation" }).waitFor();
  await journal.getByRole('cell', { name: 'Création du suivi' }).waitFor();
  // The chain is verified with the key that `vigie serve` created beside the database.
  await journal.getByText(/Intégrité du journal : intègre/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  assert.equal(await page.getByRole('link', { name: 'Suivis individuels' }).count(), 0);
  await page.close();
});
