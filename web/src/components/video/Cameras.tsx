import { useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { ConfirmButton } from '../ConfirmButton';
import { TableScroll } from '../TableScroll';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { video as t } from '../../i18n/video';
import { CameraMap } from './CameraMap';
import type { Camera, VideoSystem } from './types';

const empty = { identifier: '', place: '', kind: 'fixe', longitude: '', latitude: '', in_service_on: '', out_of_service_on: '' };
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());
// Not a number: sent as typed, so that the server's refusal names the field (never lost as null).
const numberOrNull = (v: string) => {
  if (v.trim() === '') return null;
  const n = Number(v.trim().replace(',', '.'));
  return Number.isNaN(n) ? v : n;
};

/** A system's cameras: the table, the map and, for those who manage the scheme, the form. */
export function Cameras(props: { system: VideoSystem; cameras: Camera[] | null; writer: boolean; onChange: () => void }) {
  const s = props.system;
  const cameras = props.cameras;
  const [v, setV] = useState(empty);
  const prefix = `c${s.id}.`;
  const { errors, notice, setNotice, act } = useAction(prefix);
  const reload = props.onChange;
  const set = (k: keyof typeof empty) => (value: string) => setV({ ...v, [k]: value });
  function add(e: Event) {
    e.preventDefault();
    act(api('POST', `/api/v1/video-systems/${s.id}/cameras`, {
      identifier: v.identifier, place: v.place, kind: v.kind,
      longitude: numberOrNull(v.longitude), latitude: numberOrNull(v.latitude),
      in_service_on: orNull(v.in_service_on), out_of_service_on: orNull(v.out_of_service_on),
    }), t.cameras.added, () => { setV(empty); reload(); });
  }
  return (
    <>
      <h3>{t.cameras.title}</h3>
      <p class="hint">{t.cameras.hidden}</p>
      {cameras === null ? null : cameras.length === 0 ? <p>{t.cameras.none}</p> : (
        <TableScroll label={`${t.cameras.title} : ${s.name}`}>
          <table>
            <thead><tr><th scope="col">{t.cameras.identifier}</th><th scope="col">{t.cameras.place}</th><th scope="col">{t.cameras.kind}</th><th scope="col">{t.cameras.inService}</th><th scope="col">{t.cameras.outOfService}</th>{props.writer && <th scope="col"><span class="visually-hidden">{t.cameras.remove}</span></th>}</tr></thead>
            <tbody>
              {cameras.map((c) => (
                <tr key={c.id}>
                  <th scope="row">{c.identifier}</th><td>{c.place}</td><td>{t.cameraKind[c.kind]}</td><td>{formatDate(c.in_service_on)}</td><td>{formatDate(c.out_of_service_on)}</td>
                  {props.writer && (
                    <td><ConfirmButton class="secondary small" question={t.cameras.removeQuestion(c.identifier)}
                      onConfirm={() => act(api('DELETE', `/api/v1/cameras/${c.id}`), t.cameras.removed, reload)}>
                      {t.cameras.remove}<span class="visually-hidden">{` : ${c.identifier}`}</span>
                    </ConfirmButton></td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {cameras !== null && <CameraMap territory={s.territory_id} name={s.name} cameras={cameras}
        onPick={props.writer ? (lat, lon) => { setV((x) => ({ ...x, latitude: lat.toFixed(6), longitude: lon.toFixed(6) })); setNotice(''); } : undefined} />}
      {props.writer && (
        <form class="inline" noValidate onSubmit={add} aria-label={`${t.cameras.add} : ${s.name}`}>
          <Input path={`${prefix}identifier`} label={t.cameras.identifier} value={v.identifier} onInput={set('identifier')} errors={errors} required />
          <Input path={`${prefix}place`} label={t.cameras.place} value={v.place} onInput={set('place')} errors={errors} required />
          <Choice path={`${prefix}kind`} label={t.cameras.kind} value={v.kind} onChange={set('kind')} errors={errors} options={Object.entries(t.cameraKind)} />
          <Input path={`${prefix}longitude`} label={t.cameras.longitude} hint={t.cameras.pointHint} value={v.longitude} onInput={set('longitude')} errors={errors} numeric />
          <Input path={`${prefix}latitude`} label={t.cameras.latitude} value={v.latitude} onInput={set('latitude')} errors={errors} numeric />
          <Input path={`${prefix}in_service_on`} label={t.cameras.inService} type="date" value={v.in_service_on} onInput={set('in_service_on')} errors={errors} />
          <Input path={`${prefix}out_of_service_on`} label={t.cameras.outOfService} type="date" value={v.out_of_service_on} onInput={set('out_of_service_on')} errors={errors} />
          <button type="submit">{t.cameras.add}</button>
        </form>
      )}
      <div role="status" class="notice-line">{notice}</div>
    </>
  );
}
