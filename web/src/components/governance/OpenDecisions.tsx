import { useState } from 'preact/hooks';
import { MailButton } from './MailButton';
import { formatDate } from '../../lib/format';
import { mail } from '../../i18n/mail';
import type { Decision } from '../../lib/governance';
import type { Items } from '../../lib/types';
import { useFetched } from '../../lib/useFetched';
import { fr } from '../../i18n/fr';

const t = fr.bodies;

/** The territory's open decisions across meetings, overdue ones first and marked. */
export function OpenDecisions(props: { territory: number; refresh: number; writer?: boolean }) {
  const [notice, setNotice] = useState('');
  const [open] = useFetched<Items<Decision>>(`/api/v1/decisions?open=1&territory_id=${props.territory}`, props.refresh);
  const items = open && [...open.items].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return (
    <section class="card" aria-labelledby="decisions-en-cours">
      <h2 id="decisions-en-cours">{t.decisions}</h2>
      {items?.length === 0 && <p class="hint">{t.noDecision}</p>}
      {props.writer && items?.some((d) => d.overdue) && (
        <p><MailButton path={`/api/v1/territories/${props.territory}/decision-reminders`} label={mail.reminders} notify={setNotice} /></p>
      )}
      <p role="status" class="notice-line">{notice}</p>
      <ul>
        {items?.map((d) => (
          <li key={d.id} class={d.overdue ? 'overdue' : ''}>
            {d.overdue && <strong class="badge danger">{t.overdue}</strong>}{' '}
            <a href={`/reunion.html?id=${d.meeting_id}`}>{d.text}</a> — {d.body_name}
            {d.owner_name && `, ${t.owner.toLowerCase()} : ${d.owner_name}`}
            {d.due_date && `, ${t.due(formatDate(d.due_date))}`} — {fr.decisionStatus[d.status]}
          </li>
        ))}
      </ul>
    </section>
  );
}
