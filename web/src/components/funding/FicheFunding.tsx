import { formatAmount } from '../../lib/format';
import { useFetched } from '../../lib/useFetched';
import type { Items } from '../../lib/types';
import { fr } from '../../i18n/fr';
import { funding as t } from '../../i18n/funding';
import { TableScroll } from '../TableScroll';
import type { FundingRequest } from './types';

/** A fiche-action's funding requests, year by year, with a way to the Financements screen where they are kept. */
export function FicheFunding(props: { actionId: number; territoryId: number }) {
  const items = useFetched<Items<FundingRequest>>(`/api/v1/actions/${props.actionId}/funding-requests`)[0]?.items ?? null;
  const c = t.fiche_;
  const amount = (cents: number | null) => (cents === null ? '—' : formatAmount(cents));
  return (
    <section class="card" aria-labelledby="fiche-funding">
      <h2 id="fiche-funding">{c.heading}</h2>
      {items === null ? <p>{fr.common.loading}</p> : items.length === 0 ? <p class="hint">{c.none}</p> : (
        <TableScroll label={c.caption}>
          <table>
            <caption class="visually-hidden">{c.caption}</caption>
            <thead><tr><th scope="col">{t.year}</th><th scope="col">{t.funder}</th><th scope="col">{t.requested}</th><th scope="col">{t.granted}</th><th scope="col">{t.paid}</th><th scope="col">{t.status}</th></tr></thead>
            <tbody>
              {[...items].sort((a, b) => b.year - a.year).map((q) => (
                <tr key={q.id}>
                  <td class="num">{q.year}</td>
                  <th scope="row">{fr.fundingSource[q.funder] ?? q.funder}{q.programme ? ` ${q.programme}` : ''}{q.funder_name ? ` (${q.funder_name})` : ''}</th>
                  <td class="num">{formatAmount(q.requested_cents)}</td>
                  <td class="num">{amount(q.granted_cents)}</td>
                  <td class="num">{amount(q.paid_cents)}</td>
                  <td>{t.statuses[q.status] ?? q.status}{q.report_due_on && !q.report_sent_on && <><br /><span class="hint">{t.reportDue(q.report_due_on)}</span></>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      <p><a href={`/financements.html?territoire=${props.territoryId}`}>{c.manage}</a></p>
    </section>
  );
}
