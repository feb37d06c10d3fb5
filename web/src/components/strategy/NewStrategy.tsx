import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { typedNumber } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { Input } from '../fields';
import { strategyEditFr as t } from '../../i18n/strategyEdit';

/** A new strategy for a territory (a draft: title and period); it then opens for its axes and
 * fiches. */
export function NewStrategy(props: { territoryId: number; territoryName: string }) {
  const prefix = `new-strategy${props.territoryId}-`;
  const [title, setTitle] = useState('');
  const [start, setStart] = useState('');
  const [end, setEnd] = useState('');
  const { errors, notice, act } = useAction(prefix);
  function submit(e: Event) {
    e.preventDefault();
    const body = { territory_id: props.territoryId, title, status: 'brouillon', period_start: typedNumber(start), period_end: typedNumber(end) };
    act(api<{ id: number }>('POST', '/api/v1/strategies', body).then((s) => { location.href = `/strategie.html?id=${s.id}`; }), '');
  }
  return (
    <details>
      <summary>{t.newStrategy}<span class="visually-hidden"> : {props.territoryName}</span></summary>
      <form noValidate class="inline" aria-label={`${t.newStrategy} : ${props.territoryName}`} onSubmit={submit}>
        <Input path={`${prefix}title`} label={t.title} value={title} onInput={setTitle} errors={errors} required />
        <Input path={`${prefix}period_start`} label={t.periodStart} value={start} onInput={setStart} errors={errors} numeric />
        <Input path={`${prefix}period_end`} label={t.periodEnd} value={end} onInput={setEnd} errors={errors} numeric />
        <button type="submit">{t.createStrategy}</button>
        {notice && <p role="status">{notice}</p>}
      </form>
    </details>
  );
}
