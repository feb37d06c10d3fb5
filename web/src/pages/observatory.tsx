import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { AnalysisPanel, caption } from '../components/observatory/AnalysisPanel';
import { ImportForm } from '../components/observatory/ImportForm';
import { ObservatoryMap, type MapLayers } from '../components/observatory/ObservatoryMap';
import { densityPoster } from '../components/observatory/densityPoster';
import { ProblemBoard } from '../components/observatory/ProblemBoard';
import { ReportForm } from '../components/observatory/ReportForm';
import { Summary } from '../components/observatory/Summary';
import { TemporalView } from '../components/observatory/TemporalView';
import { filterQuery, type AnalysisRun, type Context, type FeatureCollection, type Filters, type DensityResult, type Incident, type Problem, type Summary as SummaryData } from '../components/observatory/types';
import { api, ApiError, type Me } from '../lib/api';
import { formatDate, formatInstant } from '../lib/format';
import { fr } from '../i18n/fr';
import { ConfirmButton } from '../components/ConfirmButton';
import { TableScroll } from '../components/TableScroll';

const t = fr.observatory;
const noFilters: Filters = { category_id: '', from: '', to: '', organisation_id: '' };

function download(canvas: HTMLCanvasElement, name: string) {
  canvas.toBlob((blob) => {
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    a.click();
    URL.revokeObjectURL(a.href);
  });
}

function IncidentList(props: { incidents: Incident[]; total: number; canManage: boolean; onRemove: (i: Incident) => void }) {
  if (props.incidents.length === 0) return <p>{t.none}</p>;
  // The server sends the newest first: by day then time (a fact without time last in its day).
  const shown = props.incidents;
  return (
    <>
    {props.total > shown.length && <p class="hint">{t.listedOf(shown.length, props.total)}</p>}
    <TableScroll label={t.list}>
      <table>
        <caption>{props.canManage ? t.list : t.listMine}</caption>
        <thead><tr><th scope="col">{t.when}</th><th scope="col">{t.what}</th><th scope="col">{t.where}</th><th scope="col">{t.who}</th><th scope="col">{t.description}</th><th scope="col"><span class="visually-hidden">{t.remove}</span></th></tr></thead>
        <tbody>{shown.map((i) => (
          <tr key={i.id}>
            <td>{formatDate(i.occurred_on)}{i.occurred_time ? ` ${i.occurred_time}` : ''}{i.period_end ? ` – ${formatDate(i.period_end)}` : ''}</td>
            <td>{i.category}</td>
            <td>{i.place ?? (i.latitude !== null ? `${i.latitude.toFixed(5).replace('.', ',')} ; ${i.longitude!.toFixed(5).replace('.', ',')}` : '')}</td>
            <td>{i.organisation}</td>
            <td class="prose">{i.description}</td>
            <td><ConfirmButton question={t.removeQuestion} onConfirm={() => props.onRemove(i)}>{t.remove}<span class="visually-hidden"> {i.category} {formatDate(i.occurred_on)}</span></ConfirmButton></td>
          </tr>
        ))}</tbody>
      </table>
    </TableScroll>
    </>
  );
}

const kListed = 100;

