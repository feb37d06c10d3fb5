import { useEffect, useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { fieldErrors } from '../../lib/forms';
import type { Body } from '../../lib/governance';
import type { Items } from '../../lib/types';
import { fr } from '../../i18n/fr';

const t = fr.bodies;
interface Organisation { id: number; name: string; contacts: { id: number; name: string }[] }

/** Adds a person of the territory's directory to a body, with the date they signed the charter. */
export function MemberForm(props: { body: Body; onAdded: (message: string) => void }) {
  const [people, setPeople] = useState<[string, string][]>([]);
  const [m, setM] = useState({ contact_id: '', role: 'membre', charter_signed_on: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = `m${props.body.id}.`;
  useEffect(() => {
    api<Items<Organisation>>('GET', `/api/v1/organisations?territory_id=${props.body.territory_id}`).then((r) =>
      setPeople(r.items.flatMap((o) => o.contacts.map((c) => [String(c.id), `${c.name} (${o.name})`] as [string, string]))));
  }, [props.body.id]);
  async function submit(e: Event) {
    e.preventDefault();
    try {
      await api('POST', `/api/v1/bodies/${props.body.id}/members`, {
        contact_id: m.contact_id ? Number(m.contact_id) : null, role: m.role, charter_signed_on: m.charter_signed_on || null,
      });
      setErrors({});
      setM({ ...m, contact_id: '', charter_signed_on: '' });
      props.onAdded(t.memberAdded);
    } catch (err) {
      const r = fieldErrors(err, prefix);
      setErrors(r.errors);
      props.onAdded(r.message);
    }
  }
  return (
    <form class="inline" noValidate onSubmit={submit} aria-label={`${t.addMember} : ${props.body.name}`}>
      <Choice path={`${prefix}contact_id`} label={t.contact} value={m.contact_id} empty="—" options={people} errors={errors} onChange={(v) => setM({ ...m, contact_id: v })} />
      <Choice path={`${prefix}role`} label={t.role} value={m.role} options={Object.entries(fr.memberRole) as [string, string][]} errors={errors} onChange={(v) => setM({ ...m, role: v })} />
      <Input path={`${prefix}charter_signed_on`} label={t.charterDate} type="date" value={m.charter_signed_on} onInput={(v) => setM({ ...m, charter_signed_on: v })} errors={errors} />
      <button type="submit" class="secondary">{t.addMember}</button>
    </form>
  );
}
