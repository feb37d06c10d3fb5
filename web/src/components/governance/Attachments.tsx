import { useState } from 'preact/hooks';
import { api, ApiError, apiUpload } from '../../lib/api';
import { formatDate, formatNumber } from '../../lib/format';
import type { Attachment } from '../../lib/governance';
import { fr } from '../../i18n/fr';
import { ConfirmButton } from '../ConfirmButton';

const t = fr.meeting;

/** Files of the meeting: sent as they are (not JSON), downloaded through the API. */
export function Attachments(props: { meetingId: number; items: Attachment[]; writer: boolean; notify: (s: string) => void; onChange: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  async function upload(e: Event) {
    e.preventDefault();
    if (!file) return;
    try {
      await apiUpload(`/api/v1/meetings/${props.meetingId}/attachments`, file);
      props.notify(t.uploaded);
      props.onChange();
    } catch (err) {
      props.notify(err instanceof ApiError ? err.message : String(err));
    }
  }
  async function remove(id: number) {
    try {
      await api('DELETE', `/api/v1/attachments/${id}`);
      props.onChange();
    } catch (err) {
      if (err instanceof ApiError) props.notify(err.message);
    }
  }
  return (
    <section class="card" aria-labelledby="pj">
      <h2 id="pj">{t.attachments}</h2>
      {props.items.length === 0 ? <p class="hint">{t.noneYet}</p> : (
        <ul>
          {props.items.map((a) => (
            <li key={a.id}>
              <a href={`/api/v1/attachments/${a.id}`} download={a.filename}>{a.filename}</a>{' '}
              <span class="hint">({formatNumber(a.size / 1024)} Kio, {a.uploaded_by}, {formatDate(a.uploaded_at)})</span>{' '}
              {props.writer && <ConfirmButton class="secondary small" question={t.removeFileQuestion(a.filename)} onConfirm={() => remove(a.id)}>{t.removeFile} <span class="visually-hidden">{a.filename}</span></ConfirmButton>}
            </li>
          ))}
        </ul>
      )}
      {props.writer && (
        <form class="inline" onSubmit={upload} aria-label={t.upload}>
          <div class="field">
            <label for="f-file">{t.file}</label>
            <input id="f-file" type="file" onChange={(e) => setFile((e.target as HTMLInputElement).files?.[0] ?? null)} />
          </div>
          <button type="submit" class="secondary">{t.upload}</button>
        </form>
      )}
    </section>
  );
}
