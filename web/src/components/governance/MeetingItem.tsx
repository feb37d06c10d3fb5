import { useEffect, useState } from 'preact/hooks';
import { ConfirmButton } from '../ConfirmButton';
import { Input } from '../fields';
import { api } from '../../lib/api';
import { localDay } from '../../lib/format';
import { type Meeting, when } from '../../lib/governance';
import { fr } from '../../i18n/fr';
import { mail, type MailReport } from '../../i18n/mail';
import { cycle as c } from '../../i18n/meetingCycle';

const t = fr.bodies;

/** Now in the browser, as the meetings' local "YYYY-MM-DDTHH:MM". */
function localNow(): string {
  const d = new Date();
  return `${localDay(d)}T${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** One meeting of a body, and for a writer what can be done with a planned one: mark it held
 * once passed, move it, cancel it with a reason, delete it. `act` runs a request, says `done`
 * and reloads; field errors come back under `prefix`. */
export function MeetingItem(p: { meeting: Meeting; bodyName: string; writer: boolean; prefix: string; errors: Record<string, string>; act: (work: Promise<string | null>, done: (mailed: string | null) => string) => Promise<void> }) {
  const m = p.meeting;
  const [open, setOpen] = useState<'move' | 'cancel' | null>(null);
  const [move, setMove] = useState({ date: m.starts_at.slice(0, 10), time: m.starts_at.slice(11, 16), place: m.place ?? '' });
  const [reason, setReason] = useState('');
  // Saved (moved or cancelled): the form closes; refused, it stays open with its error.
  useEffect(() => setOpen(null), [m.version]);
  const label = `${p.bodyName}, ${when(m.starts_at)}`;
  // Once a convocation went out, a move or a cancellation follows it to the same people: the
  // update (or the cancellation) is sent at once, and said with the change.
  const put = (changes: Partial<Meeting> & { cancel_reason?: string | null }) =>
    api('PUT', `/api/v1/meetings/${m.id}`, { starts_at: m.starts_at, place: m.place, status: m.status, duration_minutes: m.duration_minutes, version: m.version, ...changes })
      .then(() => (m.convocation_sent_version === null || m.convocation_sent_version === undefined || changes.status === 'tenue' ? null
        : api<MailReport>('POST', `/api/v1/meetings/${m.id}/convocation/send`, {})
          .then((r) => mail.followed(mail.report(r.sent, r.without_address, r.failed)))
          .catch((e: unknown) => mail.notFollowed(e instanceof Error ? e.message : String(e)))));
  const said = (done: string) => (mailed: string | null) => (mailed ? `${done} ${mailed}` : done);
  const planned = p.writer && m.status === 'prevue';
  const passed = m.starts_at <= localNow();
  const hidden = <span class="visually-hidden">{` : ${label}`}</span>;
  return (
    <li>
      <a href={`/reunion.html?id=${m.id}`}>{when(m.starts_at)}</a>{m.place && ` — ${m.place}`} — {fr.meetingStatus[m.status]}
      {m.cancel_reason && ` (${c.reason(m.cancel_reason)})`}{' '}
      {planned && passed && (
        <button type="button" class="secondary small" onClick={() => p.act(put({ status: 'tenue' }), said(t.held))}>{t.markHeld}{hidden}</button>
      )}
      {planned && !passed && <span class="hint">{c.futureNotHeld}</span>}{' '}
      {planned && <button type="button" class="secondary small" aria-expanded={open === 'move'} onClick={() => setOpen(open === 'move' ? null : 'move')}>{c.move}{hidden}</button>}{' '}
      {planned && <button type="button" class="secondary small" aria-expanded={open === 'cancel'} onClick={() => setOpen(open === 'cancel' ? null : 'cancel')}>{c.cancel}{hidden}</button>}{' '}
      {p.writer && <ConfirmButton class="secondary small" question={c.removeQuestion(when(m.starts_at))} onConfirm={() => p.act(api('DELETE', `/api/v1/meetings/${m.id}`).then(() => null), said(c.removed))}>{c.remove}{hidden}</ConfirmButton>}
      {open === 'move' && (
        <form class="inline" noValidate aria-label={c.moveTitle(when(m.starts_at))}
          onSubmit={(e) => { e.preventDefault(); p.act(put({ starts_at: `${move.date}T${move.time}`, place: move.place || null }), said(c.moved)); }}>
          <Input path={`${p.prefix}m${m.id}.date`} label={c.date} type="date" value={move.date} onInput={(v) => setMove({ ...move, date: v })} errors={p.errors} />
          <Input path={`${p.prefix}m${m.id}.time`} label={t.time} type="time" value={move.time} onInput={(v) => setMove({ ...move, time: v })} errors={p.errors} />
          <Input path={`${p.prefix}m${m.id}.place`} label={t.place} value={move.place} onInput={(v) => setMove({ ...move, place: v })} errors={p.errors} />
          <button type="submit">{c.saveMove}</button>
        </form>
      )}
      {open === 'cancel' && (
        <form class="inline" noValidate aria-label={`${c.cancel} : ${label}`}
          onSubmit={(e) => { e.preventDefault(); p.act(put({ status: 'annulee', cancel_reason: reason.trim() || null }), said(c.cancelled)); }}>
          <Input path={`${p.prefix}cancel_reason`} label={c.cancelReason} value={reason} onInput={setReason} errors={p.errors} required />
          <button type="submit" class="danger">{c.confirmCancel}</button>
        </form>
      )}
    </li>
  );
}
