import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, csrf } from '../../lib/api';
import { formatDate, formatInstant, formatNumber } from '../../lib/format';
import { fr } from '../../i18n/fr';
import { TableScroll } from '../TableScroll';

const t = fr.ssmsi;
const piece = 8 * 1024 * 1024; // under the server's 16 MiB body limit

interface Edition {
  id: number;
  level: string;
  file_name: string;
  years: number[];
  geography_year: number | null;
  produced_on: string | null;
  rows: number;
  masked_rows: number;
  imported_at: string;
  replaced_at: string | null;
}

interface Upload {
  id: string;
  size: number;
  received: number;
  state: 'reception' | 'import' | 'termine' | 'echec' | 'annule';
  fraction: number;
  rows: number;
  edition?: Edition;
  unchanged?: boolean;
  error?: { message: string };
}

const megabytes = (n: number) => `${formatNumber(Math.round(n / 1e5) / 10)} Mo`;
const years = (e: Edition) => (e.years.length ? `${e.years[0]}–${e.years[e.years.length - 1]}` : '');

async function sendPiece(id: string, offset: number, blob: Blob): Promise<Upload> {
  const res = await fetch(`/api/v1/ssmsi/uploads/${id}?offset=${offset}`, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/octet-stream', 'X-CSRF-Token': csrf() },
    body: blob,
  });
  const data = await res.json();
  if (!res.ok) throw new ApiError(res.status, data.error);
  return data as Upload;
}

/** The SSMSI bases: send a file in pieces, follow its import, cancel; the editions held. */
export function SsmsiImport() {
  const [file, setFile] = useState<File | null>(null);
  const [upload, setUpload] = useState<Upload | null>(null);
  const [notice, setNotice] = useState('');
  const [editions, setEditions] = useState<Edition[] | null>(null);
  const cancelled = useRef(false);
  const load = () => api<{ items: Edition[] }>('GET', '/api/v1/ssmsi/editions').then((r) => setEditions(r.items));
  useEffect(() => { load(); }, []);

  function finish(u: Upload) {
    setUpload(null);
    if (u.state === 'termine') setNotice(u.unchanged ? t.unchanged : t.done(formatNumber(u.edition!.rows), years(u.edition!)));
    else if (u.state === 'annule') setNotice(t.cancelled);
    else setNotice(t.failed(u.error?.message ?? ''));
    load();
  }

  async function follow(id: string) {
    for (;;) {
      const u = await api<Upload>('GET', `/api/v1/ssmsi/uploads/${id}`);
      setUpload(u);
      if (u.state !== 'import' && u.state !== 'reception') return finish(u);
      await new Promise((r) => setTimeout(r, 500));
    }
  }

  async function start(e: Event) {
    e.preventDefault();
    if (!file) return setNotice(t.pickFile);
    if (file.size === 0) return setNotice(t.emptyFile);
    cancelled.current = false;
    setNotice('');
    try {
      let u = await api<Upload>('POST', '/api/v1/ssmsi/uploads', { file_name: file.name, size: file.size });
      setUpload(u);
      for (let at = 0; at < file.size && !cancelled.current; at += piece) {
        u = await sendPiece(u.id, at, file.slice(at, at + piece));
        setUpload(u);
      }
      if (cancelled.current) return finish({ ...u, state: 'annule' });
      u = await api<Upload>('POST', '/api/v1/ssmsi/imports', { upload: u.id });
      setUpload(u);
      await follow(u.id);
    } catch (err) {
      setUpload(null);
      // A piece refused because the person cancelled meanwhile is the cancellation, not a failure.
      if (cancelled.current) return setNotice(t.cancelled);
      setNotice(t.failed(err instanceof ApiError ? err.message : String(err)));
    }
  }

  async function cancel() {
    cancelled.current = true;
    if (upload) await api('DELETE', `/api/v1/ssmsi/uploads/${upload.id}`).catch(() => undefined);
  }

  const sending = upload?.state === 'reception';
  const percent = upload ? Math.round(100 * (sending ? upload.received / upload.size : upload.fraction)) : 0;
  return (
    <section class="card" aria-labelledby="ssmsi">
      <h2 id="ssmsi">{t.title}</h2>
      <p>{t.help}</p>
      <form onSubmit={start} noValidate>
        <div class="field">
          <label for="ssmsi-file">{t.file}</label>
          <input id="ssmsi-file" type="file" accept=".csv,.gz,.json,.txt" disabled={upload !== null}
            onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
        </div>
        <div class="buttons">
          <button type="submit" disabled={upload !== null}>{t.start}</button>
          {upload && <button type="button" class="secondary" onClick={cancel}>{t.cancel}</button>}
        </div>
      </form>
      {upload && (
        <div class="progress-line">
          <label for="ssmsi-progress">{t.progressLabel}</label>
          <progress id="ssmsi-progress" max={100} value={percent}>{percent} %</progress>
          <span>{sending ? t.sending(megabytes(upload.received), megabytes(upload.size)) : t.importing(percent, formatNumber(upload.rows))}</span>
        </div>
      )}
      <div role="status" class="notice-line">{notice}</div>
      <h3>{t.editions}</h3>
      {editions === null ? <p>{fr.common.loading}</p> : editions.length === 0 ? <p>{t.none}</p> : (
        <TableScroll label={t.editions}>
          <table>
            <thead><tr>{[t.level, t.years, t.geography, t.produced, t.rows, t.masked, t.imported, t.status].map((h) => <th scope="col" key={h}>{h}</th>)}</tr></thead>
            <tbody>
              {editions.map((e) => (
                <tr key={e.id}>
                  <td>{t.levels[e.level] ?? e.level}<br /><small>{e.file_name}</small></td>
                  <td>{years(e)}</td>
                  <td>{e.geography_year ?? ''}</td>
                  <td>{formatDate(e.produced_on)}</td>
                  <td class="number">{formatNumber(e.rows)}</td>
                  <td class="number">{formatNumber(e.masked_rows)}</td>
                  <td>{formatInstant(e.imported_at)}</td>
                  <td>{e.replaced_at ? t.replaced(formatInstant(e.replaced_at)) : t.current}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
