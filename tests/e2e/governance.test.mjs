// The council's bodies: their rhythm, planning a meeting from it, and recording it as held.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, call, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test("Manosque's plenary is flagged, a meeting is planned from its rhythm and marked held", async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await page.getByRole('navigation').getByRole('link', { name: 'Instances' }).click();
  await page.getByRole('heading', { level: 1, name: 'Instances du conseil' }).waitFor();
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Manosque' });
  const plenary = page.getByRole('region', { name: 'Réunion plénière' });
  await plenary.getByText('Réunion plénière : aucune réunion tenue à ce jour.').waitFor();
  await page.getByRole('heading', { level: 2, name: 'Groupe de travail thématique — Axe 5' }).waitFor();
  // The seed does not state the groups' level: shown as a default.
  await page.getByText('Groupe de travail thématique · tous les 3 mois · Restreinte (par défaut : le texte ne le précise pas)').first().waitFor();

  // The rhythm proposes dates; any day can be chosen. One to come cannot be marked held.
  const form = plenary.getByRole('form', { name: 'Planifier une réunion : Réunion plénière' });
  await form.getByRole('button', { name: /^Retenir le / }).first().click();
  assert.match(await form.getByLabel('Date', { exact: true }).inputValue(), /^\d{4}-\d\d-\d\d$/);
  const nextYear = new Date().getFullYear() + 1;
  await form.getByLabel('Date', { exact: true }).fill(`${nextYear}-06-18`);
  await form.getByLabel('Heure').fill('18:30');
  await form.getByLabel('Lieu').fill('Hôtel de ville');
  await form.getByRole('button', { name: 'Planifier une réunion' }).click();
  const coming = plenary.getByRole('listitem').filter({ hasText: `18/06/${nextYear} à 18:30` });
  await coming.getByText(/Hôtel de ville — Prévue/).waitFor();
  await coming.getByText('Elle pourra être marquée tenue une fois passée.').waitFor();
  assert.equal(await coming.getByRole('button', { name: /Marquer comme tenue/ }).count(), 0);
  await plenary.getByText('Réunion plénière : première réunion prévue.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'instances');

  // A meeting entered afterwards, on a past day (two months ago), is marked held.
  const ago = new Date(Date.now() - 60 * 86_400_000);
  const [y, m, d] = [ago.getFullYear(), String(ago.getMonth() + 1).padStart(2, '0'), String(ago.getDate()).padStart(2, '0')];
  await form.getByLabel('Date', { exact: true }).fill(`${y}-${m}-${d}`);
  await form.getByLabel('Lieu').fill('Salle des fêtes');
  await form.getByRole('button', { name: 'Planifier une réunion' }).click();
  const past = plenary.getByRole('listitem').filter({ hasText: `${d}/${m}/${y} à 18:30` });
  await past.getByRole('button', { name: /Marquer comme tenue/ }).click();
  await plenary.getByText(/Salle des fêtes — Tenue/).waitFor();
  await plenary.getByText(/Réunion plénière : prochaine réunion attendue avant le \d\d\/\d\d\/\d{4}\./).waitFor();
  await page.close();
});

test('meetings are moved, cancelled with a reason and deleted; a body is edited, loses a member and is deleted', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  // A person in Manosque's directory, to be a member (set up through the API).
  const manosque = (await call(page, 'GET', '/api/v1/territories')).items.find((t) => t.name === 'Manosque');
  const org = await call(page, 'POST', '/api/v1/organisations', { territory_id: manosque.id, name: 'Union des commerçants', kind: 'association' });
  await call(page, 'POST', `/api/v1/organisations/${org.id}/contacts`, { name: 'Nadia Benali' });
  await page.getByRole('navigation').getByRole('link', { name: 'Instances' }).click();
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Manosque' });
  const create = page.getByRole('form', { name: 'Créer une instance' });
  await create.getByLabel('Nom', { exact: true }).fill('Cellule de veille des commerces');
  await create.getByRole('button', { name: 'Créer une instance' }).click();
  await page.getByRole('status').filter({ hasText: 'Instance créée.' }).waitFor();
  const body = page.getByRole('region', { name: 'Cellule de veille des commerces' });

  const year = new Date().getFullYear() + 1;
  const plan = body.getByRole('form', { name: /^Planifier une réunion/ });
  await plan.getByLabel('Date', { exact: true }).fill(`${year}-03-10`);
  await plan.getByLabel('Heure').fill('09:00');
  await plan.getByRole('button', { name: 'Planifier une réunion' }).click();
  const first = body.getByRole('listitem').filter({ hasText: `10/03/${year} à 09:00` });
  await first.getByRole('button', { name: /^Déplacer/ }).click();
  const move = body.getByRole('form', { name: `Déplacer la réunion du 10/03/${year} à 09:00` });
  await move.getByLabel('Date', { exact: true }).fill(`${year}-03-17`);
  await move.getByLabel('Heure').fill('10:00');
  await move.getByRole('button', { name: 'Enregistrer la nouvelle date' }).click();
  await body.getByRole('status').filter({ hasText: 'Réunion déplacée.' }).waitFor();
  const moved = body.getByRole('listitem').filter({ hasText: `17/03/${year} à 10:00` });
  await moved.getByRole('button', { name: /^Annuler la réunion/ }).click();
  const cancel = moved.getByRole('form', { name: /^Annuler la réunion/ });
  await cancel.getByRole('button', { name: "Confirmer l'annulation" }).click();
  await cancel.getByText('Dites pourquoi la réunion est annulée.').waitFor();
  await cancel.getByLabel("Motif de l'annulation").fill('Préfet indisponible');
  await cancel.getByRole('button', { name: "Confirmer l'annulation" }).click();
  await body.getByText('Annulée (motif : Préfet indisponible)').waitFor();
  await moved.getByRole('button', { name: /^Supprimer/ }).click();
  await moved.getByRole('button', { name: 'Confirmer', exact: true }).click();
  await body.getByRole('status').filter({ hasText: 'Réunion supprimée.' }).waitFor();
  assert.equal(await body.getByText(`17/03/${year}`).count(), 0);

  await body.getByRole('button', { name: /^Modifier l'instance/ }).click();
  const edit = body.getByRole('form', { name: /^Modifier l'instance/ });
  await edit.getByLabel('Nom', { exact: true }).fill('Cellule de veille du commerce');
  await edit.getByRole('button', { name: 'Enregistrer' }).click();
  const renamed = page.getByRole('region', { name: 'Cellule de veille du commerce' });
  await renamed.getByRole('status').filter({ hasText: 'Instance enregistrée.' }).waitFor();

  const add = renamed.getByRole('form', { name: /^Ajouter un membre/ });
  await add.getByLabel('Personne (annuaire)').selectOption({ label: 'Nadia Benali (Union des commerçants)' });
  await add.getByRole('button', { name: 'Ajouter un membre' }).click();
  const member = renamed.getByRole('list').first().getByRole('listitem').first();
  await member.getByRole('button', { name: /^Enregistrer un départ/ }).click();
  await member.getByRole('button', { name: 'Enregistrer le départ' }).click();
  await member.getByText(/a quitté l'instance le \d\d\/\d\d\/\d{4}/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'instance-cycle');

  await renamed.getByRole('button', { name: /^Supprimer l'instance/ }).click();
  await renamed.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('status').filter({ hasText: 'Instance supprimée.' }).waitFor();
  await renamed.waitFor({ state: 'detached' });
  await page.close();
});
