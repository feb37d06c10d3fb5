import { numberInput } from '../../lib/format';
import type { Indicator } from '../../lib/types';
import { fr } from '../../i18n/fr';
import { Choice, Input } from '../fields';
import { Rows } from '../Rows';

const f = fr.action.fields;

/** An indicator as the form holds it: typed numbers stay text until sent; `id` keeps the
 * stored indicator (and its series) when the fiche is saved again. */
export interface IndicatorDraft {
  id: number | null;
  kind: string;
  label: string;
  unit: string;
  baseline: string;
  target: string;
  target_date: string;
  source: string;
  baseline_date: string;
  periodicity: string;
  measurements: { measured_on: string; value: string; note: string; source: string }[];
  ssmsi_indicator: string;
  ssmsi_measure: string;
}

const s = (v: string | null | undefined) => v ?? '';

export const blankIndicator: IndicatorDraft = {
  id: null, kind: 'realisation', label: '', unit: '', baseline: '', target: '', target_date: '', source: '',
  baseline_date: '', periodicity: '', measurements: [], ssmsi_indicator: '', ssmsi_measure: 'taux',
};

export function indicatorDraft(i: Indicator): IndicatorDraft {
  return {
    id: i.id ?? null, kind: i.kind, label: i.label, unit: s(i.unit), baseline: numberInput(i.baseline), target: numberInput(i.target),
    target_date: s(i.target_date), source: s(i.source), baseline_date: s(i.baseline_date), periodicity: s(i.periodicity),
    measurements: (i.measurements ?? []).map((m) => ({ measured_on: s(m.measured_on), value: numberInput(m.value), note: s(m.note), source: s(m.source) })),
    ssmsi_indicator: s(i.ssmsi_indicator), ssmsi_measure: i.ssmsi_measure ?? 'taux',
  };
}

/** The indicator as the API reads it; `num` reads a typed number and notes the first field
 * that cannot be read. */
export function indicatorPayload(x: IndicatorDraft, i: number, num: (v: string, field: string) => number | null) {
  const text = (v: string) => (v.trim() === '' ? null : v);
  const path = `indicators[${i}]`;
  return {
    ...(x.id ? { id: x.id } : {}),
    kind: x.kind, label: x.label, unit: text(x.unit),
    baseline: num(x.baseline, `${path}.baseline`), target: num(x.target, `${path}.target`),
    target_date: text(x.target_date), source: text(x.source),
    baseline_date: text(x.baseline_date), periodicity: text(x.periodicity),
    measurements: x.measurements.map((m, k) => ({ measured_on: text(m.measured_on), value: num(m.value, `${path}.measurements[${k}].value`), note: text(m.note), source: text(m.source) })),
    ssmsi_indicator: x.kind === 'impact' ? text(x.ssmsi_indicator) : null,
    ssmsi_measure: x.kind === 'impact' && text(x.ssmsi_indicator) ? x.ssmsi_measure : null,
  };
}

/** The fiche's indicators, each with its series of measurements. `official` lists the SSMSI
 * indicators an impact indicator may follow. */
export function IndicatorRows(p: { rows: IndicatorDraft[]; onChange: (rows: IndicatorDraft[]) => void; errors: Record<string, string>; official: string[] }) {
  const e = p.errors;
  return (
    <Rows legend={f.indicators} rows={p.rows} blank={blankIndicator} onChange={p.onChange}
      render={(x, i, set) => (
        <>
          <Choice path={`indicators[${i}].kind`} label={f.kind} value={x.kind} onChange={(v) => set({ ...x, kind: v })} errors={e} options={Object.entries(fr.indicatorKind)} />
          <Input path={`indicators[${i}].label`} label={f.label} value={x.label} onInput={(v) => set({ ...x, label: v })} errors={e} />
          <Input path={`indicators[${i}].unit`} label={f.unit} value={x.unit} onInput={(v) => set({ ...x, unit: v })} errors={e} />
          <Input path={`indicators[${i}].baseline`} label={f.baseline} value={x.baseline} onInput={(v) => set({ ...x, baseline: v })} errors={e} />
          <Input path={`indicators[${i}].baseline_date`} label={f.baseline_date} type="date" value={x.baseline_date} onInput={(v) => set({ ...x, baseline_date: v })} errors={e} />
          <Input path={`indicators[${i}].target`} label={f.target} value={x.target} onInput={(v) => set({ ...x, target: v })} errors={e} />
          <Input path={`indicators[${i}].target_date`} label={f.target_date} type="date" value={x.target_date} onInput={(v) => set({ ...x, target_date: v })} errors={e} />
          <Input path={`indicators[${i}].source`} label={f.indicator_source} value={x.source} onInput={(v) => set({ ...x, source: v })} errors={e} />
          <Choice path={`indicators[${i}].periodicity`} label={f.periodicity} value={x.periodicity} onChange={(v) => set({ ...x, periodicity: v })} errors={e} options={[['', f.periodicityNone], ...Object.entries(fr.periodicity)]} />
          {x.kind === 'impact' && (
            <>
              <Choice path={`indicators[${i}].ssmsi_indicator`} label={f.ssmsi_indicator} value={x.ssmsi_indicator} onChange={(v) => set({ ...x, ssmsi_indicator: v })} errors={e}
                options={[['', f.ssmsi_none], ...p.official.map((o): [string, string] => [o, o]), ...(x.ssmsi_indicator && !p.official.includes(x.ssmsi_indicator) ? [[x.ssmsi_indicator, x.ssmsi_indicator] as [string, string]] : [])]} />
              {x.ssmsi_indicator && (
                <Choice path={`indicators[${i}].ssmsi_measure`} label={f.ssmsi_measure} value={x.ssmsi_measure} onChange={(v) => set({ ...x, ssmsi_measure: v })} errors={e} options={[['taux', f.ssmsi_rate], ['nombre', f.ssmsi_count]]} />
              )}
            </>
          )}
          <Rows legend={fr.action.measurementsOf(i + 1)} rows={x.measurements} blank={{ measured_on: '', value: '', note: '', source: '' }}
            onChange={(measurements) => set({ ...x, measurements })}
            render={(m, k, setM) => (
              <>
                <Input path={`indicators[${i}].measurements[${k}].measured_on`} label={f.measured_on} type="date" value={m.measured_on} onInput={(v) => setM({ ...m, measured_on: v })} errors={e} />
                <Input path={`indicators[${i}].measurements[${k}].value`} label={f.value} value={m.value} onInput={(v) => setM({ ...m, value: v })} errors={e} />
                <Input path={`indicators[${i}].measurements[${k}].source`} label={f.measurement_source} value={m.source} onInput={(v) => setM({ ...m, source: v })} errors={e} />
                <Input path={`indicators[${i}].measurements[${k}].note`} label={f.note} value={m.note} onInput={(v) => setM({ ...m, note: v })} errors={e} />
              </>
            )} />
        </>
      )} />
  );
}
