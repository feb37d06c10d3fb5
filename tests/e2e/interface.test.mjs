// The interface in a real browser against the real server, as the CLSPD's people use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, login, screenshot, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

async function newPage() {
  const page = await ctx.browser.context.newPage();
  await page.context().clearCookies();
  return page;
}

test('the login page is accessible and refuses a wrong password with a message', async () => {
  const page = await newPage();
  await page.goto(`${ctx.server.url}/connexion.html`);
  assert.equal(await page.title(), 'Connexion — Vigie');
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'connexion');
  await page.getByLabel('Identifiant').fill('admin');
  await page.getByLabel('Mot de passe').fill('pas-le-bon');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('alert').filter({ hasText: 'incorrect' }).waitFor();
  assert.match(page.url(), /connexion\.html/);
  await page.close();
});

test('the admin signs in and sees the five territories with their progress', async () => {
  const page = await newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await page.getByRole('heading', { name: 'Mes territoires' }).waitFor();
  for (const name of ['Mantes-la-Jolie', 'Les Pennes-Mirabeau', 'Cergy', 'Manosque', 'Le Mans']) {
    await page.getByRole('heading', { level: 2, name }).waitFor();
  }
  await page.getByText('7 axes, 40 fiches-actions').waitFor();  // Le Mans: announced only
  await page.getByRole('table').first().waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});

