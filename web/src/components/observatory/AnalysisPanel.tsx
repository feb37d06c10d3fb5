import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { fieldErrors, formMessage } from '../../lib/forms';
import { Input } from '../fields';
import { formatDate, formatInstant, typedNumber } from '../../lib/format';
import type { AnalysisRun, Filters } from './types';
import { fr } from '../../i18n/fr';
import { TableScroll } from '../TableScroll';

const t = fr.observatory;

/** What a finished analysis says, in plain French (docs/analyse.md). */
export function caption(run: AnalysisRun): string {
  const r = run.result;
  if (!r) return '';
  if (r.kind === 'densite') return t.captions.densite(r.sigma, r.events);
  if (r.kind === 'points_chauds') {
    const c = r.classes;
    const said = t.captions.points_chauds(r.cell, (c['1'] ?? 0) + (c['2'] ?? 0) + (c['3'] ?? 0), (c['-1'] ?? 0) + (c['-2'] ?? 0) + (c['-3'] ?? 0));
    return r.few_events ? `${t.captions.fewEvents(r.events)} ${said}` : said;
  }
  if (r.kind === 'quasi_repetition') {
    const own = r.own_zones_only ? ` ${t.captions.ownZonesOnly}` : '';
    return (r.elevated ? t.captions.quasi_repetition(r.radius ?? 0, r.days ?? 0, r.zones.features.filter((f) => f.properties.active !== false).length, r.zones.features.filter((f) => f.properties.active === false).length) : t.captions.noElevation) + own;
  }
  return r.trend ? t.captions.temporalite(r.trend.trend) : '';
}

/** What a kept run was asked: its filters and parameters, in words. */
function asked(r: AnalysisRun, categories: { id: number; label: string }[]): string {
  const p = r.parameters;
  const parts = [p.category_id ? (categories.find((c) => c.id === p.category_id)?.label ?? t.allCategories) : t.allCategories];
  if (p.from || p.to) parts.push(t.askedPeriod(p.from ? formatDate(String(p.from)) : '…', p.to ? formatDate(String(p.to)) : '…'));
  if (p.sigma) parts.push(t.askedSigma(Number(p.sigma)));
  if (p.cell) parts.push(t.askedCell(Number(p.cell)));
  if (p.simulations) parts.push(t.askedSimulations(Number(p.simulations)));
  if (p.recent_days) parts.push(t.askedRecent(Number(p.recent_days)));
  return parts.join(' ; ');
}

/** Starts an analysis on the filtered incidents, follows its progress (with cancel), and lists
 * those kept, any of which can be shown again on the map. */
export function AnalysisPanel(props: { territory: number; filters: Filters; categories: { id: number; label: string }[]; onShow: (run: AnalysisRun) => void }) {
  const [kind, setKind] = useState('densite');
  const [sigma, setSigma] = useState('');
  const [cell, setCell] = useState('250');
  const [simulations, setSimulations] = useState('999');
  const [recent, setRecent] = useState('28');
  const [running, setRunning] = useState<AnalysisRun | null>(null);
  const [runs, setRuns] = useState<AnalysisRun[]>([]);
  const [error, setError] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
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
    setErrors({});
    const f = props.filters;
    const parameters: Record<string, unknown> = {};
    if (f.category_id) parameters.category_id = Number(f.category_id);
    if (f.from) parameters.from = f.from;
    if (f.to) parameters.to = f.to;
    if (kind === 'densite' && sigma) parameters.sigma = typedNumber(sigma);
    if (kind === 'points_chauds') parameters.cell = typedNumber(cell);
    if (kind === 'quasi_repetition') { parameters.simulations = typedNumber(simulations); parameters.recent_days = typedNumber(recent); }
    try {
      const run = await api<AnalysisRun>('POST', `/api/v1/territories/${props.territory}/analyses`, { kind, parameters });
      setRunning(run);
      follow(run.id);
    } catch (err) {
      // A parameter's error goes under its field when that field is on screen.
      const r = fieldErrors(err, 'analysis-');
      setErrors(r.errors);
      setError(formMessage(r));
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
        {kind === 'densite' && <Input path="analysis-sigma" label={t.sigma} value={sigma} onInput={setSigma} errors={errors} numeric />}
        {kind === 'points_chauds' && <Input path="analysis-cell" label={t.cell} value={cell} onInput={setCell} errors={errors} numeric />}
        {kind === 'quasi_repetition' && (
          <>
            <Input path="analysis-simulations" label={t.simulations} value={simulations} onInput={setSimulations} errors={errors} numeric />
            <Input path="analysis-recent_days" label={t.recentDays} hint={t.recentDaysHint} value={recent} onInput={setRecent} errors={errors} numeric />
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
        <TableScroll label={t.history}>
          <table>
            <caption>{t.history}</caption>
            <thead><tr><th scope="col">{t.kind}</th><th scope="col">{t.when}</th><th scope="col">{t.count}</th><th scope="col">{t.state}</th><th scope="col"><span class="visually-hidden">{t.show}</span></th></tr></thead>
            <tbody>{runs.map((r) => (
              <tr key={r.id}>
                <td>{t.kinds[r.kind]}<br /><span class="hint">{asked(r, props.categories)}</span></td>
                <td>{formatInstant(r.created_at)} — {r.created_by}</td>
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
        </TableScroll>
      )}
    </section>
  );
}
