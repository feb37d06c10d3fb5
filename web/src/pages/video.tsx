import { render } from 'preact';
import { useState } from 'preact/hooks';
import { ConfirmButton } from '../components/ConfirmButton';
import { DossierFiles } from '../components/dossier/DossierFiles';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { Agents } from '../components/video/Agents';
import { Cameras } from '../components/video/Cameras';
import { Figures } from '../components/video/Figures';
import { Register } from '../components/video/Register';
import { SystemForm } from '../components/video/SystemForm';
import type { Camera, VideoAlert, VideoRules, VideoSystem } from '../components/video/types';
import { api, ApiError, canWrite, type Me } from '../lib/api';
import { formatDate } from '../lib/format';
import { useFetched } from '../lib/useFetched';
import type { Items } from '../lib/types';
import { video as t } from '../i18n/video';

/** Whether the role reads the scheme (systems, cameras' places, figures): as the server's video.read. */
const readsScheme = (me: Me, territory: number) =>
  ['administrateur', 'coordonnateur', 'elu'].includes(me.roles.find((r) => r.territory_id === territory)?.role ?? '');

function SystemCard(props: { system: VideoSystem; rules: VideoRules; reader: boolean; writer: boolean; onChange: () => void; onRemoved: (message: string) => void }) {
  const s = props.system;
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState('');
  const [refresh, setRefresh] = useState(0);
  const cameras = useFetched<Items<Camera>>(props.reader || s.designated ? `/api/v1/video-systems/${s.id}/cameras` : null, refresh)[0]?.items ?? null;
  const purpose = (code: number) => props.rules.purposes.find((p) => p.code === code);
  const reload = () => { setRefresh((n) => n + 1); props.onChange(); };
  return (
    <section class="card" aria-labelledby={`system-${s.id}`}>
      <h2 id={`system-${s.id}`}>{s.name}</h2>
      <p class="hint">{t.system.camerasInService(s.cameras_in_service)} · {s.authorisation_ends_on ? `${t.system.endsOn} : ${formatDate(s.authorisation_ends_on)}` : t.system.noAuthorisation}</p>
      {props.writer && !editing && (
        <p>
          <button type="button" class="secondary small" onClick={() => setEditing(true)}>{t.system.edit}<span class="visually-hidden">{` : ${s.name}`}</span></button>{' '}
          <ConfirmButton class="secondary small" question={t.system.removeQuestion(s.name)}
            onConfirm={() => api('DELETE', `/api/v1/video-systems/${s.id}`).then(() => props.onRemoved(t.system.removed), (e) => setNotice(e instanceof ApiError ? e.message : String(e)))}>
            {t.system.remove}<span class="visually-hidden">{` : ${s.name}`}</span>
          </ConfirmButton>
        </p>
      )}
      <div role="status" class="notice-line">{notice}</div>
      {editing ? (
        <SystemForm territory={s.territory_id} rules={props.rules} system={s} onCancel={() => setEditing(false)} onDone={(message) => { setEditing(false); setNotice(message); props.onChange(); }} />
      ) : (
        <dl class="fields">
          <dt>{t.system.reference}</dt><dd>{s.authorisation_reference ?? t.system.notRecorded}</dd>
          <dt>{t.system.authorisedOn}</dt><dd>{formatDate(s.authorised_on) || t.system.notRecorded}</dd>
          <dt>{t.system.purposes}</dt>
          <dd><ul>{s.purposes.map((c) => <li key={c}>{purpose(c)?.label} <span class="hint">({purpose(c)?.reference})</span></li>)}</ul></dd>
          <dt>{t.system.retention}</dt><dd>{s.retention_days}</dd>
          <dt>{t.system.commission}</dt><dd>{s.commission_opinion ? `${t.opinion[s.commission_opinion]}${s.commission_opinion_on ? `, ${formatDate(s.commission_opinion_on)}` : ''}` : t.system.notRecorded}</dd>
          <dt>{t.system.aipd}</dt><dd>{formatDate(s.aipd_on) || t.system.notRecorded}</dd>
          <dt>{t.system.cnil}</dt><dd>{s.cnil_reference ?? t.system.notRecorded}</dd>
          <dt>{t.system.charter}</dt><dd>{formatDate(s.charter_adopted_on) || t.system.notRecorded}</dd>
          <dt>{t.system.ethics}</dt><dd>{s.ethics_body_name ? <a href={`/instances.html?territoire=${s.territory_id}`}>{s.ethics_body_name}</a> : t.system.ethicsNone}</dd>
          {s.notes && <><dt>{t.system.notes}</dt><dd class="prose">{s.notes}</dd></>}
        </dl>
      )}
      {props.reader && <Cameras system={s} cameras={cameras} writer={props.writer} onChange={reload} />}
      {props.reader && <Agents system={s} writer={props.writer} onChange={props.onChange} />}
      {props.reader && <DossierFiles owner="video-systems" ownerId={s.id} ownerName={s.name} writer={props.writer} />}
      {props.reader && <Figures system={s} />}
      {s.designated ? <Register system={s} cameras={cameras ?? []} /> : <><h3>{t.register.title}</h3><p class="hint">{t.register.notAgent}</p></>}
    </section>
  );
}

function Alerts(props: { territory: number; refresh: number }) {
  const alerts = useFetched<Items<VideoAlert>>(`/api/v1/territories/${props.territory}/video-alerts`, props.refresh)[0]?.items ?? null;
  if (alerts === null) return null;
  return (
    <section class="card" aria-labelledby="alertes">
      <h2 id="alertes">{t.alerts}</h2>
      {alerts.length === 0 ? <p>{t.noAlert}</p> : (
        <ul class="alerts">
          {alerts.map((a) => <li key={`${a.system_id}-${a.kind}`} class={a.kind === 'autorisation_echeance' ? '' : 'error'}><strong>{a.system_name}</strong> : {a.message}</li>)}
        </ul>
      )}
    </section>
  );
}

function Video(props: { me: Me }) {
  const [territory, setTerritory] = useState<number | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [pageNotice, setPageNotice] = useState('');
  const rules = useFetched<VideoRules>('/api/v1/videoprotection/rules')[0];
  const systems = useFetched<Items<VideoSystem>>(territory === null ? null : `/api/v1/territories/${territory}/video-systems`, refresh)[0]?.items ?? null;
  const reload = () => setRefresh((n) => n + 1);
  const reader = territory !== null && readsScheme(props.me, territory);
  const writer = territory !== null && canWrite(props.me, territory);
  return (
    <>
      <h1>{t.title}</h1>
      <p class="prose">{t.intro}</p>
      <TerritoryPicker value={territory} onChange={setTerritory} allow={() => true} />
      {territory !== null && reader && <Alerts territory={territory} refresh={refresh} />}
      {systems?.length === 0 && <p>{reader ? t.none : t.noneAgent}</p>}
      <p role="status" class="notice-line">{pageNotice}</p>
      {rules && systems?.map((s) => <SystemCard key={s.id} system={s} rules={rules} reader={reader} writer={writer} onChange={reload} onRemoved={(message) => { setPageNotice(message); reload(); }} />)}
      {territory !== null && writer && rules && <SystemForm territory={territory} rules={rules} onDone={(message) => { setPageNotice(message); reload(); }} />}
    </>
  );
}

render(<Layout title={t.title}>{(me) => <Video me={me} />}</Layout>, document.getElementById('app')!);
