import { useEffect, useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { formatDate, formatNumber } from '../../lib/format';
import type { Report } from '../../lib/governance';
import { fr } from '../../i18n/fr';
import { TableScroll } from '../TableScroll';

const t = fr.bodies;

/** A body's year: meetings held against planned, attendance by organisation, decisions. */
export function BodyReport(props: { bodyId: number; bodyName: string }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const [r, setR] = useState<Report | null>(null);
  useEffect(() => { api<Report>('GET', `/api/v1/bodies/${props.bodyId}/report?year=${year}`).then(setR); }, [props.bodyId, year]);
  const id = `report-year-${props.bodyId}`;
  return (
    <details>
      <summary>{t.report}</summary>
      <div class="field">
        <label for={id}>{t.year}</label>
        <input id={id} type="number" min={2000} max={2100} value={year} onInput={(e) => setYear(Number((e.target as HTMLInputElement).value) || year)} />
      </div>
      {r && (
        <>
          <TableScroll label={`${t.report} ${r.year} : ${props.bodyName}`}>
          <table>
            <caption class="visually-hidden">{`${t.report} ${r.year} : ${props.bodyName}`}</caption>
            <thead><tr><th>{t.reportPlanned}</th><th>{t.reportScheduled}</th><th>{t.reportHeld}</th><th>{t.reportCancelled}</th><th>{t.reportDecisions}</th><th>{t.reportDone}</th><th>{t.reportOverdue}</th></tr></thead>
            <tbody><tr><td>{r.planned ?? '—'}</td><td>{r.scheduled}</td><td>{r.held}</td><td>{r.cancelled}</td><td>{r.decisions}</td><td>{r.decisions_done}</td><td>{r.decisions_overdue}</td></tr></tbody>
          </table>
          </TableScroll>
          {r.counted_from && <p class="hint">{t.countedFrom(formatDate(r.counted_from))}</p>}
          {r.attendance.length > 0 && (
            <TableScroll label={t.rate}>
            <table>
              <caption class="visually-hidden">{t.rate}</caption>
              <thead><tr><th>{t.organisation}</th><th>{t.convened}</th><th>{t.present}</th><th>{t.rate}</th></tr></thead>
              <tbody>
                {r.attendance.map((a) => <tr key={a.organisation}><td>{a.organisation}</td><td>{a.convened}</td><td>{a.present}</td><td>{formatNumber(a.rate * 100)} %</td></tr>)}
              </tbody>
            </table>
            </TableScroll>
          )}
        </>
      )}
    </details>
  );
}
