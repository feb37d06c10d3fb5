import type { ActionChange } from '../lib/types';
import { formatInstant } from '../lib/format';
import { changeInWords, type Lookups } from '../lib/changes';
import { fr } from '../i18n/fr';

const t = fr.history;

/** The fiche's history, newest first, in words: names for ids, euros, French dates, and list
 * changes as added and removed lines. */
export function History(props: { changes: ActionChange[] } & Lookups) {
  return (
    <section aria-labelledby="historique">
      <h2 id="historique">{fr.action.history}</h2>
      {props.changes.length === 0 && <p>{fr.action.noHistory}</p>}
      <ol class="history" reversed>
        {[...props.changes].reverse().map((c) => {
          const lines = c.changes.event === 'updated'
            ? c.changes.fields.flatMap((x) => changeInWords(x.field, x.old, x.new, props))
            : [];
          return (
            <li key={c.id}>
              <p>
                <strong>{formatInstant(c.at)}</strong> {fr.action.by} {c.actor}
                {c.changes.event === 'created' && ` — ${fr.action.created}`}
                {c.changes.event === 'deleted' && ` — ${fr.action.deleted}`}
              </p>
              {lines.length > 0 && (
                <ul class="changes">
                  {lines.map((x, i) => {
                    const label = fr.action.fields[x.field] ?? x.field;
                    if (x.kind === 'changed') {
                      return <li key={i}><span class="field-name">{label} :</span> <span class="prose">{x.from}</span> → <span class="prose">{x.to}</span></li>;
                    }
                    return <li key={i} class={x.kind}><span class="field-name">{label} :</span> {x.kind === 'added' ? t.added : t.removed} <span class="prose">{x.text}</span></li>;
                  })}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
