import * as Plot from '@observablehq/plot';
import { useState } from 'preact/hooks';
import { DocumentButtons } from '../DocumentButtons';
import { TableScroll } from '../TableScroll';
import { fieldId } from '../fields';
import { usePlot } from '../../lib/usePlot';
import { formatNumber } from '../../lib/format';
import { useFetched } from '../../lib/useFetched';
import { video as t } from '../../i18n/video';
import type { VideoSystem, VideoYear } from './types';

const percent = (share: number | null) => (share === null ? t.figures.shareUnknown : `${formatNumber(Math.round(share * 1000) / 10)} %`);

/** A year of the system for the bilan and the ethics committee: requisitions by month as bars
 * (hidden from screen readers: the table says the same), and the year's counts. */
export function Figures(props: { system: VideoSystem }) {
  const s = props.system;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const y = useFetched<VideoYear>(`/api/v1/video-systems/${s.id}/figures?year=${year}`)[0];
  const box = usePlot((width) => {
    if (!y) return null;
    const data = y.requisitions_by_month.map((count, i) => ({ month: t.monthsShort[i], count }));
    return Plot.plot({
      width,
      height: 200,
      x: { label: null, domain: data.map((d) => d.month) },
      y: { label: t.figures.count, grid: true, tickFormat: (d: number) => (Number.isInteger(d) ? String(d) : '') },
      marks: [Plot.barY(data, { x: 'month', y: 'count', fill: '#0b4f9c' }), Plot.ruleY([0])],
    });
  }, [y]);
  const id = fieldId(`y${s.id}.year`);
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  return (
    <>
      <h3>{t.figures.title}</h3>
      <div class="field picker">
        <label for={id}>{t.figures.year}</label>
        <select id={id} value={String(year)} onChange={(e) => setYear(Number((e.target as HTMLSelectElement).value))}>
          {years.map((n) => <option key={n} value={n}>{n}</option>)}
        </select>
      </div>
      {y && (
        <>
          <dl class="fields">
            <dt>{t.figures.viewings}</dt><dd>{y.viewings}</dd>
            <dt>{t.figures.extractions}</dt><dd>{y.extractions}</dd>
            <dt>{t.figures.requisitions}</dt><dd>{y.requisitions}</dd>
            <dt>{t.figures.share}</dt><dd>{percent(y.procedure_share)}</dd>
            <dt>{t.figures.cameras}</dt><dd>{y.cameras_in_service}</dd>
          </dl>
          <figure>
            <figcaption>{t.figures.chart} {y.year} <span class="hint">{t.figures.chartHint}</span></figcaption>
            <div ref={box} class="chart" aria-hidden="true" />
          </figure>
          <TableScroll label={`${t.figures.chart} ${y.year} : ${s.name}`}>
            <table>
              <thead><tr>{t.months.map((m) => <th key={m} scope="col">{m}</th>)}</tr></thead>
              <tbody><tr>{y.requisitions_by_month.map((n, i) => <td key={i}>{n}</td>)}</tr></tbody>
            </table>
          </TableScroll>
          <DocumentButtons label={t.figures.report} path={(f) => `/api/v1/video-systems/${s.id}/annual-report?year=${y.year}&format=${f}`} filename={(f) => `rapport-comite-ethique-${y.year}.${f}`} />
        </>
      )}
    </>
  );
}
