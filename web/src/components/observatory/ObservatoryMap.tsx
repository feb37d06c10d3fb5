import { useEffect, useRef } from 'preact/hooks';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.markercluster';
import 'leaflet.markercluster/dist/MarkerCluster.css';
import 'leaflet.markercluster/dist/MarkerCluster.Default.css';
import type { DensityResult, FeatureCollection, HotspotResult, ZonesResult } from './types';
import { heatColour, hotspotColour } from './colours';
import { fr } from '../../i18n/fr';
import { formatDate } from '../../lib/format';

const t = fr.observatory;

export interface MapLayers {
  contours: FeatureCollection | null;
  incidents: FeatureCollection | null;
  density: DensityResult | null;
  hotspots: HotspotResult | null;
  zones: ZonesResult | null;
}

/** The density as an image over its longitude/latitude extent (the server resampled it). */
export function densityCanvas(d: DensityResult): HTMLCanvasElement {
  const { columns, rows, values } = d.image;
  const canvas = document.createElement('canvas');
  canvas.width = columns;
  canvas.height = rows;
  const ctx = canvas.getContext('2d')!;
  const pixels = ctx.createImageData(columns, rows);
  values.forEach((v, k) => {
    const [r, g, b, a] = heatColour(v, d.max);
    pixels.data.set([r, g, b, a], k * 4);
  });
  ctx.putImageData(pixels, 0, 0);
  return canvas;
}

/** The territory's map: contours, incidents clustered when dense, and the chosen analyses as
 * layers a person switches on and off. No tile server: the map works without Internet. */
export function ObservatoryMap(props: { name: string; layers: MapLayers; picked: [number, number] | null; onPick?: (lat: number, lon: number) => void }) {
  const box = useRef<HTMLDivElement>(null);
  const map = useRef<L.Map | null>(null);
  const groups = useRef<Record<string, L.LayerGroup>>({});
  const control = useRef<L.Control.Layers | null>(null);
  const marker = useRef<L.CircleMarker | null>(null);
  const pick = useRef(props.onPick);
  pick.current = props.onPick;

  useEffect(() => {
    if (!box.current) return undefined;
    const m = L.map(box.current, { zoomSnap: 0.25, preferCanvas: true, maxZoom: 19 });
    m.attributionControl.setPrefix(false).addAttribution(t.mapAttribution);
    m.setView([46.6, 2.4], 5);
    const names = { incidents: t.layers.incidents, heat: t.layers.heat, hotspots: t.layers.hotspots, zones: t.layers.zones };
    const overlays: Record<string, L.Layer> = {};
    for (const [key, label] of Object.entries(names)) {
      groups.current[key] = L.layerGroup().addTo(m);
      overlays[label] = groups.current[key];
    }
    groups.current.contours = L.layerGroup().addTo(m);
    control.current = L.control.layers(undefined, overlays, { collapsed: false }).addTo(m);
    m.on('click', (e: L.LeafletMouseEvent) => pick.current?.(e.latlng.lat, e.latlng.lng));
    map.current = m;
    return () => m.remove();
  }, []);

  useEffect(() => {
    const m = map.current;
    const g = groups.current;
    if (!m) return;
    for (const group of Object.values(g)) group.clearLayers();
    const { contours, incidents, density, hotspots, zones } = props.layers;
    if (contours && contours.features.length) {
      const layer = L.geoJSON(contours as never, { style: { color: '#0b4f9c', weight: 2, fill: false } }).addTo(g.contours);
      m.fitBounds(layer.getBounds().pad(0.05));
    }
    if (density) {
      const { west, south, east, north } = density.image;
      L.imageOverlay(densityCanvas(density).toDataURL(), [[south, west], [north, east]], { opacity: 0.75, alt: t.layers.heat }).addTo(g.heat);
    }
    if (hotspots) {
      L.geoJSON(hotspots.geojson as never, {
        style: (f) => {
          const c = Number((f as { properties: { confidence: number } }).properties.confidence);
          return { stroke: false, fillColor: hotspotColour(c), fillOpacity: c === 0 ? 0 : 0.55 };
        },
      }).addTo(g.hotspots);
    }
    if (zones) {
      for (const f of zones.zones.features) {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        // A zone whose risk window has ended stays on the map, grey and dashed.
        const style = f.properties.active === false
          ? { color: '#5f6368', weight: 1.5, dashArray: '6 4', fillOpacity: 0.05 }
          : { color: '#b3261e', weight: 2, fillOpacity: 0.12 };
        L.circle([lat, lon], { radius: Number(f.properties.radius), ...style })
          .bindTooltip(String(f.properties.label))
          .addTo(g.zones);
      }
    }
    if (incidents) {
      // chunkedLoading: markercluster adds the points in slices between frames, so a register of
      // hundreds of thousands of facts does not freeze the page (its documented way for big sets).
      const cluster = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 50, chunkedLoading: true });
      const markers = incidents.features.map((f) => {
        const [lon, lat] = f.geometry.coordinates as [number, number];
        const p = f.properties;
        return L.circleMarker([lat, lon], { radius: 6, color: '#4a148c', weight: 1, fillOpacity: 0.8 })
          .bindTooltip(`${p.category} — ${formatDate(String(p.occurred_on))}${p.occurred_time ? ` ${p.occurred_time}` : ''} — ${p.organisation}`);
      });
      cluster.addLayers(markers);
      g.incidents.addLayer(cluster);
    }
  }, [props.layers]);

  useEffect(() => {
    const m = map.current;
    if (!m) return;
    marker.current?.remove();
    marker.current = props.picked ? L.circleMarker(props.picked, { radius: 9, color: '#b3261e', weight: 3, fillOpacity: 0.3 }).addTo(m) : null;
  }, [props.picked]);

  return (
    <figure class="map observatory-map">
      <div ref={box} class="map-box" role="region" aria-label={t.mapLabel(props.name)} />
    </figure>
  );
}
