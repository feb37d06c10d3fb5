import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { api } from '../lib/api';
import { amountInput, parseAmount, parseInteger, parseNumber } from '../lib/format';
import { Choice, Input } from './fields';
import { Rows } from './Rows';
import { IndicatorRows, indicatorDraft, indicatorPayload, type IndicatorDraft } from './strategy/IndicatorRows';
import type { Action, Axis, Organisation } from '../lib/types';
import { fr } from '../i18n/fr';

const f = fr.action.fields;

/** The form's state: numbers the person types stay text until they are sent. */
export interface Draft {
  number: string;
  title: string;
  axis_id: string;
  status: string;
  example: boolean;
  description: string;
  constat: string;
  general_objective: string;
  operational_objectives: string;
  target_public: string;
  target_territory: string;
  solutions: string;
  pilot_organisation_id: string;
  pilot_contact_id: string;
  partner_ids: number[];
  budget_lines: { label: string; amount: string; executed: string; source: string; funder_id: string; year: string }[];
  milestones: { label: string; due_date: string; done_date: string }[];
  indicators: IndicatorDraft[];
}

const s = (v: string | null | undefined) => v ?? '';
const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function draftOf(a: Action): Draft {
  return {
    number: String(a.number), title: a.title, axis_id: n(a.axis_id), status: a.status, example: a.example,
    description: s(a.description), constat: s(a.constat), general_objective: s(a.general_objective),
    operational_objectives: a.operational_objectives.join('\n'), target_public: s(a.target_public),
    target_territory: s(a.target_territory), solutions: s(a.solutions),
    pilot_organisation_id: n(a.pilot_organisation_id), pilot_contact_id: n(a.pilot_contact_id),
    partner_ids: [...a.partner_ids],
    budget_lines: a.budget_lines.map((b) => ({ label: b.label, amount: amountInput(b.amount_cents), executed: b.executed_cents === null || b.executed_cents === undefined ? '' : amountInput(b.executed_cents), source: b.source, funder_id: n(b.funder_id), year: n(b.year) })),
    milestones: a.milestones.map((m) => ({ label: m.label, due_date: s(m.due_date), done_date: s(m.done_date) })),
    indicators: a.indicators.map(indicatorDraft),
  };
}

const text = (v: string) => (v.trim() === '' ? null : v);
const id = (v: string) => (v.trim() === '' ? null : Number(v));  // from a list: always an id

/** The body of PUT /api/v1/actions/{id}, or the first field the browser can already reject:
 * a number the person typed that cannot be read is said on its field, never sent empty. */
export function payloadOf(d: Draft, version: number): { body?: object; field?: string; message?: string } {
  const bad: { field?: string; message?: string } = {};
  const num = (v: string, field: string, whole = false) => {
    const x = whole ? parseInteger(v) : parseNumber(v);
    if (x !== undefined) return x;
    if (!bad.field) Object.assign(bad, { field, message: whole ? fr.action.integerInvalid(v.trim()) : fr.action.numberInvalid(v.trim()) });
    return null;
  };
  const number = num(d.number, 'number', true);
  const budget = [];
  for (const [i, b] of d.budget_lines.entries()) {
    const cents = parseAmount(b.amount);
    if (cents === null) return { field: `budget_lines[${i}].amount_cents`, message: fr.action.amountInvalid };
    const executed = b.executed.trim() === '' ? null : parseAmount(b.executed);
    if (executed === null && b.executed.trim() !== '') return { field: `budget_lines[${i}].executed_cents`, message: fr.action.amountInvalid };
    budget.push({ label: b.label, amount_cents: cents, executed_cents: executed, source: b.source, funder_id: id(b.funder_id), year: num(b.year, `budget_lines[${i}].year`, true) });
  }
  const indicators = d.indicators.map((x, i) => indicatorPayload(x, i, num));
  if (bad.field) return bad;
  return {
    body: {
      number, title: d.title, axis_id: id(d.axis_id), status: d.status, example: d.example,
      description: text(d.description), constat: text(d.constat), general_objective: text(d.general_objective),
      operational_objectives: d.operational_objectives.split('\n').map((x) => x.trim()).filter(Boolean),
      target_public: text(d.target_public), target_territory: text(d.target_territory), solutions: text(d.solutions),
      pilot_organisation_id: id(d.pilot_organisation_id), pilot_contact_id: id(d.pilot_contact_id),
      partner_ids: d.partner_ids, budget_lines: budget,
      milestones: d.milestones.map((m) => ({ label: m.label, due_date: text(m.due_date), done_date: text(m.done_date) })),
      indicators,
      version,
    },
  };
}

