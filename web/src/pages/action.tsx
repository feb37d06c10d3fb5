import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ActionForm, draftOf, payloadOf, useUnsavedWarning, type Draft } from '../components/ActionForm';
import { fieldId } from '../components/fields';
import { ActionView } from '../components/ActionView';
import { History } from '../components/History';
import { Layout } from '../components/Layout';
import { ConfirmButton } from '../components/ConfirmButton';
import { FicheFunding } from '../components/funding/FicheFunding';
import { nextNumber } from '../components/strategy/NewAction';
import { strategyEditFr as te } from '../i18n/strategyEdit';
import { api, ApiError, canWrite, pageRecord, type Me } from '../lib/api';
import type { Action, ActionChange, Items, Organisation, Strategy } from '../lib/types';
import { fr } from '../i18n/fr';

type Notice = { kind: 'ok' | 'error' | 'conflict'; text: string } | null;

function focusField(path: string) {
  // After the error is rendered: the person lands on the field to correct.
  setTimeout(() => document.getElementById(fieldId(path))?.focus(), 0);
}

function ActionPage(props: { me: Me }) {
  const id = Number(new URLSearchParams(location.search).get('id'));
  const [action, setAction] = useState<Action | null>(null);
  const [strategy, setStrategy] = useState<Strategy | null>(null);
  const [organisations, setOrganisations] = useState<Organisation[]>([]);
  const [history, setHistory] = useState<ActionChange[]>([]);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState<Notice>(null);
  const noticeBox = useRef<HTMLDivElement>(null);
  // A conflict is said at the top of the page, far from the save button: brought into view.
  useEffect(() => {
    if (notice?.kind === 'conflict') noticeBox.current?.scrollIntoView({ block: 'center' });
  }, [notice]);

  async function load() {
    const a = await pageRecord(api<Action>('GET', `/api/v1/actions/${id}`));
    const s = await api<Strategy>('GET', `/api/v1/strategies/${a.strategy_id}`);
    const o = await api<Items<Organisation>>('GET', `/api/v1/organisations?territory_id=${s.territory_id}`);
    const h = await api<Items<ActionChange>>('GET', `/api/v1/actions/${id}/history`);
    document.title = `${fr.strategy.fiche(a.number)} : ${a.title} — ${fr.app}`;
    setAction(a);
    setStrategy(s);
    setOrganisations(o.items);
    setHistory(h.items);
    return a;
  }
  useEffect(() => {
    // A new or duplicated fiche opens in edit mode (?modifier=1).
    load().then((a) => {
      if (a && new URLSearchParams(location.search).get('modifier') === '1') setDraft(draftOf(a));
    });
  }, [id]);

  const dirty = draft !== null && action !== null && JSON.stringify(draft) !== JSON.stringify(draftOf(action));
  useUnsavedWarning(dirty);

  function showError(field: string | null, message: string) {
    if (field) {
      setErrors({ [field]: message });
      focusField(field);
    }
    setNotice({ kind: 'error', text: `${fr.action.invalid} ${message}` });
  }

  async function save(event: Event) {
    event.preventDefault();
    if (!draft || !action) return;
    const payload = payloadOf(draft, action.version);
    if (!payload.body) return showError(payload.field ?? null, payload.message ?? '');
    try {
      const saved = await api<Action>('PUT', `/api/v1/actions/${id}`, payload.body);
      setAction(saved);
      setDraft(null);
      setErrors({});
      setNotice({ kind: 'ok', text: fr.action.saved });
      setHistory((await api<Items<ActionChange>>('GET', `/api/v1/actions/${id}/history`)).items);
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      if (e.status === 409 && e.body.field === 'version') {
        // The typed text stays on screen; the person chooses to re-apply it or to drop it.
        setNotice({ kind: 'conflict', text: fr.action.conflict });
        setHistory((await api<Items<ActionChange>>('GET', `/api/v1/actions/${id}/history`)).items);
      } else if (e.status === 403) {
        setNotice({ kind: 'error', text: fr.action.forbidden });
      } else {
        showError(e.body.field, e.body.message);
      }
    }
  }

  async function reload() {
    setDraft(null);
    setErrors({});
    setNotice(null);
    await load();
  }

  /** After a conflict: the current version under the person's draft, which a save then replaces. */
  async function keepDraft() {
    setAction(await api<Action>('GET', `/api/v1/actions/${id}`));
    setNotice({ kind: 'ok', text: te.conflictKept });
  }

  async function duplicate() {
    if (!action) return;
    const siblings = await api<Items<Action>>('GET', `/api/v1/strategies/${action.strategy_id}/actions`);
    const { version: _v, ...body } = payloadOf(draftOf(action), action.version).body as Record<string, unknown>;
    try {
      const copy = await api<Action>('POST', `/api/v1/strategies/${action.strategy_id}/actions`,
        { ...body, title: te.copyOf(action.title), number: nextNumber(siblings.items, action.axis_id) });
      location.href = `/fiche.html?id=${copy.id}&modifier=1`;
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  }

  async function remove() {
    if (!action) return;
    try {
      await api('DELETE', `/api/v1/actions/${id}`);
      location.href = `/strategie.html?id=${action.strategy_id}`;
    } catch (e) {
      setNotice({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
    }
  }

  if (!action || !strategy) return <p>{fr.common.loading}</p>;
  const writer = canWrite(props.me, strategy.territory_id);
  const axes = strategy.axes ?? [];
  return (
    <>
      <p>
        <a href={`/strategie.html?id=${strategy.id}`}>← {fr.action.back} : {strategy.title}</a>
      </p>
      <h1>
        {fr.strategy.fiche(action.number)} : {action.title}
      </h1>
      <div role="alert" ref={noticeBox} class={notice ? `notice notice-${notice.kind}` : ''}>
        {notice?.text}
        {notice?.kind === 'conflict' && (
          <p class="buttons">
            {draft && <button type="button" onClick={keepDraft}>{te.conflictKeep}</button>}
            <button type="button" class={draft ? 'secondary' : ''} onClick={reload}>{draft ? te.conflictDrop : fr.action.reload}</button>
          </p>
        )}
      </div>
      {draft ? (
        <form onSubmit={save} noValidate aria-label={fr.action.edit}>
          <ActionForm draft={draft} setDraft={setDraft} errors={errors} axes={axes} organisations={organisations} />
          <p class="buttons">
            <button type="submit">{fr.action.save}</button>
            <button type="button" class="secondary" onClick={() => { setDraft(null); setErrors({}); setNotice(null); }}>
              {fr.action.cancel}
            </button>
            {dirty && <span class="hint">{fr.action.unsaved}</span>}
          </p>
        </form>
      ) : (
        <>
          {writer && (
            <p class="buttons">
              <button type="button" onClick={() => { setNotice(null); setDraft(draftOf(action)); }}>{fr.action.edit}</button>
              <button type="button" class="secondary" onClick={duplicate}>{te.duplicate}</button>
              <ConfirmButton question={te.removeActionQuestion} onConfirm={remove}>{te.removeAction}</ConfirmButton>
            </p>
          )}
          <ActionView action={action} axes={axes} organisations={organisations} />
          <FicheFunding actionId={action.id} territoryId={strategy.territory_id} />
        </>
      )}
      <History changes={history} axes={axes} organisations={organisations} />
    </>
  );
}

render(<Layout title={fr.app}>{(me) => <ActionPage me={me} />}</Layout>, document.getElementById('app')!);
