import { formatDate } from '../../lib/format';
import { type Decision, type Meeting, when } from '../../lib/governance';
import { useFetched } from '../../lib/useFetched';
import { fr } from '../../i18n/fr';
import { home as t } from '../../i18n/home';

interface Standing { body_id: number; body_name: string; next_due: string | null; late: boolean; message: string }
interface Outlook { bodies: Standing[]; upcoming: (Meeting & { body_name: string })[]; horizon_days: number; open_decisions: Decision[] }

/** What is late and what is next in the territory's governance: bodies behind their rhythm
 * (then the next ones due), meetings planned in the coming days, open decisions. */
export function GovernanceSummary(props: { territory: number }) {
  const [o] = useFetched<Outlook>(`/api/v1/territories/${props.territory}/governance-outlook`);
  if (!o) return <p>{fr.common.loading}</p>;
  const late = o.bodies.filter((b) => b.late);
  const next = o.bodies.filter((b) => !b.late && b.next_due).slice(0, 3);
  const overdue = o.open_decisions.filter((d) => d.overdue);
  return (
    <div class="governance-summary">
      <h3>{t.governance}</h3>
      {o.bodies.length === 0 && <p class="hint">{t.noBodies}</p>}
      {late.length > 0 && <p class="error">{t.bodiesLate(late.length)}</p>}
      {late.length > 0 && <ul>{late.map((b) => <li key={b.body_id}>{b.message}</li>)}</ul>}
      {o.bodies.length > 0 && late.length === 0 && <p>{t.bodiesOnTime}</p>}
      {next.length > 0 && <h4>{t.nextDueHeading}</h4>}
      {next.length > 0 && <ul>{next.map((b) => <li key={b.body_id}>{t.nextDue(b.body_name, formatDate(b.next_due))}</li>)}</ul>}
      <h4>{t.upcoming(o.horizon_days)}</h4>
      {o.upcoming.length === 0 ? <p class="hint">{t.noUpcoming(o.horizon_days)}</p> : (
        <ul>
          {o.upcoming.map((m) => (
            <li key={m.id}><a href={`/reunion.html?id=${m.id}`}>{when(m.starts_at)}</a> — {m.body_name}{m.place ? `, ${m.place}` : ''}</li>
          ))}
        </ul>
      )}
      <h4>{fr.bodies.decisions}</h4>
      <p class={overdue.length > 0 ? 'error' : ''}>{t.decisions(o.open_decisions.length, overdue.length)}</p>
      {overdue.length > 0 && (
        <ul>
          {overdue.map((d) => (
            <li key={d.id}>
              <strong class="badge danger">{t.overdueDecision}</strong>{' '}
              <a href={`/reunion.html?id=${d.meeting_id}`}>{d.text}</a> — {d.body_name}
              {d.owner_name && `, ${d.owner_name}`}{d.due_date && `, ${t.due(formatDate(d.due_date))}`}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
