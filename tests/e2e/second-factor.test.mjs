// The second factor from the browser: once enrolled, the login screen asks for the code, which
// this test computes with Node's own HMAC (an implementation independent of the server's).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { accessibilityViolations, login, totp, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

test('a DPO without a second factor is sent to enrol it, and enrols from the screen', async () => {
  const admin = await ctx.browser.context.newPage();
  await login(admin, ctx.server.url, 'admin', 'vigie-demo-2026');
  const created = await admin.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    const territory = me.roles[0].territory_id;
    const r = await fetch('/api/v1/users', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token },
      body: JSON.stringify({ login: 'dpo', display_name: 'Déléguée à la protection des données', password: 'protection-2026', territory_id: territory, role: 'dpo' }) });
    return r.status;
  });
  assert.equal(created, 201);
  await admin.close();

  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'dpo', 'protection-2026');
  await page.waitForURL(/securite\.html/);
  await page.getByRole('note').getByText(/exige la double authentification/).waitFor();
  // anywhere else sends back here (the redirect may come before the load event)
  await page.goto(`${ctx.server.url}/instances.html`, { waitUntil: 'commit' });
  await page.waitForURL(/securite\.html/);
  await page.getByRole('button', { name: 'Activer la double authentification' }).click();
  await page.getByRole('img', { name: /QR code de configuration/ }).waitFor();
  const secret = (await page.locator('code').first().textContent()).replace(/\s/g, '');
  await page.getByLabel("Code affiché par l'application").fill(totp(secret, Math.floor(Date.now() / 1000 / 30)));
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('button', { name: 'Confirmer' }).click();
  await page.getByRole('heading', { name: 'Codes de secours' }).waitFor();
  assert.equal(await page.locator('.codes li').count(), 10);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('link', { name: 'Continuer' }).click();
  await page.waitForURL((u) => u.pathname === '/');
  const me = await (await page.request.get(`${ctx.server.url}/api/v1/me`)).json();
  assert.equal(me.must_enrol, false);
  await page.close();
});

test('once a second factor is in force, the login screen asks for the code', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  const step = () => Math.floor(Date.now() / 1000 / 30);
  const secret = await page.evaluate(async () => {
    const me = await (await fetch('/api/v1/me')).json();
    const r = await fetch('/api/v1/me/totp', { method: 'POST', headers: { 'X-CSRF-Token': me.csrf_token } });
    return (await r.json()).secret;
  });
  const confirmed = await page.evaluate(async (code) => {
    const me = await (await fetch('/api/v1/me')).json();
    const r = await fetch('/api/v1/me/totp/confirm', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrf_token }, body: JSON.stringify({ code }) });
    return r.status;
  }, totp(secret, step()));
  assert.equal(confirmed, 200);
  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.waitForURL(/connexion/);

  await page.getByLabel('Identifiant').fill('admin');
  await page.getByLabel('Mot de passe').fill('vigie-demo-2026');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByRole('alert').getByText("Saisissez le code de votre application d'authentification.").waitFor();
  await page.getByLabel("Code de l'application d'authentification").fill(totp(secret, step() + 1));
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/connexion'));
  const me = await (await page.request.get(`${ctx.server.url}/api/v1/me`)).json();
  assert.equal(me.second_factor, true);
  await page.close();
});

test('a person changes their own password from « Sécurité du compte » and signs in with it', async () => {
  // (The admin has a second factor by now: the account is made with the CLI.)
  ctx.server.cli(['user', 'add', 'agent.mdp', '--name', 'Agent', '--role', 'lecteur@1'], 'provisoire-2026\n');
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'agent.mdp', 'provisoire-2026');
  await page.goto(`${ctx.server.url}/securite.html`);
  await page.getByLabel('Mot de passe actuel').fill('provisoire-2026');
  await page.getByLabel('Nouveau mot de passe').fill('azertyuiop12');
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await page.locator('#f-new_password-error').filter({ hasText: /trop simple/ }).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.getByLabel('Nouveau mot de passe').fill('ma phrase de passe neuve');
  await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
  await page.waitForURL(/connexion\.html/);
  await page.getByText('Mot de passe changé').waitFor();
  await login(page, ctx.server.url, 'agent.mdp', 'ma phrase de passe neuve');
  const me = await (await page.request.get(`${ctx.server.url}/api/v1/me`)).json();
  assert.equal(me.login, 'agent.mdp');
});

test('an administrator resets another account’s password and second factor from the screen', async () => {
  ctx.server.cli(['user', 'add', 'chef.admin', '--name', 'Cheffe des comptes', '--role', 'administrateur@1'], 'provisoire-2026\n');
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'chef.admin', 'provisoire-2026');
  await page.goto(`${ctx.server.url}/administration.html`);
  await page.getByRole('heading', { name: 'Réinitialiser un compte' }).waitFor();
  await page.getByLabel('Compte', { exact: true }).selectOption({ label: 'Déléguée à la protection des données (dpo)' });
  await page.getByLabel('Nouveau mot de passe provisoire').fill('court');
  await page.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
  await page.locator('#f-reset_password-error').filter({ hasText: /12 caractères/ }).waitFor();
  await page.getByRole('button', { name: 'Réinitialiser la double authentification' }).click();
  await page.getByRole('button', { name: 'Confirmer' }).click();  // it asks first
  await page.getByRole('status').getByText(/Double authentification réinitialisée/).waitFor();
  await page.getByLabel('Nouveau mot de passe provisoire').fill('une phrase provisoire pour la dpo');
  await page.getByRole('button', { name: 'Réinitialiser le mot de passe' }).click();
  await page.getByRole('status').getByText(/Mot de passe réinitialisé/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();

  const dpo = await ctx.browser.context.newPage();
  await login(dpo, ctx.server.url, 'dpo', 'une phrase provisoire pour la dpo');
  await dpo.waitForURL(/securite\.html/);  // no code asked, and enrolment is required again
  const me = await (await dpo.request.get(`${ctx.server.url}/api/v1/me`)).json();
  assert.equal(me.must_enrol, true);
  await dpo.close();
});
