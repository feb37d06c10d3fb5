import { useState } from 'preact/hooks';
import { api, ApiError } from '../../lib/api';
import { mail as t, type MailReport as Report } from '../../i18n/mail';

/** Sends by e-mail (`path`: a POST of the API) and says to whom it went, who has no address in
 * the directory and whom the server refused. */
export function MailButton(props: { path: string; label: string; notify: (message: string) => void }) {
  const [busy, setBusy] = useState(false);
  async function send() {
    setBusy(true);
    props.notify(t.sending);
    try {
      const r = await api<Report>('POST', props.path, {});
      props.notify(t.report(r.sent, r.without_address, r.failed));
    } catch (e) {
      props.notify(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }
  return <button type="button" class="secondary" disabled={busy} onClick={send}>{props.label}</button>;
}