function ObservatoryPage(props: { me: Me }) {
  const [territory, setTerritory] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [context, setContext] = useState<Context | null>(null);
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [layers, setLayers] = useState<MapLayers>({ contours: null, incidents: null, density: null, hotspots: null, zones: null });
  const [incidents, setIncidents] = useState<Incident[]>([]);
  const [incidentTotal, setIncidentTotal] = useState(0);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [factsSaved, setFactsSaved] = useState(0);  // a saved fact may change a problem's count
  const [summary, setSummary] = useState<SummaryData | null>(null);
  const [shown, setShown] = useState<AnalysisRun | null>(null);
  const [picked, setPicked] = useState<[number, number] | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  // « Du » after « Au » selects nothing: said under « Au » instead of an empty page.
  const reversed = filters.from !== '' && filters.to !== '' && filters.from > filters.to;
  const query = filterQuery(filters);

  // Answers for an earlier territory or filter, arriving late, are dropped: each request
  // remembers the choice it was made for.
  const latest = useRef({ territory, query });
  latest.current = { territory, query };
  const stillCurrent = (t: number, q?: string) => latest.current.territory === t && (q === undefined || latest.current.query === q);

  useEffect(() => {
    if (territory === null) return;
    const t = territory;
    setShown(null);
    setContext(null);
    setPicked(null);
    setFilters(noFilters);  // a category or a source of the previous territory means nothing here
    api<{ name: string }>('GET', `/api/v1/territories/${t}`).then((x) => stillCurrent(t) && setName(x.name));
    api<Context>('GET', `/api/v1/territories/${t}/observatoire`)
      .then((c) => stillCurrent(t) && setContext(c))
      .catch((e) => stillCurrent(t) && setError(e instanceof ApiError ? e.message : String(e)));
    api<FeatureCollection>('GET', `/api/v1/territories/${t}/contours`)
      .then((c) => stillCurrent(t) && setLayers((l) => ({ ...l, contours: c, density: null, hotspots: null, zones: null })));
  }, [territory]);

  async function reload() {
    if (territory === null) return;
    const [t, q] = [territory, query];
    const base = `/api/v1/territories/${t}/incidents`;
    try {
      const [geo, list, s] = await Promise.all([
        api<FeatureCollection>('GET', `${base}?format=geojson&${q}`),
        api<{ items: Incident[]; total: number }>('GET', `${base}?limit=${kListed}&${q}`),
        api<SummaryData>('GET', `${base}/summary?${q}`),
      ]);
      if (!stillCurrent(t, q)) return;
      setLayers((l) => ({ ...l, incidents: geo }));
      setIncidents(list.items);
      setIncidentTotal(list.total);
      setSummary(s);
      setError('');
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }
  useEffect(() => { reload(); }, [territory, query]);

  function show(run: AnalysisRun) {
    setShown(run);
    const r = run.result;
    if (!r) return;
    setLayers((l) => ({
      ...l,
      density: r.kind === 'densite' ? r : l.density,
      hotspots: r.kind === 'points_chauds' ? r : l.hotspots,
      zones: r.kind === 'quasi_repetition' ? r : l.zones,
    }));
  }
  async function remove(i: Incident) {
    await api('DELETE', `/api/v1/incidents/${i.id}`);
    setNotice(t.removed);
    reload();
  }
  const set = (key: keyof Filters) => (e: Event) => setFilters({ ...filters, [key]: (e.target as HTMLInputElement).value });
  return (
    <>
      <h1>{t.title}</h1>
      <TerritoryPicker value={territory} onChange={setTerritory} allow={() => true} />
      <p>{t.intro}</p>
      {error && <p class="error" role="alert">{error}</p>}
      {context && territory !== null && (
        <>
          <form class="filters" aria-label={t.filters} onSubmit={(e) => e.preventDefault()}>
            <div class="field">
              <label for="filtre-categorie">{t.category}</label>
              <select id="filtre-categorie" value={filters.category_id} onChange={set('category_id')}>
                <option value="">{t.allCategories}</option>
                {context.categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
              </select>
            </div>
            <div class="field"><label for="filtre-du">{t.from}</label><input id="filtre-du" type="date" value={filters.from} onInput={set('from')} /></div>
            <div class="field">
              <label for="filtre-au">{t.to}</label>
              <input id="filtre-au" type="date" value={filters.to} onInput={set('to')} aria-invalid={reversed ? 'true' : undefined} aria-describedby={reversed ? 'filtre-au-error' : undefined} />
              {reversed && <p id="filtre-au-error" class="error">{t.reversedDates}</p>}
            </div>
            {context.can_manage && (
              <div class="field">
                <label for="filtre-source">{t.source}</label>
                <select id="filtre-source" value={filters.organisation_id} onChange={set('organisation_id')}>
                  <option value="">{t.allSources}</option>
                  {context.organisations.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
                </select>
              </div>
            )}
          </form>
          <h2 id="carte">{t.map}</h2>
          <ObservatoryMap name={name} layers={layers} picked={picked} onPick={context.can_submit ? (lat, lon) => setPicked([lat, lon]) : undefined} />
          {layers.incidents?.without_point ? <p class="hint">{t.withoutPoint(layers.incidents.without_point)}</p> : null}
          {shown?.result && shown.result.kind !== 'temporalite' && (
            <p aria-live="polite">
              <strong>{t.kinds[shown.kind]} :</strong> {caption(shown)}{' '}
              {shown.result.kind === 'densite' && (
                <button type="button" class="secondary" onClick={() => download(densityPoster(shown.result as DensityResult,
                  [t.poster.title(name), caption(shown), t.poster.when(formatInstant(shown.created_at))], [t.poster.low, t.poster.high], t.poster.source), `carte-de-chaleur-${shown.id}.png`)}>{t.exportPng}</button>
              )}
            </p>
          )}
          {shown?.result?.kind === 'temporalite' && <TemporalView result={shown.result} small={context.small_count} />}
          <AnalysisPanel key={territory} territory={territory} filters={filters} categories={context.categories} onShow={show} />
          {!context.can_submit && props.me.roles.some((r) => r.territory_id === territory && r.role === 'partenaire') && (
            <p class="notice notice-error">{t.noOrganisation}</p>
          )}
          {context.can_submit && (
            <div class="two-columns">
              <ReportForm key={territory} territory={territory} context={context} problems={problems} picked={picked} onPicked={setPicked} onSaved={() => { reload(); setFactsSaved((n) => n + 1); }} />
              <ImportForm key={territory} territory={territory} context={context} onImported={reload} />
            </div>
          )}
          <ProblemBoard key={`p${territory}`} territory={territory} context={context} picked={picked} refresh={factsSaved} onLoaded={setProblems} />
          {summary && <Summary summary={summary} />}
          <section class="card" aria-labelledby="signalements">
            <h2 id="signalements">{context.can_manage ? t.list : t.listMine}</h2>
            {notice && <p role="status">{notice}</p>}
            <IncidentList incidents={incidents} total={incidentTotal} canManage={context.can_manage} onRemove={remove} />
          </section>
        </>
      )}
    </>
  );
}

render(<Layout title={t.title}>{(me) => <ObservatoryPage me={me} />}</Layout>, document.getElementById('app')!);
