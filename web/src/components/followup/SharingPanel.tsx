import { useEffect, useState } from 'preact/hooks';
import { AccessState } from '../AccessState';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { FollowUp } from '../../lib/followup';
import type { Body } from '../../lib/governance';
import { useAction } from '../../lib/useAction';
import type { Items } from '../../lib/types';
import { fr } from '../../i18n/fr';
import { ConfirmButton } from '../ConfirmButton';

const t = fr.followup;

/** Shares in force or past, a new one limited to what the other body needs, and a transfer. */
export function SharingPanel(props: { record: FollowUp; me: string; onChange: (r: FollowUp) => void }) {
  const r = props.record;
  const [bodies, setBodies] = useState<[string, string][]>([]);
  const [s, setS] = useState({ body_id: '', reason: '', scope: [] as string[] });
  const [move, setMove] = useState({ body_id: '', reason: '' });
  const sharing = useAction('share.');
  const moving = useAction('transfer.');
  useEffect(() => {
    api<Items<Body>>('GET', `/api/v1/bodies?territory_id=${r.territory_id}`).then((x) => {
      const others = x.items.filter((b) => b.confidentiality === 'confidentiel' && b.id !== r.body_id).map((b) => [String(b.id), b.name] as [string, string]);
      setBodies(others);
      setS((p) => ({ ...p, body_id: p.body_id || (others[0]?.[0] ?? '') }));
      setMove((p) => ({ ...p, body_id: p.body_id || (others[0]?.[0] ?? '') }));
    });
  }, [r.id, r.body_id]);
  const toggle = (part: string) => setS({ ...s, scope: s.scope.includes(part) ? s.scope.filter((x) => x !== part) : [...s.scope, part] });
  return (
    <section aria-labelledby="sharing">
      <h2 id="sharing">{t.sharing}</h2>
      <ul>
        {r.shares.map((x) => (
          <li key={x.id}>
            {t.shareKind[x.kind]} — {x.body_name} ({x.scope.map((p) => fr.scopes[p]).join(', ')}), {formatDate(x.shared_on)}, {x.shared_by} : {x.reason}
            {x.ended_on ? ` — ${formatDate(x.ended_on)}` : x.kind === 'orientation' && (
              <ConfirmButton class="secondary small" question={t.endShareQuestion(x.body_name)} onConfirm={() => sharing.act(api<FollowUp>('DELETE', `/api/v1/followup-shares/${x.id}`).then(props.onChange), t.shareEnded)}>
                {t.endShare} <span class="visually-hidden">{x.body_name}</span>
              </ConfirmButton>
            )}
          </li>
        ))}
      </ul>
      {bodies.length > 0 && (
        <form noValidate aria-label={t.share} onSubmit={(e) => {
          e.preventDefault();
          sharing.act(api<FollowUp>('POST', `/api/v1/followups/${r.id}/shares`, { body_id: Number(s.body_id), scope: s.scope, reason: s.reason }).then(props.onChange), t.shareDone);
        }}>
          <h3>{t.share}</h3>
          <Choice path="share.body_id" label={t.shareBody} value={s.body_id} onChange={(v) => setS({ ...s, body_id: v })} errors={sharing.errors} options={bodies} />
          <fieldset id="f-share-scope" tabIndex={-1}>
            <legend>{t.shareScope}</legend>
            {Object.entries(fr.scopes).map(([k, label]) => (
              <label key={k} class="check"><input type="checkbox" checked={s.scope.includes(k)} onChange={() => toggle(k)} /> {label}</label>
            ))}
            {sharing.errors['share.scope'] && <p class="error">{sharing.errors['share.scope']}</p>}
          </fieldset>
          <Input path="share.reason" label={t.shareReason} value={s.reason} onInput={(v) => setS({ ...s, reason: v })} errors={sharing.errors} />
          <button type="submit" class="secondary">{t.share}</button>
        </form>
      )}
      <p role="status" class="notice-line">{sharing.notice}</p>
      {bodies.length > 0 && (
        <form noValidate aria-label={t.transfer} onSubmit={(e) => {
          e.preventDefault();
          moving.act(api<FollowUp>('POST', `/api/v1/followups/${r.id}/transfer`, { body_id: Number(move.body_id), reason: move.reason }).then(props.onChange), t.transferAsked);
        }}>
          <h3>{t.transfer}</h3>
          <Choice path="transfer.body_id" label={t.shareBody} value={move.body_id} onChange={(v) => setMove({ ...move, body_id: v })} errors={moving.errors} options={bodies} />
          <Input path="transfer.reason" label={t.shareReason} value={move.reason} onInput={(v) => setMove({ ...move, reason: v })} errors={moving.errors} />
          <button type="submit" class="secondary">{t.transfer}</button>
          <p role="status" class="notice-line">{moving.notice}</p>
        </form>
      )}
    </section>
  );
}
