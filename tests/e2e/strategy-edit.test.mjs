// The strategy kept in the screens: the strategy's heading, its axes (added, renamed, reordered,
// an empty one deleted), fiches created, reordered, duplicated and deleted, a new strategy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

async function coordinator() {
  const page = await ctx.browser.context.newPage();
  await page.context().clearCookies();
  await login(page, ctx.server.url, 'coordination', 'vigie-demo-2026');
  return page;
}

async function openStrategy(page) {
  await page.goto(`${ctx.server.url}/`);
  await page.getByRole('link', { name: /Manosque 2023-2027/ }).click();
  await page.getByRole('heading', { level: 2, name: 'Axes', exact: true }).waitFor();
}

const axisNames = (page) => page.locator('ol.axes-edit > li > span:first-child').allTextContents();
const ficheTitles = (page, axis) => page.getByRole('region', { name: axis }).locator('ul.actions a').allTextContents();

test('the coordinator edits the strategy, adds and reorders an axis, and an empty axis is deleted', async () => {
  const page = await coordinator();
  await openStrategy(page);
  await page.getByText('Modifier la stratégie').click();
  const heading = page.getByRole('form', { name: 'Modifier la stratégie' });
  await heading.getByLabel('Fin de période (année)').fill('2O27');  // a letter O for a zero
  await heading.getByRole('button', { name: 'Enregistrer' }).click();
  await page.locator('#f-strategy-period_end-error').waitFor();
  await heading.getByLabel('Fin de période (année)').fill('2028');
  await heading.getByRole('button', { name: 'Enregistrer' }).click();
  await heading.getByRole('status').filter({ hasText: 'Stratégie enregistrée.' }).waitFor();
  await page.getByText(/Période : 2023.*2028/).waitFor();

  await page.getByLabel("Intitulé de l'axe", { exact: true }).last().fill('Tranquillité des abords des écoles');
  await page.getByRole('button', { name: 'Ajouter un axe' }).click();
  await page.locator('ol.axes-edit').getByText('Axe 6 : Tranquillité des abords des écoles', { exact: true }).waitFor();
  await page.getByRole('button', { name: 'Monter : Axe 6 : Tranquillité des abords des écoles' }).click();
  await page.locator('ol.axes-edit').getByText('Axe 5 : Tranquillité des abords des écoles', { exact: true }).waitFor();
  assert.deepEqual((await axisNames(page)).slice(3), [
    "Axe 4 : Prévenir et lutter contre les radicalités violentes et l'extrémisme",
    'Axe 5 : Tranquillité des abords des écoles',
    'Axe 6 : Prendre en compte les problématiques liées à la santé mentale',
  ]);
  assert.deepEqual(await accessibilityViolations(page), []);

  // An axis with fiches is not deleted: the reason is said; the empty one is.
  const mental = page.locator('ol.axes-edit > li').filter({ hasText: 'Axe 6 : Prendre en compte' });
  await mental.getByText('Modifier').click();
  await mental.getByRole('button', { name: "Supprimer l'axe" }).click();
  await mental.getByRole('button', { name: 'Confirmer' }).click();
  await mental.getByRole('status').waitFor();
  const schools = page.locator('ol.axes-edit > li').filter({ hasText: 'Tranquillité des abords des écoles' });
  await schools.getByText('Modifier').click();
  await schools.getByRole('button', { name: "Supprimer l'axe" }).click();
  await schools.getByRole('button', { name: 'Confirmer' }).click();
  await page.locator('ol.axes-edit > li').filter({ hasText: 'Tranquillité des abords des écoles' }).waitFor({ state: 'detached' });
  assert.equal((await axisNames(page)).length, 5);
  await page.close();
});

test('fiches are created, reordered, duplicated and deleted from the screens', async () => {
  const page = await coordinator();
  await openStrategy(page);
  const axis1 = 'Axe 1 : Agir au plus tôt dans la prévention en direction des mineurs et des familles';
  const before = await ficheTitles(page, axis1);
  await page.getByRole('button', { name: 'Descendre : Actions de prévention sur les conduites addictives' }).click();
  await page.getByRole('status').filter({ hasText: 'Ordre enregistré.' }).waitFor();
  await page.getByRole('region', { name: axis1 }).locator('ul.actions li').first().getByRole('link', { name: before[1] }).waitFor();
  assert.deepEqual(await ficheTitles(page, axis1), [before[1], before[0], ...before.slice(2)]);

  // A new fiche opens in edit mode.
  await page.getByLabel('Intitulé de la fiche').fill('Médiation aux abords du collège');
  await page.getByLabel('Axe de la nouvelle fiche').selectOption({ label: axis1 });
  await page.getByRole('button', { name: 'Créer la fiche' }).click();
  await page.getByRole('heading', { level: 1, name: /Fiche 6 : Médiation aux abords du collège/ }).waitFor();
  await page.getByLabel('Public visé').fill('Collégiens et leurs familles');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('alert').filter({ hasText: 'Fiche enregistrée.' }).waitFor();

  // Duplicated: the copy opens in edit mode with the same content.
  await page.getByRole('button', { name: 'Dupliquer la fiche' }).click();
  await page.getByRole('heading', { level: 1, name: /Fiche 7 : Médiation aux abords du collège \(copie\)/ }).waitFor();
  assert.equal(await page.getByLabel('Public visé').inputValue(), 'Collégiens et leurs familles');
  await page.getByRole('button', { name: 'Annuler' }).click();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('button', { name: 'Supprimer la fiche' }).click();
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('heading', { level: 2, name: 'Axes', exact: true }).waitFor();
  const titles = await ficheTitles(page, axis1);
  assert.ok(titles.includes('Médiation aux abords du collège'));
  assert.ok(!titles.some((t) => t.includes('(copie)')));
  await page.close();
});

