// The evaluation of Les Pennes-Mirabeau's strategy over its period (2015-2018, seed 001, with the
// demo's GENERATED evaluation layer): reached from the strategy page, fiches by status,
// indicators, budget and governance per body, the working group's analysis of an axis kept for its
// period, a wrong period refused on its field; the bilan downloaded as PDF, ODT and DOCX and the
// action plan as XLSX, each read back by another program, the bilan's first page rendered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accessibilityViolations, call, login, screenshot, screenshots, useServerAndBrowser } from './harness.mjs';

const ctx = useServerAndBrowser();

async function pennesStrategy(page) {
  const list = await call(page, 'GET', '/api/v1/strategies');
  return list.items.find((s) => s.period_start === 2015 && s.period_end === 2018);
}

test('the end-of-period evaluation opens from the strategy and keeps an axis analysis', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  const strategy = await pennesStrategy(page);
  await page.goto(`${ctx.server.url}/strategie.html?id=${strategy.id}`);
  await page.getByRole('link', { name: 'Évaluation et bilan' }).click();
  await page.getByRole('heading', { level: 1, name: /^Évaluation — .*\(Les Pennes-Mirabeau\)$/ }).waitFor();
  assert.equal(await page.getByLabel('Année de début').inputValue(), '2015');
  assert.equal(await page.getByLabel('Année de fin').inputValue(), '2018');
  await page.getByText(/^De 2015 à 2018 — état calculé le/).waitFor();
  await page.getByText(/^13 fiches-actions : En cours 3, Réalisée 9, Abandonnée 1\.$/).waitFor();
  const governance = page.getByRole('region', { name: 'Gouvernance' }).first();
  await governance.getByRole('rowheader', { name: /cellule de veille mensuelle/ }).waitFor();
  // Monthly over four years: 48 meetings planned.
  assert.match(await governance.getByRole('row', { name: /cellule de veille mensuelle/ }).innerText(), /48/);
  // The dispositifs, year by year: the (generated) vidéoprotection, participation and funding.
  const dispositifs = page.getByRole('region', { name: 'Dispositifs' });
  const video = dispositifs.getByRole('table', { name: 'Vidéoprotection' });
  await video.getByRole('rowheader', { name: 'Voie publique — centre et quartiers 2016', exact: true }).waitFor();
  assert.equal(await video.getByRole('row').count(), 5);  // the header and 2015 to 2018
  assert.equal(await dispositifs.getByRole('table', { name: 'Participation citoyenne' }).getByRole('row').count(), 3);  // 2017, 2018
  const funding = dispositifs.getByRole('table', { name: 'Financements demandés' });
  assert.equal(await funding.getByRole('rowheader', { name: 'Total', exact: true }).count(), 2);  // 2016, 2017

  const axis = page.getByRole('form', { name: /^Analyse et propositions du groupe de travail : Axe 1/ });
  await axis.getByLabel('Analyse et propositions du groupe de travail').fill('Le groupe propose de reconduire les actions de prévention routière.');
  await axis.getByRole('button', { name: "Enregistrer l'analyse" }).click();
  await axis.getByText('Analyse enregistrée.').waitFor();
  await page.getByText(/^Dernière modification par admin le/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  await screenshot(page, 'evaluation');

  await page.reload();
  await page.getByText(/^De 2015 à 2018/).waitFor();
  assert.equal(await page.getByRole('form', { name: /: Axe 1/ }).getByLabel('Analyse et propositions du groupe de travail').inputValue(),
    'Le groupe propose de reconduire les actions de prévention routière.');
  // Another period has its own analysis: none yet.
  await page.getByLabel('Année de début').fill('2016');
  await page.getByLabel('Année de fin').fill('2016');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await page.getByText(/^Année 2016 — état calculé le/).waitFor();
  assert.equal(await page.getByRole('form', { name: /: Axe 1/ }).getByLabel('Analyse et propositions du groupe de travail').inputValue(), '');

  await page.getByLabel('Année de début').fill('2018');
  await page.getByLabel('Année de fin').fill('2015');
  await page.getByRole('button', { name: 'Afficher' }).click();
  await page.getByText("Année de fin entre l'année de début et 2100.").first().waitFor();
  assert.equal(await page.getByLabel('Année de fin').getAttribute('aria-invalid'), 'true');
  await page.close();
});

