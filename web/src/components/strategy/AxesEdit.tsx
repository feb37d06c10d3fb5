import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { useAction } from '../../lib/useAction';
import type { Axis } from '../../lib/types';
import { ConfirmButton } from '../ConfirmButton';
import { Input } from '../fields';
import { fr } from '../../i18n/fr';
import { strategyEditFr as t } from '../../i18n/strategyEdit';

/** `ids` with the item at `from` moved to `to`. */
export function moved<T>(ids: T[], from: number, to: number): T[] {
  const out = [...ids];
  const [item] = out.splice(from, 1);
  out.splice(to, 0, item);
  return out;
}

function AxisRow(props: { axis: Axis; index: number; count: number; onMove: (to: number) => void; onSaved: () => unknown }) {
  const a = props.axis;
  const prefix = `axis${a.id}-`;
  const [title, setTitle] = useState(a.title);
  const [description, setDescription] = useState(a.description ?? '');
  const { errors, notice, setNotice, act } = useAction(prefix);
  const label = fr.strategy.axisTitle(a.number, a.title);
  async function remove() {
    try {
      await api('DELETE', `/api/v1/axes/${a.id}`);
      await props.onSaved();
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <li>
      <span>{label}</span>{' '}
      <span class="buttons inline">
        <button type="button" class="secondary" disabled={props.index === 0} onClick={() => props.onMove(props.index - 1)}>
          {t.up}<span class="visually-hidden"> : {label}</span>
        </button>
        <button type="button" class="secondary" disabled={props.index === props.count - 1} onClick={() => props.onMove(props.index + 1)}>
          {t.down}<span class="visually-hidden"> : {label}</span>
        </button>
      </span>
      <details>
        <summary>{t.editAxis}<span class="visually-hidden"> : {label}</span></summary>
        <form noValidate class="inline" aria-label={`${t.editAxis} : ${label}`} onSubmit={(e) => {
          e.preventDefault();
          act(api('PUT', `/api/v1/axes/${a.id}`, { number: a.number, title, description: description.trim() || null, orientations: a.orientations, version: a.version }), t.axisSaved, props.onSaved);
        }}>
          <Input path={`${prefix}title`} label={t.axisTitle} value={title} onInput={setTitle} errors={errors} required />
          <Input path={`${prefix}description`} label={t.axisDescription} value={description} onInput={setDescription} errors={errors} multiline />
          <div class="buttons">
            <button type="submit" class="secondary">{t.save}</button>
            <ConfirmButton question={t.removeAxisQuestion} onConfirm={remove}>{t.removeAxis}</ConfirmButton>
          </div>
        </form>
      </details>
      {notice && <p role="status">{notice}</p>}
    </li>
  );
}

/** The strategy's axes for the coordination: order (renumbered 1, 2, 3…), wording, deletion of
 * an empty axis, and a new axis at the end. */
export function AxesEdit(props: { strategyId: number; axes: Axis[]; onSaved: () => unknown }) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const { errors, notice, setNotice, act } = useAction('new-axis-');
  const axes = props.axes;
  async function move(from: number, to: number) {
    try {
      await api('POST', `/api/v1/strategies/${props.strategyId}/axes/order`, { axis_ids: moved(axes.map((a) => a.id), from, to) });
      setNotice(t.moved);
      await props.onSaved();
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  }
  const next = axes.reduce((n, a) => Math.max(n, a.number), 0) + 1;
  return (
    <section class="card screen-only" aria-labelledby="axes-edit">
      <h2 id="axes-edit">{t.axes}</h2>
      <p class="hint">{t.axesHelp}</p>
      <ol class="axes-edit">
        {axes.map((a, i) => <AxisRow key={`${a.id}-${a.version}-${a.number}`} axis={a} index={i} count={axes.length} onMove={(to) => move(i, to)} onSaved={props.onSaved} />)}
      </ol>
      <form noValidate aria-labelledby="axis-add" onSubmit={(e) => {
        e.preventDefault();
        act(api('POST', `/api/v1/strategies/${props.strategyId}/axes`, { number: next, title, description: description.trim() || null }), t.axisAdded,
          async () => { setTitle(''); setDescription(''); await props.onSaved(); });
      }}>
        <h3 id="axis-add">{t.addAxis}</h3>
        <Input path="new-axis-title" label={t.axisTitle} value={title} onInput={setTitle} errors={errors} required />
        <Input path="new-axis-description" label={t.axisDescription} value={description} onInput={setDescription} errors={errors} multiline />
        <div class="buttons"><button type="submit">{t.addAxis}</button></div>
      </form>
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}
