// A meeting from end to end, on the governance of Les Pennes-Mirabeau (seed 001): create a body,
// convene members, plan a meeting from the rhythm, take attendance, write and approve the plenary's
// minutes, record a decision and see it overdue, activate and close the emergency cell, and read
// the calendar feeds with an independent iCalendar parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { accessibilityViolations, call, login, screenshot, screenshots, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();
const PLENARY = 'formation plénière du conseil local de sécurité et de prévention de la délinquance';

/** Events of an iCalendar text as Debian's python3-icalendar reads them. */
function parseIcal(text) {
  const script = `import icalendar, json, sys
cal = icalendar.Calendar.from_ical(sys.stdin.buffer.read())
print(json.dumps([{'summary': str(e['SUMMARY']), 'start': e.decoded('DTSTART').isoformat(),
  'tzid': e['DTSTART'].params.get('TZID')} for e in cal.walk('VEVENT')]))`;
  const r = spawnSync('/usr/bin/python3', ['-c', script], { input: text, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

async function openBodies(page) {
  await page.goto(`${ctx.server.url}/instances.html`);
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Les Pennes-Mirabeau' });
  await page.getByRole('region', { name: PLENARY }).waitFor();
}

test('a coordinator creates a body, convenes members and plans a plenary meeting from its rhythm', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  const me = await (await page.request.get(`${ctx.server.url}/api/v1/me`)).json();
  const territories = await (await page.request.get(`${ctx.server.url}/api/v1/territories`)).json();
  const pennes = territories.items.find((t) => t.name === 'Les Pennes-Mirabeau').id;
  const ville = await call(page, 'POST', '/api/v1/organisations', { territory_id: pennes, name: 'Ville des Pennes-Mirabeau', kind: 'collectivite' });
  await call(page, 'POST', `/api/v1/organisations/${ville.id}/contacts`, { name: 'Michel Amiel', job_title: 'Maire' });
  await call(page, 'POST', `/api/v1/organisations/${ville.id}/contacts`, { name: 'Coordonnatrice CLSPD' });

  // The administrator links the person to their account, as members are recognised by it.
  await page.goto(`${ctx.server.url}/partenaires.html`);
  await page.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Les Pennes-Mirabeau' });
  await page.getByLabel('Compte Vigie : Michel Amiel').selectOption({ label: 'Administrateur de démonstration (admin)' });
  await page.getByRole('status').getByText('Compte associé à la personne.').waitFor();
  const linked = await call(page, 'GET', `/api/v1/organisations/${ville.id}`);
  assert.equal(linked.contacts.find((c) => c.name === 'Michel Amiel').user_id, me.id);
  // Nobody opens access for themselves: the link waits until another person — here the
  // coordinator — confirms it, from the same screen.
  await page.getByText('en attente de confirmation').first().waitFor();
  const other = await ctx.browser.context.newPage();
  await login(other, ctx.server.url, 'coordination', 'vigie-demo-2026');
  await other.goto(`${ctx.server.url}/partenaires.html`);
  await other.getByLabel('Territoire', { exact: true }).selectOption({ label: 'Les Pennes-Mirabeau' });
  await other.getByRole('button', { name: 'Confirmer Compte Vigie : Michel Amiel' }).click();
  await other.getByRole('status').getByText('Accès confirmé.').waitFor();
  await other.getByText('accès confirmé par Coordonnatrice de démonstration').waitFor();
  assert.deepEqual(await accessibilityViolations(other), []);
  await other.close();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');  // one browser, one session

  await openBodies(page);
  const create = page.getByRole('form', { name: 'Créer une instance' });
  await create.getByLabel('Nom', { exact: true }).fill('Groupe de travail tranquillité résidentielle');
  await create.getByRole('button', { name: 'Créer une instance' }).click();
  await page.getByRole('region', { name: 'Groupe de travail tranquillité résidentielle' })
    .getByText('Groupe de travail thématique · tous les 3 mois · Restreinte').waitFor();

  const plenary = page.getByRole('region', { name: PLENARY });
  const addMember = plenary.getByRole('form', { name: /Ajouter un membre/ });
  for (const [person, role] of [['Michel Amiel (Ville des Pennes-Mirabeau)', 'Président'], ['Coordonnatrice CLSPD (Ville des Pennes-Mirabeau)', 'Membre']]) {
    await addMember.getByLabel('Personne (annuaire)').selectOption({ label: person });
    await addMember.getByLabel("Rôle dans l'instance").selectOption({ label: role });
    await addMember.getByLabel('Charte déontologique signée le').fill('2025-01-10');
    await addMember.getByRole('button', { name: 'Ajouter un membre' }).click();
    await plenary.getByText(new RegExp(`${person.split(' (')[0]} \\(Ville des Pennes-Mirabeau\\) — ${role}`)).waitFor();
  }
  const plan = plenary.getByRole('form', { name: `Planifier une réunion : ${PLENARY}` });
  await plan.getByLabel('Lieu').fill('Salle du conseil');
  await plan.getByRole('button', { name: 'Planifier une réunion' }).click();
  await plenary.getByText(/Salle du conseil — Prévue/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});

test('attendance gives the quorum, plenary minutes are approved after the no-nominative check', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await openBodies(page);
  // The meeting planned above; the demo's plenary also held GENERATED meetings in 2015-2018.
  await page.getByRole('region', { name: PLENARY }).getByRole('listitem').filter({ hasText: 'Salle du conseil' })
    .getByRole('link', { name: /à 18:00/ }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(PLENARY) }).waitFor();

  const convocation = page.getByRole('region', { name: 'Convocation et présences' });
  // Planned from the rhythm: today when the plenary is late (the quorum is not reached yet), a
  // later day otherwise (what the quorum will need).
  await convocation.getByText(/^Quorum (non atteint : 0 présent\(s\) sur 2 membre\(s\) convoqué\(s\), 2 requis|: 2 présent\(s\) requis sur 2 membre\(s\) convoqué\(s\)\. Les présences se relèvent le jour)/).waitFor();
  await convocation.getByRole('group', { name: 'Présence : Michel Amiel' }).getByLabel('Présent').check();
  await convocation.getByRole('group', { name: 'Présence : Coordonnatrice CLSPD' }).getByLabel('Présent').check();
  await convocation.getByRole('button', { name: 'Enregistrer les présences' }).click();
  await convocation.getByText('Quorum atteint : 2 présent(s) sur 2 membre(s) convoqué(s), 2 requis.').waitFor();

  const agenda = page.getByRole('form', { name: 'Ajouter le point' });
  await agenda.getByLabel('Point').fill('Bilan annuel de la stratégie');
  await agenda.getByRole('button', { name: 'Ajouter le point' }).click();
  await page.getByRole('region', { name: 'Ordre du jour' }).getByText('Bilan annuel de la stratégie').waitFor();

  const minutes = page.getByRole('region', { name: /Compte rendu/ });
  await minutes.getByText(/Instance publique : le compte rendu ne doit contenir aucune information nominative/).waitFor();
  await minutes.getByLabel('Texte du compte rendu').fill('Présentation du bilan. Mme Durand signale des rodéos.');
  await minutes.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await minutes.getByRole('alert').getByText('« Mme Durand » ressemble au nom d\'une personne.').waitFor();
  await minutes.getByLabel('Texte du compte rendu').fill('Présentation du bilan. Des rodéos motorisés sont signalés.');
  await minutes.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await page.getByRole('status').getByText('Brouillon enregistré.').waitFor();
  await minutes.getByRole('button', { name: 'Approuver le compte rendu' }).click();
  await minutes.getByText(/Confirmez que ce compte rendu de .* ne contient aucune information nominative\./).waitFor();
  await minutes.getByLabel('Je confirme que ce compte rendu ne contient aucune information nominative.').check();
  await minutes.getByRole('button', { name: 'Approuver le compte rendu' }).click();
  await minutes.getByText(/Approuvé par Administrateur de démonstration le \d\d\/\d\d\/\d{4}\./).waitFor();
  await minutes.getByText('Présentation du bilan. Des rodéos motorisés sont signalés.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'reunion');

  // The meeting's four documents as PDF, read back by pdftotext, their first page rendered.
  const documents = page.getByRole('region', { name: 'Documents de la réunion' });
  const expected = {
    convocation: ['Convocation', 'Bilan annuel de la stratégie', 'Michel Amiel'],
    'ordre-du-jour': ['Ordre du jour', 'Bilan annuel de la stratégie'],
    'compte-rendu': ['Compte rendu', 'Approuvé le', 'Présents', 'Des rodéos motorisés sont signalés.'],
    'releve-de-decisions': ['Relevé de décisions', 'Aucune décision enregistrée.'],
  };
  for (const [kind, words] of Object.entries(expected)) {
    await documents.getByLabel('Document').selectOption(kind);
    const label = await documents.getByLabel('Document').locator('option:checked').innerText();
    const downloading = page.waitForEvent('download', { timeout: 120000 });
    await documents.getByRole('button', { name: `${label} en PDF` }).click();
    const file = await (await downloading).path();
    const text = spawnSync('pdftotext', ['-q', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
    for (const w of words) assert.ok(text.includes(w), `${kind}: ${w} in ${text}`);
    assert.match(text, /Les Pennes-Mirabeau — .* du \d\d\/\d\d\/\d{4} — page 1 sur 1/);
    await documents.getByText(`Téléchargement terminé : ${label} en PDF.`).waitFor();
    assert.equal(spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '1', '-singlefile', file, join(screenshots, `reunion-${kind}`)]).status, 0);
  }
  await page.close();
});

test('a decision past its due date is shown overdue, on the meeting and in the open decisions', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await openBodies(page);
  // The meeting planned above; the demo's plenary also held GENERATED meetings in 2015-2018.
  await page.getByRole('region', { name: PLENARY }).getByRole('listitem').filter({ hasText: 'Salle du conseil' })
    .getByRole('link', { name: /à 18:00/ }).click();
  const form = page.getByRole('form', { name: 'Enregistrer la décision' });
  await form.getByLabel('Décision').fill('Installer deux caméras au parc Jean-Moulin');
  await form.getByLabel('Organisation responsable').selectOption({ label: 'Ville des Pennes-Mirabeau' });
  await form.getByLabel('Échéance').fill('2026-01-15');
  await form.getByRole('button', { name: 'Enregistrer la décision' }).click();
  const decisions = page.getByRole('region', { name: 'Décisions' });
  const item = decisions.getByRole('listitem').filter({ hasText: 'Installer deux caméras' });
  await item.getByText('En retard').waitFor();
  await openBodies(page);
  const open = page.getByRole('region', { name: 'Décisions en cours' });
  await open.getByRole('listitem').filter({ hasText: 'Installer deux caméras au parc Jean-Moulin' }).getByText('En retard').waitFor();
  await page.close();
});

test("the maire's request activates the emergency cell, which is then closed with a summary", async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await openBodies(page);
  const cell = page.getByRole('region', { name: "Cellule de veille d'urgence" });
  const activate = cell.getByRole('form', { name: /Activer la cellule/ });
  await activate.getByLabel('Demandée par').selectOption({ label: 'Le maire' });
  await activate.getByLabel('Nom de la personne').fill('Michel Amiel');
  await activate.getByLabel('Motif').fill('Rixes répétées aux abords du collège');
  await activate.getByRole('button', { name: 'Activer la cellule' }).click();
  await cell.getByText(/Activée à la demande du maire \(Michel Amiel\) le/).waitFor();
  await cell.getByRole('link', { name: 'Ouvrir la réunion' }).waitFor();
  const close = cell.getByRole('form', { name: /Clôturer l'activation/ });
  await close.getByLabel('Synthèse de clôture').fill('Médiation renforcée, calme revenu.');
  await close.getByRole('button', { name: "Clôturer l'activation" }).click();
  await cell.getByRole('form', { name: /Activer la cellule/ }).waitFor();
  await cell.getByText('Activations passées').click();
  await cell.getByText(/Médiation renforcée, calme revenu\./).waitFor();
  await page.close();
});

test('the calendar feeds parse as iCalendar in Europe/Paris time', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  await openBodies(page);
  const href = await page.getByRole('region', { name: PLENARY }).getByRole('link', { name: /Calendrier \(iCal\)/ }).getAttribute('href');
  const body = await (await page.request.get(ctx.server.url + href)).text();
  // The meeting planned above, beside the demo's GENERATED plenaries of 2015-2018.
  const events = parseIcal(body).filter((e) => !/^201[5-8]-/.test(e.start));
  assert.equal(events.length, 1);
  assert.equal(events[0].tzid, 'Europe/Paris');
  assert.match(events[0].start, /T18:00:00\+0[12]:00$/);

  await page.getByRole('button', { name: "Créer mon adresse d'abonnement" }).click();
  const feed = await page.getByLabel('Calendrier (iCal)').inputValue();
  const response = await fetch(feed);  // a calendar application: no cookie
  assert.equal(response.status, 200);
  const mine = parseIcal(await response.text());
  // The funding deadlines of the territories the admin writes come as days (issue 17 §3): the
  // demo's two reports still due.
  const due = mine.filter((e) => e.summary.startsWith('Compte rendu financier et bilan dus'));
  assert.deepEqual(due.map((e) => e.start).sort(), ['2017-06-30', '2018-06-30']);
  assert.ok(due.every((e) => e.tzid === null));
  const meetings = mine.filter((e) => !due.includes(e));
  assert.deepEqual([...new Set(meetings.map((e) => e.summary))], [PLENARY]);  // the admin sits in the plenary only
  await page.close();
});

test("a confidential body's meeting shows its date and convocation, not its content, to an administrator", async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  const territories = await (await page.request.get(`${ctx.server.url}/api/v1/territories`)).json();
  const manosque = territories.items.find((t) => t.name === 'Manosque').id;
  const bodies = await call(page, 'GET', `/api/v1/bodies?territory_id=${manosque}`);
  const group = bodies.items.find((b) => b.confidentiality === 'confidentiel');
  const meeting = await call(page, 'POST', `/api/v1/bodies/${group.id}/meetings`, { starts_at: '2026-12-08T14:00', place: 'Mairie' });
  await page.goto(`${ctx.server.url}/reunion.html?id=${meeting.id}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(group.name) }).waitFor();
  await page.getByRole('note').getByText(/Contenu confidentiel : l'ordre du jour, le compte rendu/).waitFor();
  assert.equal(await page.getByRole('heading', { name: 'Ordre du jour' }).count(), 0);
  assert.deepEqual(await accessibilityViolations(page), []);
  await page.close();
});
