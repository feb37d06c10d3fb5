import { useState } from 'preact/hooks';
import { Input } from '../fields';
import { api } from '../../lib/api';
import { useAction } from '../../lib/useAction';
import { useFetched } from '../../lib/useFetched';
import type { Items } from '../../lib/types';
import { video as t } from '../../i18n/video';
import type { VideoAgent, VideoSystem } from './types';

/** Who keeps the register: designated by those who manage the scheme, by account login. */
export function Agents(props: { system: VideoSystem; writer: boolean; onChange: () => void }) {
  const s = props.system;
  const [refresh, setRefresh] = useState(0);
  const agents = useFetched<Items<VideoAgent>>(`/api/v1/video-systems/${s.id}/agents`, refresh)[0]?.items ?? null;
  const [login, setLogin] = useState('');
  const prefix = `a${s.id}.`;
  const { errors, notice, act } = useAction(prefix);
  const reload = () => { setRefresh((n) => n + 1); props.onChange(); };
  return (
    <>
      <h3>{t.agents.title}</h3>
      <p class="hint">{t.agents.hint}</p>
      {agents !== null && (agents.length === 0 ? <p>{t.agents.none}</p> : (
        <ul>
          {agents.map((a) => (
            <li key={a.user_id}>
              {a.display_name}, {t.agents.since(a.designated_on)}
              {props.writer && <>{' '}<button type="button" class="secondary small" onClick={() => act(api('DELETE', `/api/v1/video-systems/${s.id}/agents/${a.user_id}`), t.agents.withdrawn, reload)}>{t.agents.withdraw}<span class="visually-hidden">{` : ${a.display_name}`}</span></button></>}
            </li>
          ))}
        </ul>
      ))}
      {props.writer && (
        <form class="inline" noValidate aria-label={`${t.agents.designate} : ${s.name}`}
          onSubmit={(e) => { e.preventDefault(); act(api('POST', `/api/v1/video-systems/${s.id}/agents`, { login }), t.agents.designated, () => { setLogin(''); reload(); }); }}>
          <Input path={`${prefix}login`} label={t.agents.login} value={login} onInput={setLogin} errors={errors} required />
          <button type="submit">{t.agents.designate}</button>
        </form>
      )}
      <div role="status" class="notice-line">{notice}</div>
    </>
  );
}
