import * as Plot from '@observablehq/plot';
import { usePlot } from '../../lib/usePlot';
import { formatAmount, formatDate, formatNumber } from '../../lib/format';
import { fr } from '../../i18n/fr';
import { evaluation as t } from '../../i18n/evaluation';
import { TableScroll } from '../TableScroll';
import type { BudgetTotal, Evaluation, States } from './types';

const stateOrder: (keyof States)[] = ['atteint', 'non_atteint', 'en_cours', 'non_mesure'];
// Told apart by lightness as well as hue, for readers who do not see colours.
const stateColours = ['#1b5e20', '#b3261e', '#0b4f9c', '#d0d0d0'];

/** Counts by category as a bar chart (Observable Plot). Hidden from screen readers: the sentence
 * or table beside it says the same. */
export function CountChart(props: { caption: string; counts: [string, number][]; colours?: string[] }) {
  const box = usePlot((width) => {
    const data = props.counts.filter(([, n]) => n > 0).map(([label, n]) => ({ label, n }));
    if (data.length === 0) return null;
    return Plot.plot({
      width, height: 30 + 28 * data.length, marginLeft: 150,
      x: { label: null, grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
      y: { label: null, domain: data.map((d) => d.label) },
      color: props.colours ? { domain: props.counts.map(([l]) => l), range: props.colours } : undefined,
      marks: [Plot.barX(data, { x: 'n', y: 'label', fill: props.colours ? 'label' : '#0b4f9c' }), Plot.text(data, { x: 'n', y: 'label', text: (d: { n: number }) => String(d.n), dx: 10 })],
    });
  }, [props.counts], 560);
  if (props.counts.every(([, n]) => n === 0)) return null;
  return <figure class="count-chart"><figcaption>{props.caption}</figcaption><div ref={box} aria-hidden="true" /></figure>;
}

export function statesCounts(s: States): [string, number][] {
  return stateOrder.map((k) => [t.state[k], s[k]]);
}

/** Fiches by status, their changes in the period. */
export function FichesSection(props: { e: Evaluation; ficheName: (id: number) => string }) {
  const { e } = props;
  const counts = Object.entries(fr.actionStatus).map(([k, label]) => [label, e.fiches_by_status[k] ?? 0] as [string, number]);
  return (
    <section class="card" aria-labelledby="eval-fiches">
      <h2 id="eval-fiches">{t.fiches}</h2>
      <p>{t.fichesCount(e.actions.length)} : {counts.filter(([, n]) => n > 0).map(([l, n]) => `${l} ${n}`).join(', ')}.</p>
      <CountChart caption={t.statusChart} counts={counts} />
      <h3>{t.changes}</h3>
      {e.changes.length === 0 ? <p class="hint">{t.noChanges}</p> : (
        <ul>{e.changes.map((c, k) => <li key={k}>{formatDate(c.at)} — {t.changeLine(props.ficheName(c.action_id), fr.actionStatus[c.from] ?? c.from, fr.actionStatus[c.to] ?? c.to)}</li>)}</ul>
      )}
    </section>
  );
}

/** Every indicator at the period's end against its target. */
export function IndicatorsSection(props: { e: Evaluation; ficheName: (id: number) => string }) {
  const { e } = props;
  const s = e.indicators_by_state;
  const c = t.columns;
  return (
    <section class="card" aria-labelledby="eval-indicators">
      <h2 id="eval-indicators">{t.indicators}</h2>
      {e.indicators.length === 0 ? <p class="hint">{t.noIndicators}</p> : (
        <>
          <p>{t.statesLine(s.atteint, s.non_atteint, s.en_cours, s.non_mesure)}</p>
          {e.late_measurements > 0 && <p class="error">{t.late(e.late_measurements)}</p>}
          <CountChart caption={t.statesChart} counts={statesCounts(s)} colours={stateColours} />
          <TableScroll label={`${t.indicators} (tableau)`}>
            <table>
              <caption class="visually-hidden">{t.indicators}</caption>
              <thead><tr><th scope="col">{c.fiche}</th><th scope="col">{c.indicator}</th><th scope="col">{c.kind}</th><th scope="col">{c.baseline}</th><th scope="col">{c.target}</th><th scope="col">{c.latest}</th><th scope="col">{c.state}</th><th scope="col">{c.due}</th></tr></thead>
              <tbody>
                {e.indicators.map((i, k) => (
                  <tr key={k}>
                    <td><a href={`/fiche.html?id=${i.action_id}`}>{props.ficheName(i.action_id)}</a></td>
                    <th scope="row">{i.label}{i.unit ? ` (${i.unit})` : ''}</th>
                    <td>{fr.indicatorKind[i.kind] ?? i.kind}</td>
                    <td class="num">{formatNumber(i.baseline)}{i.baseline_date ? ` ${t.on(formatDate(i.baseline_date))}` : ''}</td>
                    <td class="num">{formatNumber(i.target)}{i.target_date ? ` ${t.on(formatDate(i.target_date))}` : ''}</td>
                    <td class="num">{formatNumber(i.latest_value)}{i.latest_on ? ` ${t.on(formatDate(i.latest_on))}` : ''}</td>
                    <td><span class={`badge state-${i.state}`}>{t.state[i.state]}</span></td>
                    <td>{i.next_measurement_due ? (i.measurement_late ? <strong class="error">{t.dueLate(formatDate(i.next_measurement_due))}</strong> : formatDate(i.next_measurement_due)) : ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </section>
  );
}

function BudgetTable(props: { label: string; rows: BudgetTotal[]; name?: (key: string) => string }) {
  const c = t.budgetColumns;
  return (
    <TableScroll label={props.label}>
      <table>
        <caption>{props.label}</caption>
        <thead><tr><th scope="col">{c.key}</th><th scope="col">{c.planned}</th><th scope="col">{c.executed}</th><th scope="col">{c.rate}</th><th scope="col">{c.missing}</th></tr></thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{props.name ? props.name(r.key) : r.key}</th>
              <td class="num">{formatAmount(r.planned_cents)}</td>
              {/* Nothing spent while lines wait for their figure is not 0 % spent: not entered. */}
              <td class="num">{r.executed_cents === 0 && r.lines_without_execution > 0 ? t.notEntered : formatAmount(r.executed_cents)}</td>
              <td class="num">{r.planned_cents > 0 && !(r.executed_cents === 0 && r.lines_without_execution > 0) ? `${formatNumber(Math.round((1000 * r.executed_cents) / r.planned_cents) / 10)} %` : ''}</td>
              <td class="num">{r.lines_without_execution}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Planned against spent, by source, funder and year. */
export function BudgetSection(props: { e: Evaluation }) {
  const { e } = props;
  return (
    <section class="card" aria-labelledby="eval-budget">
      <h2 id="eval-budget">{t.budget}</h2>
      {e.budget_by_source.length === 0 ? <p class="hint">{t.noBudget}</p> : (
        <>
          <BudgetTable label={t.budgetBy.source} rows={e.budget_by_source} name={(k) => fr.fundingSource[k] ?? k} />
          <BudgetTable label={t.budgetBy.funder} rows={e.budget_by_funder} />
          <BudgetTable label={t.budgetBy.year} rows={e.budget_by_year} />
        </>
      )}
    </section>
  );
}

/** Meetings held against planned, decisions, attendance by organisation, per body. */
export function GovernanceSection(props: { e: Evaluation }) {
  const c = t.governanceColumns;
  const bodies = props.e.bodies;
  return (
    <section class="card" aria-labelledby="eval-governance">
      <h2 id="eval-governance">{t.governance}</h2>
      {bodies.length === 0 ? <p class="hint">{t.noBodies}</p> : (
        <TableScroll label={`${t.governance} (tableau)`}>
          <table>
            <caption class="visually-hidden">{t.governance}</caption>
            <thead><tr><th scope="col">{c.body}</th><th scope="col">{c.planned}</th><th scope="col">{c.held}</th><th scope="col">{c.cancelled}</th><th scope="col">{c.decisions}</th><th scope="col">{c.done}</th><th scope="col">{c.overdue}</th></tr></thead>
            <tbody>
              {bodies.map((b) => (
                <tr key={b.body_id}>
                  <th scope="row">{b.name}{b.attendance.length > 0 && <details><summary>{t.attendance}</summary><ul>{b.attendance.map((a) => <li key={a.organisation}>{t.attendanceLine(a.organisation, a.present, a.convened)}</li>)}</ul></details>}</th>
                  <td class="num">{b.planned ?? t.onDemand}</td>
                  <td class="num">{b.held}</td>
                  <td class="num">{b.cancelled}</td>
                  <td class="num">{b.decisions}</td>
                  <td class="num">{b.decisions_done}</td>
                  <td class="num">{b.decisions_overdue}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
