import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { fieldErrors } from '../../lib/forms';
import type { Minutes } from '../../lib/governance';
import { fr } from '../../i18n/fr';

const t = fr.meeting;

/** The compte rendu: a draft until approved. A public body's draft is checked for nominative
 * passages, and approving it asks the person to confirm there are none. */
export function MinutesEditor(props: { meetingId: number; minutes: Minutes | null; isPublic: boolean; writer: boolean; notify: (s: string) => void }) {
  const [m, setM] = useState<Minutes | null>(props.minutes);
  const [text, setText] = useState(props.minutes?.text ?? '');
  const [confirmed, setConfirmed] = useState(false);
  const [error, setError] = useState('');
  const base = `/api/v1/meetings/${props.meetingId}/minutes`;
  async function run(work: () => Promise<Minutes>, done: string) {
    try {
      const saved = await work();
      setM(saved);
      setError('');
      props.notify(done);
    } catch (err) {
      const r = fieldErrors(err, 'minutes.');
      setError(r.message);
      props.notify(r.message);
    }
  }
  const approved = m?.status === 'approuve';
  return (
    <section class="card" aria-labelledby="cr">
      <h2 id="cr">{t.minutes} {m && <span class="badge">{approved ? t.approvedBadge : t.draft}</span>}</h2>
      {props.isPublic && !approved && <p class="alert" role="note">{t.publicWarning}</p>}
      {approved ? (
        <>
          <p class="hint">{t.approvedBy(m!.approved_by ?? '', formatDate(m!.approved_at))}</p>
          <div class="prose">{m!.text}</div>
        </>
      ) : props.writer ? (
        <form noValidate onSubmit={(e) => { e.preventDefault(); run(() => api<Minutes>('PUT', base, { text, version: m?.version }), t.draftSaved); }}>
          <div class="field">
            <label for="f-minutes-text">{t.minutesText}</label>
            <textarea id="f-minutes-text" rows={8} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
          </div>
          {m && m.nominative_hints.length > 0 && (
            <div class="alert" role="alert">
              <p>{t.hints}</p>
              <ul>{m.nominative_hints.map((h) => <li key={h}>{h}</li>)}</ul>
            </div>
          )}
          <p class="buttons"><button type="submit" class="secondary">{t.saveDraft}</button></p>
          {m && (
            <>
              {props.isPublic && (
                <label class="check" for="f-minutes-confirm_no_nominative">
                  <input id="f-minutes-confirm_no_nominative" type="checkbox" checked={confirmed} onChange={(e) => setConfirmed((e.target as HTMLInputElement).checked)} />
                  {t.confirm}
                </label>
              )}
              {error && <p class="error">{error}</p>}
              <p class="buttons">
                <button type="button" onClick={() => run(() => api<Minutes>('POST', `${base}/approve`, { version: m.version, confirm_no_nominative: confirmed }), t.approved)}>{t.approve}</button>
              </p>
            </>
          )}
        </form>
      ) : (
        <div class="prose">{m?.text ?? t.noneYet}</div>
      )}
    </section>
  );
}
