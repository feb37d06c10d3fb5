// One way to put an Observable Plot chart in a Preact component.
import { useEffect, useRef } from 'preact/hooks';

/** A box for a chart drawn by `draw(width)` — the box's width, at most `maxWidth` — drawn again
 * when `deps` change and removed with the component; `draw` returns null when there is nothing to
 * draw. Put the returned ref on a `<div>`. */
export function usePlot(draw: (width: number) => Element | null, deps: unknown[], maxWidth = 640) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const chart = draw(Math.min(maxWidth, box.current?.clientWidth || maxWidth));
    if (!chart) return undefined;
    box.current?.replaceChildren(chart);
    return () => chart.remove();
  }, deps);
  return box;
}
