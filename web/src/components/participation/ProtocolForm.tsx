import { useState } from 'preact/hooks';
import { Choice, Input, fieldId } from '../fields';
import { api } from '../../lib/api';
import { useAction } from '../../lib/useAction';
import { useFetched } from '../../lib/useFetched';
import type { Items, Territory } from '../../lib/types';
import type { Body } from '../../lib/governance';
import { participation as t } from '../../i18n/participation';
import type { CitizenProtocol } from './types';

const blank = (p?: CitizenProtocol) => ({
  signed_on: p?.signed_on ?? '', mayor: p?.mayor ?? '', prefect: p?.prefect ?? '', force: p?.force ?? 'gendarmerie',
  force_signatory: p?.force_signatory ?? '', communes: p?.communes ?? [], neighbourhoods: p?.neighbourhoods ?? '',
  officer_name: p?.officer_name ?? '', officer_unit: p?.officer_unit ?? '', body_id: p?.body_id ? String(p.body_id) : '',
  ended_on: p?.ended_on ?? '',
});
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** Records or edits a protocol: its signatories, the communes of the territory it covers (boxes),
 * its quartiers, the referent officer and the body whose meetings are the scheme's. */
export function ProtocolForm(props: { territory: Territory; protocol?: CitizenProtocol; onDone: (message: string) => void; onCancel?: () => void }) {
  const [v, setV] = useState(blank(props.protocol));
  const prefix = props.protocol ? `p${props.protocol.id}.` : 'newp.';
  const { errors, notice, act } = useAction(prefix);
  const bodies = useFetched<Items<Body>>(`/api/v1/bodies?territory_id=${props.territory.id}`)[0]?.items ?? [];
  const set = (k: keyof ReturnType<typeof blank>) => (value: string) => setV({ ...v, [k]: value });
  const toggle = (code: string) => setV({ ...v, communes: v.communes.includes(code) ? v.communes.filter((c) => c !== code) : [...v.communes, code] });
  const communes = props.territory.communes ?? [];
  const communeError = Object.entries(errors).find(([k]) => k.startsWith(`${prefix}communes`))?.[1];
  function submit(e: Event) {
    e.preventDefault();
    const body = {
      signed_on: v.signed_on, mayor: v.mayor, prefect: v.prefect, force: v.force, force_signatory: v.force_signatory,
      communes: v.communes, neighbourhoods: orNull(v.neighbourhoods), officer_name: orNull(v.officer_name),
      officer_unit: orNull(v.officer_unit), body_id: v.body_id ? Number(v.body_id) : null, ended_on: orNull(v.ended_on),
    };
    const work = props.protocol
      ? api('PUT', `/api/v1/citizen-protocols/${props.protocol.id}`, { ...body, version: props.protocol.version })
      : api('POST', `/api/v1/territories/${props.territory.id}/citizen-protocols`, body);
    const done = props.protocol ? t.saved : t.created;
    act(work, done, () => { if (!props.protocol) setV(blank()); props.onDone(done); });
  }
  const id = fieldId(`${prefix}communes`);
  return (
    <form class="card" noValidate onSubmit={submit} aria-label={props.protocol ? t.edit : t.add}>
      {!props.protocol && <h2>{t.add}</h2>}
      <Input path={`${prefix}signed_on`} label={t.signedOn} type="date" value={v.signed_on} onInput={set('signed_on')} errors={errors} required />
      <Input path={`${prefix}mayor`} label={t.mayor} value={v.mayor} onInput={set('mayor')} errors={errors} required />
      <Input path={`${prefix}prefect`} label={t.prefect} value={v.prefect} onInput={set('prefect')} errors={errors} required />
      <Choice path={`${prefix}force`} label={t.force} value={v.force} onChange={set('force')} errors={errors} options={Object.entries(t.forces)} />
      <Input path={`${prefix}force_signatory`} label={t.forceSignatory} value={v.force_signatory} onInput={set('force_signatory')} errors={errors} required />
      <fieldset class="field purposes" aria-describedby={communeError ? `${id}-error` : undefined}>
        <legend>{t.communes}</legend>
        {communes.map((c, i) => (
          <label key={c.code} class="check">
            <input type="checkbox" id={i === 0 ? id : undefined} checked={v.communes.includes(c.code)} onChange={() => toggle(c.code)} aria-invalid={communeError ? 'true' : undefined} />
            {' '}{c.name}
          </label>
        ))}
        {communeError && <p id={`${id}-error`} class="error">{communeError}</p>}
      </fieldset>
      <Input path={`${prefix}neighbourhoods`} label={t.neighbourhoods} value={v.neighbourhoods} onInput={set('neighbourhoods')} errors={errors} multiline />
      <Input path={`${prefix}officer_name`} label={t.officer} value={v.officer_name} onInput={set('officer_name')} errors={errors} />
      <Input path={`${prefix}officer_unit`} label={t.officerUnit} value={v.officer_unit} onInput={set('officer_unit')} errors={errors} />
      <Choice path={`${prefix}body_id`} label={t.body} value={v.body_id} onChange={set('body_id')} errors={errors} empty={t.bodyNone} options={bodies.map((b) => [String(b.id), b.name])} />
      {props.protocol && <Input path={`${prefix}ended_on`} label={t.endedOn} type="date" value={v.ended_on} onInput={set('ended_on')} errors={errors} />}
      <p>
        <button type="submit">{t.save}</button>
        {props.onCancel && <>{' '}<button type="button" class="secondary" onClick={props.onCancel}>{t.cancel}</button></>}
      </p>
      <div role="status" class="notice-line">{notice}</div>
    </form>
  );
}
