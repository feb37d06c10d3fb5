import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { parseNumber, typedNumber } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { Choice, Input } from '../fields';
import type { Context, Problem } from './types';
import { fr } from '../../i18n/fr';
import { problemsFr as pt } from '../../i18n/observatory';

const t = fr.observatory;
const parseCoordinate = (s: string) => parseNumber(s) ?? NaN;

/** A partner's or coordinator's report of one fact: a point from the map (or typed), or a place. */
export function ReportForm(props: { territory: number; context: Context; problems: Problem[]; picked: [number, number] | null; onPicked: (p: [number, number] | null) => void; onSaved: () => void }) {
  const c = props.context;
  const open = props.problems.filter((p) => p.status !== 'clos');
  const [category, setCategory] = useState(String(c.categories[0]?.id ?? ''));
  const [organisation, setOrganisation] = useState(String(c.organisations[0]?.id ?? ''));
  const [date, setDate] = useState('');
  const [time, setTime] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [place, setPlace] = useState('');
  const [description, setDescription] = useState('');
  const [problem, setProblem] = useState('');
  const { errors, notice, act } = useAction('');
  // What the person types stays as typed; the point counts once both coordinates read as
  // numbers (until then the map keeps none), and a click on the map fills both fields.
  const [typed, setTyped] = useState<[string, string]>(['', '']);
  useEffect(() => {
    const p = props.picked;
    const [y, x] = typed.map(parseCoordinate);
    if (p === null) {
      if (!Number.isNaN(x) && !Number.isNaN(y)) setTyped(['', '']);
    } else if (p[0] !== y || p[1] !== x) {
      setTyped([String(Math.round(p[0] * 1e6) / 1e6), String(Math.round(p[1] * 1e6) / 1e6)]);
    }
  }, [props.picked]);
  const [lat, lon] = props.picked ?? [null, null];
  const coordinate = (v: string, which: 0 | 1) => {
    const next: [string, string] = [...typed];
    next[which] = v;
    setTyped(next);
    const [y, x] = next.map(parseCoordinate);
    props.onPicked(Number.isNaN(x) || Number.isNaN(y) ? null : [y, x]);
  };
  function submit(e: Event) {
    e.preventDefault();
    const body = {
      category_id: Number(category),
      organisation_id: Number(organisation),
      occurred_on: date,
      occurred_time: time || null,
      period_end: periodEnd || null,
      // As typed when only one is there or one cannot be read: the server names that field.
      longitude: lon ?? (typed[1].trim() ? typedNumber(typed[1]) : null),
      latitude: lat ?? (typed[0].trim() ? typedNumber(typed[0]) : null),
      place: place || null,
      description: description || null,
      problem_id: problem ? Number(problem) : null,
    };
    act(api('POST', `/api/v1/territories/${props.territory}/incidents`, body), t.saved, () => {
      setDescription('');
      setPlace('');
      props.onPicked(null);
      props.onSaved();
    });
  }
  return (
    <form noValidate class="card" onSubmit={submit} aria-labelledby="signaler">
      <h2 id="signaler">{t.report}</h2>
      <p class="hint">{t.reportHelp}</p>
      <Choice path="category_id" label={t.category} value={category} onChange={setCategory} errors={errors}
        options={c.categories.map((x) => [String(x.id), x.label])} />
      <Choice path="organisation_id" label={t.organisation} value={organisation} onChange={setOrganisation} errors={errors}
        options={c.organisations.map((o) => [String(o.id), o.name])} />
      <Input path="occurred_on" label={t.date} type="date" value={date} onInput={setDate} errors={errors} required />
      <Input path="occurred_time" label={t.time} type="time" value={time} onInput={setTime} errors={errors} />
      <Input path="period_end" label={t.periodEnd} type="date" value={periodEnd} onInput={setPeriodEnd} errors={errors} />
      <Input path="latitude" label={t.latitude} value={typed[0]} onInput={(v) => coordinate(v, 0)} errors={errors} />
      <Input path="longitude" label={t.longitude} value={typed[1]} onInput={(v) => coordinate(v, 1)} errors={errors} />
      {props.picked && <p class="hint" aria-live="polite">{t.pointSet(lat!.toFixed(5).replace('.', ','), lon!.toFixed(5).replace('.', ','))}</p>}
      <Input path="place" label={t.place} value={place} onInput={setPlace} errors={errors} />
      <Input path="description" label={t.description} value={description} onInput={(v) => setDescription(v.slice(0, c.description_length))}
        errors={errors} multiline hint={`${t.noNames} ${t.remaining(c.description_length - description.length)}`} />
      {open.length > 0 && (
        <Choice path="problem_id" label={pt.linkedProblem} hint={pt.linkedProblemHint} value={problem} onChange={setProblem} errors={errors} empty="—"
          options={open.map((p) => [String(p.id), p.title])} />
      )}
      <div class="buttons"><button type="submit">{t.submit}</button></div>
      {notice && <p role="status">{notice}</p>}
    </form>
  );
}
