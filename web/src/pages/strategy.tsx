import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Layout, StatusBadge } from '../components/Layout';
import { api, canWrite, pageRecord, type Me } from '../lib/api';
import { formatPartialDate, formatPeriod } from '../lib/format';
import { ActionView } from '../components/ActionView';
import { AxesEdit, moved } from '../components/strategy/AxesEdit';
import { NewAction } from '../components/strategy/NewAction';
import { StrategyEdit } from '../components/strategy/StrategyEdit';
import { TextBlocks } from '../components/strategy/TextBlocks';
import { strategyEditFr } from '../i18n/strategyEdit';
import type { Action, Axis, Items, Organisation, Strategy } from '../lib/types';
import { fr } from '../i18n/fr';
import { evaluation } from '../i18n/evaluation';
import { DocumentButtons } from '../components/DocumentButtons';
import { PublicationPanel } from '../components/publication/PublicationPanel';

interface Filters {
  axis_id: string;
  status: string;
  pilot: string;
  partner: string;
  q: string;
}

const empty: Filters = { axis_id: '', status: '', pilot: '', partner: '', q: '' };

function readFilters(): Filters {
  const p = new URLSearchParams(location.search);
  return {
    axis_id: p.get('axis_id') ?? '', status: p.get('status') ?? '', pilot: p.get('pilot') ?? '',
    partner: p.get('partner') ?? '', q: p.get('q') ?? '',
  };
}

function query(f: Filters): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) p.set(k, v);
  return p.toString();
}

function Select(props: { id: string; label: string; value: string; options: [string, string][]; onChange: (v: string) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{fr.common.all}</option>
        {props.options.map(([v, l]) => (
          <option key={v} value={v}>{l}</option>
        ))}
      </select>
    </div>
  );
}

/** « 06/12/2012 : Adoption… »; a label that already starts with its date (« 2019 : … ») is
 * shown alone. */
function keyDateLine(d: Strategy['key_dates'][number]): string {
  const when = formatPartialDate(d.date);
  if (!d.label) return `${when} : ${fr.keyDateKind[d.kind]}`;
  return d.label.startsWith(d.date) || d.label.startsWith(when) ? d.label : `${when} : ${d.label}`;
}

function Header(props: { s: Strategy }) {
  const s = props.s;
  return (
    <>
      <h1>{s.title}</h1>
      <p>
        <StatusBadge status={s.status} labels={fr.strategyStatus} /> {fr.strategy.period} :{' '}
        {formatPeriod(s.period_start, s.period_end) || '—'}
      </p>
      {s.description && <p class="prose">{s.description}</p>}
      {s.signatories.length > 0 && (
        <>
          <h2>{fr.strategy.signatories}</h2>
          <ul>{s.signatories.map((x, i) => <li key={i}>{[x.role, x.person, x.organisation].filter(Boolean).join(', ')}</li>)}</ul>
        </>
      )}
      {s.key_dates.length > 0 && (
        <>
          <h2>{fr.strategy.keyDates}</h2>
          <ul>{s.key_dates.map((d, i) => <li key={i}>{keyDateLine(d)}</li>)}</ul>
        </>
      )}
      {s.objectives.length > 0 && (
        <>
          <h2>{fr.strategy.objectives}</h2>
          <ol>{s.objectives.map((o) => <li key={o.number}><strong>{o.title}</strong>{o.description && ` — ${o.description}`}</li>)}</ol>
        </>
      )}
      {s.partners.length > 0 && (
        <>
          <h2>{fr.strategy.partners}</h2>
          <ul>{s.partners.map((p) => <li key={p}>{p}</li>)}</ul>
        </>
      )}
      {s.sections.length > 0 && (
        <details class="founding-text">
          <summary>{fr.strategy.sections}</summary>
          <TextBlocks blocks={s.sections} level={3} />
        </details>
      )}
    </>
  );
}

