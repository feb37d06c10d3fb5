// French formats for dates, numbers and amounts, in one place.

const amount = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const number = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 });

/** "2013-03-13" → "13/03/2013". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
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
