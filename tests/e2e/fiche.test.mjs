// The fiche-action page: reading, editing, validation, concurrent edits and roles.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

async function adminPage() {
  const page = await ctx.browser.context.newPage();
  await page.context().clearCookies();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  return page;
}

async function openFiche(page, title) {
  await page.goto(`${ctx.server.url}/`);
  await page.getByRole('link', { name: /Manosque 2023-2027/ }).click();
  await page.getByRole('link', { name: title, exact: true }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(title) }).waitFor();
}

test('a fiche is edited, and the change shows in the fiche and its history', async () => {
  const page = await adminPage();
  await openFiche(page, 'Prévention du harcèlement et du cyberharcèlement');
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'fiche');

  await page.getByRole('button', { name: 'Modifier la fiche' }).click();
  await page.getByLabel('Statut').selectOption('en_cours');
  await page.getByLabel('Constat').fill('Hausse des signalements de cyberharcèlement au collège.\nDeux classes concernées.');
  await page.getByRole('button', { name: /Ajouter.*Budget/ }).click();
  await page.locator('#f-budget_lines-0-label').fill('Ateliers en classe');
  await page.locator('#f-budget_lines-0-amount_cents').fill('1 250,50');
  await page.getByRole('button', { name: /Ajouter.*Calendrier/ }).click();
  await page.locator('#f-milestones-0-label').fill('Premier atelier');
  await page.locator('#f-milestones-0-due_date').fill('2024-03-01');
  // Numbers as French users type them: spaces, no-break spaces, decimal comma, a euro sign.
  await page.getByRole('button', { name: /Ajouter.*Indicateurs/ }).click();
  await page.locator('#f-indicators-0-label').fill('Élèves sensibilisés');
  await page.locator('#f-indicators-0-target').fill('1 500');
  await page.locator('#f-indicators-0-baseline').fill('1\u00a0250,5');
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'fiche-edition');
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await page.getByRole('alert').filter({ hasText: 'Fiche enregistrée.' }).waitFor();
  await page.getByText('1 250,50 €').first().waitFor();  // French amount
  await page.getByRole('cell', { name: '01/03/2024' }).waitFor();  // French date
  const history = page.locator('ol.history');
  await history.getByText('Statut : Non renseigné → En cours').waitFor();
  await history.getByText(/Constat : \(vide\) → Hausse des signalements/).waitFor();
  // The history in words: the budget line in euros, the milestone's French date, no JSON.
  await history.getByText('ajouté — Ateliers en classe : 1 250,50 € (FIPD)').waitFor();
  await history.getByText('ajouté — Premier atelier — échéance 01/03/2024').waitFor();
  await history.getByText(/ajouté — Élèves sensibilisés \(réalisation\) : référence 1\s250,5, cible 1\s500/).waitFor();
  assert.equal(await history.getByText(/[{}\[\]]|amount_cents/).count(), 0, 'no JSON in the history');
  // Line breaks kept on screen.
  const constat = page.locator('dd.prose').filter({ hasText: 'Deux classes concernées' });
  assert.ok((await constat.evaluate((e) => e.getBoundingClientRect().height)) > 30, 'two lines');
  await page.close();
});

