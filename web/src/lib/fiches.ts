import { api } from './api';
import type { Items } from './types';

export type Options = [string, string][];

/** The territory's fiches as « Axe 2 · Fiche 1 — … » (numbers restart in each axis), for a
 * select: [id, label]. */
export async function fichesOf(territory: number): Promise<Options> {
  const strategies = await api<Items<{ id: number; title: string }>>('GET', `/api/v1/strategies?territory_id=${territory}`);
  const lists = await Promise.all(strategies.items.map(async (s) => {
    const [full, actions] = await Promise.all([
      api<{ axes: { id: number; number: number }[] }>('GET', `/api/v1/strategies/${s.id}`),
      api<Items<{ id: number; number: number; title: string; axis_id: number | null }>>('GET', `/api/v1/strategies/${s.id}/actions`)]);
    const axis = new Map(full.axes.map((a) => [a.id, a.number]));
    return actions.items.map((a) => {
      const n = a.axis_id === null ? undefined : axis.get(a.axis_id);
      return [String(a.id), `${n === undefined ? '' : `Axe ${n} · `}Fiche ${a.number} — ${a.title}`] as [string, string];
    });
  }));
  return lists.flat();
}
