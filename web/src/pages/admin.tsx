import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Choice, Input } from '../components/fields';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { SsmsiImport } from '../components/diagnostic/SsmsiImport';
import { api, type Me } from '../lib/api';
import { fieldErrors } from '../lib/forms';
import type { Items } from '../lib/types';
import { TableScroll } from '../components/TableScroll';
import { fr } from '../i18n/fr';
import { ConfirmButton } from '../components/ConfirmButton';

const a = fr.admin;

interface Member {
  id: number;
  login: string;
  display_name: string;
  disabled: boolean;
  role: string;
}

const blank = { login: '', display_name: '', password: '', role: 'lecteur' };

function Admin(props: { me: Me }) {
  const [territory, setTerritory] = useState<number | null>(null);
  const [members, setMembers] = useState<Member[] | null>(null);
  const [draft, setDraft] = useState(blank);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const [reset, setReset] = useState({ user: '', password: '' });
  const [resetErrors, setResetErrors] = useState<Record<string, string>>({});
  const shown = useRef<number | null>(null);  // the territory on screen: a late answer for another is dropped
  shown.current = territory;
  const load = () => {
    const asked = territory;
    if (asked !== null) api<Items<Member>>('GET', `/api/v1/users?territory_id=${asked}`).then((r) => shown.current === asked && setMembers(r.items));
  };
  useEffect(() => { load(); }, [territory]);
  const admins = props.me.roles.filter((r) => r.role === 'administrateur').map((r) => r.territory_id);
  if (admins.length === 0) return <p>{a.notAdmin}</p>;

  // `sink` receives the field errors: each form shows its own, under its own ids.
  async function act(work: Promise<unknown>, done: string, sink: (errs: Record<string, string>) => void = setErrors) {
    try {
      await work;
      setNotice(done);
      setErrors({});
      setResetErrors({});
      load();
      return true;
    } catch (err) {
      const r = fieldErrors(err);
      sink(r.errors);
      setNotice(r.message);
      return false;
    }
  }
  // The reset form names its fields apart from the creation form's (ids stay unique).
  const intoReset = (errs: Record<string, string>) =>
    setResetErrors(Object.fromEntries(Object.entries(errs).map(([k, v]) => [`reset_${k}`, v])));
  async function create(e: Event) {
    e.preventDefault();
    if (await act(api('POST', '/api/v1/users', { ...draft, territory_id: territory }), a.created)) setDraft(blank);
  }
  async function resetPassword(e: Event) {
    e.preventDefault();
    if (!reset.user) return setResetErrors({ reset_user: a.pickAccount });
    if (await act(api('POST', `/api/v1/users/${reset.user}/password`, { password: reset.password }), a.passwordReset, intoReset)) {
      setReset({ ...reset, password: '' });
    }
  }
  async function resetSecondFactor() {
    if (!reset.user) return setResetErrors({ reset_user: a.pickAccount });
    await act(api('DELETE', `/api/v1/users/${reset.user}/second-factor`), a.secondFactorReset, intoReset);
  }
  const roles = Object.entries(fr.roles);
  const accounts: [string, string][] = [['', a.pickAccount], ...(members ?? []).filter((m) => m.id !== props.me.id).map((m): [string, string] => [String(m.id), `${m.display_name} (${m.login})`])];
  return (
    <>
      <h1>{a.title}</h1>
      <TerritoryPicker value={territory} onChange={setTerritory} allow={(t) => admins.includes(t.id)} />
      <div role="status" class="notice-line">{notice}</div>
      <h2>{a.members}</h2>
      {members === null ? <p>{fr.common.loading}</p> : (
        <TableScroll label={a.members}>
        <table>
          <thead><tr><th scope="col">{a.login}</th><th scope="col">{a.name}</th><th scope="col">{a.role}</th><th scope="col">{a.status}</th><th scope="col"><span class="visually-hidden">Actions</span></th></tr></thead>
          <tbody>
            {members.map((m) => (
              <tr key={m.id}>
                <td>{m.login}</td>
                <td>{m.display_name}</td>
                <td>
                  <label class="visually-hidden" for={`role-${m.id}`}>{`${a.role} : ${m.login}`}</label>
                  <select id={`role-${m.id}`} value={m.role}
                    onChange={(e) => act(api('PUT', `/api/v1/users/${m.id}/roles`, { territory_id: territory, role: (e.target as HTMLSelectElement).value }), a.updated)}>
                    {roles.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
                  </select>
                </td>
                <td>{m.disabled ? a.disabled : a.active}</td>
                <td class="buttons">
                  {m.id === props.me.id ? <span>{a.yourself}</span> : <>
                  <button type="button" class="secondary" onClick={() => act(api('PUT', `/api/v1/users/${m.id}/status`, { disabled: !m.disabled }), a.updated)}>
                    {m.disabled ? a.enable : a.disable} <span class="visually-hidden">{m.login}</span>
                  </button>
                  <ConfirmButton question={a.revokeQuestion(m.login)} onConfirm={() => act(api('DELETE', `/api/v1/users/${m.id}/roles?territory_id=${territory}`), a.updated)}>
                    {a.revoke} <span class="visually-hidden">{m.login}</span>
                  </ConfirmButton>
                  </>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      <form onSubmit={resetPassword} noValidate class="card" aria-labelledby="reinitialiser">
        <h2 id="reinitialiser">{a.resetTitle}</h2>
        <p>{a.resetHelp}</p>
        <div class="grid">
          <Choice path="reset_user" label={a.account} value={reset.user} onChange={(v) => setReset({ ...reset, user: v })} errors={resetErrors} options={accounts} />
          <Input path="reset_password" label={a.newPassword} hint={a.passwordHint} type="password" value={reset.password} onInput={(v) => setReset({ ...reset, password: v })} errors={resetErrors} />
        </div>
        <div class="buttons">
          <button type="submit">{a.resetPassword}</button>
          <ConfirmButton question={a.resetSecondFactorQuestion} onConfirm={resetSecondFactor}>{a.resetSecondFactor}</ConfirmButton>
        </div>
      </form>
      <form onSubmit={create} noValidate class="card" aria-labelledby="nouveau-compte">
        <h2 id="nouveau-compte">{a.create}</h2>
        <div class="grid">
          <Input path="login" label={a.login} hint={a.loginHint} value={draft.login} onInput={(v) => setDraft({ ...draft, login: v })} errors={errors} required />
          <Input path="display_name" label={a.name} value={draft.display_name} onInput={(v) => setDraft({ ...draft, display_name: v })} errors={errors} required />
          <Input path="password" label={a.password} hint={a.passwordHint} type="password" value={draft.password} onInput={(v) => setDraft({ ...draft, password: v })} errors={errors} required />
          <Choice path="role" label={a.role} value={draft.role} onChange={(v) => setDraft({ ...draft, role: v })} errors={errors} options={roles} />
        </div>
        <button type="submit">{a.create}</button>
      </form>
      <SsmsiImport />
    </>
  );
}

render(<Layout title={a.title}>{(me) => <Admin me={me} />}</Layout>, document.getElementById('app')!);