test('the bilan downloads as PDF, ODT and DOCX, and the action plan as a spreadsheet', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  const strategy = await pennesStrategy(page);
  await page.goto(`${ctx.server.url}/evaluation.html?strategie=${strategy.id}&de=2015&a=2018`);
  const documents = page.getByRole('region', { name: 'Documents' });
  await documents.getByText(/^Le bilan de fin de période/).waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);

  const read = { pdf: (f) => spawnSync('pdftotext', ['-q', '-enc', 'UTF-8', f, '-'], { encoding: 'utf8' }).stdout,
    odt: (f) => spawnSync('odt2txt', ['--encoding=UTF-8', f], { encoding: 'utf8' }).stdout,
    docx: (f) => spawnSync('/usr/bin/python3', ['-c', [
      'import sys, docx',
      'd = docx.Document(sys.argv[1])',
      'cells = [c.text for t in d.tables for r in t.rows for c in r.cells]',
      'print("\\n".join([p.text for p in d.paragraphs] + cells))'].join('\n'), f], { encoding: 'utf8' }).stdout };
  for (const [format, button] of [['pdf', 'Bilan en PDF'], ['odt', 'Bilan en ODT (LibreOffice)'], ['docx', 'Bilan en DOCX (Word)']]) {
    const downloading = page.waitForEvent('download', { timeout: 120000 });
    await documents.getByRole('button', { name: button }).click();
    await documents.getByText(`Préparation en cours : Bilan en ${format.toUpperCase()}… (quelques secondes)`).waitFor();
    const download = await downloading;
    assert.equal(download.suggestedFilename(), `bilan-2015-2018.${format}`);
    const file = await download.path();
    const text = read[format](file);
    assert.match(text, /Bilan 2015-2018/, format);
    assert.match(text, /Mise en place du dispositif de «\s?Participation Citoyenne\s?»/, format);
    assert.match(text, /Texte généré pour la démonstration/, format);
    await documents.getByText(`Téléchargement terminé : Bilan en ${format.toUpperCase()}.`).waitFor();
    if (format === 'pdf') {
      assert.match(text, /Les Pennes-Mirabeau — Bilan 2015-2018 — page 1 sur \d/);
      // The first two pages as a reader sees them, for the documentation.
      const base = join(screenshots, 'bilan-page');
      assert.equal(spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '2', file, base]).status, 0);
    }
  }

  const [sheet] = await Promise.all([
    page.waitForEvent('download'),
    documents.getByRole('link', { name: 'Tableur XLSX' }).first().click(),
  ]);
  assert.equal(sheet.suggestedFilename(), 'plan-d-action-les-pennes-mirabeau.xlsx');
  const xlsx = join(mkdtempSync(join(tmpdir(), 'vigie-')), 'plan.xlsx');  // openpyxl goes by the name
  copyFileSync(await sheet.path(), xlsx);
  const rows = JSON.parse(spawnSync('/usr/bin/python3', ['-c',
    'import sys, json, openpyxl; wb = openpyxl.load_workbook(sys.argv[1]); print(json.dumps([list(r) for r in wb["Plan d\'action"].iter_rows(values_only=True)], default=str))',
    xlsx], { encoding: 'utf8' }).stdout);
  assert.equal(rows[3][0], 'Axe');
  assert.equal(rows.length, 4 + 13);  // title, note, blank, header, one row per fiche
  const cameras = rows.find((r) => r[2] === "Développement de l'exploitation du dispositif de vidéoprotection");
  assert.equal(cameras[5], 'Réalisée');
  await page.close();
});

test('the strategy document downloads from the strategy page, every fiche in full', async () => {
  const page = await ctx.browser.context.newPage();
  await login(page, ctx.server.url, 'admin', 'vigie-demo-2026');
  const strategy = await pennesStrategy(page);
  await page.goto(`${ctx.server.url}/strategie.html?id=${strategy.id}`);
  const section = page.getByRole('region', { name: 'Document de la stratégie' });
  const downloading = page.waitForEvent('download', { timeout: 120000 });
  await section.getByRole('button', { name: 'Stratégie en PDF' }).click();
  const download = await downloading;
  assert.equal(download.suggestedFilename(), 'strategie-2015-2018.pdf');
  const file = await download.path();
  const text = spawnSync('pdftotext', ['-q', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).stdout;
  assert.match(text, /Sommaire/);
  assert.match(text, /Fiche 4 — Médiation aux abords du Collège Jacques Monod/);
  assert.match(text, /Diagnostic : les chiffres officiels/);
  assert.match(text, /Les Pennes-Mirabeau — Stratégie 2015-2018 — page 1 sur \d+/);
  await section.getByText('Téléchargement terminé : Stratégie en PDF.').waitFor();
  assert.deepEqual(await accessibilityViolations(page), []);
  const base = join(screenshots, 'strategie-page');
  assert.equal(spawnSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '3', file, base]).status, 0);
  await page.close();
});
