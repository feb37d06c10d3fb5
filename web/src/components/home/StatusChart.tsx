import * as Plot from '@observablehq/plot';
import { usePlot } from '../../lib/usePlot';
import type { Action, Strategy } from '../../lib/types';
import { fr } from '../../i18n/fr';
import { home as t } from '../../i18n/home';

const statuses = ['prevue', 'en_cours', 'realisee', 'abandonnee', 'non_renseigne'];
// Told apart by more than colour: each status its own lightness as well.
const colours = ['#c9d7ea', '#0b4f9c', '#1b5e20', '#8a8a8a', '#e8e8e8'];

/** Fiches by status, one stacked bar per axis (Observable Plot). Hidden from screen readers:
 * the table beside it (AxisTable) says the same. */
export function StatusChart(props: { strategy: Strategy; actions: Action[] }) {
  const box = usePlot((width) => {
    const axes = props.strategy.axes ?? [];
    const label = (id: number | null) => {
      const a = axes.find((x) => x.id === id);
      return a ? `Axe ${a.number}` : fr.home.withoutAxis;
    };
    const data = props.actions.map((a) => ({ axis: label(a.axis_id), status: fr.actionStatus[a.status] }));
    if (data.length === 0) return null;
    const order = [...axes.map((a) => `Axe ${a.number}`), fr.home.withoutAxis];
    return Plot.plot({
      width,
      height: 40 + 28 * new Set(data.map((d) => d.axis)).size,
      marginLeft: 80,
      x: { label: 'Fiches-actions', grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
      y: { label: null, domain: order.filter((o) => data.some((d) => d.axis === o)) },
      color: { domain: statuses.map((s) => fr.actionStatus[s]), range: colours, legend: true },
      marks: [Plot.barX(data, Plot.groupY({ x: 'count' }, { y: 'axis', fill: 'status', stroke: 'white' }))],
    });
  }, [props.strategy, props.actions]);
  if (props.actions.length === 0) return null;
  return (
    <figure class="status-chart">
      <figcaption>{t.statusChart} <span class="hint">{t.statusChartHint}</span></figcaption>
      <div ref={box} class="chart" aria-hidden="true" />
    </figure>
  );
}
