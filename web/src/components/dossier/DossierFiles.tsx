import { useState } from 'preact/hooks';
import { api, ApiError, apiUpload } from '../../lib/api';
import type { Items } from '../../lib/types';
import { formatDate, formatNumber } from '../../lib/format';
import { useFetched } from '../../lib/useFetched';
import { dossier as t } from '../../i18n/dossier';
import { ConfirmButton } from '../ConfirmButton';

export interface DossierFile { id: number; filename: string; media_type: string; size: number; uploaded_by: string; uploaded_at: string }

/** Where each kind of record keeps its files (docs/api.md, « Dossier files »). */
const filesOf = { 'video-systems': 'video-system-files', 'funding-requests': 'funding-request-files' } as const;
type Owner = keyof typeof filesOf;

/** The files of a record's dossier: listed with their download link, sent as they are (not JSON), withdrawn after confirmation. */
export function DossierFiles(props: { owner: Owner; ownerId: number; ownerName: string; writer: boolean; level?: 3 | 4 }) {
  const [refresh, setRefresh] = useState(0);
  const [file, setFile] = useState<File | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const items = useFetched<Items<DossierFile>>(`/api/v1/${props.owner}/${props.ownerId}/files`, refresh)[0]?.items ?? null;
  const key = `${props.owner}-${props.ownerId}`;
  const Heading = props.level === 4 ? 'h4' : 'h3';
  async function upload(e: Event) {
    e.preventDefault();
    if (!file) { setError(t.choose); return; }
    setBusy(true);
    setNotice(t.uploading);
    try {
      await apiUpload(`/api/v1/${props.owner}/${props.ownerId}/files`, file);
      setError('');
      setRefresh((n) => n + 1);
      setNotice(t.uploaded(file.name));
    } catch (err) {
      setNotice('');
      setError(err instanceof ApiError ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }
  async function remove(f: DossierFile) {
    try {
      await api('DELETE', `/api/v1/${filesOf[props.owner]}/${f.id}`);
      setRefresh((n) => n + 1);
      setNotice(t.removed(f.filename));
    } catch (err) {
      setNotice(err instanceof ApiError ? err.message : String(err));
    }
  }
  return (
    <div class="dossier" aria-labelledby={`dossier-${key}`} role="group">
      <Heading id={`dossier-${key}`}>{t.heading}<span class="visually-hidden">{` : ${props.ownerName}`}</span></Heading>
      <p class="hint">{t.hint[props.owner]}</p>
      {items !== null && items.length === 0 && <p class="hint">{t.none}</p>}
      {items !== null && items.length > 0 && (
        <ul>
          {items.map((f) => (
            <li key={f.id}>
              <a href={`/api/v1/${filesOf[props.owner]}/${f.id}`} download={f.filename}>{f.filename}</a>{' '}
              <span class="hint">({t.line(t.kib(formatNumber(Math.max(1, Math.round(f.size / 1024)))), f.uploaded_by, formatDate(f.uploaded_at))})</span>{' '}
              {props.writer && <ConfirmButton class="secondary small" question={t.removeQuestion(f.filename)} onConfirm={() => remove(f)}>{t.remove}<span class="visually-hidden">{` : ${f.filename}`}</span></ConfirmButton>}
            </li>
          ))}
        </ul>
      )}
      {props.writer && (
        <form class="inline" noValidate onSubmit={upload} aria-label={`${t.upload} : ${props.ownerName}`}>
          <div class="field">
            <label for={`file-${key}`}>{t.file}</label>
            <input id={`file-${key}`} type="file" aria-invalid={error ? 'true' : undefined} aria-describedby={error ? `file-${key}-error` : undefined}
              onChange={(e) => { setFile((e.target as HTMLInputElement).files?.[0] ?? null); setError(''); }} />
            {error && <p id={`file-${key}-error`} class="error">{error}</p>}
          </div>
          <button type="submit" class="secondary" disabled={busy}>{t.upload}</button>
        </form>
      )}
      <div role="status" class="notice-line">{notice}</div>
    </div>
  );
}
