import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { ConfirmButton } from '../components/ConfirmButton';
import { DossierFiles } from '../components/dossier/DossierFiles';
import { DocumentButtons } from '../components/DocumentButtons';
import { TableScroll } from '../components/TableScroll';
import { Input, fieldId } from '../components/fields';
import { RequestForm } from '../components/funding/RequestForm';
import { Summary } from '../components/funding/Summary';
import type { FundingAlert, FundingRequest, FundingRules, FundingSettings, FundingSummary } from '../components/funding/types';
import { api, canWrite, type Me } from '../lib/api';
import { fichesOf, type Options } from '../lib/fiches';
import { formatAmount, formatDate } from '../lib/format';
import { useAction } from '../lib/useAction';
import { useFetched } from '../lib/useFetched';
import type { Items } from '../lib/types';
import { fr } from '../i18n/fr';
import { funding as t } from '../i18n/funding';

const label = (q: FundingRequest) => `Fiche ${q.action_number} — ${q.action_title}, ${fr.fundingSource[q.funder] ?? q.funder} ${q.year}`;

/** The département's local cap on the FIPD's share, set by the coordination. */
function CapForm(props: { territoryId: number; settings: FundingSettings; onDone: () => void }) {
  const [cap, setCap] = useState(props.settings.fipd_cap_percent === null ? '' : String(props.settings.fipd_cap_percent));
  const [source, setSource] = useState(props.settings.cap_source ?? '');
  const { errors, notice, act } = useAction('cap.');
  function submit(e: Event) {
    e.preventDefault();
    const n = cap.trim() === '' ? null : Number(cap);
    act(api('PUT', `/api/v1/territories/${props.territoryId}/funding-settings`, { fipd_cap_percent: n, cap_source: source.trim() === '' ? null : source.trim() }), t.capSaved, props.onDone);
  }
  return (
    <form class="inline" noValidate onSubmit={submit} aria-label={t.cap}>
      <Input path="cap.fipd_cap_percent" label={t.capField} value={cap} onInput={setCap} errors={errors} numeric />
      <Input path="cap.cap_source" label={t.capSource} value={source} onInput={setSource} errors={errors} />
      <button type="submit" class="secondary">{t.save}</button>
      <div role="status" class="notice-line">{notice}</div>
    </form>
  );
}

function RequestRow(props: { q: FundingRequest; writer: boolean; fiches: Options; rules: FundingRules | null; onChange: (m: string) => void }) {
  const q = props.q;
  const [editing, setEditing] = useState(false);
  const [docs, setDocs] = useState(false);
  const { notice, act } = useAction(`row${q.id}.`);
  return (
    <>
      <tr>
        <th scope="row"><a href={`/fiche.html?id=${q.action_id}`}>{`Fiche ${q.action_number} — ${q.action_title}`}</a></th>
        <td>{q.year}</td>
        <td>{fr.fundingSource[q.funder] ?? q.funder}{q.programme ? ` ${q.programme}` : ''}{q.funder_name ? ` (${q.funder_name})` : ''}</td>
        <td class="num">{formatAmount(q.project_cost_cents)}</td>
        <td class="num">{formatAmount(q.requested_cents)}</td>
        <td class="num">{q.granted_cents === null ? '—' : formatAmount(q.granted_cents)}</td>
        <td class="num">{q.paid_cents === null ? '—' : formatAmount(q.paid_cents)}</td>
        <td class="num">{`${q.state_share_percent} %`}</td>
        <td>
          {t.statuses[q.status] ?? q.status}
          {q.report_due_on && !q.report_sent_on && <><br /><span class="hint">{t.reportDue(q.report_due_on)}</span></>}
          {q.report_sent_on && <><br /><span class="hint">{`${t.reportSent} ${formatDate(q.report_sent_on)}`}</span></>}
          {q.warnings.map((w) => <p key={w} class="warning">{w}</p>)}
        </td>
        <td>
          <button type="button" class="secondary small" aria-expanded={docs} onClick={() => setDocs(!docs)}>{t.documents}<span class="visually-hidden">{` : ${label(q)}`}</span></button>
        </td>
        {props.writer && (
          <td>
            <button type="button" class="secondary small" aria-expanded={editing} onClick={() => setEditing(!editing)}>{t.edit}<span class="visually-hidden">{` : ${label(q)}`}</span></button>
            {' '}
            <ConfirmButton class="secondary small" question={t.removeQuestion(label(q))} onConfirm={() => act(api('DELETE', `/api/v1/funding-requests/${q.id}`), t.removed, () => props.onChange(t.removed))}>{t.remove}<span class="visually-hidden">{` : ${label(q)}`}</span></ConfirmButton>
            <div role="status" class="notice-line">{notice}</div>
          </td>
        )}
      </tr>
      {docs && (
        <tr>
          <td colSpan={11}>
            <DocumentButtons label={t.projectDoc} path={(f) => `/api/v1/funding-requests/${q.id}/document?kind=projet&format=${f}`} filename={(f) => `demande-${q.year}-fiche-${q.action_number}.${f}`} />
            {q.granted_cents !== null && <DocumentButtons label={t.reportDoc} path={(f) => `/api/v1/funding-requests/${q.id}/document?kind=compte-rendu&format=${f}`} filename={(f) => `compte-rendu-${q.year}-fiche-${q.action_number}.${f}`} />}
            <DossierFiles owner="funding-requests" ownerId={q.id} ownerName={label(q)} writer={props.writer} level={4} />
          </td>
        </tr>
      )}
      {editing && (
        <tr>
          <td colSpan={11}>
            <RequestForm fiches={props.fiches} rules={props.rules} request={q} onCancel={() => setEditing(false)} onDone={(m) => { setEditing(false); props.onChange(m); }} />
          </td>
        </tr>
      )}
    </>
  );
}

