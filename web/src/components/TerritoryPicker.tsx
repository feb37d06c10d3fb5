import { useEffect, useState } from 'preact/hooks';
import { api } from '../lib/api';
import type { Items, Territory } from '../lib/types';
import { fr } from '../i18n/fr';

/** Chooses the territory a screen is about, among those the person may see there. */
export function TerritoryPicker(props: { value: number | null; onChange: (id: number) => void; allow: (t: Territory) => boolean }) {
  const [territories, setTerritories] = useState<Territory[]>([]);
  useEffect(() => {
    api<Items<Territory>>('GET', '/api/v1/territories').then((r) => {
      const mine = r.items.filter(props.allow);
      setTerritories(mine);
      const wanted = Number(new URLSearchParams(location.search).get('territoire'));
      const start = mine.find((t) => t.id === wanted) ?? mine[0];
      if (start && props.value === null) props.onChange(start.id);
    });
  }, []);
  return (
    <div class="field picker">
      <label for="territoire">{fr.territoryChoice}</label>
      <select id="territoire" value={String(props.value ?? '')}
        onChange={(e) => {
          const id = Number((e.target as HTMLSelectElement).value);
          history.replaceState(null, '', `?territoire=${id}`);
          props.onChange(id);
        }}>
        {territories.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
      </select>
    </div>
  );
}
