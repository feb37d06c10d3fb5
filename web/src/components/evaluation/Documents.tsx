import { DocumentButtons } from '../DocumentButtons';
import { evaluation as t } from '../../i18n/evaluation';
import type { Evaluation } from './types';

/** The period's documents: the bilan to rework in LibreOffice or Word or to file as PDF, the
 * action plan and indicator series for a spreadsheet. */
export function Documents(props: { e: Evaluation; strategyId: number }) {
  const { e, strategyId } = props;
  const period = `from=${e.from}&to=${e.to}`;
  const years = e.from === e.to ? `${e.from}` : `${e.from}-${e.to}`;
  const sheet = (kind: string, format: string) => `/api/v1/strategies/${strategyId}/${kind}?format=${format}&${period}`;
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t.documents.heading}</h2>
      <p>{t.documents.bilan(e.from === e.to)}</p>
      <DocumentButtons label={t.documents.label} path={(f) => `/api/v1/strategies/${strategyId}/bilan?format=${f}&${period}`} filename={(f) => `bilan-${years}.${f}`} />
      <p>
        {t.documents.plan}{' '}
        <a class="button" href={sheet('action-plan', 'xlsx')} download>{t.documents.xlsx}</a>{' '}
        <a class="button" href={sheet('action-plan', 'csv')} download>{t.documents.csv}</a>
      </p>
      <p>
        {t.documents.series}{' '}
        <a class="button" href={sheet('indicator-series', 'xlsx')} download>{t.documents.xlsx}</a>{' '}
        <a class="button" href={sheet('indicator-series', 'csv')} download>{t.documents.csv}</a>
      </p>
    </section>
  );
}
