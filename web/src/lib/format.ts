// French formats for dates, numbers and amounts, in one place.

const amount = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "2013-03-13" → "13/03/2013". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** A date as precise as its source: "2013-03-13" → "13/03/2013", "2024-02" → "février 2024",
 * "1997" → "1997". */
export function formatPartialDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  const m = /^(\d{4})-(\d{2})$/.exec(date);
  return m ? `${months[Number(m[2]) - 1]} ${m[1]}` : formatDate(date);
}

/** 125050 cents → "1 250,50 €". */
export function formatAmount(cents: number): string {
  return amount.format(cents / 100);
}

export function formatNumber(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : number.format(n);
}

export function formatPeriod(start: number | null, end: number | null): string {
  if (start && end) return `${start}–${end}`;
  return start ? `depuis ${start}` : end ? `jusqu'en ${end}` : '';
}

/** Whether an indicator's latest measure reaches its target, the direction being the one from the
 * baseline to the target (a fall in burglaries is reached when the measure is at or below it).
 * Not reached is "missed" only once the target date has passed (`today`: YYYY-MM-DD); before
 * it, or without a target date, it is "pending". */
export function targetState(
  i: { baseline: number | null; target: number | null; current_value: number | null; target_date?: string | null },
  today: string = localDay(),
): 'reached' | 'missed' | 'pending' | 'unknown' {
  if (i.target === null || i.current_value === null) return 'unknown';
  const rising = i.baseline === null || i.target >= i.baseline;
  if (rising ? i.current_value >= i.target : i.current_value <= i.target) return 'reached';
  return i.target_date && i.target_date <= today ? 'missed' : 'pending';
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function localDay(d: Date = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** "2026-11-24T10:05:00Z" → "24/11/2026 à 11:05" (local time). */
export function formatInstant(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} à ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** "1 250,50" → 125050; null when it is not an amount. */
export function parseAmount(text: string): number | null {
  const n = text.includes('%') ? undefined : parseNumber(text);
  if (n === null || n === undefined || n < 0) return null;
  const cents = Math.round(n * 100);
  return Math.abs(cents - n * 100) < 1e-6 ? cents : null;
}

/** A number as French users type it: "1 250", "1 250,5", "2 000 €", "12,5 %", "-3" (spaces,
 * no-break spaces, decimal comma). "" → null; undefined when it cannot be read, which the form
 * must say on its field rather than send nothing. */
export function parseNumber(text: string): number | null | undefined {
  const clean = text.replace(/[\s\u00a0\u202f€%]/g, '').replace(',', '.');
  if (clean === '') return null;
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(clean)) return undefined;
  return Number(clean);
}

/** What a simple form sends for a typed number: the number, null when empty, or the text as
 * typed when it cannot be read, so that the server's 400 names the field. */
export function typedNumber(text: string): number | string | null {
  const n = parseNumber(text);
  return n === undefined ? text : n;
}

/** A whole number as typed ("1 250"); "" → null; undefined when it is not a whole number. */
export function parseInteger(text: string): number | null | undefined {
  const n = parseNumber(text);
  return n === undefined || (n !== null && !Number.isInteger(n)) ? undefined : n;
}

/** For an input the person edits: 1250.5 → "1250,5". */
export function numberInput(n: number | null | undefined): string {
  return n === null || n === undefined ? '' : String(n).replace('.', ',');
}

/** 125050 → "1250,50" (for an input the person edits). */
export function amountInput(cents: number): string {
  return (cents / 100).toFixed(2).replace('.', ',');
}