export function ActionForm(p: { draft: Draft; setDraft: (d: Draft) => void; errors: Record<string, string>; axes: Axis[]; organisations: Organisation[] }) {
  const d = p.draft;
  const e = p.errors;
  const up = (k: keyof Draft) => (v: string) => p.setDraft({ ...d, [k]: v });
  const orgs = p.organisations.map((o) => [String(o.id), o.name] as [string, string]);
  const pilot = p.organisations.find((o) => String(o.id) === d.pilot_organisation_id);
  // The SSMSI indicators an impact indicator may follow (empty when no base is imported).
  const [official, setOfficial] = useState<string[]>([]);
  useEffect(() => {
    api<{ items: { label: string }[] }>('GET', '/api/v1/ssmsi/indicators').then((r) => setOfficial(r.items.map((i) => i.label))).catch(() => setOfficial([]));
  }, []);
  useEffect(() => {
    if (d.pilot_contact_id && !pilot?.contacts.some((c) => String(c.id) === d.pilot_contact_id)) {
      p.setDraft({ ...d, pilot_contact_id: '' });
    }
  }, [d.pilot_organisation_id]);
  return (
    <>
      <div class="grid">
        <Input path="number" label={f.number} numeric value={d.number} onInput={up('number')} errors={e} required />
        <Input path="title" label={f.title} value={d.title} onInput={up('title')} errors={e} required />
        <Choice path="axis_id" label={f.axis_id} value={d.axis_id} onChange={up('axis_id')} errors={e} empty={fr.home.withoutAxis}
          options={p.axes.map((a) => [String(a.id), `${a.number}. ${a.title}`])} />
        <Choice path="status" label={f.status} value={d.status} onChange={up('status')} errors={e} options={Object.entries(fr.actionStatus)} />
      </div>
      <p class="field">
        <input type="checkbox" id="action-example" checked={d.example}
          onChange={(ev) => p.setDraft({ ...d, example: (ev.target as HTMLInputElement).checked })} />
        <label for="action-example" class="check">{fr.action.exampleField}</label>
      </p>
      <Input path="description" label={f.description} value={d.description} onInput={up('description')} errors={e} multiline />
      <Input path="constat" label={f.constat} value={d.constat} onInput={up('constat')} errors={e} multiline />
      <Input path="general_objective" label={f.general_objective} value={d.general_objective} onInput={up('general_objective')} errors={e} multiline />
      <Input path="operational_objectives" label={f.operational_objectives} hint={fr.action.objectivesHint} value={d.operational_objectives} onInput={up('operational_objectives')} errors={e} multiline />
      <div class="grid">
        <Input path="target_public" label={f.target_public} value={d.target_public} onInput={up('target_public')} errors={e} />
        <Input path="target_territory" label={f.target_territory} value={d.target_territory} onInput={up('target_territory')} errors={e} />
      </div>
      <Input path="solutions" label={f.solutions} value={d.solutions} onInput={up('solutions')} errors={e} multiline />
      <div class="grid">
        <Choice path="pilot_organisation_id" label={f.pilot_organisation_id} value={d.pilot_organisation_id} onChange={up('pilot_organisation_id')} errors={e} empty={fr.action.notSet} options={orgs} />
        <Choice path="pilot_contact_id" label={f.pilot_contact_id} value={d.pilot_contact_id} onChange={up('pilot_contact_id')} errors={e} empty={fr.action.notSet}
          options={(pilot?.contacts ?? []).map((c) => [String(c.id), c.name])} />
      </div>
      <fieldset>
        <legend>{f.partner_ids}</legend>
        {p.organisations.length === 0 && <p class="hint">{fr.common.none}</p>}
        {p.organisations.map((o) => (
          <label key={o.id} class="check">
            <input type="checkbox" checked={d.partner_ids.includes(o.id)}
              onChange={(ev) => p.setDraft({ ...d, partner_ids: (ev.target as HTMLInputElement).checked ? [...d.partner_ids, o.id] : d.partner_ids.filter((x) => x !== o.id) })} />
            {o.name}
          </label>
        ))}
        {e['partner_ids'] && <p class="error">{e['partner_ids']}</p>}
      </fieldset>
      <Rows legend={f.budget_lines} rows={d.budget_lines} blank={{ label: '', amount: '', executed: '', source: 'fipd', funder_id: '', year: '' }}
        onChange={(rows) => p.setDraft({ ...d, budget_lines: rows })}
        render={(b, i, set) => (
          <>
            <Input path={`budget_lines[${i}].label`} label={f.label} value={b.label} onInput={(v) => set({ ...b, label: v })} errors={e} />
            <Input path={`budget_lines[${i}].amount_cents`} label={f.amount} hint={fr.action.amountHint} value={b.amount} onInput={(v) => set({ ...b, amount: v })} errors={e} />
            <Input path={`budget_lines[${i}].executed_cents`} label={f.executed} hint={fr.action.amountHint} value={b.executed} onInput={(v) => set({ ...b, executed: v })} errors={e} />
            <Choice path={`budget_lines[${i}].source`} label={f.source} value={b.source} onChange={(v) => set({ ...b, source: v })} errors={e} options={Object.entries(fr.fundingSource)} />
            <Choice path={`budget_lines[${i}].funder_id`} label={f.funder_id} value={b.funder_id} onChange={(v) => set({ ...b, funder_id: v })} errors={e} empty={fr.action.notSet} options={orgs} />
            <Input path={`budget_lines[${i}].year`} label={f.year} numeric value={b.year} onInput={(v) => set({ ...b, year: v })} errors={e} />
          </>
        )} />
      <Rows legend={f.milestones} rows={d.milestones} blank={{ label: '', due_date: '', done_date: '' }}
        onChange={(rows) => p.setDraft({ ...d, milestones: rows })}
        render={(m, i, set) => (
          <>
            <Input path={`milestones[${i}].label`} label={f.label} value={m.label} onInput={(v) => set({ ...m, label: v })} errors={e} />
            <Input path={`milestones[${i}].due_date`} label={f.due_date} type="date" value={m.due_date} onInput={(v) => set({ ...m, due_date: v })} errors={e} />
            <Input path={`milestones[${i}].done_date`} label={f.done_date} type="date" value={m.done_date} onInput={(v) => set({ ...m, done_date: v })} errors={e} />
          </>
        )} />
      <IndicatorRows rows={d.indicators} onChange={(rows) => p.setDraft({ ...d, indicators: rows })} errors={e} official={official} />
    </>
  );
}

export function useUnsavedWarning(dirty: boolean) {
  // A layout effect: the guard is in place as soon as the change is on screen.
  useLayoutEffect(() => {
    if (!dirty) return undefined;
    const warn = (ev: BeforeUnloadEvent) => {
      ev.preventDefault();
      ev.returnValue = fr.action.unsaved;
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
}
