import * as Plot from '@observablehq/plot';
import { usePlot } from '../../lib/usePlot';
import { formatAmount } from '../../lib/format';
import { TableScroll } from '../TableScroll';
import { funding as t } from '../../i18n/funding';
import type { FundingSummary, FundingTotals } from './types';

const measures = [
  ['planned_cents', t.planned, '#9db4d3'], ['requested_cents', t.requested, '#5b84b8'],
  ['granted_cents', t.granted, '#0b4f9c'], ['paid_cents', t.paid, '#062a55'],
] as const;

// Grouped bars: for each funder, planned, requested, granted and paid side by side.
function Chart(props: { rows: FundingTotals[] }) {
  const data = props.rows.flatMap((r) => measures.map(([key, label]) => ({ funder: r.label, measure: label, euros: r[key] / 100 })));
  const box = usePlot((width) =>
    Plot.plot({
      width,
      height: 60 + 90 * props.rows.length,
      marginLeft: 150,
      x: { label: '€', grid: true, tickFormat: (d: number) => d.toLocaleString('fr-FR') },
      y: { label: null, domain: measures.map(([, label]) => label), axis: null },
      fy: { label: null, domain: props.rows.map((r) => r.label) },
      color: { domain: measures.map(([, label]) => label), range: measures.map(([, , colour]) => colour), legend: true },
      marks: [Plot.barX(data, { fy: 'funder', y: 'measure', x: 'euros', fill: 'measure' }), Plot.ruleX([0])],
    }), [props.rows]);
  return <div ref={box} class="chart" aria-hidden="true" />;
}

function Table(props: { caption: string; head: string; rows: FundingTotals[]; total?: FundingTotals; planned: boolean }) {
  return (
    <TableScroll label={props.caption}>
      <table>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.head}</th>
            {props.planned && <th scope="col" class="num">{t.planned}</th>}
            <th scope="col" class="num">{t.requested}</th><th scope="col" class="num">{t.granted}</th><th scope="col" class="num">{t.paid}</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              {props.planned && <td class="num">{formatAmount(r.planned_cents)}</td>}
              <td class="num">{formatAmount(r.requested_cents)}</td><td class="num">{formatAmount(r.granted_cents)}</td><td class="num">{formatAmount(r.paid_cents)}</td>
            </tr>
          ))}
        </tbody>
        {props.total && (
          <tfoot>
            <tr>
              <th scope="row">{t.total}</th>
              {props.planned && <td class="num">{formatAmount(props.total.planned_cents)}</td>}
              <td class="num">{formatAmount(props.total.requested_cents)}</td><td class="num">{formatAmount(props.total.granted_cents)}</td><td class="num">{formatAmount(props.total.paid_cents)}</td>
            </tr>
          </tfoot>
        )}
      </table>
    </TableScroll>
  );
}

/** The year's budget view: a chart by funder (planned beside requested, granted, paid), then the
 * tables by FIPD programme, funder and axis, with totals. */
export function Summary(props: { summary: FundingSummary }) {
  const s = props.summary;
  return (
    <section class="card" aria-labelledby="vue-budgetaire">
      <h2 id="vue-budgetaire">{t.summary(s.year)}</h2>
      <p class="hint">{t.plannedHint}</p>
      {s.by_funder.length > 0 && (
        <figure>
          <figcaption>{t.chart(s.year)}</figcaption>
          <Chart rows={s.by_funder} />
        </figure>
      )}
      <Table caption={t.byFunder} head={t.funderHead} rows={s.by_funder} total={s.total} planned />
      <Table caption={t.byProgramme} head={t.programme} rows={s.by_programme} planned={false} />
      <Table caption={t.byAxis} head={t.axis} rows={s.by_axis} total={s.total} planned />
    </section>
  );
}
