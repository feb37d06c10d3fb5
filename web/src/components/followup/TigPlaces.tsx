import { useEffect, useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { typedNumber } from '../../lib/format';
import { orNull, type TigPlace } from '../../lib/followup';
import { useAction } from '../../lib/useAction';
import type { Items } from '../../lib/types';
import { fr } from '../../i18n/fr';

const t = fr.followup;

/** The territory's TIG host places (no personal data); coordinators add them. */
export function TigPlaces(props: { territory: number; writer: boolean }) {
  const [places, setPlaces] = useState<TigPlace[]>([]);
  const [p, setP] = useState({ name: '', host_kind: 'commune', host_name: '', tasks: '', capacity: '1' });
  const { errors, notice, act } = useAction('place.');
  const load = async () => setPlaces((await api<Items<TigPlace>>('GET', `/api/v1/tig-places?territory_id=${props.territory}`)).items);
  useEffect(() => { load(); }, [props.territory]);
  function submit(e: Event) {
    e.preventDefault();
    act(api('POST', '/api/v1/tig-places', { territory_id: props.territory, name: p.name, host_kind: p.host_kind, host_name: p.host_name, tasks: orNull(p.tasks), capacity: typedNumber(p.capacity) }), t.placeAdded, load);
  }
  return (
    <section aria-labelledby="tig-places">
      <h2 id="tig-places">{t.places}</h2>
      {places.length === 0 ? <p class="hint">{fr.common.none}</p> : (
        <ul>{places.map((x) => <li key={x.id}>{x.name} — {x.host_name} ({fr.hostKind[x.host_kind]}), {x.capacity} {t.capacity.toLowerCase()}{x.tasks && ` : ${x.tasks}`}</li>)}</ul>
      )}
      {props.writer && (
        <form onSubmit={submit} noValidate class="inline" aria-label={t.addPlace}>
          <Input path="place.name" label={t.placeName} value={p.name} onInput={(v) => setP({ ...p, name: v })} errors={errors} />
          <Choice path="place.host_kind" label={t.hostKind} value={p.host_kind} onChange={(v) => setP({ ...p, host_kind: v })} errors={errors} options={Object.entries(fr.hostKind)} />
          <Input path="place.host_name" label={t.hostName} value={p.host_name} onInput={(v) => setP({ ...p, host_name: v })} errors={errors} />
          <Input path="place.tasks" label={t.tasks} value={p.tasks} onInput={(v) => setP({ ...p, tasks: v })} errors={errors} />
          <Input path="place.capacity" label={t.capacity} numeric value={p.capacity} onInput={(v) => setP({ ...p, capacity: v })} errors={errors} />
          <button type="submit" class="secondary">{t.addPlace}</button>
        </form>
      )}
      <p role="status" class="notice-line">{notice}</p>
    </section>
  );
}
