import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { IndicatorChart, zoneStyles } from '../components/diagnostic/IndicatorChart';
import { IndicatorTable } from '../components/diagnostic/IndicatorTable';
import type { Diagnostic, Indicator } from '../components/diagnostic/types';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { api, ApiError } from '../lib/api';
import { formatNumber } from '../lib/format';
import { fr } from '../i18n/fr';

const t = fr.diagnostic;
const bands: [number, number][] = [[0, 2000], [2000, 5000], [5000, 10000], [10000, 20000], [20000, 50000], [50000, 100000], [100000, 0]];
const rate = (v: number | null | undefined) => (v === null || v === undefined ? t.noData : formatNumber(Math.round(v * 100) / 100));

/** The text alternative of a chart: the latest year's rates, in words. */
function caption(i: Indicator, years: number[]): string {
  const year = years[years.length - 1];
  const at = (s: Indicator['territory']) => s.points.find((p) => p.year === year);
  const own = at(i.territory);
  const parts = [
    own && !own.published ? t.notPublished : rate(own?.rate),
    ...[i.departement, i.region, i.france].map((s) => ` ; ${s.name} ${rate(at(s)?.rate)}`),
  ].join('');
  return t.chartAlt(i.territory.name, year, parts);
}

function SimilarLine(props: { indicator: Indicator }) {
  const s = props.indicator.similar;
  if (!s) return null;
  if (s.communes === 0) return <p>{t.similarNone(s.year, t.band(s.band_min, s.band_max), s.area_name)}</p>;
  return (
    <p>
      {t.similar(s.year, s.communes, t.band(s.band_min, s.band_max), s.area_name)}{' '}
      {t.similarRates(rate(s.median), rate(s.q1), rate(s.q3))}
      {s.rate !== null && s.above !== null && <> ; {t.similarOwn(props.indicator.territory.name, rate(s.rate), s.above)}</>}.
    </p>
  );
}

function IndicatorSection(props: { indicator: Indicator; years: number[] }) {
  const i = props.indicator;
  const id = `indicateur-${i.id}`;
  return (
    <section class="card indicator" aria-labelledby={id}>
      <h2 id={id}>{i.label}</h2>
      <p class="muted">{t.unit(i.unit)} · {t.perThousand(i.per)}</p>
      <figure>
        <IndicatorChart indicator={i} years={props.years} />
        <figcaption id={`${id}-legende`}>{caption(i, props.years)}</figcaption>
      </figure>
      <SimilarLine indicator={i} />
      <IndicatorTable indicator={i} years={props.years} captionId={`${id}-legende`} />
    </section>
  );
}

function Legend(props: { d: Diagnostic }) {
  const i = props.d.indicators[0];
  if (!i) return null;
  return (
    <ul class="chart-legend" aria-hidden="true">
      {zoneStyles.map((z) => (
        <li key={z.key}>
          <svg width="36" height="10"><line x1="0" y1="5" x2="36" y2="5" stroke={z.stroke} stroke-width={z.width} stroke-dasharray={z.dash} /></svg>
          {i[z.key].name}
        </li>
      ))}
    </ul>
  );
}

function DiagnosticPage() {
  const [territory, setTerritory] = useState<number | null>(null);
  const [area, setArea] = useState('region');
  const [band, setBand] = useState('');
  const [d, setD] = useState<Diagnostic | null>(null);
  const [error, setError] = useState('');
  const query = `area=${area}${band ? `&band_min=${band.split('-')[0]}&band_max=${band.split('-')[1]}` : ''}`;
  useEffect(() => {
    if (territory === null) return;
    setD(null);
    let current = true; // an answer for an earlier choice, arriving late, is dropped
    api<Diagnostic>('GET', `/api/v1/territories/${territory}/diagnostic?${query}`)
      .then((r) => { if (current) { setD(r); setError(''); } })
      .catch((e) => current && setError(e instanceof ApiError ? e.message : String(e)));
    return () => { current = false; };
  }, [territory, query]);
  const exportUrl = (format: string) => `/api/v1/territories/${territory}/diagnostic/export?format=${format}&${query}`;
  return (
    <>
      <h1>{t.title}</h1>
      <TerritoryPicker value={territory} onChange={setTerritory} allow={() => true} />
      <p>{t.intro}</p>
      <form class="filters" onSubmit={(e) => e.preventDefault()}>
        <div class="field">
          <label for="zone-comparaison">{t.compareArea}</label>
          <select id="zone-comparaison" value={area} onChange={(e) => setArea((e.target as HTMLSelectElement).value)}>
            {Object.entries(t.areas).map(([v, l]) => <option key={v} value={v}>{l}</option>)}
          </select>
        </div>
        <div class="field">
          <label for="tranche">{t.compareBand}</label>
          <select id="tranche" value={band} onChange={(e) => setBand((e.target as HTMLSelectElement).value)}>
            <option value="">{t.bandAuto}</option>
            {bands.map(([min, max]) => <option key={min} value={`${min}-${max}`}>{t.band(min, max)}</option>)}
          </select>
        </div>
        {d && d.indicators.length > 0 && (
          <div class="buttons">
            <a class="button" href={exportUrl('csv')} download>{t.exportCsv}</a>
            <a class="button" href={exportUrl('xlsx')} download>{t.exportXlsx}</a>
          </div>
        )}
      </form>
      {error && <p class="error" role="alert">{error}</p>}
      {territory !== null && !d && !error && <p>{fr.common.loading}</p>}
      {d && d.indicators.length === 0 && <p>{t.none}</p>}
      {d && d.indicators.length > 0 && (
        <>
          <p><strong>{t.source} :</strong> {d.source}</p>
          <Legend d={d} />
          <p class="muted">{t.dashNote}</p>
          {d.indicators.map((i) => <IndicatorSection key={i.id} indicator={i} years={d.years} />)}
        </>
      )}
    </>
  );
}

render(<Layout title={t.title}>{() => <DiagnosticPage />}</Layout>, document.getElementById('app')!);
