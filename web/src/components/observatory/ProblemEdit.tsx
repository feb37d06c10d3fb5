import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { useAction } from '../../lib/useAction';
import { ConfirmButton } from '../ConfirmButton';
import { Choice, fieldId, Input } from '../fields';
import type { Context, Problem } from './types';
import { problemsFr as t } from '../../i18n/observatory';

/** The coordination's edit of a problem: wording, partner in charge, category, due date, place
 * (the point placed on the map replaces the problem's), and its deletion (its facts stay, unlinked). */
export function ProblemEdit(props: { problem: Problem; context: Context; picked: [number, number] | null; onSaved: () => void }) {
  const p = props.problem;
  const prefix = `pe${p.id}-`;
  const [title, setTitle] = useState(p.title);
  const [organisation, setOrganisation] = useState(String(p.organisation_id));
  const [category, setCategory] = useState(p.category_id === null ? '' : String(p.category_id));
  const [due, setDue] = useState(p.due_on ?? '');
  const [place, setPlace] = useState(p.place ?? '');
  const [usePicked, setUsePicked] = useState(false);
  const { errors, notice, setNotice, act } = useAction(prefix);
  const point = usePicked && props.picked ? props.picked : p.latitude !== null ? [p.latitude, p.longitude] : null;
  function submit(e: Event) {
    e.preventDefault();
    const body = {
      title, description: p.description, organisation_id: Number(organisation), category_id: category ? Number(category) : null,
      opened_on: p.opened_on, due_on: due || null, place: place || null,
      latitude: point?.[0] ?? null, longitude: point?.[1] ?? null, version: p.version,
    };
    act(api('PUT', `/api/v1/problems/${p.id}`, body), t.edited, props.onSaved);
  }
  async function remove() {
    try {
      await api('DELETE', `/api/v1/problems/${p.id}`);
      props.onSaved();
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <details>
      <summary>{t.edit}<span class="visually-hidden"> — {p.title}</span></summary>
      <form noValidate class="inline" aria-label={`${t.edit} — ${p.title}`} onSubmit={submit}>
        <Input path={`${prefix}title`} label={t.titleField} value={title} onInput={setTitle} errors={errors} required />
        <Choice path={`${prefix}organisation_id`} label={t.inCharge} value={organisation} onChange={setOrganisation} errors={errors}
          options={props.context.organisations.map((o) => [String(o.id), o.name])} />
        <Choice path={`${prefix}category_id`} label={t.category} value={category} onChange={setCategory} errors={errors} empty="—"
          options={props.context.categories.map((c) => [String(c.id), c.label])} />
        <Input path={`${prefix}due_on`} label={t.dueField} type="date" value={due} onInput={setDue} errors={errors} />
        <Input path={`${prefix}place`} label={t.placeEdit} value={place} onInput={setPlace} errors={errors} />
        {props.picked && (
          <div class="field">
            <label class="check">
              <input id={fieldId(`${prefix}longitude`)} type="checkbox" checked={usePicked} onChange={(e) => setUsePicked((e.target as HTMLInputElement).checked)}
                aria-invalid={errors[`${prefix}longitude`] ? 'true' : undefined} aria-describedby={errors[`${prefix}longitude`] ? `${fieldId(`${prefix}longitude`)}-error` : undefined} />
              {' '}{t.movePoint}
            </label>
            {errors[`${prefix}longitude`] && <p id={`${fieldId(`${prefix}longitude`)}-error`} class="error">{errors[`${prefix}longitude`]}</p>}
          </div>
        )}
        <div class="buttons">
          <button type="submit" class="secondary">{t.save}</button>
          <ConfirmButton question={t.removeQuestion(p.incidents)} onConfirm={remove}>{t.remove}</ConfirmButton>
        </div>
        {notice && <p role="status">{notice}</p>}
      </form>
    </details>
  );
}
