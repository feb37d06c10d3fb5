import { densityCanvas } from './ObservatoryMap';
import { heatColour } from './colours';
import type { DensityResult } from './types';

/** `texts` cut into lines no wider than `width` pixels in `font`, at spaces. */
function wrap(ctx: CanvasRenderingContext2D, font: string, texts: string[], width: number): string[] {
  ctx.font = font;
  const out: string[] = [];
  for (const text of texts) {
    let line = '';
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && ctx.measureText(next).width > width) {
        out.push(line);
        line = word;
      } else {
        line = next;
      }
    }
    if (line) out.push(line);
  }
  return out;
}

/** The heat map as a picture to print or paste in a report: the map at its true proportions
 * (degrees of longitude shortened by the latitude's cosine), a title, what it shows, a colour
 * scale and its source. `lines`: the title, then the caption lines. */
export function densityPoster(d: DensityResult, lines: string[], scale: [string, string], source: string): HTMLCanvasElement {
  const { west, south, east, north } = d.image;
  const middle = ((south + north) / 2) * (Math.PI / 180);
  const aspect = ((east - west) * Math.cos(middle)) / (north - south);  // width / height
  const mapWidth = 1100;
  const mapHeight = Math.round(Math.min(1400, mapWidth / aspect));
  const margin = 50;
  const footer = 90;
  const poster = document.createElement('canvas');
  poster.width = mapWidth + 2 * margin;
  const body = '18px "DejaVu Sans", sans-serif';
  const wrapped = wrap(poster.getContext('2d')!, body, lines.slice(1), mapWidth);
  const header = 60 + 28 * wrapped.length;
  poster.height = header + mapHeight + footer + margin;
  const ctx = poster.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, poster.width, poster.height);
  ctx.fillStyle = '#1a1a1a';
  ctx.font = 'bold 28px "DejaVu Sans", sans-serif';
  ctx.fillText(lines[0], margin, 45);
  ctx.font = body;
  wrapped.forEach((l, k) => ctx.fillText(l, margin, 45 + 28 * (k + 1)));
  const top = header + 10;
  ctx.strokeStyle = '#999999';
  ctx.strokeRect(margin, top, mapWidth, mapHeight);
  ctx.imageSmoothingEnabled = true;
  ctx.drawImage(densityCanvas(d), margin, top, mapWidth, mapHeight);
  // The scale: the palette from low to high density.
  const barTop = top + mapHeight + 25;
  for (let k = 0; k < 300; k++) {
    const [r, g, b] = heatColour(((k + 1) / 300) * d.max, d.max);
    ctx.fillStyle = `rgb(${r}, ${g}, ${b})`;
    ctx.fillRect(margin + k, barTop, 1, 18);
  }
  ctx.fillStyle = '#1a1a1a';
  ctx.font = '16px "DejaVu Sans", sans-serif';
  ctx.fillText(scale[0], margin, barTop + 40);
  ctx.fillText(scale[1], margin + 300 - ctx.measureText(scale[1]).width, barTop + 40);
  ctx.fillText(source, margin + 340, barTop + 14);
  return poster;
}
