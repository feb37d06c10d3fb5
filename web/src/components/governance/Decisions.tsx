import { useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { fieldErrors } from '../../lib/forms';
import { type Decision, decisionBody } from '../../lib/governance';
import { fr } from '../../i18n/fr';

const t = fr.meeting;
const statuses = Object.entries(fr.decisionStatus) as [string, string][];

/** Decisions of the meeting: recorded with an owner and a due date, possibly as a milestone of a
 * fiche-action, and followed until done. */
export function Decisions(props: { meetingId: number; items: Decision[]; organisations: [string, string][]; fiches: [string, string][]; writer: boolean; confidential: boolean; notify: (s: string) => void; onChange: () => void }) {
  const empty = { text: '', owner_organisation_id: '', due_date: '', action_id: '', public_label: '', confirm_public_label: false };
  const [d, setD] = useState(empty);
  // A confidential body's decision reaches a fiche (read by every role) only in public words.
  const needsPublicWords = props.confidential && d.action_id !== '';
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function run(work: Promise<unknown>, done: string) {
    try {
      await work;
      setErrors({});
      props.notify(done);
      props.onChange();
    } catch (err) {
      const r = fieldErrors(err, 'decision.');
      setErrors(r.errors);
      props.notify(r.message);
    }
  }
  function submit(e: Event) {
    e.preventDefault();
    const id = (s: string) => (s ? Number(s) : null);
    const publicWords = needsPublicWords ? { public_label: d.public_label || null, confirm_public_label: d.confirm_public_label } : {};
    run(api('POST', `/api/v1/meetings/${props.meetingId}/decisions`, {
      text: d.text, owner_organisation_id: id(d.owner_organisation_id), due_date: d.due_date || null, action_id: id(d.action_id), ...publicWords,
    }).then(() => setD(empty)), t.decided);
  }
  return (
    <section class="card" aria-labelledby="decisions">
      <h2 id="decisions">{t.decisions}</h2>
      {props.items.length === 0 ? <p class="hint">{t.noneYet}</p> : (
        <ul>
          {props.items.map((x) => (
            <li key={x.id} class={x.overdue ? 'overdue' : ''}>
              {x.overdue && <strong class="badge danger">{fr.bodies.overdue}</strong>} {x.text}
              {x.owner_name && ` — ${x.owner_name}`}{x.due_date && `, ${fr.bodies.due(formatDate(x.due_date))}`}
              {x.milestone_label && <> — <a href={`/fiche.html?id=${x.action_id}`}>{t.action}</a></>}{' '}
              {props.writer ? (
                <select aria-label={`${t.status} : ${x.text}`} value={x.status}
                  onChange={(e) => run(api('PUT', `/api/v1/decisions/${x.id}`, decisionBody(x, { status: (e.target as HTMLSelectElement).value })), t.statusSaved)}>
                  {statuses.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                </select>
              ) : fr.decisionStatus[x.status]}
            </li>
          ))}
        </ul>
      )}
      {props.writer && (
        <form noValidate onSubmit={submit} aria-label={t.decide}>
          <Input path="decision.text" label={t.decisionText} multiline value={d.text} onInput={(v) => setD({ ...d, text: v })} errors={errors} />
          <div class="grid">
            <Choice path="decision.owner_organisation_id" label={t.owner} value={d.owner_organisation_id} empty="—" options={props.organisations} errors={errors} onChange={(v) => setD({ ...d, owner_organisation_id: v })} />
            <Input path="decision.due_date" label={t.dueDate} type="date" value={d.due_date} onInput={(v) => setD({ ...d, due_date: v })} errors={errors} />
            <Choice path="decision.action_id" label={t.action} value={d.action_id} empty={t.noAction} options={props.fiches} errors={errors} onChange={(v) => setD({ ...d, action_id: v })} />
          </div>
          {needsPublicWords && (
            <>
              <Input path="decision.public_label" label={t.publicLabel} hint={t.publicLabelHint} value={d.public_label} onInput={(v) => setD({ ...d, public_label: v })} errors={errors} />
              <label class="check" for="f-decision-confirm_public_label">
                <input id="f-decision-confirm_public_label" type="checkbox" checked={d.confirm_public_label} aria-invalid={errors['decision.confirm_public_label'] ? 'true' : undefined} onChange={(e) => setD({ ...d, confirm_public_label: (e.target as HTMLInputElement).checked })} />
                {t.confirmPublicLabel}
              </label>
              {errors['decision.confirm_public_label'] && <p class="error">{errors['decision.confirm_public_label']}</p>}
            </>
          )}
          <button type="submit">{t.decide}</button>
        </form>
      )}
    </section>
  );
}
