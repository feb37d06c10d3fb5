import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { useAction } from '../../lib/useAction';
import type { Action, Axis } from '../../lib/types';
import { Choice, Input } from '../fields';
import { fr } from '../../i18n/fr';
import { strategyEditFr as t } from '../../i18n/strategyEdit';

/** The next free number in an axis (fiche numbers are unique per axis). */
export function nextNumber(actions: Action[], axisId: number | null): number {
  return actions.filter((a) => a.axis_id === axisId).reduce((n, a) => Math.max(n, a.number), 0) + 1;
}

/** A new fiche-action from its title and axis; it then opens to be completed. */
export function NewAction(props: { strategyId: number; axes: Axis[]; actions: Action[] }) {
  const [title, setTitle] = useState('');
  const [axis, setAxis] = useState(props.axes[0] ? String(props.axes[0].id) : '');
  const { errors, notice, act } = useAction('new-action-');
  function submit(e: Event) {
    e.preventDefault();
    const axisId = axis ? Number(axis) : null;
    const body = { number: nextNumber(props.actions, axisId), title, axis_id: axisId, status: 'prevue' };
    act(api<Action>('POST', `/api/v1/strategies/${props.strategyId}/actions`, body).then((a) => {
      location.href = `/fiche.html?id=${a.id}&modifier=1`;
    }), '');
  }
  return (
    <form noValidate class="card screen-only" aria-labelledby="new-action" onSubmit={submit}>
      <h2 id="new-action">{t.newAction}</h2>
      <p class="hint">{t.newActionHelp}</p>
      <Input path="new-action-title" label={t.actionTitle} value={title} onInput={setTitle} errors={errors} required />
      <Choice path="new-action-axis_id" label={t.axis} value={axis} onChange={setAxis} errors={errors} empty={t.withoutAxis}
        options={props.axes.map((a) => [String(a.id), fr.strategy.axisTitle(a.number, a.title)])} />
      <div class="buttons"><button type="submit">{t.create}</button></div>
      {notice && <p role="status">{notice}</p>}
    </form>
  );
}
