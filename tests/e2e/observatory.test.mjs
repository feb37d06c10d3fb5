// The observatoire (issue 14): a coordinator imports a partner's file, runs the heat map, the
// hot spots and the near-repeat alert zones on Manosque's GENERATED demo incidents; a partner
// reports by a click on the map and sees only their organisation's entries and masked counts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, call, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();
let manosque = 0;

async function runAnalysis(page, kind, captionText) {
  await page.getByLabel("Type d'analyse").selectOption({ label: kind });
  await page.getByRole('button', { name: 'Lancer' }).click();
  await page.locator('p').filter({ hasText: captionText }).first().waitFor({ timeout: 60000 });
}

test('a coordinator imports a partner file and sees the heat map, hot spots and alert zones', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'coordination', 'vigie-demo-2026');
  await page.getByRole('navigation').getByRole('link', { name: 'Observatoire' }).click();
  await page.getByRole('heading', { level: 1, name: 'Observatoire de la tranquillité publique' }).waitFor();
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Manosque' });
  manosque = Number(new URL(page.url()).searchParams.get('territoire'));
  await page.getByRole('region', { name: 'Carte des faits signalés à Manosque' }).waitFor();
  await page.locator('.leaflet-marker-pane .marker-cluster, .leaflet-overlay-pane path').first().waitFor();
  const total = page.getByRole('table', { name: 'Faits par catégorie' }).locator('tfoot td');
  const before = Number((await total.textContent()).replace(/\s/g, ''));
  assert.ok(before > 500, `${before} demo incidents`);

  // A partner's file: checked first (nothing written), then imported.
  const file = 'date;heure;categorie;longitude;latitude;reference\n' +
    '02/11/2026;23h10;Rodéos motorisés;5,7875;43,8310;PM-2026-1\n03/11/2026;22:40;Rodéos motorisés;5,7880;43,8312;PM-2026-2\n';
  await page.getByLabel('Organisation qui signale').last().selectOption({ label: 'Police municipale' });
  await page.getByLabel('Fichier', { exact: true }).setInputFiles({ name: 'main-courante-anonymisee.csv', mimeType: 'text/csv', buffer: Buffer.from(file, 'latin1') });
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  await page.getByRole('status').filter({ hasText: 'Fichier valide : 2 faits à importer' }).waitFor();
  assert.equal(Number((await total.textContent()).replace(/\s/g, '')), before);
  await page.getByRole('button', { name: 'Importer', exact: true }).click();
  await page.getByRole('status').filter({ hasText: '2 faits importés' }).waitFor();
  await page.waitForFunction(([n]) => Number(document.querySelector('table tfoot td')?.textContent?.replace(/\s/g, '')) === n, [before + 2]);

  await runAnalysis(page, 'Carte de chaleur (densité)', /plus la couleur est foncée/);
  assert.equal(await page.locator('.leaflet-image-layer').count(), 1, 'the heat layer is drawn');
  await runAnalysis(page, 'Points chauds et froids (Gi*)', /En rouge, \d+ mailles? de 250 m/);
  await page.getByLabel('Simulations').waitFor({ state: 'detached' }).catch(() => undefined);
  await page.getByLabel("Type d'analyse").selectOption({ label: "Zones d'alerte (quasi-répétition)" });
  await page.getByLabel('Simulations').fill('99');
  await page.getByLabel('Faits récents (jours)').fill('365');
  await page.getByRole('button', { name: 'Lancer' }).click();
  await page.locator('p').filter({ hasText: /test de Knox/ }).first().waitFor({ timeout: 60000 });
  const kept = page.getByRole('table', { name: 'Analyses conservées' });
  assert.equal(await kept.locator('tbody tr').count(), 3);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('heading', { name: 'Carte des faits signalés' }).scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, document.querySelector('#carte').getBoundingClientRect().top - 10));
  await screenshot(page, 'observatoire');

  // « Du » after « Au » is said under « Au »; the filters of one territory do not follow to another.
  await page.locator('#filtre-du').fill('2026-06-01');
  await page.locator('#filtre-au').fill('2026-01-01');
  await page.locator('#filtre-au-error').filter({ hasText: 'après la date « Au »' }).waitFor();
  await page.locator('#filtre-categorie').selectOption({ label: 'Vols' });
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Cergy' });
  await page.waitForFunction(() => Number(document.querySelector('table tfoot td')?.textContent?.replace(/\s/g, '')) > 0);
  assert.equal(await page.locator('#filtre-categorie').inputValue(), '');
  assert.equal(await page.locator('#filtre-du').inputValue(), '');
  await page.close();
});