test('an invalid form shows the message next to the field and saves nothing', async () => {
  const page = await adminPage();
  await openFiche(page, 'Implication des parents et des familles');
  await page.getByRole('button', { name: 'Modifier la fiche' }).click();
  await page.getByLabel('Titre').fill('');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const title = page.locator('#f-title');
  await page.locator('#f-title-error').filter({ hasText: 'ne peut pas être vide' }).waitFor();
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  assert.match(await title.getAttribute('aria-describedby'), /f-title-error/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-title');

  await page.getByLabel('Titre').fill('Implication des parents et des familles');
  await page.getByRole('button', { name: /Ajouter.*Budget/ }).click();
  await page.locator('#f-budget_lines-0-label').fill('Soutien');
  await page.locator('#f-budget_lines-0-amount_cents').fill('douze euros');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.locator('#f-budget_lines-0-amount_cents-error').filter({ hasText: 'Montant invalide' }).waitFor();
  // A number that cannot be read is said on its field, never saved empty.
  await page.locator('#f-budget_lines-0-amount_cents').fill('12');
  await page.getByRole('button', { name: /Ajouter.*Indicateurs/ }).click();
  await page.locator('#f-indicators-0-label').fill('Familles reçues');
  await page.locator('#f-indicators-0-target').fill('1 5x0');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.locator('#f-indicators-0-target-error').filter({ hasText: "« 1 5x0 » n'est pas un nombre" }).waitFor();
  assert.equal(await page.getByText('Fiche enregistrée.').count(), 0);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.reload();  // nothing was saved
  await page.getByRole('heading', { level: 1 }).waitFor();
  assert.equal(await page.getByText('Soutien').count(), 0);
  await page.close();
});

test('when someone else saved first, the conflict is explained and the typed text is kept to re-apply', async () => {
  const mine = await adminPage();
  await openFiche(mine, 'Mesures de responsabilisation');
  await mine.getByRole('button', { name: 'Modifier la fiche' }).click();
  await mine.getByLabel('Public visé').fill('Collégiens');

  const theirs = await ctx.browser.context.newPage();
  await openFiche(theirs, 'Mesures de responsabilisation');
  await theirs.getByRole('button', { name: 'Modifier la fiche' }).click();
  await theirs.getByLabel('Public visé').fill('Lycéens');
  await theirs.getByRole('button', { name: 'Enregistrer' }).click();
  await theirs.getByRole('alert').filter({ hasText: 'Fiche enregistrée.' }).waitFor();
  await theirs.close();

  await mine.getByRole('button', { name: 'Enregistrer' }).click();
  await mine.getByRole('alert').filter({ hasText: "Quelqu'un d'autre a enregistré cette fiche" }).waitFor();
  await screenshot(mine, 'fiche-conflit');
  // The typed text is still there, and the history says what the other person changed.
  assert.equal(await mine.getByLabel('Public visé').inputValue(), 'Collégiens');
  await mine.getByText(/Lycéens/).first().waitFor();
  await mine.getByRole('button', { name: 'Reprendre ma saisie sur la version actuelle' }).click();
  await mine.getByRole('alert').filter({ hasText: 'Votre saisie est gardée' }).waitFor();
  await mine.getByRole('button', { name: 'Enregistrer' }).click();
  await mine.getByRole('alert').filter({ hasText: 'Fiche enregistrée.' }).waitFor();
  await mine.getByText('Collégiens').first().waitFor();
  assert.deepEqual(await accessibilityViolations(mine), []);

  // Dropping one's text shows the current version.
  await mine.getByRole('button', { name: 'Modifier la fiche' }).click();
  await mine.getByLabel('Public visé').fill('Parents');
  const other = await ctx.browser.context.newPage();
  await openFiche(other, 'Mesures de responsabilisation');
  await other.getByRole('button', { name: 'Modifier la fiche' }).click();
  await other.getByLabel('Public visé').fill('Familles');
  await other.getByRole('button', { name: 'Enregistrer' }).click();
  await other.getByRole('alert').filter({ hasText: 'Fiche enregistrée.' }).waitFor();
  await other.close();
  await mine.getByRole('button', { name: 'Enregistrer' }).click();
  await mine.getByRole('button', { name: 'Abandonner ma saisie' }).click();
  await mine.getByText('Familles').first().waitFor();
  assert.equal(await mine.getByLabel('Public visé').count(), 0);
  await mine.close();
});

test('a lecteur reads the fiche without edit controls, and the API refuses his edits', async () => {
  const admin = await adminPage();
  const territories = await admin.evaluate(async () => (await fetch('/api/v1/territories')).json());
  const manosque = territories.items.find((t) => t.name === 'Manosque');
  await admin.close();
  ctx.server.cli(['user', 'add', 'lecteur', '--name', 'Lecteur du CLSPD', '--role', `lecteur@${manosque.id}`],
    'mot-de-passe-lecteur\n');

  const page = await ctx.browser.context.newPage();
  await page.context().clearCookies();
  await login(page, ctx.server.url, 'lecteur', 'mot-de-passe-lecteur');
  await openFiche(page, 'Cellule de veille individuelle');
  await page.getByRole('heading', { name: 'Historique des modifications' }).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Modifier la fiche' }).count(), 0);
  const status = await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    const id = new URLSearchParams(location.search).get('id');
    const res = await fetch(`/api/v1/actions/${id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
      body: JSON.stringify({ number: 5, title: 'Changée', version: 1 }),
    });
    return res.status;
  });
  assert.equal(status, 403);
  await page.close();
});

test('leaving a form with unsaved changes asks first, and only then', async () => {
  const page = await adminPage();
  await openFiche(page, 'Lutte contre le sexisme de genre');
  // The browser shows its own "leave the page?" dialog when beforeunload is cancelled.
  const held = () => {
    const event = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(event);
    return event.defaultPrevented;
  };
  const leavingIsHeld = () => page.evaluate(held);
  const becomes = (wanted) => page.waitForFunction(`(${held})() === ${wanted}`, null, { timeout: 5000 });
  await page.getByRole('button', { name: 'Modifier la fiche' }).click();
  assert.equal(await leavingIsHeld(), false);  // nothing changed yet
  await page.getByLabel('Constat').fill('Propos sexistes signalés dans les cours de récréation.');
  await page.getByText('Des modifications ne sont pas enregistrées.').waitFor();
  await becomes(true);
  assert.equal(await leavingIsHeld(), true);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('alert').filter({ hasText: 'Fiche enregistrée.' }).waitFor();
  await becomes(false);
  await page.close();
});
