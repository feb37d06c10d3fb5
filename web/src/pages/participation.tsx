import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { fieldId } from '../components/fields';
import { ProtocolForm } from '../components/participation/ProtocolForm';
import { Referents } from '../components/participation/Referents';
import type { CitizenBilan, CitizenProtocol, ProtocolAlert } from '../components/participation/types';
import { api, canWrite, type Me } from '../lib/api';
import { formatDate, formatNumber } from '../lib/format';
import { useFetched } from '../lib/useFetched';
import type { Items, Territory } from '../lib/types';
import { participation as t } from '../i18n/participation';

function Bilan(props: { protocol: CitizenProtocol }) {
  const p = props.protocol;
  const thisYear = new Date().getFullYear();
  const first = Number(p.signed_on.slice(0, 4));
  const [year, setYear] = useState(thisYear);
  const b = useFetched<CitizenBilan>(`/api/v1/citizen-protocols/${p.id}/bilan?year=${year}`)[0];
  const id = fieldId(`bilan${p.id}.year`);
  const count = (n: number | null) => (n === null ? t.bilan.notPublished : formatNumber(n));
  return (
    <>
      <h3>{t.bilan.title}</h3>
      <div class="field picker">
        <label for={id}>{t.bilan.year}</label>
        <select id={id} value={String(year)} onChange={(e) => setYear(Number((e.target as HTMLSelectElement).value))}>
          {Array.from({ length: Math.max(1, thisYear - first + 1) }, (_, i) => thisYear - i).map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </div>
      {b && (
        <>
          <dl class="fields">
            <dt>{t.bilan.referents}</dt><dd>{b.referents}</dd>
            <dt>{t.bilan.joined}</dt><dd>{b.referents_joined}</dd>
            <dt>{t.bilan.meetings}</dt><dd>{b.meetings_held}</dd>
            <dt>{t.bilan.burglaries(b.year)}</dt><dd>{count(b.burglaries)}{b.burglary_rate !== null && ` (${formatNumber(b.burglary_rate)} ${t.bilan.rate.toLowerCase()})`}</dd>
            <dt>{t.bilan.previous(b.year - 1)}</dt><dd>{count(b.burglaries_previous)}</dd>
          </dl>
          <p class="hint">{b.source}</p>
        </>
      )}
    </>
  );
}

function ProtocolCard(props: { protocol: CitizenProtocol; territory: Territory; writer: boolean; onChange: () => void }) {
  const p = props.protocol;
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const name = (code: string) => props.territory.communes.find((c) => c.code === code)?.name ?? code;
  return (
    <section class="card" aria-labelledby={`protocol-${p.id}`}>
      <h2 id={`protocol-${p.id}`}>{t.protocol(p.signed_on)}</h2>
      <p class="hint">{p.current_term_ends_on ? t.termEnds(p.current_term_ends_on) : t.ended} · {t.referentsCount(p.referents)}</p>
      {props.writer && !editing && <p><button type="button" class="secondary small" onClick={() => setEditing(true)}>{t.edit}</button></p>}
      <div role="status" class="notice-line">{notice}</div>
      {editing ? (
        <ProtocolForm territory={props.territory} protocol={p} onCancel={() => setEditing(false)} onDone={(m) => { setEditing(false); setNotice(m); props.onChange(); }} />
      ) : (
        <dl class="fields">
          <dt>{t.mayor}</dt><dd>{p.mayor}</dd>
          <dt>{t.prefect}</dt><dd>{p.prefect}</dd>
          <dt>{t.force}</dt><dd>{t.forces[p.force]} — {p.force_signatory}</dd>
          <dt>{t.communes}</dt><dd>{p.communes.map(name).join(', ')}</dd>
          {p.neighbourhoods && <><dt>{t.neighbourhoods}</dt><dd>{p.neighbourhoods}</dd></>}
          {p.officer_name && <><dt>{t.officer}</dt><dd>{p.officer_name}{p.officer_unit ? `, ${p.officer_unit}` : ''}</dd></>}
          {p.body_name && <><dt>{t.body}</dt><dd><a href={`/instances.html?territoire=${p.territory_id}`}>{p.body_name}</a></dd></>}
          {p.ended_on && <><dt>{t.endedOn}</dt><dd>{formatDate(p.ended_on)}</dd></>}
        </dl>
      )}
      {props.writer && <Referents protocol={p} onChange={props.onChange} />}
      <Bilan protocol={p} />
    </section>
  );
}

function Participation(props: { me: Me }) {
  const [territoryId, setTerritoryId] = useState<number | null>(null);
  const [territory, setTerritory] = useState<Territory | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [pageNotice, setPageNotice] = useState('');
  useEffect(() => {
    if (territoryId !== null) api<Territory>('GET', `/api/v1/territories/${territoryId}`).then(setTerritory);
  }, [territoryId]);
  const protocols = useFetched<Items<CitizenProtocol>>(territoryId === null ? null : `/api/v1/territories/${territoryId}/citizen-protocols`, refresh)[0]?.items ?? null;
  const alerts = useFetched<Items<ProtocolAlert>>(territoryId === null ? null : `/api/v1/territories/${territoryId}/citizen-alerts`, refresh)[0]?.items ?? null;
  const reload = () => setRefresh((n) => n + 1);
  const writer = territoryId !== null && canWrite(props.me, territoryId);
  return (
    <>
      <h1>{t.title}</h1>
      <p class="prose">{t.intro}</p>
      <TerritoryPicker value={territoryId} onChange={setTerritoryId} allow={() => true} />
      {alerts && (
        <section class="card" aria-labelledby="alertes">
          <h2 id="alertes">{t.alerts}</h2>
          {alerts.length === 0 ? <p>{t.noAlert}</p> : <ul class="alerts">{alerts.map((a) => <li key={a.protocol_id}>{a.message}</li>)}</ul>}
        </section>
      )}
      {protocols?.length === 0 && <p>{t.none}</p>}
      <p role="status" class="notice-line">{pageNotice}</p>
      {territory && protocols?.map((p) => <ProtocolCard key={p.id} protocol={p} territory={territory} writer={writer} onChange={reload} />)}
      {territory && writer && <ProtocolForm territory={territory} onDone={(m) => { setPageNotice(m); reload(); }} />}
    </>
  );
}

render(<Layout title={t.title}>{(me) => <Participation me={me} />}</Layout>, document.getElementById('app')!);