test('a partner reports by a click on the map and never sees another organisation’s entries', async () => {
  const admin = await ctx.browser.context.newPage();
  await login(admin, ctx.server.url, 'admin', 'vigie-demo-2026');
  const organisations = await call(admin, 'GET', `/api/v1/organisations?territory_id=${manosque}`);
  const bailleur = organisations.items.find((o) => o.name === 'Bailleur social');
  const user = await call(admin, 'POST', '/api/v1/users', { login: 'bailleur', display_name: 'Agent du bailleur', password: 'bailleur-2026-manosque', territory_id: manosque, role: 'partenaire' });
  const contact = await call(admin, 'POST', `/api/v1/organisations/${bailleur.id}/contacts`, { name: 'Agent du bailleur', user_id: user.id });
  await admin.close();
  const other = await ctx.browser.context.newPage();
  await login(other, ctx.server.url, 'coordination', 'vigie-demo-2026');
  assert.equal((await call(other, 'POST', `/api/v1/contacts/${contact.id}/link`, { decision: 'confirme' })).link.state, 'confirme');
  await other.close();

  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'bailleur', 'bailleur-2026-manosque');
  await page.goto(`${ctx.server.url}/observatoire.html?territoire=${manosque}`);
  await page.getByRole('heading', { name: 'Signaler un fait' }).waitFor();
  // Only their organisation to report for, only their entries listed.
  const organisation = page.getByLabel('Organisation qui signale').first();
  assert.deepEqual(await organisation.locator('option').allTextContents(), ['Bailleur social']);
  const rows = page.getByRole('table', { name: 'Vos signalements' }).locator('tbody tr');
  const sources = await rows.locator('td:nth-child(4)').allTextContents();
  assert.ok(sources.length > 0 && sources.every((s) => s === 'Bailleur social'), sources.slice(0, 5).join());
  // Small counts are said, not shown.
  await page.getByText(/les petits nombres ne sont pas montrés aux partenaires/).waitFor();

  await page.getByLabel('Catégorie', { exact: true }).last().selectOption({ label: 'Occupation de halls' });
  await page.getByLabel('Date du fait').fill('2026-11-20');
  await page.getByLabel('Heure (si connue)').fill('21:30');
  // A click a little beside a cluster of facts: inside the commune (a point far outside it is
  // refused), and not on a marker, which would zoom instead.
  const first = page.locator('.leaflet-marker-pane .marker-cluster').first();
  await first.scrollIntoViewIfNeeded();
  const cluster = await first.boundingBox();
  await page.mouse.click(cluster.x + cluster.width / 2 + 45, cluster.y + cluster.height / 2 + 45);
  await page.getByText(/Point placé : latitude/).waitFor();
  await page.getByLabel('Description courte').fill('Hall du bâtiment C occupé, M. Martin présent');
  await page.getByRole('button', { name: 'Enregistrer le signalement' }).click();
  // A name in the description is refused, next to its field.
  await page.locator('#f-description-error').filter({ hasText: /Aucun nom/ }).waitFor();
  await page.getByLabel('Description courte').fill('Hall du bâtiment C occupé en soirée');
  await page.getByRole('button', { name: 'Enregistrer le signalement' }).click();
  await page.getByRole('status').filter({ hasText: 'Signalement enregistré.' }).waitFor();
  await rows.filter({ hasText: 'Hall du bâtiment C occupé en soirée' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});

test('a coordinator assigns a problem, the partner resolves it, and the tranquillity working group reviews it', async () => {
  const coord = await ctx.browser.context.newPage();
  await login(coord, ctx.server.url, 'coordination', 'vigie-demo-2026');
  await coord.goto(`${ctx.server.url}/observatoire.html?territoire=${manosque}`);
  await coord.getByRole('heading', { name: 'Ouvrir un problème' }).waitFor();
  await coord.locator('form[aria-labelledby="ouvrir-probleme"]').getByLabel('Intitulé').fill('Hall du bâtiment C occupé chaque soir');
  await coord.locator('form[aria-labelledby="ouvrir-probleme"]').getByLabel('Partenaire en charge').selectOption({ label: 'Bailleur social' });
  await coord.locator('form[aria-labelledby="ouvrir-probleme"]').getByLabel('Échéance', { exact: true }).fill('2026-12-15');
  await coord.locator('form[aria-labelledby="ouvrir-probleme"]').getByLabel('Lieu (si aucun point sur la carte)').fill('Résidence des Aubépines, bâtiment C');
  await coord.locator('form[aria-labelledby="ouvrir-probleme"]').getByRole('button', { name: 'Ouvrir le problème' }).click();
  await coord.getByRole('heading', { level: 3, name: 'Hall du bâtiment C occupé chaque soir' }).waitFor();
  assert.deepEqual(await accessibilityViolations(coord), []);

  const partner = await ctx.browser.context.newPage();
  await login(partner, ctx.server.url, 'bailleur', 'bailleur-2026-manosque');
  await partner.goto(`${ctx.server.url}/observatoire.html?territoire=${manosque}`);
  const item = partner.locator('ul.problems > li').filter({ hasText: 'Hall du bâtiment C occupé chaque soir' });
  await item.waitFor();
  await item.getByLabel('État').selectOption({ label: 'Résolu' });
  await item.getByLabel('Note (sans nom de personne)').fill('Porte réparée, éclairage renforcé');
  await item.getByRole('button', { name: "Enregistrer l'étape" }).click();
  await item.getByText('Résolu', { exact: true }).first().waitFor();
  await item.getByText('Étapes (2)').waitFor();  // the list carries the steps: opened, solved
  assert.ok(!(await item.getByLabel('État').locator('option').allTextContents()).includes('Clos'), 'a partner cannot close');
  await partner.close();

  // A second problem stays open; a meeting's agenda lists the open problems, not the solved one.
  // (The pages share one browser context: the coordinator signs in again after the partner.)
  await login(coord, ctx.server.url, 'coordination', 'vigie-demo-2026');
  await coord.goto(`${ctx.server.url}/observatoire.html?territoire=${manosque}`);
  await coord.getByRole('heading', { name: 'Ouvrir un problème' }).waitFor();
  await coord.locator('form[aria-labelledby="ouvrir-probleme"]').getByLabel('Intitulé').fill('Rodéos motorisés sur le parking du stade');
  await coord.locator('form[aria-labelledby="ouvrir-probleme"]').getByLabel('Partenaire en charge').selectOption({ label: 'Police municipale' });
  await coord.locator('form[aria-labelledby="ouvrir-probleme"]').getByLabel('Lieu (si aucun point sur la carte)').fill('Parking du stade');
  await coord.locator('form[aria-labelledby="ouvrir-probleme"]').getByRole('button', { name: 'Ouvrir le problème' }).click();
  await coord.getByRole('heading', { level: 3, name: 'Rodéos motorisés sur le parking du stade' }).waitFor();
  const bodies = await call(coord, 'GET', `/api/v1/bodies?territory_id=${manosque}`);
  // Axis 3's working group (tranquillité publique): restricted, so the coordination reads its
  // agenda; the cellule de veille follows individuals and is confidential.
  const body = bodies.items.find((b) => b.name === 'Groupe de travail thématique — Axe 3');
  const meeting = await call(coord, 'POST', `/api/v1/bodies/${body.id}/meetings`, { starts_at: '2026-12-10T14:00', place: 'Mairie' });
  await coord.goto(`${ctx.server.url}/reunion.html?id=${meeting.id}`);
  await coord.getByRole('button', { name: "Ajouter les problèmes ouverts de l'observatoire" }).click();
  const agenda = coord.getByRole('region', { name: 'Ordre du jour' });
  await agenda.getByText('Problème : Rodéos motorisés sur le parking du stade (Police municipale)').waitFor();
  assert.equal(await agenda.getByText(/Hall du bâtiment C/).count(), 0);

  // A fact is linked to the open problem; the coordination edits the problem, then deletes it:
  // the fact stays in the register.
  await coord.goto(`${ctx.server.url}/observatoire.html?territoire=${manosque}`);
  const rodeos = coord.locator('ul.problems > li').filter({ hasText: 'Rodéos motorisés sur le parking du stade' });
  await rodeos.waitFor();
  await coord.getByLabel('Catégorie', { exact: true }).last().selectOption({ label: 'Rodéos motorisés' });
  await coord.getByLabel('Date du fait').fill('2026-11-22');
  await coord.getByLabel('Lieu (rue, place) si aucun point').fill('Parking du stade');
  await coord.getByLabel('Problème suivi (facultatif)').selectOption({ label: 'Rodéos motorisés sur le parking du stade' });
  await coord.getByRole('button', { name: 'Enregistrer le signalement' }).click();
  await coord.getByRole('status').filter({ hasText: 'Signalement enregistré.' }).waitFor();
  await rodeos.getByText('1 fait lié').waitFor();
  await rodeos.getByText('Modifier ou supprimer').click();
  await rodeos.getByLabel('Intitulé').fill('Rodéos motorisés autour du stade');
  await rodeos.getByLabel('Partenaire en charge').selectOption({ label: 'Réseau de transport' });
  await rodeos.getByRole('button', { name: 'Enregistrer les modifications' }).click();
  const renamed = coord.locator('ul.problems > li').filter({ hasText: 'Rodéos motorisés autour du stade' });
  await renamed.getByText(/Réseau de transport/).first().waitFor();
  await renamed.getByText('Étapes (2)').click();  // the reassignment is a step of its story
  await renamed.getByText(/Modifié : confié à Réseau de transport \(au lieu de Police municipale\)/).waitFor();
  assert.deepEqual(await accessibilityViolations(coord), []);
  await renamed.getByText('Modifier ou supprimer').click();
  await renamed.getByRole('button', { name: 'Supprimer le problème' }).click();
  await renamed.getByText(/Son fait restera au registre, sans lien/).waitFor();
  await renamed.getByRole('button', { name: 'Confirmer' }).click();
  await coord.locator('ul.problems > li').filter({ hasText: 'Rodéos motorisés autour du stade' }).waitFor({ state: 'detached' });
  await coord.getByRole('table', { name: 'Signalements' }).getByText('Parking du stade').first().waitFor();
  await coord.close();
});

test('on a phone the page fits the screen, and a typed point counts once both coordinates are there', async () => {
  const page = await ctx.browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
  await login(page, ctx.server.url, 'coordination', 'vigie-demo-2026');
  await page.goto(`${ctx.server.url}/observatoire.html?territoire=${manosque}`);
  await page.getByRole('table', { name: 'Faits par catégorie' }).waitFor();
  await page.getByRole('heading', { name: 'Ouvrir un problème' }).waitFor();
  const wide = await page.evaluate(() => [...document.querySelectorAll('body *')]
    .filter((e) => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !e.closest('.table-scroll, .leaflet-pane'))
    .slice(0, 5).map((e) => `${e.tagName}.${e.className}`));
  assert.deepEqual(wide, []);
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scrolling');

  await page.getByLabel('Latitude').fill('43,8310');
  await page.getByLabel('Longitude').waitFor();
  assert.equal(await page.getByLabel('Longitude').inputValue(), '', 'no longitude made up');
  assert.equal(await page.getByText(/Point placé : latitude/).count(), 0);
  await page.getByLabel('Longitude').fill('5,7875');
  await page.getByText(/Point placé : latitude 43,83100, longitude 5,78750/).waitFor();
  assert.equal(await page.getByLabel('Latitude').inputValue(), '43,8310', 'kept as typed');
  await page.close();
});
