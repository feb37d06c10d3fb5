import type { ActionChange } from '../lib/types';
import { formatInstant } from '../lib/format';
import { fr } from '../i18n/fr';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '∅';
  if (typeof value === 'string') return fr.actionStatus[value] ?? value;
  return JSON.stringify(value);
}

export function History(props: { changes: ActionChange[] }) {
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">{fr.action.history}</h2>
      {props.changes.length === 0 && <p>{fr.action.noHistory}</p>}
      <ol class="history" reversed>
        {[...props.changes].reverse().map((c) => (
          <li key={c.id}>
            <p>
              <strong>{formatInstant(c.at)}</strong> {fr.action.by} {c.actor}
              {c.changes.event === 'created' && ` — ${fr.action.created}`}
              {c.changes.event === 'deleted' && ` — ${fr.action.deleted}`}
            </p>
            {c.changes.event === 'updated' && (
              <ul>
                {c.changes.fields.map((x) => (
                  <li key={x.field}>
                    {fr.action.fields[x.field] ?? x.field} : {show(x.old)} → {show(x.new)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
