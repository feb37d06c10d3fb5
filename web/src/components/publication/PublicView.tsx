import type { ComponentChildren } from 'preact';
import { IndicatorChart } from '../diagnostic/IndicatorChart';
import { IndicatorTable } from '../diagnostic/IndicatorTable';
import { StatusBadge } from '../Layout';
import { TableScroll } from '../TableScroll';
import { TextBlocks } from '../strategy/TextBlocks';
import { formatDate, formatInstant, formatNumber, formatPeriod } from '../../lib/format';
import { fr } from '../../i18n/fr';
import { publication as t } from '../../i18n/publication';
import type { PublicFiche, PublicPage, PublicStrategy } from './types';

type Level = 1 | 2;

/** A heading of `level` (the public page starts at h1, its preview at h2). */
function H(props: { level: number; id?: string; children: ComponentChildren }) {
  const Tag = `h${Math.min(props.level, 6)}` as 'h2';
  return <Tag id={props.id}>{props.children}</Tag>;
}

function Row(props: { label: string; value: string | null | undefined }) {
  if (!props.value) return null;
  return (<><dt>{props.label}</dt><dd>{props.value}</dd></>);
}

function Fiche(props: { f: PublicFiche }) {
  const f = props.f;
  const number = (n: number | null) => (n === null ? '—' : formatNumber(n));
  return (
    <details class="card">
      <summary>{t.fiche(f.number, f.title)} <StatusBadge status={f.status} labels={fr.actionStatus} /></summary>
      <dl>
        <Row label={t.pilot} value={f.pilot} />
        <Row label={t.partners} value={f.partners.join(', ')} />
        <Row label={t.constat} value={f.constat} />
        <Row label={t.objective} value={f.general_objective} />
        <Row label={t.objectives} value={f.operational_objectives.join(' ; ')} />
        <Row label={t.targetPublic} value={f.target_public} />
        <Row label={t.targetTerritory} value={f.target_territory} />
        <Row label={t.description} value={f.description} />
      </dl>
      {f.indicators.length > 0 && (
        <>
          <p><strong>{t.indicators}</strong></p>
          <ul>
            {f.indicators.map((i) => (
              <li key={i.label}>{i.label} ({fr.indicatorKind[i.kind] ?? i.kind}) — {t.baselineTarget(number(i.baseline), number(i.target))}{i.unit ? ` ${i.unit}` : ''}</li>
            ))}
          </ul>
        </>
      )}
    </details>
  );
}

function StrategyPart(props: { ps: PublicStrategy; level: number }) {
  const { ps, level } = props;
  const s = ps.strategy;
  const axes = [...ps.axes.map((a) => ({ n: a.number as number | null, title: a.title })), { n: null, title: '' }];
  return (
    <section aria-labelledby={`strategie-${s.id}`}>
      <H level={level} id={`strategie-${s.id}`}>{s.title}</H>
      <p><StatusBadge status={s.status} labels={fr.strategyStatus} /> {t.period} : {formatPeriod(s.period_start, s.period_end) || '—'}</p>
      {s.description && <p>{s.description}</p>}
      <TextBlocks blocks={s.sections} level={level + 1 === 3 ? 3 : 4} />
      {ps.bilans.length > 0 && (
        <>
          <H level={level + 1}>{t.bilans}</H>
          <ul>
            {ps.bilans.map((b) => (
              <li key={`${b.from}-${b.to}`}>{t.bilanOf(b.from, b.to)} : <a href={b.pdf}>PDF</a>, <a href={b.odt}>ODT</a>, <a href={b.docx}>DOCX</a></li>
            ))}
          </ul>
        </>
      )}
      {!ps.fiches_published ? <p class="muted">{t.fichesNotPublished}</p> : axes.map((a) => {
        const fiches = ps.fiches.filter((f) => f.axis_number === a.n);
        if (fiches.length === 0) return null;
        return (
          <section key={String(a.n)} aria-label={t.axis(a.n, a.title)}>
            <H level={level + 1}>{t.axis(a.n, a.title)}</H>
            {fiches.map((f) => <Fiche key={f.number} f={f} />)}
          </section>
        );
      })}
    </section>
  );
}

function Calendar(props: { page: PublicPage; level: number }) {
  if (props.page.calendar.length === 0) return null;
  return (
    <section aria-labelledby="calendrier">
      <H level={props.level} id="calendrier">{t.calendar}</H>
      <p class="hint">{t.calendarHint}</p>
      <TableScroll label={`${t.calendar} (tableau)`}>
        <table>
          <thead><tr><th scope="col">{t.date}</th><th scope="col">{t.body}</th><th scope="col">{t.state}</th></tr></thead>
          <tbody>
            {props.page.calendar.map((m) => (
              <tr key={`${m.day}-${m.body}`}><td>{formatDate(m.day)}</td><td>{m.body}</td><td>{m.held ? t.held : t.planned}</td></tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

function Figures(props: { page: PublicPage; level: number }) {
  const d = props.page.diagnostic;
  if (!d) return null;
  return (
    <section aria-labelledby="chiffres">
      <H level={props.level} id="chiffres">{t.figures}</H>
      <p class="hint">{t.figuresHint}</p>
      {d.indicators.map((i) => (
        <details key={i.id} class="card">
          <summary>{i.label}</summary>
          <figure>
            <IndicatorChart indicator={i} years={d.years} />
            <figcaption id={`public-${i.id}-legende`}>{i.label} — {d.source}</figcaption>
          </figure>
          <IndicatorTable indicator={i} years={d.years} captionId={`public-${i.id}-legende`} />
        </details>
      ))}
    </section>
  );
}

function OpenData(props: { page: PublicPage; level: number }) {
  const p = props.page;
  return (
    <section aria-labelledby="donnees-ouvertes">
      <H level={props.level} id="donnees-ouvertes">{t.openData}</H>
      <p>{t.openDataHint} <a href={p.licence.url}>{p.licence.title}</a>.</p>
      <ul>
        {p.datasets.map((d) => (
          <li key={d.name}>{d.title} : <a href={d.csv}>CSV</a>, <a href={d.json}>JSON</a> (<a href={d.schema}>{t.schema}</a>)</li>
        ))}
        <li><a href={p.catalogue}>{t.catalogue}</a></li>
      </ul>
      <p class="muted">{t.source} : {p.source}. {t.updated} : {p.updated_at ? formatInstant(p.updated_at) : '—'}.</p>
    </section>
  );
}

/** The territory's public page: what was published, and only that (the server decides). */
export function PublicView(props: { page: PublicPage; level: Level }) {
  const { page, level } = props;
  return (
    <>
      <H level={level}>{page.territory.name}</H>
      <p>{t.intro(page.territory.kind)}</p>
      {page.strategies.map((ps) => <StrategyPart key={ps.strategy.id} ps={ps} level={level + 1} />)}
      <Calendar page={page} level={level + 1} />
      <Figures page={page} level={level + 1} />
      <OpenData page={page} level={level + 1} />
    </>
  );
}
