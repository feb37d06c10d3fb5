// A fiche's history in words (issue 15 §1): the stored change holds the API's values (ids,
// cents, ISO dates); this says them as the person reads them elsewhere — names, euros, dd/mm/yyyy,
// and list changes as added and removed lines.
import type { Axis, Organisation } from './types';
import { formatAmount, formatDate, formatNumber } from './format';
import { fr } from '../i18n/fr';

const t = fr.history;

export interface Lookups { axes: Axis[]; organisations: Organisation[] }

/** One line of a change: a value replaced, or a list line added or removed. */
export type ChangeLine =
  | { kind: 'changed'; field: string; from: string; to: string }
  | { kind: 'added' | 'removed'; field: string; text: string };

type Row = Record<string, unknown>;

const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

function organisation(id: unknown, l: Lookups): string {
  return l.organisations.find((o) => o.id === id)?.name ?? t.removedOrganisation(Number(id));
}

function contact(id: unknown, l: Lookups): string {
  for (const o of l.organisations) {
    const c = o.contacts.find((x) => x.id === id);
    if (c) return `${c.name} (${o.name})`;
  }
  return t.removedContact(Number(id));
}

/** A single value as the fiche shows it. */
export function valueInWords(field: string, v: unknown, l: Lookups): string {
  if (v === null || v === undefined || v === '') return t.empty;
  if (field === 'axis_id') {
    const a = l.axes.find((x) => x.id === v);
    return a ? `${a.number}. ${a.title}` : t.removedAxis(Number(v));
  }
  if (field === 'pilot_organisation_id' || field === 'funder_id') return organisation(v, l);
  if (field === 'pilot_contact_id') return contact(v, l);
  if (field === 'status') return fr.actionStatus[String(v)] ?? String(v);
  if (isDate(v)) return formatDate(v);
  if (typeof v === 'number') return formatNumber(v);
  return String(v);
}

/** One line of a list (budget, calendar, indicators, partners, objectives) in words. */
export function lineInWords(field: string, item: unknown, l: Lookups): string {
  if (field === 'partner_ids') return organisation(item, l);
  if (typeof item !== 'object' || item === null) return String(item);
  const r = item as Row;
  const parts: string[] = [];
  const date = (k: string) => formatDate(String(r[k]));
  if (field === 'budget_lines') {
    parts.push(fr.fundingSource[String(r.source)] ?? String(r.source));
    if (r.funder_id) parts.push(organisation(r.funder_id, l));
    if (r.year) parts.push(String(r.year));
    return `${r.label} : ${formatAmount(Number(r.amount_cents))} (${parts.join(', ')})`;
  }
  if (field === 'milestones') {
    if (r.due_date) parts.push(t.due(date('due_date')));
    if (r.done_date) parts.push(t.done(date('done_date')));
    return parts.length ? `${r.label} — ${parts.join(', ')}` : String(r.label);
  }
  if (field === 'indicators') {
    const unit = r.unit ? ` ${r.unit}` : '';
    const n = (k: string) => `${formatNumber(Number(r[k]))}${unit}`;
    if (r.baseline !== null && r.baseline !== undefined) parts.push(t.baseline(n('baseline')));
    if (r.target !== null && r.target !== undefined) parts.push(t.target(n('target'), r.target_date ? date('target_date') : ''));
    if (r.current_value !== null && r.current_value !== undefined) {
      parts.push(t.measured(n('current_value'), r.measured_on ? date('measured_on') : ''));
    }
    const series = Array.isArray(r.measurements) ? r.measurements.length : 0;
    if (series > 1) parts.push(t.series(series));
    const kind = fr.indicatorKind[String(r.kind)] ?? String(r.kind);
    return `${r.label} (${kind.toLowerCase()})${parts.length ? ` : ${parts.join(', ')}` : ''}`;
  }
  return JSON.stringify(item);
}

/** A stored field change as lines: lists compare line by line, in words. */
export function changeInWords(field: string, before: unknown, after: unknown, l: Lookups): ChangeLine[] {
  if (Array.isArray(before) || Array.isArray(after)) {
    const was = (Array.isArray(before) ? before : []).map((x) => lineInWords(field, x, l));
    const now = (Array.isArray(after) ? after : []).map((x) => lineInWords(field, x, l));
    const removed = [...was];
    const added: string[] = [];
    for (const line of now) {
      const k = removed.indexOf(line);
      if (k >= 0) removed.splice(k, 1);
      else added.push(line);
    }
    return [
      ...removed.map((text) => ({ kind: 'removed' as const, field, text })),
      ...added.map((text) => ({ kind: 'added' as const, field, text })),
    ];
  }
  return [{ kind: 'changed', field, from: valueInWords(field, before, l), to: valueInWords(field, after, l) }];
}
