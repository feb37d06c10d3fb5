import { useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { fieldErrors } from '../../lib/forms';
import type { AgendaItem } from '../../lib/governance';
import type { Items } from '../../lib/types';
import { fr } from '../../i18n/fr';

const t = fr.meeting;

/** The agenda: free topics and fiches-actions to review, saved as a whole. */
export function Agenda(props: { meetingId: number; territoryId: number; items: AgendaItem[]; fiches: [string, string][]; writer: boolean; notify: (s: string) => void }) {
  const [items, setItems] = useState(props.items);
  const [draft, setDraft] = useState({ title: '', action_id: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const label = (id: number | null) => props.fiches.find(([v]) => v === String(id))?.[1];
  async function save(next: AgendaItem[]) {
    try {
      const r = await api<Items<AgendaItem>>('PUT', `/api/v1/meetings/${props.meetingId}/agenda`, { items: next });
      setItems(r.items);
      setErrors({});
      setDraft({ title: '', action_id: '' });
      props.notify(t.agendaSaved);
    } catch (err) {
      const index = next.length - 1;
      const r = fieldErrors(err);
      setErrors(Object.fromEntries(Object.entries(r.errors).map(([k, v]) => [k.replace(`items[${index}].`, 'agenda.'), v])));
      props.notify(r.message);
    }
  }
  // The cellule de veille reviews the observatoire's open problems: one point each, not twice.
  async function addProblems() {
    const r = await api<Items<{ title: string; organisation: string; late: boolean; action_id: number | null }>>('GET', `/api/v1/territories/${props.territoryId}/problems?open=1`);
    const titles = new Set(items.map((i) => i.title));
    const added = r.items.map((p) => ({ title: t.agendaProblem(p.title, p.organisation, p.late), action_id: p.action_id, notes: null }))
      .filter((i) => !titles.has(i.title));
    if (r.items.length === 0) props.notify(t.agendaNoProblem);
    else if (added.length === 0) props.notify(t.agendaProblemsAlready(r.items.length));
    else await save([...items, ...added]);
  }
  return (
    <section class="card" aria-labelledby="odj">
      <h2 id="odj">{t.agenda}</h2>
      {items.length === 0 ? <p class="hint">{t.noneYet}</p> : (
        <ol>
          {items.map((item, i) => (
            <li key={i}>
              {item.title}{item.action_id && <> — <a href={`/fiche.html?id=${item.action_id}`}>{label(item.action_id) ?? t.agendaAction}</a></>}{' '}
              {props.writer && <button type="button" class="secondary small" onClick={() => save(items.filter((_, j) => j !== i))}>{t.agendaRemove} <span class="visually-hidden">{item.title}</span></button>}
            </li>
          ))}
        </ol>
      )}
      {props.writer && (
        <form class="inline" noValidate aria-label={t.agendaAdd}
          onSubmit={(e) => { e.preventDefault(); save([...items, { title: draft.title, action_id: draft.action_id ? Number(draft.action_id) : null, notes: null }]); }}>
          <Input path="agenda.title" label={t.agendaTitle} value={draft.title} onInput={(v) => setDraft({ ...draft, title: v })} errors={errors} />
          <Choice path="agenda.action_id" label={t.agendaAction} value={draft.action_id} empty={t.noAction} options={props.fiches} errors={errors} onChange={(v) => setDraft({ ...draft, action_id: v })} />
          <button type="submit" class="secondary">{t.agendaAdd}</button>
        </form>
      )}
      {props.writer && <p><button type="button" class="secondary" onClick={addProblems}>{t.agendaProblems}</button></p>}
    </section>
  );
}
