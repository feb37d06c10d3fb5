import { useEffect, useRef, useState } from 'preact/hooks';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import type { Territory } from '../lib/types';
import { fr } from '../i18n/fr';

interface Feature {
  type: 'Feature';
  properties: { code: string; nom: string };
  geometry: unknown;
}

async function features(url: string): Promise<Feature[] | null> {
  const res = await fetch(url);
  return res.ok ? ((await res.json()) as { features: Feature[] }).features : null;
}

/** The territory's communes over their département, drawn from files served with Vigie: no tile
 * server, so the map works without Internet. */
export function TerritoryMap(props: { territory: Territory }) {
  const box = useRef<HTMLDivElement>(null);
  const [missing, setMissing] = useState(false);
  useEffect(() => {
    if (!box.current) return undefined;
    const map = L.map(box.current, { attributionControl: true, zoomSnap: 0.25 });
    map.attributionControl.setPrefix(false).addAttribution(fr.home.mapAttribution);
    const codes = new Set(props.territory.communes.map((c) => c.code));
    const departements = [...new Set(props.territory.communes.map((c) => c.departement ?? ''))];
    (async () => {
      const deps = (await features('/geo/departements.geojson')) ?? [];
      L.geoJSON(deps.filter((f) => departements.includes(f.properties.code)) as never, {
        style: { color: '#4a4a4a', weight: 2, fill: false },
      }).addTo(map);
      const bounds = L.latLngBounds([]);
      for (const dep of departements) {
        const communes = await features(`/geo/communes-${dep}.geojson`);
        if (!communes) {
          setMissing(true);
          continue;
        }
        L.geoJSON(communes as never, {
          style: (f) => codes.has((f as unknown as Feature).properties.code)
            ? { color: '#0b4f9c', weight: 2, fillColor: '#0b4f9c', fillOpacity: 0.35 }
            : { color: '#9a9a9a', weight: 0.5, fillOpacity: 0 },
          onEachFeature: (f, layer) => {
            const feature = f as unknown as Feature;
            layer.bindTooltip(`${feature.properties.nom} (${feature.properties.code})`);
            if (codes.has(feature.properties.code)) bounds.extend((layer as L.Polygon).getBounds());
          },
        }).addTo(map);
      }
      if (bounds.isValid()) map.fitBounds(bounds.pad(0.6));
      else map.setView([46.6, 2.4], 5);
    })();
    return () => map.remove();
  }, [props.territory.id]);
  return (
    <figure class="map">
      <div ref={box} class="map-box" role="region" aria-label={fr.home.map(props.territory.name)} />
      {missing && <figcaption class="hint">{fr.home.mapMissing}</figcaption>}
    </figure>
  );
}
