import { useState } from 'preact/hooks';
import { DocumentButtons } from '../DocumentButtons';
import { Choice } from '../fields';
import { fr } from '../../i18n/fr';

const t = fr.meeting.documents;

/** The meeting's documents to send, sign or file: convocation, ordre du jour, compte rendu,
 * relevé de décisions, each as PDF, ODT or DOCX (the server writes them from what the meeting
 * holds). */
export function MeetingDocuments(props: { meetingId: number; day: string }) {
  const [kind, setKind] = useState('convocation');
  return (
    <section class="card" aria-labelledby="meeting-documents">
      <h2 id="meeting-documents">{t.heading}</h2>
      <p class="hint">{t.hint}</p>
      <Choice path="document" label={t.which} value={kind} onChange={setKind} errors={{}} options={Object.entries(t.kinds)} />
      <DocumentButtons label={t.kinds[kind]} path={(f) => `/api/v1/meetings/${props.meetingId}/documents/${kind}?format=${f}`}
        filename={(f) => `${kind}-${props.day}.${f}`} />
    </section>
  );
}
