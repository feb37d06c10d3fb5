// Colour ramps of the observatoire's map, readable by colour-blind people (ColorBrewer YlOrRd
// for density; RdBu for hot and cold spots).

const ylorrd = [[255, 255, 178], [254, 204, 92], [253, 141, 60], [240, 59, 32], [189, 0, 38]];

/** RGBA of a density value: transparent where nothing is computed or nothing happens. */
export function heatColour(v: number | null, max: number): [number, number, number, number] {
  if (v === null || !(max > 0) || v <= max * 0.02) return [0, 0, 0, 0];
  const x = Math.min(1, v / max) * (ylorrd.length - 1);
  const i = Math.min(ylorrd.length - 2, Math.floor(x));
  const f = x - i;
  const [a, b] = [ylorrd[i], ylorrd[i + 1]];
  return [0, 1, 2].map((k) => Math.round(a[k] + (b[k] - a[k]) * f)).concat(200) as [number, number, number, number];
}

/** Gi* classes −3…+3 (99/95/90 % cold … hot). */
export function hotspotColour(confidence: number): string {
  return ['#2166ac', '#67a9cf', '#d1e5f0', '#ffffff', '#fddbc7', '#ef8a62', '#b2182b'][confidence + 3] ?? '#ffffff';
}
