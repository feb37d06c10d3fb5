import { useEffect, useState } from 'preact/hooks';
import { AccessState } from '../AccessState';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { FollowUp, SocialNote } from '../../lib/followup';
import type { Body } from '../../lib/governance';
import { useAction } from '../../lib/useAction';
import type { Items } from '../../lib/types';
import { fr } from '../../i18n/fr';

const t = fr.followup;

/** The social workers' section: who is named (any member may name), and the notes (only them). */
export function SocialSection(props: { record: FollowUp; me: string; onChange: (r: FollowUp) => void }) {
  const r = props.record;
  const [members, setMembers] = useState<[string, string][]>([]);
  const [pick, setPick] = useState({ contact_id: '', profession: 'assistant_service_social' });
  const [notes, setNotes] = useState<SocialNote[]>([]);
  const [note, setNote] = useState({ note_date: '', text: '' });
  const naming = useAction('professionals[0].');
  const writing = useAction('note.');
  useEffect(() => {
    api<Body>('GET', `/api/v1/bodies/${r.body_id}`).then((b) => {
      const current = b.members.filter((m) => m.charter_signed_on && !m.left_on);
      setMembers(current.map((m) => [String(m.contact_id), `${m.contact_name} (${m.organisation_name})`]));
      setPick((p) => ({ ...p, contact_id: p.contact_id || String(current[0]?.contact_id ?? '') }));
    });
    if (r.social_readable) api<Items<SocialNote>>('GET', `/api/v1/followups/${r.id}/social`).then((x) => setNotes(x.items));
  }, [r.id, r.social_readable]);
  function name(e: Event) {
    e.preventDefault();
    const kept = r.social_professionals.map((p) => ({ contact_id: p.contact_id, profession: p.profession }));
    naming.act(api<FollowUp>('PUT', `/api/v1/followups/${r.id}/social-professionals`, {
      professionals: [{ contact_id: Number(pick.contact_id), profession: pick.profession }, ...kept.filter((p) => p.contact_id !== Number(pick.contact_id))],
    }).then(props.onChange), t.named);
  }
  function add(e: Event) {
    e.preventDefault();
    writing.act(api<Items<SocialNote>>('POST', `/api/v1/followups/${r.id}/social`, { note_date: note.note_date || null, text: note.text })
      .then((x) => { setNotes(x.items); setNote({ note_date: '', text: '' }); }), t.noteAdded);
  }
  return (
    <section aria-labelledby="social">
      <h2 id="social">{t.social}</h2>
      <h3>{t.professionals}</h3>
      {r.social_professionals.length === 0 ? <p class="hint">{fr.common.none}</p> : (
        <ul>{r.social_professionals.map((p) => (
          <li key={p.contact_id}>
            {p.name} — {fr.professions[p.profession]}
            <AccessState access={p} who={p.name} me={props.me} canDecide
              decide={(decision) => api<FollowUp>('POST', `/api/v1/followups/${r.id}/social-professionals/access`, { contact_id: p.contact_id, decision }).then(props.onChange)}
              onDone={naming.setNotice} />
          </li>
        ))}</ul>
      )}
      <form noValidate class="inline" aria-label={t.nameProfessional} onSubmit={name}>
        <Choice path="professionals[0].contact_id" label={t.professional} value={pick.contact_id} onChange={(v) => setPick({ ...pick, contact_id: v })} errors={naming.errors} options={members} />
        <Choice path="professionals[0].profession" label={t.profession} value={pick.profession} onChange={(v) => setPick({ ...pick, profession: v })} errors={naming.errors} options={Object.entries(fr.professions)} />
        <button type="submit" class="secondary">{t.nameProfessional}</button>
      </form>
      <p role="status" class="notice-line">{naming.notice}</p>
      {!r.social_readable ? <p class="hint">{t.socialOnly}</p> : (
        <>
          <ul>{notes.map((n) => <li key={n.id}>{formatDate(n.note_date)} — {n.text} <span class="hint">({n.author})</span></li>)}</ul>
          <form noValidate aria-label={t.addNote} onSubmit={add}>
            <Input path="note.note_date" label={t.noteDate} type="date" value={note.note_date} onInput={(v) => setNote({ ...note, note_date: v })} errors={writing.errors} />
            <Input path="note.text" label={t.noteText} multiline value={note.text} onInput={(v) => setNote({ ...note, text: v })} errors={writing.errors} />
            <button type="submit" class="secondary">{t.addNote}</button>
            <p role="status" class="notice-line">{writing.notice}</p>
          </form>
        </>
      )}
    </section>
  );
}
