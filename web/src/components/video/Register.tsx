import { useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { TableScroll } from '../TableScroll';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { useFetched } from '../../lib/useFetched';
import type { Items } from '../../lib/types';
import { video as t } from '../../i18n/video';
import type { Camera, RegisterEntry, VideoSystem } from './types';

const empty = { kind: 'visionnage', occurred_on: '', reason: '', requester: '', requester_unit: '', procedure_reference: '', camera_id: '', images_from: '', images_to: '', medium: '', handed_to: '', handed_on: '', led_to_procedure: '' };
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
const today = () => new Date().toISOString().slice(0, 10);
const when = (dt: string | null) => (dt ? `${formatDate(dt)} ${dt.slice(11, 16)}` : '');

/** The register, for its designated agents only: what was viewed, extracted or requisitioned,
 * the copy's last day under the retention (flagged when past), and the form to consign. */
export function Register(props: { system: VideoSystem; cameras: Camera[] }) {
  const s = props.system;
  const [refresh, setRefresh] = useState(0);
  const entries = useFetched<Items<RegisterEntry>>(`/api/v1/video-systems/${s.id}/register`, refresh)[0]?.items ?? null;
  const [v, setV] = useState(empty);
  const prefix = `r${s.id}.`;
  const { errors, notice, act } = useAction(prefix);
  const reload = () => setRefresh((n) => n + 1);
  const set = (k: keyof typeof empty) => (value: string) => setV({ ...v, [k]: value });
  const camera = (id: number | null) => props.cameras.find((c) => c.id === id)?.identifier ?? '';
  function add(e: Event) {
    e.preventDefault();
    act(api('POST', `/api/v1/video-systems/${s.id}/register`, {
      kind: v.kind, occurred_on: v.occurred_on, reason: v.reason,
      requester: orNull(v.requester), requester_unit: orNull(v.requester_unit), procedure_reference: orNull(v.procedure_reference),
      camera_id: v.camera_id ? Number(v.camera_id) : null,
      images_from: orNull(v.images_from), images_to: orNull(v.images_to), medium: orNull(v.medium),
      handed_to: orNull(v.handed_to), handed_on: orNull(v.handed_on),
      led_to_procedure: v.led_to_procedure === '' ? null : v.led_to_procedure === 'oui',
    }), t.register.added, () => { setV(empty); reload(); });
  }
  function destroy(e: RegisterEntry) {
    const { id, agent_name, created_at, destroy_by, retention_breached, ...fields } = e;
    void agent_name; void created_at; void destroy_by; void retention_breached;
    act(api('PUT', `/api/v1/register-entries/${id}`, { ...fields, destroyed_on: today() }), t.register.destroyed, reload);
  }
  return (
    <>
      <h3>{t.register.title}</h3>
      {entries === null ? null : entries.length === 0 ? <p>{t.register.none}</p> : (
        <TableScroll label={`${t.register.title} : ${s.name}`}>
          <table>
            <thead><tr><th scope="col">{t.register.day}</th><th scope="col">{t.register.kind}</th><th scope="col">{t.register.reason}</th><th scope="col">{t.register.requester}</th><th scope="col">{t.register.camera}</th><th scope="col">{t.register.imagesFrom}</th><th scope="col">{t.register.handedTo}</th><th scope="col">{t.register.destroyBy}</th><th scope="col">{t.register.agent}</th></tr></thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id}>
                  <th scope="row">{formatDate(e.occurred_on)}</th>
                  <td>{t.registerKind[e.kind]}</td>
                  <td>{e.reason}</td>
                  <td>{[e.requester, e.requester_unit, e.procedure_reference].filter(Boolean).join(', ')}</td>
                  <td>{camera(e.camera_id)}</td>
                  <td>{e.images_from && `${when(e.images_from)} – ${when(e.images_to)}`}</td>
                  <td>{e.handed_to && `${e.handed_to}${e.handed_on ? `, ${formatDate(e.handed_on)}` : ''}`}</td>
                  <td>
                    {e.destroyed_on ? `${t.register.destroyedOn} ${formatDate(e.destroyed_on)}` : formatDate(e.destroy_by)}
                    {e.retention_breached && <strong class="error"> — {t.register.breached}</strong>}
                    {e.destroy_by && !e.destroyed_on && <>{' '}<button type="button" class="secondary small" onClick={() => destroy(e)}>{t.register.destroy}<span class="visually-hidden">{` : ${formatDate(e.occurred_on)}`}</span></button></>}
                  </td>
                  <td>{e.agent_name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <form class="card" noValidate onSubmit={add} aria-label={`${t.register.newEntry} : ${s.name}`}>
        <h4>{t.register.newEntry}</h4>
        <Choice path={`${prefix}kind`} label={t.register.kind} value={v.kind} onChange={set('kind')} errors={errors} options={Object.entries(t.registerKind)} />
        <Input path={`${prefix}occurred_on`} label={t.register.day} type="date" value={v.occurred_on} onInput={set('occurred_on')} errors={errors} required />
        <Input path={`${prefix}reason`} label={t.register.reason} value={v.reason} onInput={set('reason')} errors={errors} required multiline />
        <Input path={`${prefix}requester`} label={t.register.requester} value={v.requester} onInput={set('requester')} errors={errors} />
        <Input path={`${prefix}requester_unit`} label={t.register.unit} value={v.requester_unit} onInput={set('requester_unit')} errors={errors} />
        <Input path={`${prefix}procedure_reference`} label={t.register.procedure} value={v.procedure_reference} onInput={set('procedure_reference')} errors={errors} />
        <Choice path={`${prefix}camera_id`} label={t.register.camera} value={v.camera_id} onChange={set('camera_id')} errors={errors} empty={t.register.cameraNone} options={props.cameras.map((c) => [String(c.id), `${c.identifier} — ${c.place}`])} />
        <Input path={`${prefix}images_from`} label={t.register.imagesFrom} type="datetime-local" value={v.images_from} onInput={set('images_from')} errors={errors} />
        <Input path={`${prefix}images_to`} label={t.register.imagesTo} type="datetime-local" value={v.images_to} onInput={set('images_to')} errors={errors} />
        <Input path={`${prefix}medium`} label={t.register.medium} value={v.medium} onInput={set('medium')} errors={errors} />
        <Input path={`${prefix}handed_to`} label={t.register.handedTo} value={v.handed_to} onInput={set('handed_to')} errors={errors} />
        <Input path={`${prefix}handed_on`} label={t.register.handedOn} type="date" value={v.handed_on} onInput={set('handed_on')} errors={errors} />
        <Choice path={`${prefix}led_to_procedure`} label={t.register.outcome} value={v.led_to_procedure} onChange={set('led_to_procedure')} errors={errors} empty={t.register.outcomeUnknown} options={[['oui', t.register.outcomeYes], ['non', t.register.outcomeNo]]} />
        <button type="submit">{t.register.add}</button>
        <div role="status" class="notice-line">{notice}</div>
      </form>
    </>
  );
}