function Funding(props: { me: Me }) {
  const thisYear = new Date().getFullYear();
  const [territoryId, setTerritoryId] = useState<number | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [pageNotice, setPageNotice] = useState('');
  const [fiches, setFiches] = useState<Options>([]);
  const here = territoryId === null ? null : `/api/v1/territories/${territoryId}`;
  const rules = useFetched<FundingRules>('/api/v1/funding/rules')[0];
  const all = useFetched<Items<FundingRequest>>(here && `${here}/funding-requests`, refresh)[0]?.items ?? null;
  const alerts = useFetched<Items<FundingAlert>>(here && `${here}/funding-alerts`, refresh)[0]?.items ?? null;
  const settings = useFetched<FundingSettings>(here && `${here}/funding-settings`, refresh)[0];
  const years = [...new Set([thisYear, ...(all ?? []).map((q) => q.year)])].sort((a, b) => b - a);
  const shown = year ?? (all && all.length > 0 ? Math.max(...all.map((q) => q.year)) : thisYear);
  const summary = useFetched<FundingSummary>(here && `${here}/funding-summary?year=${shown}`, refresh)[0];
  const writer = territoryId !== null && canWrite(props.me, territoryId);
  useEffect(() => { if (territoryId !== null && writer) fichesOf(territoryId).then(setFiches); }, [territoryId, writer]);
  const changed = (m: string) => { setPageNotice(m); setRefresh((n) => n + 1); };
  const requests = (all ?? []).filter((q) => q.year === shown);
  const yearId = fieldId('funding.year');
  return (
    <>
      <h1>{t.title}</h1>
      <p class="prose">{t.intro}</p>
      {rules && <p class="hint">{t.rules(rules.state_max_percent, rules.fipd_minimum_cents)}</p>}
      <TerritoryPicker value={territoryId} onChange={(id) => { setTerritoryId(id); setYear(null); }} allow={() => true} />
      {all && (
        <div class="field picker">
          <label for={yearId}>{t.year}</label>
          <select id={yearId} value={String(shown)} onChange={(e) => setYear(Number((e.target as HTMLSelectElement).value))}>
            {years.map((y) => <option key={y} value={y}>{y}</option>)}
          </select>
        </div>
      )}
      {alerts && (
        <section class="card" aria-labelledby="alertes">
          <h2 id="alertes">{t.alerts}</h2>
          {alerts.length === 0 ? <p>{t.noAlert}</p> : <ul class="alerts">{alerts.map((a) => <li key={`${a.request_id}-${a.kind}`}><a href={`/fiche.html?id=${a.action_id}`}>{(all ?? []).find((q) => q.id === a.request_id)?.action_title ?? t.fiche}</a> : {a.message}</li>)}</ul>}
        </section>
      )}
      {settings && territoryId !== null && (
        <section class="card" aria-labelledby="plafond">
          <h2 id="plafond">{t.cap}</h2>
          <p>{settings.fipd_cap_percent === null ? t.capNone : t.capIs(settings.fipd_cap_percent)}{settings.cap_source ? ` (${settings.cap_source})` : ''}</p>
          {writer && <CapForm key={`${territoryId}-${refresh}`} territoryId={territoryId} settings={settings} onDone={() => setRefresh((n) => n + 1)} />}
        </section>
      )}
      {summary && <Summary summary={summary} />}
      <p role="status" class="notice-line">{pageNotice}</p>
      {all && (
        <section class="card" aria-labelledby="demandes">
          <h2 id="demandes">{`${t.requests} ${shown}`}</h2>
          <p><a href={`${here}/funding-export?year=${shown}&format=xlsx`} download>{t.export}</a></p>
          {requests.length === 0 ? <p>{t.none}</p> : (
            <TableScroll label={`${t.requests} ${shown}`}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t.fiche}</th><th scope="col">{t.year}</th><th scope="col">{t.funder}</th>
                    <th scope="col" class="num">{t.cost}</th><th scope="col" class="num">{t.requested}</th><th scope="col" class="num">{t.granted}</th><th scope="col" class="num">{t.paid}</th>
                    <th scope="col" class="num">{t.stateShare}</th><th scope="col">{t.status}</th><th scope="col">{t.documents}</th>
                    {writer && <th scope="col"><span class="visually-hidden">{t.edit}</span></th>}
                  </tr>
                </thead>
                <tbody>{requests.map((q) => <RequestRow key={`${q.id}-${q.version}`} q={q} writer={writer} fiches={fiches} rules={rules ?? null} onChange={changed} />)}</tbody>
              </table>
            </TableScroll>
          )}
        </section>
      )}
      {/* The form stays and says its own notice: the page only reloads. */}
      {writer && <RequestForm fiches={fiches} rules={rules ?? null} onDone={() => setRefresh((n) => n + 1)} />}
    </>
  );
}

render(<Layout title={t.title}>{(me) => <Funding me={me} />}</Layout>, document.getElementById('app')!);
