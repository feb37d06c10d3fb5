import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import type { MeetingDetail } from '../../lib/governance';
import { fr } from '../../i18n/fr';
import { localDay } from '../../lib/format';
import { TableScroll } from '../TableScroll';

const t = fr.meeting;

/** The convocation list with one choice per person, and the quorum it gives. */
export function Attendance(props: { meeting: MeetingDetail; writer: boolean; onSaved: (m: MeetingDetail) => void; notify: (s: string) => void }) {
  const [marks, setMarks] = useState<Record<number, string>>(
    Object.fromEntries(props.meeting.invitations.map((i) => [i.member_id, i.attendance ?? ''])));
  async function save(e: Event) {
    e.preventDefault();
    const items = Object.entries(marks).map(([id, a]) => ({ member_id: Number(id), attendance: a || null }));
    try {
      props.onSaved(await api<MeetingDetail>('PUT', `/api/v1/meetings/${props.meeting.id}/attendance`, { items }));
      props.notify(t.saved);
    } catch (err) {
      props.notify((err as Error).message);
    }
  }
  const q = props.meeting.quorum;
  // Before the day, nobody is present yet: the quorum is what will be needed, not a failure.
  const ahead = props.meeting.status === 'prevue' && props.meeting.starts_at.slice(0, 10) > localDay() && q.present === 0;
  const quorumLine = props.meeting.invitations.length === 0 ? <p class="hint">{t.nobodyConvened}</p>
    : ahead ? <p>{t.quorumAhead(q)}</p> : <p class={q.reached ? 'ok' : 'error'}>{t.quorum(q)}</p>;
  return (
    <section class="card" aria-labelledby="convocation">
      <h2 id="convocation">{t.convocation}</h2>
      {quorumLine}
      <form onSubmit={save} noValidate>
        <TableScroll label={t.convocation}>
        <table>
          <caption class="visually-hidden">{t.convocation}</caption>
          <thead><tr><th scope="col">{fr.bodies.contact}</th><th scope="col">{fr.bodies.role}</th><th scope="col">{t.attendance}</th></tr></thead>
          <tbody>
            {props.meeting.invitations.map((i) => (
              <tr key={i.member_id}>
                <th scope="row">{i.contact_name} <span class="hint">({i.organisation_name})</span></th>
                <td>{fr.memberRole[i.role]}</td>
                <td>
                  <fieldset class="radios">
                    <legend class="visually-hidden">{`${t.attendance} : ${i.contact_name}`}</legend>
                    {['present', 'excuse', 'absent'].map((a) => (
                      <label key={a}>
                        <input type="radio" name={`presence-${i.member_id}`} value={a} checked={marks[i.member_id] === a}
                          disabled={!props.writer} onChange={() => setMarks({ ...marks, [i.member_id]: a })} />
                        {fr.attendance[a]}
                      </label>
                    ))}
                  </fieldset>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
        {props.writer && <button type="submit">{t.save}</button>}
      </form>
    </section>
  );
}
