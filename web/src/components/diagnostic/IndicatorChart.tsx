import * as Plot from '@observablehq/plot';
import { useEffect, useRef } from 'preact/hooks';
import type { Indicator, Point, Series } from './types';

// Each zone its own colour and dash, so that the lines stay apart without colour.
export const zoneStyles = [
  { key: 'territory', stroke: '#0b4f9c', dash: 'none', width: 3 },
  { key: 'departement', stroke: '#b35900', dash: '6,3', width: 2 },
  { key: 'region', stroke: '#1b5e20', dash: '2,3', width: 2 },
  { key: 'france', stroke: '#4a4a4a', dash: '10,4,2,4', width: 2 },
] as const;

type Key = (typeof zoneStyles)[number]['key'];

function rows(series: Series) {
  return series.points.filter((p: Point) => p.rate !== null).map((p) => ({ year: p.year, rate: p.rate as number, zone: series.name }));
}

/** The rate over the years beside the département, région and France (Observable Plot). The
 * picture is hidden from screen readers: the caption and the table below say the same. */
export function IndicatorChart(props: { indicator: Indicator; years: number[] }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const i = props.indicator;
    const marks = zoneStyles.flatMap((z) => {
      const data = rows(i[z.key as Key]);
      return [
        Plot.lineY(data, { x: 'year', y: 'rate', stroke: z.stroke, strokeWidth: z.width, strokeDasharray: z.dash }),
        Plot.dot(data, { x: 'year', y: 'rate', fill: z.stroke, r: z.key === 'territory' ? 4 : 2.5 }),
      ];
    });
    const masked = i.territory.points.filter((p) => !p.published).map((p) => ({ year: p.year }));
    const chart = Plot.plot({
      width: Math.min(760, box.current?.clientWidth || 760),
      height: 240,
      marginLeft: 48,
      x: { label: null, tickFormat: (d: number) => String(d), ticks: props.years },
      y: { label: `‰ ${i.per}`, grid: true, zero: true },
      marks: [...marks, Plot.text(masked, { x: 'year', frameAnchor: 'bottom', dy: -4, text: () => 'n.d.', fill: '#0b4f9c' })],
    });
    box.current?.replaceChildren(chart);
    return () => chart.remove();
  }, [props.indicator]);
  return <div ref={box} class="chart" aria-hidden="true" />;
}
