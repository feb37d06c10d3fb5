import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Layout, StatusBadge } from '../components/Layout';
import { api, canWrite, type Me } from '../lib/api';
import { formatDate, formatNumber, formatPeriod, localDay, targetState } from '../lib/format';
import { TerritoryMap } from '../components/TerritoryMap';
import { NewStrategy } from '../components/strategy/NewStrategy';
import type { Action, Items, Organisation, Strategy, Territory } from '../lib/types';
import { useFetched } from '../lib/useFetched';
import { BudgetSummary } from '../components/home/BudgetSummary';
import { GovernanceSummary } from '../components/home/GovernanceSummary';
import { StatusChart } from '../components/home/StatusChart';
import { TableScroll } from '../components/TableScroll';
import { fr } from '../i18n/fr';

const statuses = ['prevue', 'en_cours', 'realisee', 'abandonnee', 'non_renseigne'];

function Progress(props: { strategy: Strategy; organisations: Organisation[] }) {
  const actions = useFetched<Items<Action>>(`/api/v1/strategies/${props.strategy.id}/actions`)[0]?.items;
  if (!actions) return <p>{fr.common.loading}</p>;
  return (
    <>
      <StatusChart strategy={props.strategy} actions={actions} />
      <AxisTable strategy={props.strategy} actions={actions} />
      <Milestones actions={actions} />
      <IndicatorSummary actions={actions} />
      <BudgetSummary actions={actions} organisations={props.organisations} />
    </>
  );
}

/** Milestones not done: overdue ones and those due within 30 days, with their fiche. */
function Milestones(props: { actions: Action[] }) {
  const today = localDay();
  const soon = localDay(new Date(Date.now() + 30 * 86_400_000));
  const open = props.actions.flatMap((a) =>
    a.milestones.filter((m) => !m.done_date && m.due_date).map((m) => ({ action: a, milestone: m })),
  );
  const overdue = open.filter((x) => x.milestone.due_date! < today);
  const upcoming = open.filter((x) => x.milestone.due_date! >= today && x.milestone.due_date! <= soon);
  if (overdue.length === 0 && upcoming.length === 0) return null;
  const list = (items: typeof open) => (
    <ul>
      {items.map((x, i) => (
        <li key={i}>
          <a href={`/fiche.html?id=${x.action.id}`}>{x.action.title}</a> — {x.milestone.label} ({fr.home.due}{' '}
          {formatDate(x.milestone.due_date)})
        </li>
      ))}
    </ul>
  );
  return (
    <div>
      <h4>{fr.home.milestones}</h4>
      {overdue.length > 0 && <p class="error">{fr.home.overdue(overdue.length)}</p>}
      {overdue.length > 0 && list(overdue)}
      {upcoming.length > 0 && <p>{fr.home.dueSoon(upcoming.length)}</p>}
      {upcoming.length > 0 && list(upcoming)}
    </div>
  );
}

/** Indicators against their targets, and the fiches whose indicators miss them. */
function IndicatorSummary(props: { actions: Action[] }) {
  const all = props.actions.flatMap((a) => a.indicators.map((i) => ({ action: a, indicator: i, state: targetState(i) })));
  if (all.length === 0) return null;
  const count = (s: string) => all.filter((x) => x.state === s).length;
  const missed = all.filter((x) => x.state === 'missed');
  return (
    <div>
      <h4>{fr.home.indicatorsTitle}</h4>
      <p>{fr.home.indicators(count('reached'), count('missed'), count('pending'), count('unknown'))}</p>
      {missed.length > 0 && (
        <ul>
          {missed.map((x, i) => (
            <li key={i}>
              {fr.home.offTarget} : <a href={`/fiche.html?id=${x.action.id}`}>{x.action.title}</a> — {x.indicator.label} ({formatNumber(x.indicator.current_value)} / {formatNumber(x.indicator.target)})
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AxisTable(props: { strategy: Strategy; actions: Action[] }) {
  const actions = props.actions;
  const rows = [...(props.strategy.axes ?? []).map((a) => ({ id: a.id as number | null, label: fr.strategy.axisTitle(a.number, a.title) }))];
  if (actions.some((a) => a.axis_id === null)) rows.push({ id: null, label: fr.home.withoutAxis });
  if (rows.length === 0) {
    return <p>{fr.home.announced(props.strategy.announced_axes, props.strategy.announced_actions)}</p>;
  }
  return (
    <TableScroll label={fr.home.progress}>
    <table>
      <caption class="hint">{fr.home.progress}</caption>
      <thead>
        <tr>
          <th scope="col">{fr.strategy.axis}</th>
          {statuses.map((s) => (
            <th scope="col" key={s}>{fr.actionStatus[s]}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={String(row.id)}>
            <th scope="row">{row.label}</th>
            {statuses.map((s) => (
              <td key={s}>{actions.filter((a) => a.axis_id === row.id && a.status === s).length}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    </TableScroll>
  );
}

function TerritoryCard(props: { territory: Territory; writer: boolean }) {
  const organisations = useFetched<Items<Organisation>>(`/api/v1/organisations?territory_id=${props.territory.id}`)[0]?.items ?? [];
  const [strategies, setStrategies] = useState<Strategy[] | null>(null);
  useEffect(() => {
    api<Items<Strategy>>('GET', `/api/v1/strategies?territory_id=${props.territory.id}`)
      .then((r) => Promise.all(r.items.map((s) => api<Strategy>('GET', `/api/v1/strategies/${s.id}`))))
      .then(setStrategies);
  }, [props.territory.id]);
  return (
    <section class="card" aria-labelledby={`t-${props.territory.id}`}>
      <h2 id={`t-${props.territory.id}`}>{props.territory.name}</h2>
      <p class="hint">
        {props.territory.kind.toUpperCase()} · {fr.roles[props.territory.role ?? ''] ?? ''} ·{' '}
        {props.territory.communes.map((c) => `${c.name} (${c.code})`).join(', ')}
      </p>
      <TerritoryMap territory={props.territory} />
      <GovernanceSummary territory={props.territory.id} />
      {!strategies && <p>{fr.common.loading}</p>}
      {strategies?.length === 0 && <p>{props.writer ? fr.home.noStrategyWriter : fr.home.noStrategy}</p>}
      {strategies?.map((s) => (
        <div key={s.id}>
          <h3>
            <a href={`/strategie.html?id=${s.id}`}>{s.title}</a>
          </h3>
          <p>
            <StatusBadge status={s.status} labels={fr.strategyStatus} />{' '}
            {formatPeriod(s.period_start, s.period_end)}
          </p>
          <Progress strategy={s} organisations={organisations} />
        </div>
      ))}
      {props.writer && <NewStrategy territoryId={props.territory.id} territoryName={props.territory.name} />}
    </section>
  );
}

function Home(props: { me: Me }) {
  const [territories, setTerritories] = useState<Territory[] | null>(null);
  useEffect(() => {
    api<Items<Territory>>('GET', '/api/v1/territories').then((r) => setTerritories(r.items));
  }, [props.me.id]);
  return (
    <>
      <h1>{fr.home.territories}</h1>
      {!territories && <p>{fr.common.loading}</p>}
      {territories?.map((t) => <TerritoryCard key={t.id} territory={t} writer={canWrite(props.me, t.id)} />)}
    </>
  );
}

render(<Layout title={fr.home.title}>{(me) => <Home me={me} />}</Layout>, document.getElementById('app')!);
