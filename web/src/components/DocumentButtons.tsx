import { useState } from 'preact/hooks';
import { download } from '../lib/download';
import { fr } from '../i18n/fr';

const t = fr.documents;

/** PDF, ODT and DOCX buttons for a document the server assembles in a few seconds (pandoc then
 * LibreOffice): while it does, the buttons wait and a status line says so; then the file is saved,
 * or the server's message shown. `label` says what it is ("Bilan"), `path(format)` where. */
export function DocumentButtons(props: { label: string; path: (format: string) => string; filename: (format: string) => string }) {
  const [busy, setBusy] = useState('');
  const [status, setStatus] = useState('');
  async function get(format: string) {
    const f = format.toUpperCase();
    setBusy(format);
    setStatus(t.preparing(props.label, f));
    try {
      const res = await download(props.path(format), {}, props.filename(format));
      setStatus(res.ok ? t.ready(props.label, f) : (await res.json()).error.message);
    } catch {
      setStatus(t.failed(props.label));
    } finally {
      setBusy('');
    }
  }
  return (
    <>
      <p class="buttons">
        {['pdf', 'odt', 'docx'].map((f) => (
          <button type="button" key={f} disabled={busy !== ''} aria-busy={busy === f} onClick={() => void get(f)}>{t.formats(props.label)[f]}</button>
        ))}
      </p>
      <div role="status" class="notice-line">{status}</div>
    </>
  );
}
