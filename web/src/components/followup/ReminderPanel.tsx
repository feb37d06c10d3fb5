import { useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { StepUpButton } from './StepUp';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { download } from '../../lib/download';
import { orNull, type Procedures, type Reminder } from '../../lib/followup';
import { when } from '../../lib/governance';
import { useAction } from '../../lib/useAction';
import { fr } from '../../i18n/fr';

const t = fr.followup;
const blank = { facts: '', facts_date: '', summoned_by: '', hearing_at: '', place: '', prosecution: '' };

function HearingForm(props: { reminder: Reminder; onChange: (p: Procedures) => void }) {
  const r = props.reminder;
  const [h, setH] = useState({ status: r.status, attendees: r.attendees.join('\n'), hearing_record: r.hearing_record ?? '', follow_up: r.follow_up ?? '' });
  const prefix = `reminder${r.id}.`;
  const { errors, notice, act } = useAction(prefix);
  function submit(e: Event) {
    e.preventDefault();
    const attendees = h.attendees.split('\n').map((x) => x.trim()).filter(Boolean);
    act(api<Procedures>('PUT', `/api/v1/reminders/${r.id}`, { facts: r.facts, facts_date: r.facts_date, summoned_by: r.summoned_by, hearing_at: r.hearing_at, place: r.place, status: h.status, attendees, hearing_record: orNull(h.hearing_record), follow_up: orNull(h.follow_up), version: r.version }).then(props.onChange), t.updated);
  }
  return (
    <form noValidate aria-label={`${t.update} : ${t.reminders} ${when(r.hearing_at)}`} onSubmit={submit}>
      <Choice path={`${prefix}status`} label={t.reminderStatus} value={h.status} onChange={(v) => setH({ ...h, status: v })} errors={errors} options={Object.entries(fr.reminderStatus)} />
      <Input path={`${prefix}attendees`} label={t.attendees} multiline value={h.attendees} onInput={(v) => setH({ ...h, attendees: v })} errors={errors} />
      <Input path={`${prefix}hearing_record`} label={t.hearingRecord} multiline value={h.hearing_record} onInput={(v) => setH({ ...h, hearing_record: v })} errors={errors} />
      <Input path={`${prefix}follow_up`} label={t.followUp} value={h.follow_up} onInput={(v) => setH({ ...h, follow_up: v })} errors={errors} />
      <button type="submit" class="secondary">{t.update}</button>
      <p role="status" class="notice-line">{notice}</p>
    </form>
  );
}

/** Rappels à l'ordre: refused for facts under prosecution; the summons letter after a step-up. */
export function ReminderPanel(props: { followupId: number; reminders: Reminder[]; onChange: (p: Procedures) => void }) {
  const [f, setF] = useState(blank);
  const { errors, notice, setNotice, act } = useAction('reminder.');
  function submit(e: Event) {
    e.preventDefault();
    const under = f.prosecution === '' ? undefined : f.prosecution === 'oui';  // unanswered: absent
    act(api<Procedures>('POST', `/api/v1/followups/${props.followupId}/reminders`, { under_prosecution: under, facts: f.facts, facts_date: f.facts_date || null, summoned_by: f.summoned_by, hearing_at: f.hearing_at, place: f.place })
      .then((p) => { props.onChange(p); setF(blank); }), t.reminderAdded);
  }
  async function summons(r: Reminder) {
    const res = await download(`/api/v1/reminders/${r.id}/summons`, {}, `convocation-rappel-${r.id}.pdf`);
    if (!res.ok) setNotice((await res.json()).error.message);
  }
  return (
    <section aria-labelledby="reminders">
      <h3 id="reminders">{t.reminders}</h3>
      {props.reminders.map((r) => (
        <article key={r.id} class="card">
          <p><strong>{when(r.hearing_at)}</strong>, {r.place} — {fr.reminderStatus[r.status]}</p>
          <p>{formatDate(r.facts_date)} : {r.facts}</p>
          <StepUpButton label={t.summons} id={`summons${r.id}`} then={() => summons(r)} />
          <HearingForm reminder={r} onChange={props.onChange} />
        </article>
      ))}
      <form noValidate aria-label={t.addReminder} onSubmit={submit}>
        <fieldset id="f-reminder-under_prosecution" tabIndex={-1}>
          <legend>{t.prosecution}</legend>
          {[['oui', t.yes], ['non', t.no]].map(([v, label]) => (
            <label key={v} class="check"><input type="radio" name="prosecution" value={v} checked={f.prosecution === v} onChange={() => setF({ ...f, prosecution: v })} /> {label}</label>
          ))}
          {errors['reminder.under_prosecution'] && <p class="error">{errors['reminder.under_prosecution']}</p>}
        </fieldset>
        <Input path="reminder.facts" label={t.facts} multiline value={f.facts} onInput={(v) => setF({ ...f, facts: v })} errors={errors} />
        <Input path="reminder.facts_date" label={t.factsDate} type="date" value={f.facts_date} onInput={(v) => setF({ ...f, facts_date: v })} errors={errors} />
        <Input path="reminder.summoned_by" label={t.summonedBy} value={f.summoned_by} onInput={(v) => setF({ ...f, summoned_by: v })} errors={errors} />
        <Input path="reminder.hearing_at" label={t.hearingAt} type="datetime-local" value={f.hearing_at} onInput={(v) => setF({ ...f, hearing_at: v })} errors={errors} />
        <Input path="reminder.place" label={t.place} value={f.place} onInput={(v) => setF({ ...f, place: v })} errors={errors} />
        <button type="submit" class="secondary">{t.addReminder}</button>
      </form>
      <p role="status" class="notice-line">{notice}</p>
    </section>
  );
}

