import { useState } from 'preact/hooks';
import { Choice, Input, fieldId } from '../fields';
import { ApiError, api } from '../../lib/api';
import { amountInput, parseAmount } from '../../lib/format';
import type { Options } from '../../lib/fiches';
import { useAction } from '../../lib/useAction';
import { fr } from '../../i18n/fr';
import { funding as t } from '../../i18n/funding';
import type { FundingRequest, FundingRules } from './types';

interface CofunderDraft { funder: string; name: string; amount: string }

const cents = (c: number | null | undefined) => (c === null || c === undefined ? '' : amountInput(c));
const blank = (q?: FundingRequest) => ({
  action_id: q ? String(q.action_id) : '', year: String(q?.year ?? new Date().getFullYear()), funder: q?.funder ?? 'fipd',
  funder_name: q?.funder_name ?? '', programme: q?.programme ?? '', police_equipment: q?.police_equipment ?? false,
  project_cost: cents(q?.project_cost_cents), requested: cents(q?.requested_cents), granted: cents(q?.granted_cents),
  paid: cents(q?.paid_cents), channel: q?.channel ?? '', deadline: q?.deadline ?? '', status: q?.status ?? 'en_preparation',
  report_sent_on: q?.report_sent_on ?? '', notes: q?.notes ?? '',
  cofunders: (q?.cofunders ?? []).map((c): CofunderDraft => ({ funder: c.funder, name: c.name ?? '', amount: amountInput(c.amount_cents) })),
});
type Draft = ReturnType<typeof blank>;
const orNull = (v: string) => (v.trim() === '' ? null : v.trim());

class Invalid extends Error { constructor(public field: string) { super(field); } }
// Euros typed as people write them; a blank optional amount is none.
function amount(text: string, field: string, optional: boolean): number | null {
  if (optional && text.trim() === '') return null;
  const c = parseAmount(text);
  if (c === null) throw new Invalid(field);
  return c;
}

function payload(v: Draft) {
  return {
    year: Number(v.year), funder: v.funder, funder_name: orNull(v.funder_name),
    programme: v.funder === 'fipd' ? orNull(v.programme) : null, police_equipment: v.police_equipment,
    project_cost_cents: amount(v.project_cost, 'project_cost_cents', false),
    requested_cents: amount(v.requested, 'requested_cents', false),
    granted_cents: amount(v.granted, 'granted_cents', true), paid_cents: amount(v.paid, 'paid_cents', true),
    cofunders: v.cofunders.map((c, i) => ({ funder: c.funder, name: orNull(c.name), amount_cents: amount(c.amount, `cofunders[${i}].amount_cents`, false) })),
    channel: orNull(v.channel), deadline: orNull(v.deadline), status: v.status, report_sent_on: orNull(v.report_sent_on),
    notes: orNull(v.notes),
  };
}

/** Records or edits a funding request: the fiche (new requests), the year, the funder and the
 * FIPD programme, the amounts in euros, the co-funders of the financing plan, the channel and
 * deadline, the status and the day the report was sent. The server's rules (State ≤ 80 %, FIPD
 * minimum) answer at their field. */
