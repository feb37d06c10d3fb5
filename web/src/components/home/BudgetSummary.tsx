import * as Plot from '@observablehq/plot';
import { usePlot } from '../../lib/usePlot';
import { formatAmount } from '../../lib/format';
import type { Action, Organisation } from '../../lib/types';
import { fr } from '../../i18n/fr';
import { home as t } from '../../i18n/home';
import { TableScroll } from '../TableScroll';

interface Total { key: string; label: string; cents: number; lines: number }

function totals(actions: Action[], keyOf: (b: Action['budget_lines'][number]) => string, labelOf: (key: string) => string): Total[] {
  const out = new Map<string, Total>();
  for (const b of actions.flatMap((a) => a.budget_lines)) {
    const key = keyOf(b);
    const x = out.get(key) ?? { key, label: labelOf(key), cents: 0, lines: 0 };
    x.cents += b.amount_cents;
    x.lines += 1;
    out.set(key, x);
  }
  return [...out.values()].sort((a, b) => b.cents - a.cents);
}

function BudgetChart(props: { rows: Total[] }) {
  const box = usePlot((width) =>
    Plot.plot({
      width,
      height: 40 + 28 * props.rows.length,
      marginLeft: 110,
      x: { label: '€', grid: true, tickFormat: (d: number) => d.toLocaleString('fr-FR') },
      y: { label: null, domain: props.rows.map((r) => r.label) },
      marks: [Plot.barX(props.rows, { y: 'label', x: (r: Total) => r.cents / 100, fill: '#0b4f9c' })],
    }), [props.rows]);
  return <div ref={box} class="chart" aria-hidden="true" />;
}

function TotalsTable(props: { caption: string; head: string; rows: Total[] }) {
  const sum = props.rows.reduce((s, r) => s + r.cents, 0);
  return (
    <TableScroll label={props.caption}>
      <table>
        <caption>{props.caption}</caption>
        <thead><tr><th scope="col">{props.head}</th><th scope="col" class="num">{t.lines}</th><th scope="col" class="num">{t.amount}</th></tr></thead>
        <tbody>{props.rows.map((r) => <tr key={r.key}><th scope="row">{r.label}</th><td class="num">{r.lines}</td><td class="num">{formatAmount(r.cents)}</td></tr>)}</tbody>
        <tfoot><tr><th scope="row">{t.total}</th><td class="num">{props.rows.reduce((s, r) => s + r.lines, 0)}</td><td class="num">{formatAmount(sum)}</td></tr></tfoot>
      </table>
    </TableScroll>
  );
}

/** The fiches' budget lines added up by source of funding (FIPD, commune, département…) and by
 * funder, with totals: a chart by source and both tables. */
export function BudgetSummary(props: { actions: Action[]; organisations: Organisation[] }) {
  const bySource = totals(props.actions, (b) => b.source, (k) => fr.fundingSource[k] ?? k);
  const byFunder = totals(props.actions, (b) => String(b.funder_id ?? ''),
    (k) => props.organisations.find((o) => String(o.id) === k)?.name ?? t.noFunder);
  return (
    <div class="budget-summary">
      <h4>{t.budget}</h4>
      {bySource.length === 0 ? <p class="hint">{t.noBudget}</p> : (
        <>
          <figure>
            <figcaption>{t.budgetChart}</figcaption>
            <BudgetChart rows={bySource} />
          </figure>
          <TotalsTable caption={t.bySource} head={t.source} rows={bySource} />
          <TotalsTable caption={t.byFunder} head={t.funder} rows={byFunder} />
        </>
      )}
    </div>
  );
}
