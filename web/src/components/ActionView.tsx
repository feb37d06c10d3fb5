import { StatusBadge } from './Layout';
import { IndicatorSeries } from './strategy/IndicatorSeries';
import { formatAmount, formatDate, formatNumber, targetState } from '../lib/format';
import type { Action, Axis, Organisation } from '../lib/types';
import { fr } from '../i18n/fr';
import { TableScroll } from './TableScroll';

const f = fr.action.fields;

function Text(props: { label: string; value: string | null }) {
  return (
    <>
      <dt>{props.label}</dt>
      <dd class="prose">{props.value || <span class="hint">{fr.action.notSet}</span>}</dd>
    </>
  );
}

/** A fiche-action as a document: also what the print stylesheet prints. */
export function ActionView(props: { action: Action; axes: Axis[]; organisations: Organisation[]; level?: 2 | 4 }) {
  const a = props.action;
  const H = props.level === 4 ? 'h4' : 'h2';
  const org = (id: number | null) => props.organisations.find((o) => o.id === id);
  const pilot = org(a.pilot_organisation_id);
  const contact = pilot?.contacts.find((c) => c.id === a.pilot_contact_id);
  const axis = props.axes.find((x) => x.id === a.axis_id);
  const total = a.budget_lines.reduce((sum, b) => sum + b.amount_cents, 0);
  return (
    <div class="fiche">
      <p>
        <StatusBadge status={a.status} labels={fr.actionStatus} />{' '}
        {a.example && <><span class="badge badge-example">{fr.action.example}</span>{' '}</>}
        {axis ? fr.strategy.axisTitle(axis.number, axis.title) : fr.home.withoutAxis}
      </p>
      <dl class="fields">
        <Text label={f.description} value={a.description} />
        <Text label={f.constat} value={a.constat} />
        <Text label={f.general_objective} value={a.general_objective} />
        <dt>{f.operational_objectives}</dt>
        <dd>
          {a.operational_objectives.length ? (
            <ul>{a.operational_objectives.map((o, i) => <li key={i}>{o}</li>)}</ul>
          ) : (
            <span class="hint">{fr.action.notSet}</span>
          )}
        </dd>
        <Text label={f.target_public} value={a.target_public} />
        <Text label={f.target_territory} value={a.target_territory} />
        <Text label={f.solutions} value={a.solutions} />
        <Text label={f.pilot_organisation_id} value={pilot ? pilot.name + (contact ? ` — ${contact.name}` : '') : null} />
        <Text label={f.partner_ids} value={a.partner_ids.map((id) => org(id)?.name ?? '?').join(', ')} />
      </dl>
      <H>{f.budget_lines}</H>
      {a.budget_lines.length === 0 ? <p class="hint">{fr.action.notSet}</p> : (
        <TableScroll label={f.budget_lines}>
        <table>
          <thead><tr><th scope="col">{f.label}</th><th scope="col">{f.source}</th><th scope="col">{f.funder_id}</th><th scope="col">{f.year}</th><th scope="col" class="num">{f.amount}</th></tr></thead>
          <tbody>
            {a.budget_lines.map((b, i) => (
              <tr key={i}><td>{b.label}</td><td>{fr.fundingSource[b.source]}</td><td>{org(b.funder_id)?.name ?? ''}</td><td>{b.year ?? ''}</td><td class="num">{formatAmount(b.amount_cents)}</td></tr>
            ))}
          </tbody>
          <tfoot><tr><th scope="row" colSpan={4}>{fr.action.total}</th><td class="num">{formatAmount(total)}</td></tr></tfoot>
        </table>
        </TableScroll>
      )}
      <H>{f.milestones}</H>
      {a.milestones.length === 0 ? <p class="hint">{fr.action.notSet}</p> : (
        <TableScroll label={f.milestones}>
        <table>
          <thead><tr><th scope="col">{f.label}</th><th scope="col">{f.due_date}</th><th scope="col">{f.done_date}</th></tr></thead>
          <tbody>{a.milestones.map((m, i) => <tr key={i}><td>{m.label}</td><td>{formatDate(m.due_date)}</td><td>{formatDate(m.done_date)}</td></tr>)}</tbody>
        </table>
        </TableScroll>
      )}
      <H>{f.indicators}</H>
      {a.indicators.length === 0 ? <p class="hint">{fr.action.notSet}</p> : (
        <TableScroll label={f.indicators}>
        <table>
          <thead><tr><th scope="col">{f.kind}</th><th scope="col">{f.label}</th><th scope="col">{f.unit}</th><th scope="col" class="num">{f.baseline}</th><th scope="col" class="num">{f.target}</th><th scope="col">{f.target_date}</th><th scope="col">{f.indicator_source}</th><th scope="col" class="num">{f.current_value}</th><th scope="col">{f.measured_on}</th><th scope="col">{f.progress}</th></tr></thead>
          <tbody>
            {a.indicators.map((x, i) => (
              <tr key={i}><td>{fr.indicatorKind[x.kind]}</td><td>{x.label}</td><td>{x.unit ?? ''}</td><td class="num">{formatNumber(x.baseline)}</td><td class="num">{formatNumber(x.target)}</td><td>{formatDate(x.target_date ?? null)}</td><td>{x.source ?? ''}</td><td class="num">{formatNumber(x.current_value)}</td><td>{formatDate(x.measured_on)}</td><td>{fr.targetState[targetState(x)]}</td></tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {a.indicators.map((x, i) => <IndicatorSeries key={`series-${x.id ?? i}`} indicator={x} />)}
      {a.indicators.filter((x) => x.ssmsi_indicator).map((x, i) => (
        <div key={`ssmsi-${i}`}>
          <h4>{`${f.official} ${x.ssmsi_indicator}`}</h4>
          {(x.official ?? []).length === 0 ? <p class="hint">{f.officialNone}</p> : (
            <TableScroll label={`${f.official} ${x.ssmsi_indicator}`}>
              <table>
                <thead><tr><th scope="col">{fr.diagnostic.year}</th><th scope="col" class="num">{x.ssmsi_measure === 'nombre' ? f.ssmsi_count : f.ssmsi_rate}</th></tr></thead>
                <tbody>
                  {(x.official ?? []).map((m) => (
                    <tr key={m.year}><th scope="row">{m.year}</th><td class="num">{!m.published ? fr.diagnostic.notPublished : `${formatNumber(m.value === null ? null : Math.round(m.value * 100) / 100)}${m.partial ? ` (${fr.diagnostic.partialShort})` : ''}`}</td></tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
        </div>
      ))}
    </div>
  );
}
