import * as Plot from '@observablehq/plot';
import { usePlot } from '../../lib/usePlot';
import { formatDate, formatNumber } from '../../lib/format';
import type { Indicator } from '../../lib/types';
import { fr } from '../../i18n/fr';
import { TableScroll } from '../TableScroll';

const f = fr.action.fields;

/** An indicator's dated measurements as a line, with the target as a dashed line reaching to
 * its date (Observable Plot). The picture is hidden from screen readers: the table says it. */
function SeriesChart(props: { indicator: Indicator }) {
  const box = usePlot((width) => {
    const i = props.indicator;
    const dated = (i.measurements ?? []).filter((m) => m.measured_on).map((m) => ({ day: new Date(`${m.measured_on}T00:00:00`), value: m.value }));
    const marks: Plot.Markish[] = [
      Plot.lineY(dated, { x: 'day', y: 'value', stroke: '#0b4f9c', strokeWidth: 3 }),
      Plot.dot(dated, { x: 'day', y: 'value', fill: '#0b4f9c', r: 4 }),
    ];
    if (i.target !== null) {
      const end = i.target_date ? new Date(`${i.target_date}T00:00:00`) : dated[dated.length - 1]?.day;
      const start = dated[0]?.day ?? end;
      if (start && end) {
        marks.push(Plot.ruleY([i.target], { x1: start, x2: end > start ? end : start, stroke: '#b35900', strokeDasharray: '6,3', strokeWidth: 2 }));
        marks.push(Plot.text([i.target], { x: end, y: i.target, text: () => `${f.target} ${formatNumber(i.target)}`, dy: -8, textAnchor: 'end', fill: '#8a4500' }));
      }
    }
    return Plot.plot({
      width,
      height: 200,
      marginLeft: 56,
      x: { type: 'time', label: null, tickFormat: (d: Date) => d.toLocaleDateString('fr-FR', { month: 'short', year: 'numeric' }), ticks: width < 420 ? 3 : 6 },
      y: { label: i.unit ?? null, grid: true, tickFormat: (d: number) => d.toLocaleString('fr-FR') },
      marks,
    });
  }, [props.indicator]);
  return <div ref={box} class="chart" aria-hidden="true" />;
}

/** An indicator's series: the chart when two dated measurements make a line, and always the
 * table, folded under the chart when there is one. */
export function IndicatorSeries(props: { indicator: Indicator }) {
  const i = props.indicator;
  const series = i.measurements ?? [];
  if (series.length === 0) return null;
  const table = (
    <TableScroll label={f.measured_on}>
    <table>
      <thead><tr><th scope="col">{f.measured_on}</th><th scope="col" class="num">{f.value}</th><th scope="col">{f.note}</th></tr></thead>
      <tbody>
        {series.map((m, k) => (
          <tr key={k}><td>{m.measured_on ? formatDate(m.measured_on) : f.undated}</td><td class="num">{formatNumber(m.value)}{i.unit ? ` ${i.unit}` : ''}</td><td>{m.note ?? ''}</td></tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
  const chartable = series.filter((m) => m.measured_on).length >= 2;
  return (
    <figure class="indicator-series">
      <figcaption>{fr.action.seriesChart(i.label)}</figcaption>
      {chartable && <SeriesChart indicator={i} />}
      {chartable ? <details><summary>{fr.action.seriesTable}</summary>{table}</details> : table}
    </figure>
  );
}
