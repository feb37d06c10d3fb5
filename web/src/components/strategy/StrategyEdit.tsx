import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { numberInput, typedNumber } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import type { Strategy } from '../../lib/types';
import { ConfirmButton } from '../ConfirmButton';
import { Choice, Input } from '../fields';
import { fr } from '../../i18n/fr';
import { strategyEditFr as t } from '../../i18n/strategyEdit';

/** The coordination's edit of the strategy's heading (title, status, period, presentation) and
 * its deletion; the signatories, key dates, objectives, text blocks and partners travel back
 * unchanged. */
export function StrategyEdit(props: { strategy: Strategy; fiches: number; onSaved: () => unknown }) {
  const s = props.strategy;
  const [title, setTitle] = useState(s.title);
  const [status, setStatus] = useState(s.status);
  const [start, setStart] = useState(numberInput(s.period_start));
  const [end, setEnd] = useState(numberInput(s.period_end));
  const [description, setDescription] = useState(s.description ?? '');
  const { errors, notice, setNotice, act } = useAction('strategy-');
  function submit(e: Event) {
    e.preventDefault();
    const body = {
      title, status, period_start: typedNumber(start), period_end: typedNumber(end), description: description.trim() || null,
      source: s.source, announced_axes: s.announced_axes, announced_actions: s.announced_actions,
      signatories: s.signatories, key_dates: s.key_dates, objectives: s.objectives, sections: s.sections,
      partners: s.partners, version: s.version,
    };
    act(api('PUT', `/api/v1/strategies/${s.id}`, body), t.saved, props.onSaved);
  }
  async function remove() {
    try {
      await api('DELETE', `/api/v1/strategies/${s.id}`);
      location.href = '/';
    } catch (e) {
      setNotice(e instanceof Error ? e.message : String(e));
    }
  }
  return (
    <details class="screen-only">
      <summary>{t.editStrategy}</summary>
      <form noValidate class="card" aria-label={t.editStrategy} onSubmit={submit}>
        <Input path="strategy-title" label={t.title} value={title} onInput={setTitle} errors={errors} required />
        <Choice path="strategy-status" label={t.status} value={status} onChange={setStatus} errors={errors} options={Object.entries(fr.strategyStatus)} />
        <div class="two-columns">
          <Input path="strategy-period_start" label={t.periodStart} value={start} onInput={setStart} errors={errors} numeric />
          <Input path="strategy-period_end" label={t.periodEnd} value={end} onInput={setEnd} errors={errors} numeric />
        </div>
        <Input path="strategy-description" label={t.description} value={description} onInput={setDescription} errors={errors} multiline />
        <div class="buttons">
          <button type="submit">{t.save}</button>
          <ConfirmButton question={t.removeStrategyQuestion(s.axes?.length ?? 0, props.fiches)} onConfirm={remove}>{t.removeStrategy}</ConfirmButton>
        </div>
        {notice && <p role="status">{notice}</p>}
      </form>
    </details>
  );
}
