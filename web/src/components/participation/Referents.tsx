import { useState } from 'preact/hooks';
import { Input } from '../fields';
import { ConfirmButton } from '../ConfirmButton';
import { TableScroll } from '../TableScroll';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useFetched } from '../../lib/useFetched';
import type { Items } from '../../lib/types';
import { participation as t } from '../../i18n/participation';
import type { CitizenProtocol, CitizenReferent } from './types';

const empty = { name: '', neighbourhood: '', phone: '', email: '', consent_on: '' };
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const today = () => new Date().toISOString().slice(0, 10);

/** The citizen referents of a protocol, for the coordination: their minimal contacts, the day of
 * their consent, a departure (which erases phone and e-mail) or an erasure (consent withdrawn). */
export function Referents(props: { protocol: CitizenProtocol; onChange: () => void }) {
  const p = props.protocol;
  const [refresh, setRefresh] = useState(0);
  const referents = useFetched<Items<CitizenReferent>>(`/api/v1/citizen-protocols/${p.id}/referents`, refresh)[0]?.items ?? null;
  const [v, setV] = useState(empty);
  const prefix = `ref${p.id}.`;
  const { errors, notice, act } = useAction(prefix);
  const reload = () => { setRefresh((n) => n + 1); props.onChange(); };
  const set = (k: keyof typeof empty) => (value: string) => setV({ ...v, [k]: value });
  function leave(r: CitizenReferent) {
    const { id, ...fields } = r;
    act(api('PUT', `/api/v1/citizen-referents/${id}`, { ...fields, left_on: today() }), t.referents.departed, reload);
  }
  return (
    <>
      <h3>{t.referents.title}</h3>
      <p class="hint">{t.referents.hint}</p>
      {referents !== null && (referents.length === 0 ? <p>{t.referents.none}</p> : (
        <TableScroll label={t.referents.title}>
          <table>
            <thead><tr><th scope="col">{t.referents.name}</th><th scope="col">{t.referents.neighbourhood}</th><th scope="col">{t.referents.phone}</th><th scope="col">{t.referents.email}</th><th scope="col">{t.referents.consent}</th><th scope="col">{t.referents.left}</th><th scope="col"><span class="visually-hidden">{t.referents.erase}</span></th></tr></thead>
            <tbody>
              {referents.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th><td>{r.neighbourhood}</td><td>{r.phone}</td><td>{r.email}</td><td>{formatDate(r.consent_on)}</td>
                  <td>{r.left_on ? formatDate(r.left_on) : <button type="button" class="secondary small" onClick={() => leave(r)}>{t.referents.leave}<span class="visually-hidden">{` : ${r.name}`}</span></button>}</td>
                  <td><ConfirmButton class="secondary small" question={t.referents.eraseQuestion(r.name)} onConfirm={() => act(api('DELETE', `/api/v1/citizen-referents/${r.id}`), t.referents.erased, reload)}>{t.referents.erase}<span class="visually-hidden">{` : ${r.name}`}</span></ConfirmButton></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      ))}
      <form class="inline" noValidate aria-label={t.referents.add}
        onSubmit={(e) => { e.preventDefault(); act(api('POST', `/api/v1/citizen-protocols/${p.id}/referents`, { name: v.name, neighbourhood: orNull(v.neighbourhood), phone: orNull(v.phone), email: orNull(v.email), consent_on: orNull(v.consent_on) }), t.referents.added, () => { setV(empty); reload(); }); }}>
        <Input path={`${prefix}name`} label={t.referents.name} value={v.name} onInput={set('name')} errors={errors} required />
        <Input path={`${prefix}neighbourhood`} label={t.referents.neighbourhood} value={v.neighbourhood} onInput={set('neighbourhood')} errors={errors} />
        <Input path={`${prefix}phone`} label={t.referents.phone} type="tel" value={v.phone} onInput={set('phone')} errors={errors} />
        <Input path={`${prefix}email`} label={t.referents.email} type="email" value={v.email} onInput={set('email')} errors={errors} />
        <Input path={`${prefix}consent_on`} label={t.referents.consent} type="date" value={v.consent_on} onInput={set('consent_on')} errors={errors} required />
        <button type="submit">{t.referents.add}</button>
      </form>
      <div role="status" class="notice-line">{notice}</div>
    </>
  );
}
