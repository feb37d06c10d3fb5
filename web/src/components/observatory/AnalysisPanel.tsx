import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { AnalysisRun, Filters } from './types';
import { fr } from '../../i18n/fr';

const t = fr.observatory;

/** What a finished analysis says, in plain French (docs/analyse.md). */
export function caption(run: AnalysisRun): string {
  const r = run.result;
  if (!r) return '';
  if (r.kind === 'densite') return t.captions.densite(r.sigma, r.events);
  if (r.kind === 'points_chauds') {
    const c = r.classes;
    return t.captions.points_chauds(r.cell, (c['1'] ?? 0) + (c['2'] ?? 0) + (c['3'] ?? 0), (c['-1'] ?? 0) + (c['-2'] ?? 0) + (c['-3'] ?? 0));
  }
  if (r.kind === 'quasi_repetition') {
    return r.elevated ? t.captions.quasi_repetition(r.radius ?? 0, r.days ?? 0, r.zones.features.length) : t.captions.noElevation;
  }
  return r.trend ? t.captions.temporalite(r.trend.trend) : '';
}

/** Starts an analysis on the filtered incidents, follows its progress (with cancel), and lists
 * those kept, any of which can be shown again on the map. */
export function AnalysisPanel(props: { territory: number; filters: Filters; onShow: (run: AnalysisRun) => void }) {
  const [kind, setKind] = useState('densite');
  const [sigma, setSigma] = useState('');
  const [cell, setCell] = useState('250');
  const [simulations, setSimulations] = useState('999');
  const [recent, setRecent] = useState('28');
  const [running, setRunning] = useState<AnalysisRun | null>(null);
  const [runs, setRuns] = useState<AnalysisRun[]>([]);
  const [error, setError] = useState('');
  const timer = useRef<number | null>(null);
  const load = () => api<{ items: AnalysisRun[] }>('GET', `/api/v1/territories/${props.territory}/analyses`).then((r) => setRuns(r.items));
  useEffect(() => { load(); return () => { if (timer.current) clearTimeout(timer.current); }; }, [props.territory]);

  async function follow(id: number) {
    const run = await api<AnalysisRun>('GET', `/api/v1/analyses/${id}`);
    setRunning(run);
    if (run.state === 'en_cours') {
      timer.current = window.setTimeout(() => follow(id), 400);
      return;
    }
    setRunning(null);
    await load();
    if (run.state === 'termine') props.onShow(run);
    else setError(run.error?.message ?? t.states[run.state]);
  }
  async function start(e: Event) {
    e.preventDefault();
    setError('');
    const f = props.filters;
    const parameters: Record<string, unknown> = {};
    if (f.category_id) parameters.category_id = Number(f.category_id);
    if (f.from) parameters.from = f.from;
    if (f.to) parameters.to = f.to;
    if (kind === 'densite' && sigma) parameters.sigma = Number(sigma.replace(',', '.'));
    if (kind === 'points_chauds') parameters.cell = Number(cell.replace(',', '.'));
    if (kind === 'quasi_repetition') { parameters.simulations = Number(simulations); parameters.recent_days = Number(recent); }
    try {
      const run = await api<AnalysisRun>('POST', `/api/v1/territories/${props.territory}/analyses`, { kind, parameters });
      setRunning(run);
      follow(run.id);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  }
  async function cancel() {
    if (running) await api('DELETE', `/api/v1/analyses/${running.id}`).catch(() => undefined);
  }
  async function show(id: number) {
    props.onShow(await api<AnalysisRun>('GET', `/api/v1/analyses/${id}`));
  }
  const percent = running ? Math.round(running.progress * 100) : 0;
  return (
    <section class="card" aria-labelledby="analyses">
      <h2 id="analyses">{t.analyses}</h2>
      <p class="hint">{t.analysesHelp}</p>
      <form class="filters" onSubmit={start}>
        <div class="field">
          <label for="analyse-type">{t.kind}</label>
          <select id="analyse-type" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value)}>
            {Object.entries(t.kinds).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
          </select>
        </div>
        {kind === 'densite' && <div class="field"><label for="analyse-sigma">{t.sigma}</label><input id="analyse-sigma" inputMode="numeric" value={sigma} onInput={(e) => setSigma((e.target as HTMLInputElement).value)} /></div>}
        {kind === 'points_chauds' && <div class="field"><label for="analyse-maille">{t.cell}</label><input id="analyse-maille" inputMode="numeric" value={cell} onInput={(e) => setCell((e.target as HTMLInputElement).value)} /></div>}
        {kind === 'quasi_repetition' && (
          <>
            <div class="field"><label for="analyse-simulations">{t.simulations}</label><input id="analyse-simulations" inputMode="numeric" value={simulations} onInput={(e) => setSimulations((e.target as HTMLInputElement).value)} /></div>
            <div class="field"><label for="analyse-recents">{t.recentDays}</label><input id="analyse-recents" inputMode="numeric" value={recent} onInput={(e) => setRecent((e.target as HTMLInputElement).value)} /></div>
          </>
        )}
        <div class="buttons"><button type="submit" disabled={running !== null}>{t.run}</button></div>
      </form>
      {running && (
        <div class="progress-line" aria-live="polite">
          <label for="analyse-avancement">{t.running(running.stage, percent)}</label>
          <progress id="analyse-avancement" max={100} value={percent} />
          <button type="button" class="secondary" onClick={cancel}>{t.cancel}</button>
        </div>
      )}
      {error && <p class="error" role="alert">{error}</p>}
      {runs.length > 0 && (
        <div class="table-scroll" tabIndex={0} role="region" aria-label={t.history}>
          <table>
            <caption>{t.history}</caption>
            <thead><tr><th scope="col">{t.kind}</th><th scope="col">{t.when}</th><th scope="col">{t.count}</th><th scope="col">{t.state}</th><th scope="col"><span class="visually-hidden">{t.show}</span></th></tr></thead>
            <tbody>{runs.map((r) => (
              <tr key={r.id}>
                <td>{t.kinds[r.kind]}</td>
                <td>{formatDate(r.created_at.slice(0, 10))} — {r.created_by}</td>
                <td>{r.data_from && r.data_to ? t.dataUsed(r.incidents_used, formatDate(r.data_from), formatDate(r.data_to)) : r.incidents_used}</td>
                <td>{t.states[r.state]}{r.error ? ` : ${r.error.message}` : ''}</td>
                <td>
                  {r.state === 'termine' && <button type="button" class="secondary" onClick={() => show(r.id)}>{t.show}</button>}{' '}
                  {r.state === 'termine' && <a href={`/api/v1/analyses/${r.id}/export?format=csv`} download>{t.exportCsv}</a>}{' '}
                  {r.state === 'termine' && (r.kind === 'points_chauds' || r.kind === 'quasi_repetition') && <a href={`/api/v1/analyses/${r.id}/export?format=geojson`} download>{t.exportGeojson}</a>}
                </td>
              </tr>
            ))}</tbody>
          </table>
        </div>
      )}
    </section>
  );
}
