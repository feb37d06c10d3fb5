import { useState } from 'preact/hooks';
import { Input } from '../fields';
import { api } from '../../lib/api';
import { localDay } from '../../lib/format';
import { fieldErrors } from '../../lib/forms';
import type { Member } from '../../lib/governance';
import { cycle as c } from '../../i18n/meetingCycle';

/** Records the day a member left the body: the row and its history stay, access ends that day. */
export function MemberDeparture(props: { member: Member; onDone: (message: string) => void }) {
  const m = props.member;
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState(localDay());
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = `left${m.id}.`;
  async function submit(e: Event) {
    e.preventDefault();
    if (!day) {  // no date would record no departure at all
      setErrors({ [`${prefix}left_on`]: c.leftOnMissing });
      return;
    }
    try {
      await api('PUT', `/api/v1/members/${m.id}`, { role: m.role, charter_signed_on: m.charter_signed_on, left_on: day || null, version: m.version });
      setOpen(false);
      props.onDone(c.departed(m.contact_name));
    } catch (err) {
      const r = fieldErrors(err, prefix);
      setErrors(r.errors);
      props.onDone(r.message);
    }
  }
  if (!open) {
    return <button type="button" class="secondary small" onClick={() => setOpen(true)}>{c.departure}<span class="visually-hidden">{` : ${m.contact_name}`}</span></button>;
  }
  return (
    <form class="inline" noValidate onSubmit={submit} aria-label={c.departureOf(m.contact_name)}>
      <Input path={`${prefix}left_on`} label={c.leftOn} type="date" value={day} onInput={setDay} errors={errors} required />
      <button type="submit">{c.saveDeparture}</button>
      <button type="button" class="secondary" onClick={() => setOpen(false)}>{c.close}</button>
    </form>
  );
}
