import { formatAmount } from '../../lib/format';
import { evaluation } from '../../i18n/evaluation';
import { TableScroll } from '../TableScroll';
import type { FundingTotals } from '../funding/types';
import type { Evaluation } from './types';

const t = evaluation.dispositifs;

function VideoTables(props: { e: Evaluation }) {
  const c = t.videoColumns;
  const rows = props.e.video;
  return (
    <>
      <h3 id="eval-video">{t.video}</h3>
      <p class="hint">{t.videoHint}</p>
      <TableScroll label={t.video}>
        <table aria-labelledby="eval-video">
          <thead><tr><th scope="col">{c.system}</th><th scope="col">{c.cameras}</th><th scope="col">{c.viewings}</th><th scope="col">{c.extractions}</th><th scope="col">{c.requisitions}</th><th scope="col">{c.procedure}</th></tr></thead>
          <tbody>
            {rows.map((v) => (
              <tr key={`${v.system_name}-${v.figures.year}`}>
                <th scope="row">{`${v.system_name} ${v.figures.year}`}</th>
                <td class="num">{v.figures.cameras_in_service}</td>
                <td class="num">{v.figures.viewings}</td>
                <td class="num">{v.figures.extractions}</td>
                <td class="num">{v.figures.requisitions}</td>
                <td>{t.share(v.figures.led_to_procedure, v.figures.outcome_known)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <TableScroll label={t.months}>
        <table>
          <caption>{t.months}</caption>
          <thead><tr><th scope="col">{c.system}</th>{t.monthNames.map((m) => <th scope="col" key={m}>{m}</th>)}</tr></thead>
          <tbody>
            {rows.map((v) => (
              <tr key={`${v.system_name}-${v.figures.year}`}>
                <th scope="row">{`${v.system_name} ${v.figures.year}`}</th>
                {v.figures.requisitions_by_month.map((n, i) => <td class="num" key={i}>{n}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function ParticipationTable(props: { e: Evaluation }) {
  const c = t.participationColumns;
  const rows = props.e.participation;
  const first = rows[0].bilan;
  const count = (n: number | null) => (n === null ? t.notPublished : String(n));
  return (
    <>
      <h3 id="eval-participation">{t.participation}</h3>
      <p class="hint">{t.participationHint(first.indicator)}</p>
      <TableScroll label={t.participation}>
        <table aria-labelledby="eval-participation">
          <thead><tr><th scope="col">{c.area}</th><th scope="col">{c.year}</th><th scope="col">{c.referents}</th><th scope="col">{c.joined}</th><th scope="col">{c.meetings}</th><th scope="col">{t.burglaries(first.indicator)}</th><th scope="col">{c.previous}</th></tr></thead>
          <tbody>
            {rows.map((p) => (
              <tr key={`${p.area}-${p.bilan.year}`}>
                <th scope="row">{p.area}</th>
                <td class="num">{p.bilan.year}</td>
                <td class="num">{p.bilan.referents}</td>
                <td class="num">{p.bilan.referents_joined}</td>
                <td class="num">{p.bilan.meetings_held}</td>
                <td class="num">{count(p.bilan.burglaries)}</td>
                <td class="num">{count(p.bilan.burglaries_previous)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

function FundingTable(props: { e: Evaluation }) {
  const c = t.fundingColumns;
  const lines: { key: string; year: number; label: string; totals: FundingTotals }[] = [];
  for (const s of props.e.funding) {
    for (const p of s.by_programme) if (p.requested_cents !== 0) lines.push({ key: `${s.year}-p-${p.key}`, year: s.year, label: t.fipd(p.label), totals: p });
    for (const f of s.by_funder) if (f.requested_cents !== 0 && f.key !== 'fipd') lines.push({ key: `${s.year}-f-${f.key}`, year: s.year, label: f.label, totals: f });
    lines.push({ key: `${s.year}-total`, year: s.year, label: t.total, totals: s.total });
  }
  return (
    <>
      <h3 id="eval-funding">{t.funding}</h3>
      <TableScroll label={t.funding}>
        <table aria-labelledby="eval-funding">
          <thead><tr><th scope="col">{c.year}</th><th scope="col">{c.line}</th><th scope="col">{c.requested}</th><th scope="col">{c.granted}</th><th scope="col">{c.paid}</th></tr></thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.key}>
                <td class="num">{l.year}</td>
                <th scope="row">{l.label}</th>
                <td class="num">{formatAmount(l.totals.requested_cents)}</td>
                <td class="num">{formatAmount(l.totals.granted_cents)}</td>
                <td class="num">{formatAmount(l.totals.paid_cents)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** The dispositifs of the territory over the period, as the bilan's « Dispositifs » section reports them. */
export function DispositifsSection(props: { e: Evaluation }) {
  const { e } = props;
  const empty = e.video.length === 0 && e.participation.length === 0 && e.funding.length === 0;
  return (
    <section class="card" aria-labelledby="eval-dispositifs">
      <h2 id="eval-dispositifs">{t.heading}</h2>
      {empty && <p class="hint">{t.none}</p>}
      {e.video.length > 0 && <VideoTables e={e} />}
      {e.participation.length > 0 && <ParticipationTable e={e} />}
      {e.funding.length > 0 && <FundingTable e={e} />}
    </section>
  );
}
