import { useState } from 'preact/hooks';
import { Input } from '../fields';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { orNull, type FollowUp } from '../../lib/followup';
import { useAction } from '../../lib/useAction';
import { fr } from '../../i18n/fr';

const t = fr.followup;

/** The dated actions of a record and what came of them; then closing the follow-up. */
export function ActionsPanel(props: { record: FollowUp; onChange: (r: FollowUp) => void }) {
  const r = props.record;
  const [a, setA] = useState({ action_date: '', description: '', result: '' });
  const [end, setEnd] = useState({ end_date: '', end_reason: '' });
  const { errors, notice, act } = useAction('action.');
  const closing = useAction('');
  return (
    <section aria-labelledby="actions">
      <h2 id="actions">{t.actions}</h2>
      {r.actions.length === 0 ? <p class="hint">{fr.common.none}</p> : (
        <ul>{r.actions.map((x) => <li key={x.id}>{formatDate(x.action_date)} — {x.description}{x.result && ` → ${x.result}`} <span class="hint">({x.recorded_by})</span></li>)}</ul>
      )}
      {r.access === 'instance' && (
        <form noValidate aria-label={t.addAction} onSubmit={(e) => {
          e.preventDefault();
          act(api<FollowUp>('POST', `/api/v1/followups/${r.id}/actions`, { action_date: a.action_date || null, description: a.description, result: orNull(a.result) })
            .then((x) => { props.onChange(x); setA({ action_date: '', description: '', result: '' }); }), t.actionAdded);
        }}>
          <Input path="action.action_date" label={t.actionDate} type="date" value={a.action_date} onInput={(v) => setA({ ...a, action_date: v })} errors={errors} />
          <Input path="action.description" label={t.actionDescription} value={a.description} onInput={(v) => setA({ ...a, description: v })} errors={errors} />
          <Input path="action.result" label={t.actionResult} value={a.result} onInput={(v) => setA({ ...a, result: v })} errors={errors} />
          <button type="submit" class="secondary">{t.addAction}</button>
          <p role="status" class="notice-line">{notice}</p>
        </form>
      )}
      {r.access === 'instance' && r.status === 'suivi' && (
        <form noValidate aria-label={t.close} onSubmit={(e) => {
          e.preventDefault();
          closing.act(api<FollowUp>('POST', `/api/v1/followups/${r.id}/close`, { end_date: end.end_date || null, end_reason: end.end_reason }).then(props.onChange), t.closed);
        }}>
          <h3>{t.close}</h3>
          <Input path="end_date" label={t.endDate} type="date" value={end.end_date} onInput={(v) => setEnd({ ...end, end_date: v })} errors={closing.errors} />
          <Input path="end_reason" label={t.endReason} value={end.end_reason} onInput={(v) => setEnd({ ...end, end_reason: v })} errors={closing.errors} />
          <button type="submit" class="secondary">{t.close}</button>
          <p role="status" class="notice-line">{closing.notice}</p>
        </form>
      )}
    </section>
  );
}
