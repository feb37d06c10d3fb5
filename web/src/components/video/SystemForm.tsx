import { useState } from 'preact/hooks';
import { Choice, Input, fieldId } from '../fields';
import { api } from '../../lib/api';
import { useAction } from '../../lib/useAction';
import { useFetched } from '../../lib/useFetched';
import type { Items } from '../../lib/types';
import type { Body } from '../../lib/governance';
import { video as t } from '../../i18n/video';
import type { VideoRules, VideoSystem } from './types';

const blank = (s?: VideoSystem) => ({
  name: s?.name ?? '',
  authorisation_reference: s?.authorisation_reference ?? '',
  authorised_on: s?.authorised_on ?? '',
  purposes: s?.purposes ?? [],
  retention_days: String(s?.retention_days ?? 30),
  aipd_on: s?.aipd_on ?? '',
  cnil_reference: s?.cnil_reference ?? '',
  commission_opinion_on: s?.commission_opinion_on ?? '',
  commission_opinion: s?.commission_opinion ?? '',
  charter_adopted_on: s?.charter_adopted_on ?? '',
  ethics_body_id: s?.ethics_body_id ? String(s.ethics_body_id) : '',
  notes: s?.notes ?? '',
});

const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

/** Records a system or edits one: every field the préfecture's file and the CNIL ask for. The
 * purposes are the closed list of the rules; the retention's maximum is said at the field. */
export function SystemForm(props: { territory: number; rules: VideoRules; system?: VideoSystem; onDone: (message: string) => void; onCancel?: () => void }) {
  const [v, setV] = useState(blank(props.system));
  const prefix = props.system ? `s${props.system.id}.` : 'new.';
  const { errors, notice, act } = useAction(prefix);
  const bodies = useFetched<Items<Body>>(`/api/v1/bodies?territory_id=${props.territory}`)[0]?.items ?? [];
  const set = (k: keyof ReturnType<typeof blank>) => (value: string) => setV({ ...v, [k]: value });
  const toggle = (code: number) => setV({ ...v, purposes: v.purposes.includes(code) ? v.purposes.filter((c) => c !== code) : [...v.purposes, code].sort((a, b) => a - b) });
  function submit(e: Event) {
    e.preventDefault();
    const body = {
      name: v.name,
      authorisation_reference: orNull(v.authorisation_reference),
      authorised_on: orNull(v.authorised_on),
      purposes: v.purposes,
      retention_days: /^\s*\d+\s*$/.test(v.retention_days) ? Number(v.retention_days) : v.retention_days,
      aipd_on: orNull(v.aipd_on),
      cnil_reference: orNull(v.cnil_reference),
      commission_opinion_on: orNull(v.commission_opinion_on),
      commission_opinion: orNull(v.commission_opinion),
      charter_adopted_on: orNull(v.charter_adopted_on),
      ethics_body_id: v.ethics_body_id ? Number(v.ethics_body_id) : null,
      notes: orNull(v.notes),
    };
    const work = props.system
      ? api('PUT', `/api/v1/video-systems/${props.system.id}`, { ...body, version: props.system.version })
      : api('POST', `/api/v1/territories/${props.territory}/video-systems`, body);
    act(work, props.system ? t.system.saved : t.system.created, () => {
      if (!props.system) setV(blank());
      props.onDone(props.system ? t.system.saved : t.system.created);
    });
  }
  const purposeError = errors[`${prefix}purposes`];
  return (
    <form class="card" noValidate onSubmit={submit} aria-label={props.system ? `${t.system.edit} : ${props.system.name}` : t.system.add}>
      {!props.system && <h2>{t.system.add}</h2>}
      <Input path={`${prefix}name`} label={t.system.name} hint={t.system.nameHint} value={v.name} onInput={set('name')} errors={errors} required />
      <Input path={`${prefix}authorisation_reference`} label={t.system.reference} value={v.authorisation_reference} onInput={set('authorisation_reference')} errors={errors} />
      <Input path={`${prefix}authorised_on`} label={t.system.authorisedOn} type="date" value={v.authorised_on} onInput={set('authorised_on')} errors={errors} />
      <fieldset class="field purposes" aria-describedby={purposeError ? `${fieldId(`${prefix}purposes`)}-error` : `${fieldId(`${prefix}purposes`)}-hint`}>
        <legend>{t.system.purposes}</legend>
        <span id={`${fieldId(`${prefix}purposes`)}-hint`} class="hint">{t.system.purposesHint} {props.rules.purposes_source}</span>
        {props.rules.purposes.map((p, i) => (
          <label key={p.code} class="check">
            <input type="checkbox" id={i === 0 ? fieldId(`${prefix}purposes`) : undefined} checked={v.purposes.includes(p.code)} onChange={() => toggle(p.code)} aria-invalid={purposeError ? 'true' : undefined} />
            {' '}{p.label} <span class="hint">({p.reference})</span>
          </label>
        ))}
        {purposeError && <p id={`${fieldId(`${prefix}purposes`)}-error`} class="error">{purposeError}</p>}
      </fieldset>
      <Input path={`${prefix}retention_days`} label={t.system.retention} hint={t.system.retentionHint(props.rules.max_retention_days)} value={v.retention_days} onInput={set('retention_days')} errors={errors} numeric required />
      <Input path={`${prefix}aipd_on`} label={t.system.aipd} type="date" value={v.aipd_on} onInput={set('aipd_on')} errors={errors} />
      <Input path={`${prefix}cnil_reference`} label={t.system.cnil} value={v.cnil_reference} onInput={set('cnil_reference')} errors={errors} />
      <Input path={`${prefix}commission_opinion_on`} label={t.system.commissionOn} type="date" value={v.commission_opinion_on} onInput={set('commission_opinion_on')} errors={errors} />
      <Choice path={`${prefix}commission_opinion`} label={t.system.commission} value={v.commission_opinion} onChange={set('commission_opinion')} errors={errors} empty={t.system.notRecorded} options={Object.entries(t.opinion)} />
      <Input path={`${prefix}charter_adopted_on`} label={t.system.charter} type="date" value={v.charter_adopted_on} onInput={set('charter_adopted_on')} errors={errors} />
      <Choice path={`${prefix}ethics_body_id`} label={t.system.ethics} hint={t.system.ethicsHint} value={v.ethics_body_id} onChange={set('ethics_body_id')} errors={errors} empty={t.system.ethicsNone} options={bodies.map((b) => [String(b.id), b.name])} />
      <Input path={`${prefix}notes`} label={t.system.notes} value={v.notes} onInput={set('notes')} errors={errors} multiline />
      <p>
        <button type="submit">{t.system.save}</button>
        {props.onCancel && <>{' '}<button type="button" class="secondary" onClick={props.onCancel}>{t.system.cancel}</button></>}
      </p>
      <div role="status" class="notice-line">{notice}</div>
    </form>
  );
}
