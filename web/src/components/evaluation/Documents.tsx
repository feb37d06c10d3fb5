import { useState } from 'preact/hooks';
import { download } from '../../lib/download';
import { evaluation as t } from '../../i18n/evaluation';
import type { Evaluation } from './types';

/** The period's documents: the bilan to rework in LibreOffice or Word or to file as PDF (a few
 * seconds to prepare, said while it is), the action plan and indicator series for a spreadsheet. */
export function Documents(props: { e: Evaluation; strategyId: number }) {
  const { e, strategyId } = props;
  const [busy, setBusy] = useState('');
  const [status, setStatus] = useState('');
  const period = `from=${e.from}&to=${e.to}`;
  const years = e.from === e.to ? `${e.from}` : `${e.from}-${e.to}`;
  async function bilan(format: string) {
    setBusy(format);
    setStatus(t.documents.preparing(format.toUpperCase()));
    try {
      const res = await download(`/api/v1/strategies/${strategyId}/bilan?format=${format}&${period}`, {}, `bilan-${years}.${format}`);
      setStatus(res.ok ? t.documents.ready(format.toUpperCase()) : (await res.json()).error.message);
    } catch {
      setStatus(t.documents.failed);
    } finally {
      setBusy('');
    }
  }
  const sheet = (kind: string, format: string) => `/api/v1/strategies/${strategyId}/${kind}?format=${format}&${period}`;
  return (
    <section aria-labelledby="documents-heading">
      <h2 id="documents-heading">{t.documents.heading}</h2>
      <p>{t.documents.bilan(e.from === e.to)}</p>
      <p class="buttons">
        {['pdf', 'odt', 'docx'].map((f) => (
          <button type="button" key={f} disabled={busy !== ''} aria-busy={busy === f} onClick={() => void bilan(f)}>{t.documents.formats[f]}</button>
        ))}
      </p>
      <div role="status" class="notice-line">{status}</div>
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