test('the seeds show their texts as written: blocks, orientations, examples, ranges and defaults', async () => {
  const page = await newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await page.getByRole('link', { name: /Manosque 2023-2027/ }).click();
  await page.getByText('Statut non renseigné').first().waitFor();
  await page.getByText('Le texte de la stratégie').click();
  await page.getByRole('heading', { level: 3, name: /Nature et fonction/ }).waitFor();
  await page.getByText(/Elle vise une baisse de la délinquance/).waitFor();
  // Axis 4's second block and the values of the Republic, each in its own words.
  const axis4 = page.locator('details.founding-text').nth(3);
  await axis4.locator('summary').click();
  await axis4.getByRole('heading', { level: 4, name: 'Les valeurs de la République' }).waitFor();
  await axis4.getByText(/Le droit inaliénable d'agir à sa guise/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);

  await page.goto(`${ctx.server.url}/`);
  await page.getByRole('link', { name: /^Stratégie territoriale de sécurité et de prévention de la délinquance$/ }).click();
  await page.getByRole('listitem').filter({ hasText: 'Fiche 1' }).first().getByText('Exemple donné par le texte').waitFor();

  await page.goto(`${ctx.server.url}/instances.html`);
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Les Pennes-Mirabeau' });
  await page.getByText(/1 à 2 fois par an/).waitFor();
  await page.getByText(/Restreinte \(par défaut : le texte ne le précise pas\)/).first().waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});

test('the Manosque strategy is filtered by axis and status and searched without accents', async () => {
  const page = await newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await page.getByRole('link', { name: /Manosque 2023-2027/ }).click();
  await page.getByRole('heading', { level: 1, name: /Manosque 2023-2027/ }).waitFor();
  assert.match(await page.title(), /Manosque/);
  const count = page.locator('#count');
  await count.filter({ hasText: '22 fiches-actions' }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'strategie');

  await page.getByLabel('Axe', { exact: true }).selectOption({ label: "2. Améliorer la protection et l'accompagnement des personnes vulnérables" });
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await count.filter({ hasText: '6 fiches-actions' }).waitFor();
  assert.equal(await page.getByRole('listitem').filter({ hasText: 'Fiche 6' }).count(), 1);

  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await page.getByLabel(/Recherche/).fill('HARCELEMENT');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await count.filter({ hasText: '1 fiche-action' }).waitFor();
  await page.getByRole('link', { name: 'Prévention du harcèlement et du cyberharcèlement' }).waitFor();
  assert.match(page.url(), /q=HARCELEMENT/);  // the filters are in the address, to share or reload

  await page.getByRole('button', { name: 'Effacer les filtres' }).click();
  await page.getByLabel('Statut', { exact: true }).selectOption('realisee');
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await count.filter({ hasText: '0 fiche-action' }).waitFor();
  await page.close();
});

test('a missing record or an unknown address says so in French, never « Chargement… » for ever', async () => {
  const page = await newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await page.goto(`${ctx.server.url}/fiche.html?id=999999`);
  await page.getByRole('heading', { level: 1, name: "Cette page ne peut pas s'afficher" }).waitFor();
  await page.getByRole('alert').filter({ hasText: 'Fiche-action introuvable.' }).waitFor();
  assert.equal(await page.getByText('Chargement…').count(), 0);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('link', { name: "Retour à l'accueil" }).click();
  await page.getByRole('heading', { name: 'Mes territoires' }).waitFor();
  const unknown = await page.goto(`${ctx.server.url}/nulle-part.html`);
  assert.equal(unknown.status(), 404);
  await page.getByText('Page introuvable').first().waitFor();
  await page.close();
});

test('an expired session sends the person to the login page with a message', async () => {
  const page = await newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await page.context().clearCookies();
  // The page redirects itself as soon as /me answers 401, possibly before its own load event:
  // only the start of this navigation is awaited, then the redirect.
  await page.goto(`${ctx.server.url}/`, { waitUntil: 'commit' });
  await page.waitForURL(/connexion\.html\?retour=.*expiree=1/);
  await page.getByText('Votre session a expiré').waitFor();
  // A first visit, never signed in on this browser: asked to sign in, no word of a session.
  await page.evaluate(() => localStorage.clear());
  await page.goto(`${ctx.server.url}/`, { waitUntil: 'commit' });
  await page.waitForURL(/connexion\.html\?retour=/);
  await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  assert.ok(!page.url().includes('expiree'), page.url());
  assert.equal(await page.getByText('Votre session a expiré').count(), 0);
  await page.close();
});

test('logging out ends the session', async () => {
  const page = await newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  // A request still in flight may answer 401 and navigate too, aborting the first navigation:
  // then the second one is awaited.
  await page.waitForURL(/connexion\.html/).catch(() => page.waitForURL(/connexion\.html/));
  const status = await page.evaluate(async () => (await fetch('/api/v1/me')).status);
  assert.equal(status, 401);
  await page.close();
});

test('the home shows the territory on a map drawn without a tile server, and overdue milestones', async () => {
  const page = await newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  // Give a Manosque fiche a milestone that is past due, through the API as the interface would.
  await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    const territories = (await (await fetch('/api/v1/territories')).json()).items;
    const manosque = territories.find((t) => t.name === 'Manosque');
    const strategy = (await (await fetch(`/api/v1/strategies?territory_id=${manosque.id}`)).json()).items[0];
    const action = (await (await fetch(`/api/v1/strategies/${strategy.id}/actions`)).json()).items[0];
    const body = {
      ...action,
      milestones: [{ label: 'Bilan intermédiaire', due_date: '2024-06-30', done_date: null }],
      budget_lines: [
        { label: 'Ateliers', amount_cents: 125_000, source: 'fipd', funder_id: null, year: 2025 },
        { label: 'Médiateurs', amount_cents: 300_000, source: 'commune', funder_id: null, year: 2025 },
        { label: 'Affiches', amount_cents: 5_050, source: 'fipd', funder_id: null, year: 2026 },
      ],
      indicators: [
        { kind: 'resultat', label: 'Élèves sensibilisés', unit: 'élèves', baseline: 0, target: 400, target_date: '2024-12-31', source: null, current_value: 250, measured_on: '2024-06-30' },
        { kind: 'resultat', label: 'Familles reçues', unit: null, baseline: 0, target: 50, target_date: '2099-12-31', source: null, current_value: 12, measured_on: '2024-06-30' },
        { kind: 'impact', label: 'Signalements', unit: null, baseline: 30, target: 20, source: null, current_value: 18, measured_on: '2024-06-30' },
        { kind: 'realisation', label: 'Ateliers', unit: null, baseline: null, target: 10, source: null, current_value: null, measured_on: null },
      ],
    };
    for (const k of ['id', 'strategy_id', 'created_at', 'updated_at']) delete body[k];
    const res = await fetch(`/api/v1/actions/${action.id}`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token }, body: JSON.stringify(body),
    });
    if (res.status !== 200) throw new Error(await res.text());
  });
  await page.reload();
  const map = page.getByRole('region', { name: 'Carte du territoire : Manosque' });
  await map.locator('path.leaflet-interactive').first().waitFor();
  assert.ok((await map.locator('path.leaflet-interactive').count()) > 100);  // every commune of the 04
  await page.getByText('1 jalon en retard').waitFor();
  await page.getByText(/Bilan intermédiaire \(échéance 30\/06\/2024\)/).waitFor();
  // Short of its target before the target date is not yet « non atteinte ».
  await page.getByText("1 cible atteinte, 1 non atteinte à l'échéance, 1 pas encore atteinte, 1 sans mesure ou sans cible.").waitFor();
  await page.getByText(/Hors cible : .* — Élèves sensibilisés \(250 \/ 400\)/).waitFor();
  // What is late and what is next: governance, fiches by status drawn, budget added up.
  const card = page.getByRole('region', { name: 'Manosque', exact: true });
  await card.getByRole('heading', { name: 'Gouvernance' }).waitFor();
  await card.getByText(/instances? en retard sur (son|leur) rythme|Toutes les instances tiennent leur rythme/).first().waitFor();
  await card.getByRole('figure', { name: /Fiches-actions par statut et par axe/ }).locator('svg').first().waitFor();
  const bySource = card.getByRole('table', { name: 'Par source de financement' });
  assert.deepEqual(await bySource.locator('tbody th').allTextContents(), ['Commune', 'FIPD']);
  const footer = (await bySource.locator('tfoot td').allTextContents()).map((x) => x.replace(/\s/g, ' '));
  assert.deepEqual(footer, ['3', '4 300,50 €']);
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'accueil');
  await page.close();
});

test('the strategy prints as a document with every fiche in full', async () => {
  const page = await newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await page.getByRole('link', { name: /Manosque 2023-2027/ }).click();
  await page.locator('#count').filter({ hasText: '22 fiches-actions' }).waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.getByRole('button', { name: 'Imprimer la stratégie' }).isVisible(), false);
  assert.equal(await page.getByRole('search').isVisible(), false);
  const printed = page.locator('.print-only');
  assert.equal(await printed.isVisible(), true);
  assert.equal(await printed.locator('article').count(), 22);
  await printed.getByRole('heading', { name: 'Fiche 3 : Améliorer la tranquillité publique' }).waitFor();
  await printed.getByText('Promouvoir la participation citoyenne').waitFor();  // its objectives
  assert.ok((await printed.getByRole('heading', { name: 'Calendrier' }).count()) >= 22);
  await screenshot(page, 'strategie-impression');
  await page.emulateMedia({ media: 'screen' });
  assert.equal(await printed.isVisible(), false);
  await page.close();
});
