import { useEffect, useRef, useState } from 'preact/hooks';
import { api } from './api';

/** Reads `path` (null: nothing to read yet) and again when `refresh` or `reload()` asks.
 * An answer for an earlier path, arriving after a newer choice (another territory picked while
 * the first answer was on its way), is dropped rather than shown under the new choice.
 * The previous value stays on screen during a reload of the same path; a new path starts
 * from null (« Chargement… »). A refusal is left unhandled, for the page's usual handling. */
export function useFetched<T>(path: string | null, refresh = 0): [T | null, () => void] {
  const [value, setValue] = useState<T | null>(null);
  const [asked, setAsked] = useState(0);
  const shownPath = useRef<string | null>(null);
  useEffect(() => {
    if (shownPath.current !== path) setValue(null);
    shownPath.current = path;
    if (path === null) return;
    let current = true;
    api<T>('GET', path).then((v) => { if (current) setValue(v); });
    return () => { current = false; };
  }, [path, refresh, asked]);
  return [value, () => setAsked((n) => n + 1)];
}
