import { useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { typedNumber } from '../../lib/format';
import { fieldErrors } from '../../lib/forms';
import type { Body } from '../../lib/governance';
import { fr } from '../../i18n/fr';
import { cycle } from '../../i18n/meetingCycle';

const t = fr.bodies;
const options = (r: Record<string, string>) => Object.entries(r) as [string, string][];
const empty = { name: '', kind: 'groupe_thematique', frequency: 'every_n_months', frequency_count: '3', confidentiality: 'restreint', description: '' };

function draftOf(b: Body) {
  return { name: b.name, kind: b.kind, frequency: b.frequency, frequency_count: b.frequency_count === null ? '' : String(b.frequency_count), confidentiality: b.confidentiality, description: b.description ?? '' };
}

/** Creates a body of the territory, or edits `body` when given; a plénière is public by law,
 * so choosing it says so. */
export function BodyForm(props: { territory: number; body?: Body & { version?: number }; onDone: (message: string) => void }) {
  const editing = props.body;
  const [b, setB] = useState(editing ? draftOf(editing) : empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const prefix = editing ? `edit${editing.id}.` : 'new.';
  const counted = b.frequency === 'times_per_year' || b.frequency === 'every_n_months';
  async function submit(e: Event) {
    e.preventDefault();
    const fields = {
      name: b.name, kind: b.kind, frequency: b.frequency, frequency_count: counted ? typedNumber(b.frequency_count) : null,
      confidentiality: b.confidentiality, description: b.description || null,
    };
    try {
      if (editing) {
        // A range the text gave ("une à deux fois par an") and the values marked as defaults stay
        // as long as the person leaves them as they were.
        const sameRhythm = fields.frequency === editing.frequency && fields.frequency_count === editing.frequency_count;
        const kept = (editing.defaults ?? []).filter((d) => (d === 'frequency' ? sameRhythm : d === 'confidentiality' ? fields.confidentiality === editing.confidentiality : true));
        await api('PUT', `/api/v1/bodies/${editing.id}`, {
          ...fields, frequency_max: sameRhythm ? editing.frequency_max ?? null : null, defaults: kept,
          axis_id: editing.axis_id, version: editing.version,
        });
      } else {
        await api('POST', '/api/v1/bodies', { territory_id: props.territory, ...fields });
        setB(empty);
      }
      setErrors({});
      setNotice('');
      props.onDone(editing ? cycle.bodySaved : t.created);
    } catch (err) {
      const r = fieldErrors(err, prefix);
      setErrors(r.errors);
      setNotice(r.message);
    }
  }
  const title = editing ? `${cycle.editBody} : ${editing.name}` : t.create;
  const headingId = editing ? `modifier-instance-${editing.id}` : 'nouvelle-instance';
  const H = editing ? 'h3' : 'h2';
  return (
    <form class={editing ? '' : 'card'} noValidate onSubmit={submit} aria-labelledby={headingId}>
      <H id={headingId}>{title}</H>
      <div class="grid">
        <Input path={`${prefix}name`} label={t.name} value={b.name} onInput={(v) => setB({ ...b, name: v })} errors={errors} required />
        <Choice path={`${prefix}kind`} label={t.kind} value={b.kind} options={options(fr.bodyKind)} errors={errors}
          onChange={(v) => setB({ ...b, kind: v, confidentiality: v === 'pleniere' ? 'public' : b.confidentiality })} />
        <Choice path={`${prefix}frequency`} label={t.frequency} value={b.frequency} options={options(fr.frequencyChoice)} errors={errors} onChange={(v) => setB({ ...b, frequency: v })} />
        {counted && <Input path={`${prefix}frequency_count`} label={t.frequencyCount} numeric value={b.frequency_count} onInput={(v) => setB({ ...b, frequency_count: v })} errors={errors} />}
        <Choice path={`${prefix}confidentiality`} label={t.confidentialityLabel} value={b.confidentiality} options={options(fr.confidentiality)} errors={errors} onChange={(v) => setB({ ...b, confidentiality: v })} />
      </div>
      <Input path={`${prefix}description`} label={t.description} multiline value={b.description} onInput={(v) => setB({ ...b, description: v })} errors={errors} />
      <div role="status" class="notice-line">{notice}</div>
      <button type="submit">{editing ? fr.action.save : t.create}</button>
    </form>
  );
}
