import { useEffect, useRef } from 'preact/hooks';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { FeatureCollection } from '../observatory/types';
import { video as t } from '../../i18n/video';
import { fr } from '../../i18n/fr';
import type { Camera } from './types';

/** The commune's contours and the cameras that have a point, labelled by identifier and place;
 * a click proposes a point for the camera being added. No tile server, as the observatoire's map. */
export function CameraMap(props: { territory: number; name: string; cameras: Camera[]; onPick?: (lat: number, lon: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const cameras = useRef<L.LayerGroup | null>(null);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;
  useEffect(() => {
    if (!box.current) return undefined;
    const m = L.map(box.current, { zoomSnap: 0.25, maxZoom: 19 });
    m.attributionControl.setPrefix(false).addAttribution(fr.observatory.mapAttribution);
    m.setView([46.6, 2.4], 5);
    cameras.current = L.layerGroup().addTo(m);
    m.on('click', (e: L.LeafletMouseEvent) => pick.current?.(e.latlng.lat, e.latlng.lng));
    map.current = m;
    api<FeatureCollection>('GET', `/api/v1/territories/${props.territory}/contours`).then((c) => {
      if (!c.features.length || map.current !== m) return;
      const layer = L.geoJSON(c as never, { style: { color: '#0b4f9c', weight: 2, fill: false } }).addTo(m);
      if (!props.cameras.some((x) => x.latitude !== null)) m.fitBounds(layer.getBounds().pad(0.05));
    }, () => undefined);
    return () => { map.current = null; m.remove(); };
  }, [props.territory]);
  useEffect(() => {
    const m = map.current;
    const g = cameras.current;
    if (!m || !g) return;
    g.clearLayers();
    const points: L.LatLngExpression[] = [];
    for (const c of props.cameras) {
      if (c.latitude === null || c.longitude === null) continue;
      points.push([c.latitude, c.longitude]);
      const retired = c.out_of_service_on !== null;
      L.circleMarker([c.latitude, c.longitude], { radius: 7, color: retired ? '#5f6368' : '#0b4f9c', weight: 2, fillOpacity: retired ? 0.2 : 0.8 })
        .bindTooltip(`${c.identifier} — ${c.place}${retired ? ` (retrait ${formatDate(c.out_of_service_on)})` : ''}`)
        .addTo(g);
    }
    if (points.length) m.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 17 });
  }, [props.cameras]);
  return (
    <figure class="map">
      <div ref={box} class="map-box" role="region" aria-label={t.cameras.mapLabel(props.name)} />
    </figure>
  );
}
