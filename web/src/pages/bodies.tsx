import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Input } from '../components/fields';
import { ConfirmButton } from '../components/ConfirmButton';
import { AccessState } from '../components/AccessState';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { useFetched } from '../lib/useFetched';
import { api, ApiError, canWrite, type Me } from '../lib/api';
import { formatDate } from '../lib/format';
import { useAction } from '../lib/useAction';
import type { Items } from '../lib/types';
import type { Body, Meeting } from '../lib/governance';
import { BodyForm } from '../components/governance/BodyForm';
import { BodyReport } from '../components/governance/BodyReport';
import { EmergencyPanel } from '../components/governance/EmergencyPanel';
import { MeetingItem } from '../components/governance/MeetingItem';
import { MemberDeparture } from '../components/governance/MemberDeparture';
import { MemberForm } from '../components/governance/MemberForm';
import { MyCalendar } from '../components/governance/MyCalendar';
import { OpenDecisions } from '../components/governance/OpenDecisions';
import { fr } from '../i18n/fr';
import { cycle as c } from '../i18n/meetingCycle';

const t = fr.bodies;

interface Rhythm { late: boolean; message: string; proposed_dates: string[] }

function BodyCard(props: { body: Body; writer: boolean; me: Me; onChange: () => void; onRemoved: (message: string) => void }) {
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
  const act = <T,>(work: Promise<T>, done: string | ((result: T) => string)) => run(work, done, load);
  const proposed = rhythm?.proposed_dates ?? [];
  const [editing, setEditing] = useState(false);
  return (
    <section class="card" aria-labelledby={`body-${b.id}`}>
      <h2 id={`body-${b.id}`}>{b.name}</h2>
      <p class="hint">
        {fr.bodyKind[b.kind]} · {fr.frequency(b.frequency, b.frequency_count, b.frequency_max)}{b.defaults?.includes('frequency') && ` ${fr.byDefault}`} · {fr.confidentiality[b.confidentiality]}{b.defaults?.includes('confidentiality') && ` ${fr.byDefault}`}
      </p>
      {b.description && <p class="prose">{b.description}</p>}
      {props.writer && !editing && (
        <p>
          <button type="button" class="secondary small" onClick={() => setEditing(true)}>{c.editBody}<span class="visually-hidden">{` : ${b.name}`}</span></button>{' '}
          <ConfirmButton class="secondary small" question={c.removeBodyQuestion(b.name)}
            onConfirm={() => api('DELETE', `/api/v1/bodies/${b.id}`).then(() => props.onRemoved(c.bodyRemoved), (e) => setNotice(e instanceof ApiError ? e.message : String(e)))}>
            {c.removeBody}<span class="visually-hidden">{` : ${b.name}`}</span>
          </ConfirmButton>
        </p>
      )}
      {editing && <BodyForm territory={b.territory_id} body={b} onDone={(message) => { setEditing(false); setNotice(message); props.onChange(); }} />}
      {rhythm && <p class={rhythm.late ? 'error' : ''}>{rhythm.message}</p>}
      <h3>{t.members}</h3>
      {b.members.length === 0 ? <p class="hint">{fr.common.none}</p> : (
        <ul>
          {b.members.map((m) => (
            <li key={m.id}>
              {m.contact_name} ({m.organisation_name}) — {fr.memberRole[m.role]}
              {m.charter_signed_on && `, ${t.charter(formatDate(m.charter_signed_on))}`}
              {m.left_on && `, ${t.left(formatDate(m.left_on))}`}
              {props.writer && !m.left_on && <>{' '}<MemberDeparture member={m} onDone={(message) => { setNotice(message); props.onChange(); }} /></>}
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
      {meetings.length === 0 ? <p class="hint">{props.writer ? t.noMeetingWriter : t.noMeeting}</p> : (
        <ul>
          {meetings.map((m) => <MeetingItem key={m.id} meeting={m} bodyName={b.name} writer={props.writer} prefix={prefix} errors={errors} act={act} />)}
        </ul>
      )}
      <div role="status" class="notice-line">{notice}</div>
      {props.writer && (
        <form class="inline" noValidate aria-label={`${t.plan} : ${b.name}`}
          onSubmit={(e) => { e.preventDefault(); act(plan.date ? api('POST', `/api/v1/bodies/${b.id}/meetings`, { starts_at: `${plan.date}T${plan.time}`, place: plan.place || null }) : Promise.reject(new ApiError(400, { code: 'invalid', message: c.dateMissing, field: 'date' })), t.planned); }}>
          <Input path={`${prefix}date`} label={c.date} type="date" value={plan.date} onInput={(v) => setPlan({ ...plan, date: v })} errors={errors} required />
          <Input path={`${prefix}starts_at`} label={t.time} type="time" value={plan.time} onInput={(v) => setPlan({ ...plan, time: v })} errors={errors} />
          <Input path={`${prefix}place`} label={t.place} value={plan.place} onInput={(v) => setPlan({ ...plan, place: v })} errors={errors} />
          <button type="submit">{t.plan}</button>
          {proposed.length > 0 && (
            <p class="hint">{c.proposed}{' '}
              {proposed.map((d) => <button key={d} type="button" class="secondary small" aria-pressed={plan.date === d} onClick={() => setPlan({ ...plan, date: d })} aria-label={c.useDate(formatDate(d))}>{formatDate(d)}</button>)}
            </p>
          )}
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
  const [pageNotice, setPageNotice] = useState('');
  const bodies = useFetched<Items<Body>>(territory === null ? null : `/api/v1/bodies?territory_id=${territory}`, refresh)[0]?.items ?? null;
  const reload = () => setRefresh((n) => n + 1);
  const writer = territory !== null && canWrite(props.me, territory);
  return (
    <>
      <h1>{t.title}</h1>
      <TerritoryPicker value={territory} onChange={setTerritory} allow={() => true} />
      {bodies === null && <p>{fr.common.loading}</p>}
      {bodies?.length === 0 && <p>{writer ? t.noneWriter : t.none}</p>}
      {territory !== null && <OpenDecisions territory={territory} refresh={refresh} writer={writer} />}
      <p role="status" class="notice-line">{pageNotice}</p>
      {bodies?.map((b) => <BodyCard key={b.id} body={b} writer={writer} me={props.me} onChange={reload} onRemoved={(message) => { setPageNotice(message); reload(); }} />)}
      {territory !== null && writer && <BodyForm territory={territory} onDone={(message) => { setPageNotice(message); reload(); }} />}
      <MyCalendar />
    </>
  );
}

render(<Layout title={t.title}>{(me) => <Bodies me={me} />}</Layout>, document.getElementById('app')!);
