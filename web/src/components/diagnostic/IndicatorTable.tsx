import { formatNumber } from '../../lib/format';
import { fr } from '../../i18n/fr';
import type { Indicator, Point, Series } from './types';
import { TableScroll } from '../TableScroll';

const t = fr.diagnostic;

function pointAt(series: Series, year: number): Point | undefined {
  return series.points.find((p) => p.year === year);
}

/** "non diffusé" where the SSMSI masks a commune, never 0; "partiel" for a CISPD sum. */
function Cells(props: { point: Point | undefined; withCount: boolean }) {
  const p = props.point;
  if (!p) return <>{props.withCount && <td>{t.noData}</td>}<td>{t.noData}</td></>;
  if (!p.published) return <>{props.withCount && <td>{t.notPublished}</td>}<td>{t.notPublished}</td></>;
  const note = p.partial ? <><br /><small>{t.partial(p.zones_published, p.zones)}</small></> : null;
  return (
    <>
      {props.withCount && <td class="number">{formatNumber(p.count)}{note}</td>}
      <td class="number">{p.rate === null ? t.noData : formatNumber(Math.round(p.rate * 100) / 100)}</td>
    </>
  );
}

/** The data of the chart, year by year: the territory's count and rate, the areas' rates. */
export function IndicatorTable(props: { indicator: Indicator; years: number[]; captionId: string }) {
  const i = props.indicator;
  const zones = [i.territory, i.departement, i.region, i.france];
  return (
    <TableScroll label={`${t.tableOf} ${i.label}`}>
      <table aria-describedby={props.captionId}>
        <thead>
          <tr>
            <th scope="col">{t.year}</th>
            <th scope="col">{`${i.territory.name} : ${t.count.toLowerCase()}`}</th>
            {zones.map((z) => <th scope="col" key={z.name}>{`${z.name} : ${t.rate}`}</th>)}
          </tr>
        </thead>
        <tbody>
          {props.years.map((y) => (
            <tr key={y}>
              <th scope="row">{y}</th>
              <Cells point={pointAt(i.territory, y)} withCount />
              {zones.slice(1).map((z) => <Cells key={z.name} point={pointAt(z, y)} withCount={false} />)}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