/** An axis's orientations / operational objectives as the text writes them, folded. */
function AxisOrientations(props: { axis: Axis | undefined }) {
  const a = props.axis;
  if (!a || (a.orientations.length === 0 && !a.description)) return null;
  return (
    <>
      {a.description && <p class="prose">{a.description}</p>}
      {a.orientations.length > 0 && (
        <details class="founding-text">
          <summary>{fr.strategy.orientations(a.orientations.length)}</summary>
          <TextBlocks blocks={a.orientations} level={4} />
        </details>
      )}
    </>
  );
}

function StrategyPage(props: { me: Me }) {
  const id = Number(new URLSearchParams(location.search).get('id'));
  const [strategy, setStrategy] = useState<Strategy | null>(null);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [filters, setFilters] = useState<Filters>(readFilters());
  const [applied, setApplied] = useState<Filters>(readFilters());
  const [actions, setActions] = useState<Action[] | null>(null);
  const [all, setAll] = useState<Action[]>([]);

  const [changes, setChanges] = useState(0);  // bumped after an edit: everything reloads
  const [moveNotice, setMoveNotice] = useState('');
  useEffect(() => {
    pageRecord(api<Strategy>('GET', `/api/v1/strategies/${id}`)).then((s) => {
      setStrategy(s);
      document.title = `${s.title} — ${fr.app}`;
      return api<Items<Organisation>>('GET', `/api/v1/organisations?territory_id=${s.territory_id}`);
    }).then((o) => setOrganisations(o.items));
    api<Items<Action>>('GET', `/api/v1/strategies/${id}/actions`).then((r) => setAll(r.items));
  }, [id, changes]);
  useEffect(() => {
    const q = query(applied);
    history.replaceState(null, '', `?id=${id}${q ? `&${q}` : ''}`);
    api<Items<Action>>('GET', `/api/v1/strategies/${id}/actions?${q}`).then((r) => setActions(r.items));
  }, [id, applied, changes]);
  const reload = () => setChanges((n) => n + 1);
  async function moveAction(axisId: number | null, ids: number[], from: number, to: number) {
    try {
      await api('POST', `/api/v1/strategies/${id}/actions/order`, { axis_id: axisId, action_ids: moved(ids, from, to) });
      setMoveNotice(strategyEditFr.moved);
      reload();
    } catch (e) {
      setMoveNotice(e instanceof Error ? e.message : String(e));
    }
  }

  if (!strategy) return <p>{fr.common.loading}</p>;
  const axes = strategy.axes ?? [];
  const writer = canWrite(props.me, strategy.territory_id);
  // Fiches move within the whole axis: only while no filter hides some of them.
  const ordering = writer && query(applied) === '';
  const set = (k: keyof Filters) => (v: string) => setFilters({ ...filters, [k]: v });
  const orgOptions = organisations.map((o) => [String(o.id), o.name] as [string, string]);
  const groups = [...axes.map((a) => ({ key: String(a.id), title: fr.strategy.axisTitle(a.number, a.title), id: a.id as number | null })), { key: 'none', title: fr.home.withoutAxis, id: null }];
  return (
    <>
      <Header s={strategy} />
      {writer && <StrategyEdit strategy={strategy} fiches={all.length} onSaved={reload} />}
      <p class="screen-only"><button type="button" class="secondary" onClick={() => window.print()}>{fr.strategy.print}</button>{' '}
        <a href={`/evaluation.html?strategie=${strategy.id}`}>{evaluation.link}</a></p>
      <section class="screen-only" aria-labelledby="strategy-document">
        <h2 id="strategy-document">{fr.strategy.document}</h2>
        <p>{fr.strategy.documentHint}</p>
        <DocumentButtons label={fr.strategy.documentLabel} path={(f) => `/api/v1/strategies/${strategy.id}/document?format=${f}`}
          filename={(f) => `strategie-${strategy.period_start ?? ''}${strategy.period_end ? `-${strategy.period_end}` : ''}.${f}`} />
      </section>
      {writer && <PublicationPanel strategyId={strategy.id} territoryId={strategy.territory_id} periodStart={strategy.period_start} periodEnd={strategy.period_end} />}
      <PrintedFiches axes={axes} actions={all} organisations={organisations} />
      <div class="screen-only">
      <h2>{fr.strategy.axes}</h2>
      <form class="filters" role="search" aria-label={fr.strategy.filters}
        onSubmit={(e) => { e.preventDefault(); setApplied(filters); }}>
        <Select id="axis" label={fr.strategy.axis} value={filters.axis_id} onChange={set('axis_id')}
          options={axes.map((a) => [String(a.id), `${a.number}. ${a.title}`])} />
        <Select id="status" label={fr.strategy.status} value={filters.status} onChange={set('status')}
          options={Object.entries(fr.actionStatus)} />
        <Select id="pilot" label={fr.strategy.pilot} value={filters.pilot} onChange={set('pilot')} options={orgOptions} />
        <Select id="partner" label={fr.strategy.partner} value={filters.partner} onChange={set('partner')} options={orgOptions} />
        <div class="field">
          <label for="q">{fr.strategy.search} <span class="hint">({fr.strategy.searchHint})</span></label>
          <input id="q" type="search" value={filters.q} onInput={(e) => set('q')((e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit">{fr.strategy.apply}</button>
        <button type="button" class="secondary" onClick={() => { setFilters(empty); setApplied(empty); }}>{fr.strategy.reset}</button>
      </form>
      <p aria-live="polite" id="count">{actions ? fr.strategy.count(actions.length) : fr.common.loading}</p>
      {actions && groups.map((g) => {
        const mine = actions.filter((a) => a.axis_id === g.id);
        if (mine.length === 0) return null;
        return (
          <section key={g.key} aria-labelledby={`axe-${g.key}`}>
            <h3 id={`axe-${g.key}`}>{g.title}</h3>
            <AxisOrientations axis={axes.find((a) => a.id === g.id)} />
            <ul class="actions">
              {mine.map((a, i) => (
                <li key={a.id}>
                  <span class="hint">{fr.strategy.fiche(a.number)}</span>
                  <a href={`/fiche.html?id=${a.id}`}>{a.title}</a>
                  <StatusBadge status={a.status} labels={fr.actionStatus} />
                  {a.example && <span class="badge badge-example">{fr.action.example}</span>}
                  {ordering && mine.length > 1 && (
                    <span class="buttons inline">
                      <button type="button" class="secondary small" disabled={i === 0} onClick={() => moveAction(g.id, mine.map((x) => x.id), i, i - 1)}>
                        {strategyEditFr.up}<span class="visually-hidden"> : {a.title}</span>
                      </button>
                      <button type="button" class="secondary small" disabled={i === mine.length - 1} onClick={() => moveAction(g.id, mine.map((x) => x.id), i, i + 1)}>
                        {strategyEditFr.down}<span class="visually-hidden"> : {a.title}</span>
                      </button>
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      {moveNotice && <p role="status">{moveNotice}</p>}
      {writer && <NewAction strategyId={strategy.id} axes={axes} actions={all} />}
      {writer && <AxesEdit strategyId={strategy.id} axes={axes} onSaved={reload} />}
      </div>
    </>
  );
}

/** Every fiche in full, for the printed document only (the screen shows the filtered list). */
function PrintedFiches(props: { axes: Axis[]; actions: Action[]; organisations: Organisation[] }) {
  const groups = [...props.axes.map((a) => ({ id: a.id as number | null, title: fr.strategy.axisTitle(a.number, a.title) })), { id: null, title: fr.home.withoutAxis }];
  return (
    <div class="print-only">
      <h2>{fr.strategy.axes}</h2>
      {groups.map((g) => {
        const mine = props.actions.filter((a) => a.axis_id === g.id);
        if (mine.length === 0) return null;
        return (
          <section key={String(g.id)}>
            <h3>{g.title}</h3>
            {mine.map((a) => (
              <article key={a.id} class="printed-fiche">
                <h4>{fr.strategy.fiche(a.number)} : {a.title}</h4>
                <ActionView action={a} axes={props.axes} organisations={props.organisations} level={4} />
              </article>
            ))}
          </section>
        );
      })}
      <p class="hint">{fr.strategy.printed(new Date().toLocaleDateString('fr-FR'))}</p>
    </div>
  );
}

render(<Layout title={fr.app}>{(me) => <StrategyPage me={me} />}</Layout>, document.getElementById('app')!);
