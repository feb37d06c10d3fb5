import { useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { typedNumber } from '../../lib/format';
import { fieldErrors } from '../../lib/forms';
import { fr } from '../../i18n/fr';

const t = fr.bodies;
const options = (r: Record<string, string>) => Object.entries(r) as [string, string][];
const empty = { name: '', kind: 'groupe_thematique', frequency: 'every_n_months', frequency_count: '3', confidentiality: 'restreint', description: '' };

/** Creates a body of the territory; a plénière is public by law, so choosing it says so. */
export function BodyForm(props: { territory: number; onCreated: () => void }) {
  const [b, setB] = useState(empty);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const counted = b.frequency === 'times_per_year' || b.frequency === 'every_n_months';
  async function submit(e: Event) {
    e.preventDefault();
    try {
      await api('POST', '/api/v1/bodies', {
        territory_id: props.territory, name: b.name, kind: b.kind, frequency: b.frequency,
        frequency_count: counted ? typedNumber(b.frequency_count) : null, confidentiality: b.confidentiality,
        description: b.description || null,
      });
      setB(empty);
      setErrors({});
      setNotice(t.created);
      props.onCreated();
    } catch (err) {
      const r = fieldErrors(err, 'new.');
      setErrors(r.errors);
      setNotice(r.message);
    }
  }
  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby="nouvelle-instance">
      <h2 id="nouvelle-instance">{t.create}</h2>
      <div class="grid">
        <Input path="new.name" label={t.name} value={b.name} onInput={(v) => setB({ ...b, name: v })} errors={errors} required />
        <Choice path="new.kind" label={t.kind} value={b.kind} options={options(fr.bodyKind)} errors={errors}
          onChange={(v) => setB({ ...b, kind: v, confidentiality: v === 'pleniere' ? 'public' : b.confidentiality })} />
        <Choice path="new.frequency" label={t.frequency} value={b.frequency} options={options(fr.frequencyChoice)} errors={errors} onChange={(v) => setB({ ...b, frequency: v })} />
        {counted && <Input path="new.frequency_count" label={t.frequencyCount} numeric value={b.frequency_count} onInput={(v) => setB({ ...b, frequency_count: v })} errors={errors} />}
        <Choice path="new.confidentiality" label={t.confidentialityLabel} value={b.confidentiality} options={options(fr.confidentiality)} errors={errors} onChange={(v) => setB({ ...b, confidentiality: v })} />
      </div>
      <Input path="new.description" label={t.description} multiline value={b.description} onInput={(v) => setB({ ...b, description: v })} errors={errors} />
      <div role="status" class="notice-line">{notice}</div>
      <button type="submit">{t.create}</button>
    </form>
  );
}
