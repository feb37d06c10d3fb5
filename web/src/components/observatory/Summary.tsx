import type { Summary as SummaryData } from './types';
import { fr } from '../../i18n/fr';
import { TableScroll } from '../TableScroll';

const t = fr.observatory;

/** Counts by category and by month; for a partner, small counts are said « moins de 5 ». */
export function Summary(props: { summary: SummaryData }) {
  const s = props.summary;
  const shown = (v: number | null) => (v === null ? t.lessThan(s.threshold) : v.toLocaleString('fr-FR'));
  return (
    <section class="card" aria-labelledby="synthese">
      <h2 id="synthese">{t.summary}</h2>
      {s.masked && <p class="hint">{t.masked(s.threshold)}</p>}
      <TableScroll label={t.summary}>
        <table>
          <caption>{t.summary}</caption>
          <thead><tr><th scope="col">{t.category}</th><th scope="col">{t.count}</th></tr></thead>
          <tbody>{s.by_category.map((l) => <tr key={l.key}><td>{l.key}</td><td>{shown(l.count)}</td></tr>)}</tbody>
          <tfoot><tr><th scope="row">{t.total}</th><td>{shown(s.total)}</td></tr></tfoot>
        </table>
      </TableScroll>
    </section>
  );
}
