import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Layout } from '../components/Layout';
import { Agenda } from '../components/governance/Agenda';
import { MeetingDocuments } from '../components/governance/MeetingDocuments';
import { Attachments } from '../components/governance/Attachments';
import { Attendance } from '../components/governance/Attendance';
import { Decisions } from '../components/governance/Decisions';
import { MailButton } from '../components/governance/MailButton';
import { MinutesEditor } from '../components/governance/MinutesEditor';
import { mail } from '../i18n/mail';
import { api, canWrite, pageRecord, type Me } from '../lib/api';
import { type Content, type MeetingDetail, when } from '../lib/governance';
import type { Items } from '../lib/types';
import { fr } from '../i18n/fr';
import { fichesOf, type Options } from '../lib/fiches';

const t = fr.meeting;

async function organisationsOf(territory: number): Promise<Options> {
  const r = await api<Items<{ id: number; name: string }>>('GET', `/api/v1/organisations?territory_id=${territory}`);
  return r.items.map((o) => [String(o.id), o.name]);
}

function MeetingPage(props: { me: Me; id: number }) {
  const [m, setM] = useState<MeetingDetail | null>(null);
  const [content, setContent] = useState<Content | null>(null);
  const [fiches, setFiches] = useState<Options>([]);
  const [organisations, setOrganisations] = useState<Options>([]);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  async function loadContent() {
    setContent(await api<Content>('GET', `/api/v1/meetings/${props.id}/content`));
  }
  useEffect(() => {
    pageRecord(api<MeetingDetail>('GET', `/api/v1/meetings/${props.id}`)).then(async (detail) => {
      setM(detail);
      if (!detail.content_readable) return;
      await loadContent();
      setFiches(await fichesOf(detail.territory_id));
      setOrganisations(await organisationsOf(detail.territory_id));
    }, (e: Error) => setError(e.message));
  }, [props.id]);
  if (error) return <p class="error">{error}</p>;
  if (!m) return <p>{fr.common.loading}</p>;
  const writer = canWrite(props.me, m.territory_id);
  const title = `${m.body_name} — ${when(m.starts_at)}`;
  return (
    <>
      <p><a href="/instances.html">{t.back}</a></p>
      <h1>{title}</h1>
      <p class="hint">{[fr.bodyKind[m.body_kind], fr.confidentiality[m.confidentiality], m.place, fr.meetingStatus[m.status]].filter(Boolean).join(' · ')}</p>
      <div role="status" class="notice-line">{notice}</div>
      <Attendance meeting={m} writer={writer} onSaved={setM} notify={setNotice} />
      {writer && (
        <section class="card" aria-labelledby="envoi-courriel">
          <h2 id="envoi-courriel">{mail.title}</h2>
          <p class="hint">{m.confidentiality === 'confidentiel' ? mail.confidentialHint : mail.invitationHint}</p>
          <p>
            <MailButton path={`/api/v1/meetings/${m.id}/convocation/send`} label={m.status === 'annulee' ? mail.cancellation : mail.convocation} notify={setNotice} />{' '}
            {m.confidentiality !== 'confidentiel' && content?.minutes?.status === 'approuve' && (
              <MailButton path={`/api/v1/meetings/${m.id}/minutes/send`} label={mail.minutes} notify={setNotice} />
            )}
          </p>
        </section>
      )}
      {!m.content_readable && <p class="alert" role="note">{t.confidential}</p>}
      {content && (
        <>
          <Agenda meetingId={m.id} territoryId={m.territory_id} items={content.agenda} fiches={fiches} writer={writer} notify={setNotice} />
          <MinutesEditor meetingId={m.id} minutes={content.minutes} isPublic={m.confidentiality === 'public'} writer={writer} notify={setNotice} />
          <Decisions meetingId={m.id} items={content.decisions} organisations={organisations} fiches={fiches} writer={writer} confidential={m.confidentiality === 'confidentiel'} notify={setNotice} onChange={loadContent} />
          <Attachments meetingId={m.id} items={content.attachments} writer={writer} notify={setNotice} onChange={loadContent} />
          <MeetingDocuments meetingId={m.id} day={m.starts_at.slice(0, 10)} />
        </>
      )}
    </>
  );
}

const id = Number(new URLSearchParams(location.search).get('id'));
render(<Layout title={t.title}>{(me) => <MeetingPage me={me} id={id} />}</Layout>, document.getElementById('app')!);
