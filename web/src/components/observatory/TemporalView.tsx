import * as Plot from '@observablehq/plot';
import { usePlot } from '../../lib/usePlot';
import type { TemporalResult } from './types';
import { fr } from '../../i18n/fr';
import { TableScroll } from '../TableScroll';

const t = fr.observatory;
// "2026-03" → "mars 2026", for the table and the chart's axis.
const monthName = (d: Date) => d.toLocaleDateString('fr-FR', { month: 'short', year: 'numeric' });
const monthLong = (m: string) => new Date(`${m}-01T00:00:00`).toLocaleDateString('fr-FR', { month: 'long', year: 'numeric' });
const shown = (v: number | null, k: number) => (v === null ? t.lessThan(k) : v.toLocaleString('fr-FR'));

/** Hour × weekday as a heat map and the months as a line, each with its table (Observable Plot;
 * the pictures are hidden from screen readers, the tables say the same). */
export function TemporalView(props: { result: TemporalResult; small: number }) {
  const r = props.result;
  const grid = usePlot(() => {
    const cells = r.hour_weekday.flatMap((hours, d) => hours.map((v, h) => ({ day: t.weekdays[d], hour: h, v: v ?? NaN })));
    return Plot.plot({
      height: 240, marginLeft: 80, x: { label: t.hour, tickFormat: (h: number) => (h % 3 === 0 ? `${h} h` : '') }, y: { label: null, domain: t.weekdays },
      color: { scheme: 'YlOrRd', legend: true, label: t.count },
      marks: [Plot.cell(cells, { x: 'hour', y: 'day', fill: 'v', inset: 0.5 })],
    });
  }, [r]);
  const line = usePlot(() => {
    const months = r.months.filter((m) => !m.partial).map((m) => ({ month: new Date(`${m.month}-01T00:00:00`), count: m.count ?? NaN }));
    return Plot.plot({
      height: 220, y: { label: t.count, grid: true, tickFormat: (d: number) => d.toLocaleString('fr-FR') }, x: { label: null, tickFormat: monthName },
      marks: [Plot.lineY(months, { x: 'month', y: 'count', stroke: '#0b4f9c', strokeWidth: 2 }), Plot.dot(months, { x: 'month', y: 'count', fill: '#0b4f9c', r: 2 })],
    });
  }, [r]);
  return (
    <div class="temporal">
      <figure>
        <div ref={grid} aria-hidden="true" />
        <figcaption>{t.kinds.temporalite}</figcaption>
      </figure>
      <TableScroll label={t.kinds.temporalite}>
        <table>
          <caption>{t.weekday} × {t.hour}</caption>
          <thead><tr><th scope="col">{t.weekday}</th>{Array.from({ length: 24 }, (_, h) => <th scope="col" key={h}>{h} h</th>)}</tr></thead>
          <tbody>{r.hour_weekday.map((hours, d) => (
            <tr key={d}><th scope="row">{t.weekdays[d]}</th>{hours.map((v, h) => <td key={h}>{shown(v, props.small)}</td>)}</tr>
          ))}</tbody>
        </table>
      </TableScroll>
      {r.without_time !== 0 && <p>{t.withoutTime(shown(r.without_time, props.small))}</p>}
      <figure>
        <div ref={line} aria-hidden="true" />
        <figcaption>{r.trend ? t.captions.temporalite(r.trend.trend) : t.byMonth}</figcaption>
      </figure>
      <TableScroll label={t.byMonth}>
        <table>
          <caption>{t.byMonth}</caption>
          <thead><tr><th scope="col">{t.month}</th><th scope="col">{t.count}</th></tr></thead>
          <tbody>{r.months.map((m) => <tr key={m.month}><td>{monthLong(m.month)}{m.partial ? ` ${t.monthRunning}` : ''}</td><td>{shown(m.count, props.small)}</td></tr>)}</tbody>
        </table>
      </TableScroll>
    </div>
  );
}
