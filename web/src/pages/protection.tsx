import { render } from 'preact';
import { useState } from 'preact/hooks';
import { Input } from '../components/fields';
import { Layout } from '../components/Layout';
import { StepUpButton } from '../components/followup/StepUp';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { api, csrf, type Me } from '../lib/api';
import { formatInstant } from '../lib/format';
import { download } from '../lib/download';
import { type FollowUp, type JournalEntry } from '../lib/followup';
import { useAction } from '../lib/useAction';
import { useFetched } from '../lib/useFetched';
import type { Items } from '../lib/types';
import { fr } from '../i18n/fr';
import { journalAction } from '../i18n/journal';
import { TableScroll } from '../components/TableScroll';

const t = fr.protection;

interface StatLine { key: string; count: number | null; masked: boolean }
interface Stats { threshold: number; total: number | null; by_origin: StatLine[]; by_programme: StatLine[]; by_age_band: StatLine[]; by_status: StatLine[] }

interface Integrity { state: 'intact' | 'altere' | 'sans_cle' | 'non_scelle'; entries: number; broken_at: number | null }

/** The chain's state, recomputed with the key on each visit: the first thing a DPO must know. */
function IntegrityStatus(props: { territory: number }) {
  const [check] = useFetched<Integrity>(`/api/v1/followup-journal/integrity?territory_id=${props.territory}`);
  if (!check) return <p>{t.integrityLoading}</p>;
  const text = t.integrity[check.state].replace('{n}', String(check.entries));
  return <p id="integrite" role="status" class={check.state === 'intact' ? 'notice notice-ok' : 'notice notice-error'}><strong>{t.integrityTitle}</strong> {text}</p>;
}

function Journal(props: { territory: number }) {
  const entries = useFetched<Items<JournalEntry>>(`/api/v1/followup-journal?territory_id=${props.territory}`)[0]?.items ?? [];
  return (
    <section aria-labelledby="journal">
      <h2 id="journal">{t.journal}</h2>
      <IntegrityStatus territory={props.territory} />
      <TableScroll label={t.journal}>
      <table>
        <thead><tr><th scope="col">{t.at}</th><th scope="col">{t.who}</th><th scope="col">{t.from}</th><th scope="col">{t.record}</th><th scope="col">{t.action}</th><th scope="col">{t.detail}</th></tr></thead>
        <tbody>
          {entries.slice(0, 200).map((e) => (
            <tr key={e.id}><td>{formatInstant(e.at)}</td><td>{e.user_login}</td><td>{e.origin}</td><td>{e.followup_id ?? '—'}</td><td>{journalAction(e.action)}</td><td>{e.detail ?? ''}</td></tr>
          ))}
        </tbody>
      </table>
      </TableScroll>
    </section>
  );
}

function SubjectAccess(props: { territory: number }) {
  const [who, setWho] = useState({ last_name: '', first_name: '', birth_date: '' });
  const [message, setMessage] = useState('');
  async function run() {
    const res = await download('/api/v1/followup-subject-access', {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
      body: JSON.stringify({ territory_id: props.territory, last_name: who.last_name, first_name: who.first_name, birth_date: who.birth_date || null }),
    }, 'droit-acces.json');
    setMessage(res.ok ? t.exported : (await res.json()).error.message);
  }
  return (
    <section aria-labelledby="subject">
      <h2 id="subject">{t.access}</h2>
      <p>{t.accessHint}</p>
      <Input path="subject.last_name" label={fr.followup.lastName} value={who.last_name} onInput={(v) => setWho({ ...who, last_name: v })} errors={{}} />
      <Input path="subject.first_name" label={fr.followup.firstName} value={who.first_name} onInput={(v) => setWho({ ...who, first_name: v })} errors={{}} />
      <Input path="subject.birth_date" label={fr.followup.birthDate} type="date" value={who.birth_date} onInput={(v) => setWho({ ...who, birth_date: v })} errors={{}} />
      <StepUpButton label={t.exportAccess} id="subject" then={run} />
      <p role="status" class="notice-line">{message}</p>
    </section>
  );
}

function Archive() {
  const [a, setA] = useState({ id: '', reason: '' });
  const [record, setRecord] = useState<FollowUp | null>(null);
  const { errors, notice, act } = useAction('archive.');
  return (
    <section aria-labelledby="archive">
      <h2 id="archive">{t.archive}</h2>
      <form noValidate class="inline" aria-label={t.archive} onSubmit={(e) => {
        e.preventDefault();
        act(api<FollowUp>('POST', `/api/v1/followups/${Number(a.id)}/archive-read`, { reason: a.reason }).then(setRecord), '');
      }}>
        <Input path="archive.id" label={t.archiveId} type="number" value={a.id} onInput={(v) => setA({ ...a, id: v })} errors={errors} />
        <Input path="archive.reason" label={t.archiveReason} value={a.reason} onInput={(v) => setA({ ...a, reason: v })} errors={errors} />
        <button type="submit" class="secondary">{t.read}</button>
      </form>
      <p role="status" class="notice-line">{notice}</p>
      {record && <p>{record.first_name} {record.last_name} — {record.body_name}, {record.end_reason}</p>}
    </section>
  );
}

function StatsView(props: { territory: number }) {
  const [s] = useFetched<Stats>(`/api/v1/followup-stats?territory_id=${props.territory}`);
  if (!s) return null;
  const show = (l: StatLine) => (l.masked ? t.masked(s.threshold) : String(l.count));
  return (
    <section aria-labelledby="stats">
      <h2 id="stats">{t.stats}</h2>
      <p>{t.total} : {s.total === null ? t.masked(s.threshold) : s.total}</p>
      <ul>{s.by_origin.map((l) => <li key={l.key}>{fr.origins[l.key] ?? l.key} : {show(l)}</li>)}</ul>
      <ul>{s.by_age_band.map((l) => <li key={l.key}>{l.key} : {show(l)}</li>)}</ul>
    </section>
  );
}

function Page(props: { me: Me }) {
  const [territory, setTerritory] = useState<number | null>(null);
  const dpo = (id: number) => props.me.roles.some((r) => r.territory_id === id && r.role === 'dpo');
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <TerritoryPicker value={territory} onChange={setTerritory} allow={(x) => dpo(x.id)} />
      {territory !== null && (
        <>
          <SubjectAccess territory={territory} />
          <Archive />
          <StatsView territory={territory} />
          <Journal territory={territory} />
        </>
      )}
    </>
  );
}

render(<Layout title={t.title}>{(me) => <Page me={me} />}</Layout>, document.getElementById('app')!);
