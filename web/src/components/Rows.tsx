import type { ComponentChildren } from 'preact';
import { fr } from '../i18n/fr';

/** An editable list of rows (budget lines, milestones, indicators, measurements) under a
 * legend, each with its « Retirer » button and one « Ajouter » button at the end; the buttons'
 * names carry the legend and the row number for screen readers. */
export function Rows<T>(p: { legend: string; rows: T[]; blank: T; onChange: (rows: T[]) => void; render: (row: T, i: number, set: (row: T) => void) => ComponentChildren }) {
  const set = (i: number) => (row: T) => p.onChange(p.rows.map((r, k) => (k === i ? row : r)));
  return (
    <fieldset>
      <legend>{p.legend}</legend>
      {p.rows.map((row, i) => (
        <div class="row" key={i}>
          {p.render(row, i, set(i))}
          <button type="button" class="secondary" onClick={() => p.onChange(p.rows.filter((_, k) => k !== i))}>
            {fr.action.remove} <span class="visually-hidden">{`${p.legend} ${i + 1}`}</span>
          </button>
        </div>
      ))}
      <button type="button" class="secondary" onClick={() => p.onChange([...p.rows, p.blank])}>
        {fr.action.add} <span class="visually-hidden">({p.legend})</span>
      </button>
    </fieldset>
  );
}
