import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { formatDate, formatInstant } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { Choice, Input } from '../fields';
import { ProblemEdit } from './ProblemEdit';
import type { Context, Problem } from './types';
import { problemsFr as t } from '../../i18n/observatory';
import { TableScroll } from '../TableScroll';

interface BoardLine { organisation: string; open: number; late: number; solved: number; median_days: number | null }

function StepForm(props: { problem: Problem; manager: boolean; onSaved: () => void }) {
  const allowed = Object.entries(t.statuses).filter(([k]) => props.manager || (k !== 'clos' && k !== 'nouveau'));
  // A status the list offers: a new problem's partner starts at « Pris en charge ».
  const initial = allowed.some(([k]) => k === props.problem.status) ? props.problem.status : allowed[0][0];
  const [status, setStatus] = useState(initial);
  const [note, setNote] = useState('');
  const { errors, notice, act } = useAction(`p${props.problem.id}-`);
  return (
    <form noValidate class="inline" aria-label={`${t.step} — ${props.problem.title}`} onSubmit={(e) => {
      e.preventDefault();
      act(api('POST', `/api/v1/problems/${props.problem.id}/steps`, { status, note: note || null }), t.stepSaved, () => { setNote(''); props.onSaved(); });
    }}>
      <Choice path={`p${props.problem.id}-status`} label={t.status} value={status} onChange={setStatus} errors={errors} options={allowed} />
      <Input path={`p${props.problem.id}-note`} label={t.note} value={note} onInput={setNote} errors={errors} />
      <button type="submit" class="secondary">{t.saveStep}</button>
      {notice && <p role="status">{notice}</p>}
    </form>
  );
}

function OpenForm(props: { territory: number; context: Context; picked: [number, number] | null; onSaved: () => void }) {
  const [title, setTitle] = useState('');
  const [organisation, setOrganisation] = useState(String(props.context.organisations[0]?.id ?? ''));
  const [category, setCategory] = useState('');
  const [opened, setOpened] = useState('');
  const [due, setDue] = useState('');
  const [place, setPlace] = useState('');
  const { errors, notice, act } = useAction('problem-');
  return (
    <form noValidate class="card" aria-labelledby="ouvrir-probleme" onSubmit={(e) => {
      e.preventDefault();
      const body = { title, organisation_id: Number(organisation), category_id: category ? Number(category) : null, opened_on: opened || null, due_on: due || null,
        place: place || null, latitude: props.picked?.[0] ?? null, longitude: props.picked?.[1] ?? null };
      act(api('POST', `/api/v1/territories/${props.territory}/problems`, body), t.created, () => { setTitle(''); setPlace(''); setOpened(''); setDue(''); setCategory(''); props.onSaved(); });
    }}>
      <h3 id="ouvrir-probleme">{t.openTitle}</h3>
      <Input path="problem-title" label={t.titleField} value={title} onInput={setTitle} errors={errors} required />
      <Choice path="problem-organisation_id" label={t.inCharge} value={organisation} onChange={setOrganisation} errors={errors}
        options={props.context.organisations.map((o) => [String(o.id), o.name])} />
      <Choice path="problem-category_id" label={t.category} value={category} onChange={setCategory} errors={errors} empty="—"
        options={props.context.categories.map((c) => [String(c.id), c.label])} />
      <Input path="problem-opened_on" label={t.openedField} type="date" value={opened} onInput={setOpened} errors={errors} />
      <Input path="problem-due_on" label={t.dueField} type="date" value={due} onInput={setDue} errors={errors} />
      {props.picked ? <p class="hint">{t.usePoint}</p> : <Input path="problem-place" label={t.place} value={place} onInput={setPlace} errors={errors} />}
      <div class="buttons"><button type="submit">{t.create}</button></div>
      {notice && <p role="status">{notice}</p>}
    </form>
  );
}

/** The problem board: per partner, then each problem with its steps; the partner in charge
 * moves it on, the coordination opens, assigns and closes. */
export function ProblemBoard(props: { territory: number; context: Context; picked: [number, number] | null; refresh?: number; onLoaded?: (problems: Problem[]) => void }) {
  const [problems, setProblems] = useState<Problem[]>([]);
  const [board, setBoard] = useState<BoardLine[]>([]);
  const load = async () => {
    const base = `/api/v1/territories/${props.territory}/problems`;
    const [list, lines] = await Promise.all([api<{ items: Problem[] }>('GET', base), api<{ items: BoardLine[] }>('GET', `${base}/board`)]);
    setProblems(list.items);
    setBoard(lines.items);
    props.onLoaded?.(list.items);
  };
  useEffect(() => { load(); }, [props.territory, props.refresh]);
  const manager = props.context.can_manage;
  return (
    <section class="card" aria-labelledby="problemes">
      <h2 id="problemes">{t.title}</h2>
      <p class="hint">{t.help}</p>
      {board.length > 0 && (
        <TableScroll label={t.board}>
          <table>
            <caption>{t.board}</caption>
            <thead><tr><th scope="col">{t.partner}</th><th scope="col">{t.open}</th><th scope="col">{t.late}</th><th scope="col">{t.solved}</th><th scope="col">{t.median}</th></tr></thead>
            <tbody>{board.map((l) => <tr key={l.organisation}><td>{l.organisation}</td><td>{l.open}</td><td>{l.late}</td><td>{l.solved}</td><td>{t.days(l.median_days)}</td></tr>)}</tbody>
          </table>
        </TableScroll>
      )}
      {problems.length === 0 ? <p>{t.none}</p> : (
        <ul class="problems">
          {problems.map((p) => (
            <li key={p.id} class="card">
              <h3>{p.title}</h3>
              <p>
                <strong>{t.statuses[p.status]}</strong> · {p.organisation} · {t.openedOn(formatDate(p.opened_on))}
                {p.due_on && <> · {t.due} {formatDate(p.due_on)}</>}
                {p.late && <> · <strong class="late">{t.lateBadge}</strong></>}
                {p.category && <> · {p.category}</>}
                {p.place ? <> · {p.place}</> : p.latitude !== null && <> · {t.onMap}</>}
                {p.incidents > 0 && <> · {t.incidents(p.incidents)}</>}
              </p>
              {p.description && <p class="prose">{p.description}</p>}
              <details>
                <summary>{t.steps(p.steps.length)}</summary>
                <ol>{p.steps.map((s) => <li key={s.id}>{formatInstant(s.at)} — {t.statuses[s.status]} — {s.author}{s.note ? ` : ${s.note}` : ''}</li>)}</ol>
              </details>
              {(manager || p.status !== 'clos') && props.context.can_submit && <StepForm problem={p} manager={manager} onSaved={load} />}
              {manager && <ProblemEdit key={`${p.id}-${p.version}`} problem={p} context={props.context} picked={props.picked} onSaved={load} />}
            </li>
          ))}
        </ul>
      )}
      {manager && <OpenForm territory={props.territory} context={props.context} picked={props.picked} onSaved={load} />}
    </section>
  );
}
