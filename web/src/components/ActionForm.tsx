import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { api } from '../lib/api';
import { amountInput, numberInput, parseAmount, parseInteger, parseNumber } from '../lib/format';
import { Choice, Input } from './fields';
import type { Action, Axis, Organisation } from '../lib/types';
import { fr } from '../i18n/fr';

const f = fr.action.fields;

/** The form's state: numbers the person types stay text until they are sent. */
export interface Draft {
  number: string;
  title: string;
  axis_id: string;
  status: string;
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
  budget_lines: { label: string; amount: string; source: string; funder_id: string; year: string }[];
  milestones: { label: string; due_date: string; done_date: string }[];
  indicators: { kind: string; label: string; unit: string; baseline: string; target: string; source: string; current_value: string; measured_on: string; ssmsi_indicator: string; ssmsi_measure: string }[];
}

const s = (v: string | null | undefined) => v ?? '';
const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

export function draftOf(a: Action): Draft {
  return {
    number: String(a.number), title: a.title, axis_id: n(a.axis_id), status: a.status,
    description: s(a.description), constat: s(a.constat), general_objective: s(a.general_objective),
    operational_objectives: a.operational_objectives.join('\n'), target_public: s(a.target_public),
    target_territory: s(a.target_territory), solutions: s(a.solutions),
    pilot_organisation_id: n(a.pilot_organisation_id), pilot_contact_id: n(a.pilot_contact_id),
    partner_ids: [...a.partner_ids],
    budget_lines: a.budget_lines.map((b) => ({ label: b.label, amount: amountInput(b.amount_cents), source: b.source, funder_id: n(b.funder_id), year: n(b.year) })),
    milestones: a.milestones.map((m) => ({ label: m.label, due_date: s(m.due_date), done_date: s(m.done_date) })),
    indicators: a.indicators.map((i) => ({ kind: i.kind, label: i.label, unit: s(i.unit), baseline: numberInput(i.baseline), target: numberInput(i.target), source: s(i.source), current_value: numberInput(i.current_value), measured_on: s(i.measured_on), ssmsi_indicator: s(i.ssmsi_indicator), ssmsi_measure: i.ssmsi_measure ?? 'taux' })),
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
    budget.push({ label: b.label, amount_cents: cents, source: b.source, funder_id: id(b.funder_id), year: num(b.year, `budget_lines[${i}].year`, true) });
  }
  const indicators = d.indicators.map((x, i) => ({
    kind: x.kind, label: x.label, unit: text(x.unit),
    baseline: num(x.baseline, `indicators[${i}].baseline`), target: num(x.target, `indicators[${i}].target`),
    source: text(x.source), current_value: num(x.current_value, `indicators[${i}].current_value`), measured_on: text(x.measured_on),
    ssmsi_indicator: x.kind === 'impact' ? text(x.ssmsi_indicator) : null,
    ssmsi_measure: x.kind === 'impact' && text(x.ssmsi_indicator) ? x.ssmsi_measure : null,
  }));
  if (bad.field) return bad;
  return {
    body: {
      number, title: d.title, axis_id: id(d.axis_id), status: d.status,
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

function Rows<T>(p: { legend: string; rows: T[]; blank: T; onChange: (rows: T[]) => void; render: (row: T, i: number, set: (row: T) => void) => ComponentChildren }) {
  const set = (i: number) => (row: T) => p.onChange(p.rows.map((r, k) => (k === i ? row : r)));
  return (
    <fieldset>
      <legend>{p.legend}</legend>
      {p.rows.map((row, i) => (
        <div class="row" key={i}>
          {p.render(row, i, set(i))}
          <button type="button" class="secondary" onClick={() => p.onChange(p.rows.filter((_, k) => k !== i))}>
            {fr.action.remove} <span class="visually-hidden">{`${p.legend} ${i + 1}`}</span>
          </button>
        </div>
      ))}
      <button type="button" class="secondary" onClick={() => p.onChange([...p.rows, p.blank])}>
        {fr.action.add} <span class="visually-hidden">({p.legend})</span>
      </button>
    </fieldset>
  );
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
      <Rows legend={f.budget_lines} rows={d.budget_lines} blank={{ label: '', amount: '', source: 'fipd', funder_id: '', year: '' }}
        onChange={(rows) => p.setDraft({ ...d, budget_lines: rows })}
        render={(b, i, set) => (
          <>
            <Input path={`budget_lines[${i}].label`} label={f.label} value={b.label} onInput={(v) => set({ ...b, label: v })} errors={e} />
            <Input path={`budget_lines[${i}].amount_cents`} label={f.amount} hint={fr.action.amountHint} value={b.amount} onInput={(v) => set({ ...b, amount: v })} errors={e} />
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
      <Rows legend={f.indicators} rows={d.indicators} blank={{ kind: 'realisation', label: '', unit: '', baseline: '', target: '', source: '', current_value: '', measured_on: '', ssmsi_indicator: '', ssmsi_measure: 'taux' }}
        onChange={(rows) => p.setDraft({ ...d, indicators: rows })}
        render={(x, i, set) => (
          <>
            <Choice path={`indicators[${i}].kind`} label={f.kind} value={x.kind} onChange={(v) => set({ ...x, kind: v })} errors={e} options={Object.entries(fr.indicatorKind)} />
            <Input path={`indicators[${i}].label`} label={f.label} value={x.label} onInput={(v) => set({ ...x, label: v })} errors={e} />
            <Input path={`indicators[${i}].unit`} label={f.unit} value={x.unit} onInput={(v) => set({ ...x, unit: v })} errors={e} />
            <Input path={`indicators[${i}].baseline`} label={f.baseline} value={x.baseline} onInput={(v) => set({ ...x, baseline: v })} errors={e} />
            <Input path={`indicators[${i}].target`} label={f.target} value={x.target} onInput={(v) => set({ ...x, target: v })} errors={e} />
            <Input path={`indicators[${i}].source`} label={f.indicator_source} value={x.source} onInput={(v) => set({ ...x, source: v })} errors={e} />
            <Input path={`indicators[${i}].current_value`} label={f.current_value} value={x.current_value} onInput={(v) => set({ ...x, current_value: v })} errors={e} />
            <Input path={`indicators[${i}].measured_on`} label={f.measured_on} type="date" value={x.measured_on} onInput={(v) => set({ ...x, measured_on: v })} errors={e} />
            {x.kind === 'impact' && (
              <>
                <Choice path={`indicators[${i}].ssmsi_indicator`} label={f.ssmsi_indicator} value={x.ssmsi_indicator} onChange={(v) => set({ ...x, ssmsi_indicator: v })} errors={e}
                  options={[['', f.ssmsi_none], ...official.map((o): [string, string] => [o, o]), ...(x.ssmsi_indicator && !official.includes(x.ssmsi_indicator) ? [[x.ssmsi_indicator, x.ssmsi_indicator] as [string, string]] : [])]} />
                {x.ssmsi_indicator && (
                  <Choice path={`indicators[${i}].ssmsi_measure`} label={f.ssmsi_measure} value={x.ssmsi_measure} onChange={(v) => set({ ...x, ssmsi_measure: v })} errors={e} options={[['taux', f.ssmsi_rate], ['nombre', f.ssmsi_count]]} />
                )}
              </>
            )}
          </>
        )} />
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