test('a new strategy is created from the home page, and deleted after confirmation', async () => {
  const page = await coordinator();
  await page.goto(`${ctx.server.url}/`);
  const card = page.getByRole('region', { name: 'Manosque' });
  await card.getByText('Nouvelle stratégie').click();
  await card.getByLabel('Intitulé').fill('Stratégie 2028-2032 (projet)');
  await card.getByLabel('Début de période (année)').fill('2028');
  await card.getByLabel('Fin de période (année)').fill('2032');
  await card.getByRole('button', { name: 'Créer la stratégie' }).click();
  await page.getByRole('heading', { level: 1, name: 'Stratégie 2028-2032 (projet)' }).waitFor();
  await page.setViewportSize({ width: 390, height: 844 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth), 'no sideways scrolling');
  await screenshot(page, 'strategie-nouvelle-telephone');
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.getByText('Modifier la stratégie').click();
  await page.getByRole('button', { name: 'Supprimer la stratégie' }).click();
  await page.getByText(/Supprimer la stratégie, ses 0 axe et ses 0 fiche-action/).waitFor();
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mes territoires' }).waitFor();
  assert.equal(await page.getByRole('link', { name: 'Stratégie 2028-2032 (projet)' }).count(), 0);
  await page.close();
});

test('an indicator gathers dated measurements, drawn and tabled, and is not yet « non atteinte » before its date', async () => {
  const page = await coordinator();
  await openStrategy(page);
  await page.getByRole('region', { name: /^Axe 2 / }).locator('ul.actions a').first().click();
  await page.getByRole('button', { name: 'Modifier la fiche' }).click();
  const form = page.getByRole('form', { name: 'Modifier la fiche' });
  const legend = "Indicateurs d'évaluation";
  const indicators = form.getByRole('group', { name: legend, exact: true });
  await indicators.getByRole('button', { name: `Ajouter (${legend})` }).click();
  const rows = indicators.locator(':scope > div.row');
  const n = await rows.count();
  const row = rows.nth(n - 1);
  await row.getByLabel('Libellé', { exact: true }).fill('Jeunes reçus en médiation');
  await row.getByLabel('Cible', { exact: true }).fill('1 200');
  await row.getByLabel('Échéance de la cible').fill('2099-12-31');
  const series = row.getByRole('group', { name: `Mesures de l'indicateur ${n}` });
  const addMeasure = series.getByRole('button', { name: /^Ajouter/ });
  await addMeasure.click();
  await addMeasure.click();
  const measure = (k) => series.locator('div.row').nth(k);
  await measure(0).getByLabel('Mesurée le').fill('2025-06-30');
  await measure(0).getByLabel('Valeur').fill('6OO');  // a letter O for a zero: said on its field
  await measure(1).getByLabel('Mesurée le').fill('2025-01-31');
  await measure(1).getByLabel('Valeur').fill('300');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await measure(0).getByText(/6OO.*n'est pas un nombre/).waitFor();  // under its field
  await measure(0).getByLabel('Valeur').fill('650');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('alert').filter({ hasText: 'Fiche enregistrée.' }).waitFor();

  // Short of 1 200 before 2099: « pas encore atteinte »; the series drawn, in order of day.
  const line = page.getByRole('row').filter({ hasText: 'Jeunes reçus en médiation' });
  await line.getByText('Pas encore atteinte').waitFor();
  const figure = page.getByRole('figure', { name: /Mesures de « Jeunes reçus en médiation »/ });
  await figure.locator('svg').first().waitFor();
  await figure.getByText('Les mesures en tableau').click();
  assert.deepEqual(await figure.locator('tbody tr td:first-child').allTextContents(), ['31/01/2025', '30/06/2025']);
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'fiche-indicateur-mesures');

  // Saved again with one more measurement: the same indicator, its series grown.
  const ficheId = new URL(page.url()).searchParams.get('id');
  const ids = () => page.evaluate(async (id) => (await (await fetch(`/api/v1/actions/${id}`)).json()).indicators.map((i) => i.id), ficheId);
  const before = await ids();
  await page.getByRole('button', { name: 'Modifier la fiche' }).click();
  await addMeasure.click();
  await measure(2).getByLabel('Mesurée le').fill('2025-11-30');
  await measure(2).getByLabel('Valeur').fill('1 250,5');
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('alert').filter({ hasText: 'Fiche enregistrée.' }).waitFor();
  await line.getByText('Atteinte', { exact: true }).waitFor();
  assert.deepEqual(await ids(), before);
  await page.setViewportSize({ width: 390, height: 844 });
  await figure.scrollIntoViewIfNeeded();
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1));
  await screenshot(page, 'fiche-indicateur-telephone');
  await page.close();
});
