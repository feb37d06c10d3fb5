import { useEffect, useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import type { Activation, Body } from '../../lib/governance';
import type { Items } from '../../lib/types';
import { fr } from '../../i18n/fr';

const t = fr.bodies;
const at = (utc: string) => `${formatDate(utc)} à ${new Date(utc).toLocaleTimeString('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' })}`;

/** The emergency cell: activated at the request of the maire or the procureur, then closed. */
export function EmergencyPanel(props: { body: Body; writer: boolean; onChange: () => void }) {
  const [activations, setActivations] = useState<Activation[]>([]);
  const [form, setForm] = useState({ requested_by: 'maire', requester_name: '', reason: '', place: '' });
  const [summary, setSummary] = useState('');
  const prefix = `u${props.body.id}.`;
  const { errors, notice, act: run } = useAction(prefix);
  const load = async () => setActivations((await api<Items<Activation>>('GET', `/api/v1/bodies/${props.body.id}/activations`)).items);
  useEffect(() => { load(); }, [props.body.id]);
  const act = (work: Promise<unknown>, done: string) => run(work, done, async () => { await load(); props.onChange(); });
  const open = activations.find((a) => !a.closed_at);
  const past = activations.filter((a) => a.closed_at);
  return (
    <div class="emergency">
      <h3>{t.emergency}</h3>
      {open && (
        <div class="alert" role="note">
          <p><strong>{t.activeSince(fr.requester[open.requested_by], open.requester_name, at(open.requested_at))}</strong></p>
          <p>{t.reason} : {open.reason}</p>
          {open.meeting_id && <p><a href={`/reunion.html?id=${open.meeting_id}`}>{t.open}</a></p>}
        </div>
      )}
      {props.writer && open && (
        <form noValidate aria-label={`${t.close} : ${props.body.name}`}
          onSubmit={(e) => { e.preventDefault(); act(api('POST', `/api/v1/activations/${open.id}/close`, { summary }), t.closed); }}>
          <Input path={`${prefix}summary`} label={t.summary} multiline value={summary} onInput={setSummary} errors={errors} />
          <button type="submit">{t.close}</button>
        </form>
      )}
      {props.writer && !open && (
        <form noValidate aria-label={`${t.activate} : ${props.body.name}`}
          onSubmit={(e) => { e.preventDefault(); act(api('POST', `/api/v1/bodies/${props.body.id}/activations`, { ...form, place: form.place || null }), t.activated); }}>
          <div class="grid">
            <Choice path={`${prefix}requested_by`} label={t.requestedBy} value={form.requested_by} options={Object.entries(fr.requesterChoice) as [string, string][]} errors={errors} onChange={(v) => setForm({ ...form, requested_by: v })} />
            <Input path={`${prefix}requester_name`} label={t.requesterName} value={form.requester_name} onInput={(v) => setForm({ ...form, requester_name: v })} errors={errors} />
            <Input path={`${prefix}place`} label={fr.bodies.place} value={form.place} onInput={(v) => setForm({ ...form, place: v })} errors={errors} />
          </div>
          <Input path={`${prefix}reason`} label={t.reason} multiline value={form.reason} onInput={(v) => setForm({ ...form, reason: v })} errors={errors} />
          <button type="submit">{t.activate}</button>
        </form>
      )}
      <div role="status" class="notice-line">{notice}</div>
      {past.length > 0 && (
        <details>
          <summary>{t.pastActivations}</summary>
          <ul>
            {past.map((a) => (
              <li key={a.id}>{t.activeSince(fr.requester[a.requested_by], a.requester_name, at(a.requested_at))} {a.reason} — {a.summary}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
