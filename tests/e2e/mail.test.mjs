// Convocations by e-mail, from the meeting's page to a real SMTP server on the loopback, read
// back with Python's e-mail and iCalendar parsers (issue 15 §3).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, call, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser({ mail: true });

test('the convocation goes by e-mail with an invitation, and the screen says who has no address', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  // Set-up through the API, as the screens would: a body of Manosque with two members, one
  // with an address, and a meeting next year.
  const territories = (await call(page, 'GET', '/api/v1/territories')).items;
  const manosque = territories.find((t) => t.name === 'Manosque');
  const org = await call(page, 'POST', '/api/v1/organisations', { territory_id: manosque.id, name: 'Bailleur Habitat 04', kind: 'bailleur' });
  const withMail = await call(page, 'POST', `/api/v1/organisations/${org.id}/contacts`, { name: 'Aline Garnier', email: 'a.garnier@example.fr' });
  const without = await call(page, 'POST', `/api/v1/organisations/${org.id}/contacts`, { name: 'Bruno Leroy' });
  const body = await call(page, 'POST', '/api/v1/bodies', { territory_id: manosque.id, name: 'Groupe logement', kind: 'groupe_thematique', frequency: 'on_demand', confidentiality: 'restreint' });
  for (const c of [withMail, without]) await call(page, 'POST', `/api/v1/bodies/${body.id}/members`, { contact_id: c.id, role: 'membre' });
  const year = new Date().getFullYear() + 1;
  const meeting = await call(page, 'POST', `/api/v1/bodies/${body.id}/meetings`, { starts_at: `${year}-02-05T14:00`, place: 'Salle Giono' });

  await page.goto(`${ctx.server.url}/reunion.html?id=${meeting.id}`);
  const section = page.getByRole('region', { name: 'Envoi par courriel' });
  await section.getByRole('button', { name: 'Envoyer la convocation par courriel' }).click();
  await page.getByRole('status').filter({ hasText: 'Envoyé à 1 personne : Aline Garnier.' }).waitFor();
  await page.getByRole('status').filter({ hasText: "Sans adresse dans l'annuaire : Bruno Leroy." }).waitFor();
  const got = ctx.smtp.messages();
  assert.equal(got.length, 1);
  assert.match(got[0].to, /a\.garnier@example\.fr/);
  assert.equal(got[0].subject, `Convocation : Groupe logement — 05/02/${year} à 14:00`);
  assert.equal(got[0].ical_method, 'REQUEST');
  assert.equal(got[0].events[0].start, `${year}-02-05T14:00:00+01:00`);
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'reunion-courriel');

  // Sent once, the convocation follows the meeting: moved, the update goes to the same people
  // (same UID, a later SEQUENCE); cancelled, the cancellation.
  await page.goto(`${ctx.server.url}/instances.html`);
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Manosque' });
  const card = page.getByRole('region', { name: 'Groupe logement' });
  const item = card.getByRole('listitem').filter({ hasText: `05/02/${year} à 14:00` });
  await item.getByRole('button', { name: /^Déplacer/ }).click();
  const move = card.getByRole('form', { name: `Déplacer la réunion du 05/02/${year} à 14:00` });
  await move.getByLabel('Date', { exact: true }).fill(`${year}-02-12`);
  await move.getByRole('button', { name: 'Enregistrer la nouvelle date' }).click();
  await card.getByRole('status').filter({ hasText: 'Réunion déplacée. La convocation envoyée suit le changement : Envoyé à 1 personne : Aline Garnier.' }).waitFor();
  let all = ctx.smtp.messages();
  assert.equal(all.length, 2);
  assert.equal(all[1].ical_method, 'REQUEST');
  assert.equal(all[1].events[0].uid, all[0].events[0].uid);
  assert.ok(all[1].events[0].sequence > all[0].events[0].sequence);
  assert.equal(all[1].events[0].start, `${year}-02-12T14:00:00+01:00`);

  const moved = card.getByRole('listitem').filter({ hasText: `12/02/${year} à 14:00` });
  await moved.getByRole('button', { name: /^Annuler la réunion/ }).click();
  const cancel = moved.getByRole('form', { name: /^Annuler la réunion/ });
  await cancel.getByLabel("Motif de l'annulation").fill('Salle indisponible');
  await cancel.getByRole('button', { name: "Confirmer l'annulation" }).click();
  await card.getByRole('status').filter({ hasText: 'Réunion annulée. La convocation envoyée suit le changement' }).waitFor();
  all = ctx.smtp.messages();
  assert.equal(all.length, 3);
  assert.equal(all[2].ical_method, 'CANCEL');
  assert.equal(all[2].events[0].uid, all[0].events[0].uid);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});
