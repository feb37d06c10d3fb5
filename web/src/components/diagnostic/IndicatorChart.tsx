import * as Plot from '@observablehq/plot';
import { usePlot } from '../../lib/usePlot';
import type { Indicator, Point, Series } from './types';


// Each zone its own colour and dash, so that the lines stay apart without colour.
export const zoneStyles = [
  { key: 'territory', stroke: '#0b4f9c', dash: 'none', width: 3 },
  { key: 'departement', stroke: '#b35900', dash: '6,3', width: 2 },
  { key: 'region', stroke: '#1b5e20', dash: '2,3', width: 2 },
  { key: 'france', stroke: '#4a4a4a', dash: '10,4,2,4', width: 2 },
] as const;

type Key = (typeof zoneStyles)[number]['key'];

// Every year, with no value where the figure is not published, missing or partial: the line
// breaks there instead of joining across it (a partial sum is drawn as a hollow dot alone).
function rows(series: Series, years: number[]) {
  return years.map((year) => {
    const p: Point | undefined = series.points.find((x) => x.year === year);
    return { year, rate: p && p.published && !p.partial && p.rate !== null ? p.rate : NaN };
  });
}

function partials(series: Series) {
  return series.points.filter((p) => p.partial && p.rate !== null).map((p) => ({ year: p.year, rate: p.rate as number }));
}

const frNumber = (d: number) => d.toLocaleString('fr-FR');

/** The rate over the years beside the département, région and France (Observable Plot). The
 * picture is hidden from screen readers: the caption and the table below say the same. */
export function IndicatorChart(props: { indicator: Indicator; years: number[] }) {
  const box = usePlot((width) => {
    const i = props.indicator;
    const marks = zoneStyles.flatMap((z) => {
      const data = rows(i[z.key as Key], props.years);
      return [
        Plot.lineY(data, { x: 'year', y: 'rate', stroke: z.stroke, strokeWidth: z.width, strokeDasharray: z.dash }),
        Plot.dot(data, { x: 'year', y: 'rate', fill: z.stroke, r: z.key === 'territory' ? 4 : 2.5 }),
        Plot.dot(partials(i[z.key as Key]), { x: 'year', y: 'rate', stroke: z.stroke, fill: 'white', r: 4 }),
      ];
    });
    const ticks = width < 520 ? props.years.filter((_, k) => k % 3 === 0) : props.years;
    const masked = i.territory.points.filter((p) => !p.published).map((p) => ({ year: p.year }));
    return Plot.plot({
      width,
      height: 240,
      marginLeft: 48,
      x: { label: null, tickFormat: (d: number) => String(d), ticks },
      y: { label: `‰ ${i.per}`, grid: true, zero: true, tickFormat: frNumber },
      marks: [...marks, Plot.text(masked, { x: 'year', frameAnchor: 'bottom', dy: -4, text: () => 'n.d.', fill: '#0b4f9c' })],
    });
  }, [props.indicator], 760);
  return <div ref={box} class="chart" aria-hidden="true" />;
}
