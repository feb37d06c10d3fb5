import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { ActionsPanel } from '../components/followup/ActionsPanel';
import { FamilyAndTigPanel } from '../components/followup/FamilyAndTigPanel';
import { ReminderPanel } from '../components/followup/ReminderPanel';
import { SharingPanel } from '../components/followup/SharingPanel';
import { SocialSection } from '../components/followup/SocialSection';
import { StepUpButton } from '../components/followup/StepUp';
import { Layout } from '../components/Layout';
import { api, ApiError, pageRecord } from '../lib/api';
import { formatDate } from '../lib/format';
import { download } from '../lib/download';
import { type FollowUp, type Procedures } from '../lib/followup';
import { fr } from '../i18n/fr';

const t = fr.followup;

function Identity(props: { r: FollowUp }) {
  const r = props.r;
  const row = (label: string, value: string | null | undefined) => value ? <><dt>{label}</dt><dd>{value}</dd></> : null;
  return (
    <dl class="facts">
      {row(t.lastName, r.last_name)}
      {row(t.firstName, r.first_name)}
      {row(t.birthDate, r.birth_date && formatDate(r.birth_date))}
      {r.representatives.map((x) => row(t.representative, `${x.name}${x.link ? ` (${x.link})` : ''}${x.phone ? `, ${x.phone}` : ''}`))}
      {row(t.situation, r.situation)}
      {row(t.referral, `${formatDate(r.referral_date)} · ${fr.origins[r.referral_origin]}`)}
      {row(t.programme, r.programme)}
      {row(t.sensitiveNote, r.sensitive_note && `${r.sensitive_note} — ${r.sensitive_justification}`)}
      {row(t.endReason, r.end_date && `${formatDate(r.end_date)} : ${r.end_reason}`)}
    </dl>
  );
}

function Record(props: { id: number; me: string }) {
  const [r, setR] = useState<FollowUp | null>(null);
  const [procedures, setProcedures] = useState<Procedures | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    pageRecord(api<FollowUp>('GET', `/api/v1/followups/${props.id}`)).then((x) => {
      setR(x);
      if (x.access === 'instance') api<Procedures>('GET', `/api/v1/followups/${props.id}/procedures`).then(setProcedures);
    }, (e) => setError(e instanceof ApiError ? e.body.message : String(e)));
  }, [props.id]);
  if (error) return <p role="alert" class="error">{error}</p>;
  if (!r) return <p aria-live="polite">{fr.common.loading}</p>;
  const exportRecord = async () => {
    const res = await download(`/api/v1/followups/${r.id}/export?purpose=export`, {}, `suivi-${r.id}.json`);
    if (!res.ok) setError((await res.json()).error.message);
  };
  const printRecord = async () => {
    const res = await fetch(`/api/v1/followups/${r.id}/export?purpose=impression`, { credentials: 'same-origin' });
    if (res.ok) window.print(); else setError((await res.json()).error.message);
  };
  return (
    <>
      <h1>{r.access === 'partage' ? `${t.title} n° ${r.id}` : `${r.first_name} ${r.last_name}`}</h1>
      <p class="hint">{r.body_name} · {t.status[r.status]}</p>
      {r.access === 'partage' && <p class="alert" role="note">{t.accessShared(r.shared_scope.map((p) => fr.scopes[p]).join(', '))}</p>}
      {r.access === 'transfere' && <p role="status">{t.transferDone}</p>}
      <Identity r={r} />
      {r.access === 'instance' && (
        <p class="screen-only">
          <StepUpButton label={t.print} id="print" then={printRecord} />{' '}
          <StepUpButton label={t.export} id="export" then={exportRecord} />
        </p>
      )}
      {r.access !== 'transfere' && <ActionsPanel record={r} onChange={setR} />}
      {r.access === 'instance' && r.status === 'suivi' && (
        <>
          <SocialSection record={r} me={props.me} onChange={setR} />
          <SharingPanel record={r} me={props.me} onChange={setR} />
        </>
      )}
      {procedures && r.status === 'suivi' && (
        <section aria-labelledby="procedures">
          <h2 id="procedures">{t.procedures}</h2>
          <ReminderPanel followupId={r.id} reminders={procedures.reminders} onChange={setProcedures} />
          <FamilyAndTigPanel followupId={r.id} territoryId={r.territory_id} procedures={procedures} onChange={setProcedures} />
        </section>
      )}
    </>
  );
}

const id = Number(new URLSearchParams(location.search).get('id'));
render(<Layout title={t.title}>{(me) => <Record id={id} me={me.display_name} />}</Layout>, document.getElementById('app')!);
