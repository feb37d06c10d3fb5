import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Choice, Input } from '../components/fields';
import { AccessState } from '../components/AccessState';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { useFetched } from '../lib/useFetched';
import { api, canWrite, type Me } from '../lib/api';
import { formatDate } from '../lib/format';
import { useAction } from '../lib/useAction';
import type { Items } from '../lib/types';
import { type Body, type Meeting, when } from '../lib/governance';
import { BodyForm } from '../components/governance/BodyForm';
import { BodyReport } from '../components/governance/BodyReport';
import { EmergencyPanel } from '../components/governance/EmergencyPanel';
import { MemberForm } from '../components/governance/MemberForm';
import { MyCalendar } from '../components/governance/MyCalendar';
import { OpenDecisions } from '../components/governance/OpenDecisions';
import { fr } from '../i18n/fr';

const t = fr.bodies;

interface Rhythm { late: boolean; message: string; proposed_dates: string[] }

function BodyCard(props: { body: Body; writer: boolean; me: Me; onChange: () => void }) {
  const b = props.body;
  const [meetings, setMeetings] = useState<Meeting[]>([]);
  const [rhythm, setRhythm] = useState<Rhythm | null>(null);
  const [plan, setPlan] = useState({ date: '', time: '18:00', place: '' });
  const prefix = `b${b.id}.`;
  const { errors, notice, setNotice, act: run } = useAction(prefix);
  async function load() {
    setMeetings((await api<Items<Meeting>>('GET', `/api/v1/bodies/${b.id}/meetings`)).items);
    const r = await api<Rhythm>('GET', `/api/v1/bodies/${b.id}/rhythm`);
    setRhythm(r);
    setPlan((p) => ({ ...p, date: p.date || r.proposed_dates[0] || '' }));
  }
  useEffect(() => { load(); }, [b.id]);
  const act = (work: Promise<unknown>, done: string) => run(work, done, load);
  const dateOptions = (rhythm?.proposed_dates ?? []).map((d) => [d, formatDate(d)] as [string, string]);
  return (
    <section class="card" aria-labelledby={`body-${b.id}`}>
      <h2 id={`body-${b.id}`}>{b.name}</h2>
      <p class="hint">
        {fr.bodyKind[b.kind]} · {fr.frequency(b.frequency, b.frequency_count)} · {fr.confidentiality[b.confidentiality]}
      </p>
      {b.description && <p class="prose">{b.description}</p>}
      {rhythm && <p class={rhythm.late ? 'error' : ''}>{rhythm.message}</p>}
      <h3>{t.members}</h3>
      {b.members.length === 0 ? <p class="hint">{fr.common.none}</p> : (
        <ul>
          {b.members.map((m) => (
            <li key={m.id}>
              {m.contact_name} ({m.organisation_name}) — {fr.memberRole[m.role]}
              {m.charter_signed_on && `, ${t.charter(formatDate(m.charter_signed_on))}`}
              {m.left_on && `, ${t.left(formatDate(m.left_on))}`}
              {b.confidentiality === 'confidentiel' && (
                <AccessState access={m.access} who={m.contact_name} me={props.me.display_name} canDecide
                  decide={(decision) => api('POST', `/api/v1/members/${m.id}/access`, { decision })}
                  onDone={(message) => { setNotice(message); props.onChange(); }} />
              )}
            </li>
          ))}
        </ul>
      )}
      {props.writer && <MemberForm body={b} onAdded={(message) => { setNotice(message); props.onChange(); }} />}
      {b.kind === 'cellule_urgence' && <EmergencyPanel body={b} writer={props.writer} onChange={load} />}
      <h3>{t.meetings}</h3>
      {meetings.length === 0 ? <p class="hint">{t.noMeeting}</p> : (
        <ul>
          {meetings.map((m) => (
            <li key={m.id}>
              <a href={`/reunion.html?id=${m.id}`}>{when(m.starts_at)}</a>{m.place && ` — ${m.place}`} — {fr.meetingStatus[m.status]}{' '}
              {props.writer && m.status === 'prevue' && (
                <button type="button" class="secondary small"
                  onClick={() => act(api('PUT', `/api/v1/meetings/${m.id}`, { starts_at: m.starts_at, place: m.place, status: 'tenue', version: m.version }), t.held)}>
                  {t.markHeld} <span class="visually-hidden">{`${b.name}, ${when(m.starts_at)}`}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div role="status" class="notice-line">{notice}</div>
      {props.writer && dateOptions.length > 0 && (
        <form class="inline" noValidate aria-label={`${t.plan} : ${b.name}`}
          onSubmit={(e) => { e.preventDefault(); act(api('POST', `/api/v1/bodies/${b.id}/meetings`, { starts_at: `${plan.date}T${plan.time}`, place: plan.place || null }), t.planned); }}>
          <Choice path={`${prefix}date`} label={t.date} value={plan.date} onChange={(v) => setPlan({ ...plan, date: v })} errors={errors} options={dateOptions} />
          <Input path={`${prefix}starts_at`} label={t.time} type="time" value={plan.time} onInput={(v) => setPlan({ ...plan, time: v })} errors={errors} />
          <Input path={`${prefix}place`} label={t.place} value={plan.place} onInput={(v) => setPlan({ ...plan, place: v })} errors={errors} />
          <button type="submit">{t.plan}</button>
        </form>
      )}
      <p><a href={`/api/v1/bodies/${b.id}/calendar.ics`}>{t.calendar}<span class="visually-hidden"> : {b.name}</span></a></p>
      <BodyReport bodyId={b.id} bodyName={b.name} />
    </section>
  );
}

function Bodies(props: { me: Me }) {
  const [territory, setTerritory] = useState<number | null>(null);
  const [refresh, setRefresh] = useState(0);
  const bodies = useFetched<Items<Body>>(territory === null ? null : `/api/v1/bodies?territory_id=${territory}`, refresh)[0]?.items ?? null;
  const reload = () => setRefresh((n) => n + 1);
  const writer = territory !== null && canWrite(props.me, territory);
  return (
    <>
      <h1>{t.title}</h1>
      <TerritoryPicker value={territory} onChange={setTerritory} allow={() => true} />
      {bodies === null && <p>{fr.common.loading}</p>}
      {bodies?.length === 0 && <p>{t.none}</p>}
      {territory !== null && <OpenDecisions territory={territory} refresh={refresh} />}
      {bodies?.map((b) => <BodyCard key={b.id} body={b} writer={writer} me={props.me} onChange={reload} />)}
      {territory !== null && writer && <BodyForm territory={territory} onCreated={reload} />}
      <MyCalendar />
    </>
  );
}

render(<Layout title={t.title}>{(me) => <Bodies me={me} />}</Layout>, document.getElementById('app')!);