export function RequestForm(props: { fiches: Options; rules: FundingRules | null; request?: FundingRequest; onDone: (message: string) => void; onCancel?: () => void }) {
  const q = props.request;
  const [v, setV] = useState(blank(q));
  const prefix = q ? `q${q.id}.` : 'newq.';
  const { errors, notice, act } = useAction(prefix);
  const set = (k: keyof Draft) => (value: string) => setV({ ...v, [k]: value });
  const setCofunder = (i: number, c: CofunderDraft) => setV({ ...v, cofunders: v.cofunders.map((x, j) => (j === i ? c : x)) });
  const funders = Object.entries(fr.fundingSource) as [string, string][];
  function submit(e: Event) {
    e.preventDefault();
    let body;
    try {
      body = payload(v);
    } catch (err) {
      if (!(err instanceof Invalid)) throw err;
      act(Promise.reject(new ApiError(400, { code: 'invalid', message: t.amountInvalid, field: err.field })), '');
      return;
    }
    if (!q && v.action_id === '') {
      act(Promise.reject(new ApiError(400, { code: 'invalid', message: 'Choisissez la fiche-action.', field: 'action_id' })), '');
      return;
    }
    const work = q
      ? api('PUT', `/api/v1/funding-requests/${q.id}`, { ...body, version: q.version })
      : api('POST', `/api/v1/actions/${v.action_id}/funding-requests`, body);
    const done = q ? t.saved : t.created;
    act(work, done, () => { if (!q) setV(blank()); props.onDone(done); });
  }
  const equipmentId = fieldId(`${prefix}police_equipment`);
  return (
    <form class="card" noValidate onSubmit={submit} aria-label={q ? t.editOf(`${q.action_title} ${q.year}`) : t.add}>
      {!q && <h2>{t.add}</h2>}
      {!q && <Choice path={`${prefix}action_id`} label={t.fiche} value={v.action_id} onChange={set('action_id')} errors={errors} empty={t.choose} options={props.fiches} />}
      <Input path={`${prefix}year`} label={t.year} value={v.year} onInput={set('year')} errors={errors} numeric required />
      <Choice path={`${prefix}funder`} label={t.funder} value={v.funder} onChange={set('funder')} errors={errors} options={funders} />
      {v.funder === 'fipd'
        ? <Choice path={`${prefix}programme`} label={t.programme} value={v.programme} onChange={set('programme')} errors={errors} empty={t.choose} options={(props.rules?.programmes ?? []).map((p) => [p.code, `${p.code} — ${p.label}`])} />
        : <Input path={`${prefix}funder_name`} label={t.funderName} value={v.funder_name} onInput={set('funder_name')} errors={errors} />}
      {v.funder === 'fipd' && (
        <div class="field">
          <label class="check"><input type="checkbox" id={equipmentId} checked={v.police_equipment} onChange={(e) => setV({ ...v, police_equipment: (e.target as HTMLInputElement).checked })} />{' '}{t.policeEquipment}</label>
        </div>
      )}
      <Input path={`${prefix}project_cost_cents`} label={t.cost} hint={t.amountHint} value={v.project_cost} onInput={set('project_cost')} errors={errors} required />
      <Input path={`${prefix}requested_cents`} label={t.requestedField} value={v.requested} onInput={set('requested')} errors={errors} required />
      <Input path={`${prefix}granted_cents`} label={t.grantedField} value={v.granted} onInput={set('granted')} errors={errors} />
      <Input path={`${prefix}paid_cents`} label={t.paidField} value={v.paid} onInput={set('paid')} errors={errors} />
      <fieldset class="field" id={fieldId(`${prefix}cofunders`)} tabIndex={-1} aria-describedby={errors[`${prefix}cofunders`] ? `${fieldId(`${prefix}cofunders`)}-error` : undefined}>
        <legend>{t.cofunders}</legend>
        {v.cofunders.map((c, i) => (
          <div key={i} class="row" role="group" aria-label={t.cofunder(i)}>
            <Choice path={`${prefix}cofunders[${i}].funder`} label={t.funder} value={c.funder} onChange={(x) => setCofunder(i, { ...c, funder: x })} errors={errors} options={funders} />
            <Input path={`${prefix}cofunders[${i}].name`} label={t.cofunderName} value={c.name} onInput={(x) => setCofunder(i, { ...c, name: x })} errors={errors} />
            <Input path={`${prefix}cofunders[${i}].amount_cents`} label={t.amount} value={c.amount} onInput={(x) => setCofunder(i, { ...c, amount: x })} errors={errors} required />
            <button type="button" class="secondary small" onClick={() => setV({ ...v, cofunders: v.cofunders.filter((_, j) => j !== i) })}>{t.removeCofunder(i)}</button>
          </div>
        ))}
        <p><button type="button" class="secondary small" onClick={() => setV({ ...v, cofunders: [...v.cofunders, { funder: 'commune', name: '', amount: '' }] })}>{t.addCofunder}</button></p>
        {errors[`${prefix}cofunders`] && <p id={`${fieldId(`${prefix}cofunders`)}-error`} class="error">{errors[`${prefix}cofunders`]}</p>}
      </fieldset>
      <Input path={`${prefix}channel`} label={t.channel} hint={t.channelHint} value={v.channel} onInput={set('channel')} errors={errors} />
      <Input path={`${prefix}deadline`} label={t.deadline} type="date" value={v.deadline} onInput={set('deadline')} errors={errors} />
      <Choice path={`${prefix}status`} label={t.status} value={v.status} onChange={set('status')} errors={errors} options={Object.entries(t.statuses)} />
      <Input path={`${prefix}report_sent_on`} label={t.reportSent} type="date" value={v.report_sent_on} onInput={set('report_sent_on')} errors={errors} />
      <Input path={`${prefix}notes`} label={t.notes} value={v.notes} onInput={set('notes')} errors={errors} multiline />
      <p>
        <button type="submit">{t.save}</button>
        {props.onCancel && <>{' '}<button type="button" class="secondary" onClick={props.onCancel}>{t.cancel}</button></>}
      </p>
      <div role="status" class="notice-line">{notice}</div>
    </form>
  );
}
