import { useState } from 'preact/hooks';
import { ApiError, csrf } from '../../lib/api';
import { Choice } from '../fields';
import type { Context } from './types';
import { fr } from '../../i18n/fr';

const t = fr.observatory;

interface ImportReport { imported: number; already_known: number; repeated_in_file: number; without_reference: number; encoding: string }

/** A partner's file, checked first (nothing written), then imported whole or not at all. */
export function ImportForm(props: { territory: number; context: Context; onImported: () => void }) {
  const [organisation, setOrganisation] = useState(String(props.context.organisations[0]?.id ?? ''));
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function send(dryRun: boolean) {
    if (!file || busy) return;
    setMessage(t.sendingFile(file.name));
    setError('');
    setBusy(true);
    try {
      await sendFile(file, dryRun);
    } finally {
      setBusy(false);
    }
  }
  async function sendFile(file: File, dryRun: boolean) {
    const url = `/api/v1/territories/${props.territory}/incidents/import?organisation_id=${organisation}${dryRun ? '&dry_run=1' : ''}`;
    const res = await fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'text/csv', 'X-CSRF-Token': csrf() }, body: file });
    const data = await res.json();
    if (!res.ok) {
      setMessage('');
      setError(new ApiError(res.status, data.error).message);
      return;
    }
    const r = data as ImportReport;
    const repeated = r.repeated_in_file ? ` ${t.repeated(r.repeated_in_file)}` : '';
    const checked = t.checked(r.imported, r.already_known, r.encoding) + repeated + (r.without_reference ? ` ${t.noReference(r.without_reference)}` : '');
    setMessage(dryRun ? checked : t.imported(r.imported, r.already_known) + repeated);
    if (!dryRun) props.onImported();
  }
  return (
    <form class="card" onSubmit={(e) => { e.preventDefault(); send(false); }} aria-labelledby="importer">
      <h2 id="importer">{t.importTitle}</h2>
      <p class="hint">{t.importHelp}</p>
      <Choice path="import_organisation" label={t.organisation} value={organisation} onChange={setOrganisation} errors={{}}
        options={props.context.organisations.map((o) => [String(o.id), o.name])} />
      <div class="field">
        <label for="fichier-partenaire">{t.file}</label>
        <input id="fichier-partenaire" type="file" accept=".csv,.txt,.gz,text/csv" onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
      </div>
      <div class="buttons">
        <button type="button" class="secondary" disabled={!file || busy} onClick={() => send(true)}>{t.check}</button>
        <button type="submit" disabled={!file || busy}>{t.doImport}</button>
      </div>
      <p role="status" aria-busy={busy}>{message}</p>
      {error && <p class="error" role="alert">{error}</p>}
    </form>
  );
}
