import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Choice, Input } from '../components/fields';
import { AccessState } from '../components/AccessState';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { api, canWrite, type Me } from '../lib/api';
import { fieldErrors } from '../lib/forms';
import type { Contact, Items, Organisation } from '../lib/types';
import { fr } from '../i18n/fr';
import { ConfirmButton } from '../components/ConfirmButton';

const p = fr.partners;
const blankOrg = { name: '', kind: 'association', description: '' };
const blankContact = { name: '', job_title: '', email: '', phone: '' };
const orNull = (v: string) => (v.trim() ? v : null);

function ContactForm(props: { org: Organisation; onDone: (message: string) => void }) {
  const [c, setC] = useState(blankContact);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = `contact-${props.org.id}.`;
  async function submit(e: Event) {
    e.preventDefault();
    try {
      await api('POST', `/api/v1/organisations/${props.org.id}/contacts`, {
        name: c.name, job_title: orNull(c.job_title), email: orNull(c.email), phone: orNull(c.phone),
      });
      setC(blankContact);
      setErrors({});
      props.onDone(p.contactAdded);
    } catch (err) {
      setErrors(fieldErrors(err, prefix).errors);
    }
  }
  return (
    <form onSubmit={submit} noValidate class="inline" aria-label={`${p.addContact} : ${props.org.name}`}>
      <Input path={`${prefix}name`} label={p.contactName} value={c.name} onInput={(v) => setC({ ...c, name: v })} errors={errors} />
      <Input path={`${prefix}job_title`} label={p.jobTitle} value={c.job_title} onInput={(v) => setC({ ...c, job_title: v })} errors={errors} />
      <Input path={`${prefix}email`} label={p.email} type="email" value={c.email} onInput={(v) => setC({ ...c, email: v })} errors={errors} />
      <Input path={`${prefix}phone`} label={p.phone} type="tel" value={c.phone} onInput={(v) => setC({ ...c, phone: v })} errors={errors} />
      <button type="submit" class="secondary">{p.addContact}</button>
    </form>
  );
}

/** Links a person to the account they sign in with (administrators): how a body's confidential
 * content recognises its members. */
function AccountLink(props: { contact: Contact; accounts: [string, string][]; onDone: (message: string) => void }) {
  const c = props.contact;
  const id = `compte-${c.id}`;
  async function link(value: string) {
    try {
      await api('PUT', `/api/v1/contacts/${c.id}`, { name: c.name, job_title: c.job_title, email: c.email, phone: c.phone, user_id: value ? Number(value) : null, version: c.version });
      props.onDone(p.accountLinked);
    } catch (err) {
      props.onDone(fieldErrors(err).message);
    }
  }
  return (
    <span class="inline-field">
      <label for={id} class="visually-hidden">{`${p.account} : ${c.name}`}</label>
      <select id={id} value={c.user_id ? String(c.user_id) : ''} onChange={(e) => link((e.target as HTMLSelectElement).value)}>
        <option value="">{p.noAccount}</option>
        {props.accounts.map(([v, l]) => <option key={v} value={v}>{l}</option>)}
      </select>
    </span>
  );
}

function EditOrganisation(props: { org: Organisation; onDone: (message: string) => void; onCancel: () => void }) {
  const [d, setD] = useState({ name: props.org.name, kind: props.org.kind, description: props.org.description ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const prefix = `org-${props.org.id}.`;
  async function submit(e: Event) {
    e.preventDefault();
    try {
      await api('PUT', `/api/v1/organisations/${props.org.id}`, { name: d.name, kind: d.kind, description: orNull(d.description), version: props.org.version });
      props.onDone(p.saved);
    } catch (err) {
      const r = fieldErrors(err, prefix);
      setErrors(r.errors);
      if (!Object.keys(r.errors).length) props.onDone(r.message);
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`${p.edit} : ${props.org.name}`}>
      <div class="grid">
        <Input path={`${prefix}name`} label={p.name} value={d.name} onInput={(v) => setD({ ...d, name: v })} errors={errors} required />
        <Choice path={`${prefix}kind`} label={p.kind} value={d.kind} onChange={(v) => setD({ ...d, kind: v })} errors={errors} options={Object.entries(fr.organisationKind)} />
      </div>
      <Input path={`${prefix}description`} label={p.description} value={d.description} onInput={(v) => setD({ ...d, description: v })} errors={errors} multiline />
      <p class="buttons">
        <button type="submit">{p.save}</button>
        <button type="button" class="secondary" onClick={props.onCancel}>{p.cancel}</button>
      </p>
    </form>
  );
}

function Partners(props: { me: Me }) {
  const [editing, setEditing] = useState<number | null>(null);
  const [territory, setTerritory] = useState<number | null>(null);
  const [orgs, setOrgs] = useState<Organisation[] | null>(null);
  const [draft, setDraft] = useState(blankOrg);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const shown = useRef<number | null>(null);  // the territory on screen: a late answer for another is dropped
  shown.current = territory;
  const load = () => {
    const asked = territory;
    if (asked !== null) api<Items<Organisation>>('GET', `/api/v1/organisations?territory_id=${asked}`).then((r) => shown.current === asked && setOrgs(r.items));
  };
  useEffect(() => { load(); }, [territory]);
  const writer = territory !== null && canWrite(props.me, territory);
  const admin = props.me.roles.some((r) => r.territory_id === territory && r.role === 'administrateur');
  const [accounts, setAccounts] = useState<[string, string][]>([]);
  useEffect(() => {
    if (admin) {
      const asked = territory;
      api<Items<{ id: number; login: string; display_name: string }>>('GET', `/api/v1/users?territory_id=${asked}`)
        .then((r) => shown.current === asked && setAccounts(r.items.map((u) => [String(u.id), `${u.display_name} (${u.login})`])));
    }
  }, [territory, admin]);

  async function create(e: Event) {
    e.preventDefault();
    try {
      await api('POST', '/api/v1/organisations', { territory_id: territory, name: draft.name, kind: draft.kind, description: orNull(draft.description) });
      setDraft(blankOrg);
      setErrors({});
      setNotice(p.created);
      load();
    } catch (err) {
      const r = fieldErrors(err);
      setErrors(r.errors);
      setNotice(r.message);
    }
  }
  async function removeContact(id: number) {
    try {
      await api('DELETE', `/api/v1/contacts/${id}`);
      setNotice(p.contactRemoved);
      load();
    } catch (err) {
      setNotice(fieldErrors(err).message);
    }
  }
  async function remove(o: Organisation) {
    try {
      await api('DELETE', `/api/v1/organisations/${o.id}`);
      setNotice(p.removed);
      load();
    } catch (err) {
      setNotice(fieldErrors(err).message);
    }
  }
  return (
    <>
      <h1>{p.title}</h1>
      <TerritoryPicker value={territory} onChange={setTerritory} allow={() => true} />
      <div role="status" class="notice-line">{notice}</div>
      {writer && <p class="hint">{fr.access.explain}</p>}
      {writer && (
        <form onSubmit={create} noValidate class="card" aria-labelledby="nouvelle-org">
          <h2 id="nouvelle-org">{p.create}</h2>
          <div class="grid">
            <Input path="name" label={p.name} value={draft.name} onInput={(v) => setDraft({ ...draft, name: v })} errors={errors} required />
            <Choice path="kind" label={p.kind} value={draft.kind} onChange={(v) => setDraft({ ...draft, kind: v })} errors={errors} options={Object.entries(fr.organisationKind)} />
          </div>
          <Input path="description" label={p.description} value={draft.description} onInput={(v) => setDraft({ ...draft, description: v })} errors={errors} multiline />
          <button type="submit">{p.create}</button>
        </form>
      )}
      {orgs === null && <p>{fr.common.loading}</p>}
      {orgs?.length === 0 && <p>{fr.common.none}</p>}
      {orgs?.map((o) => (
        <section class="card" key={o.id} aria-labelledby={`org-${o.id}`}>
          <h2 id={`org-${o.id}`}>{o.name}</h2>
          {editing === o.id ? (
            <EditOrganisation org={o} onCancel={() => setEditing(null)} onDone={(m) => { setEditing(null); setNotice(m); load(); }} />
          ) : (
            <p class="hint">{fr.organisationKind[o.kind]}{o.description ? ` — ${o.description}` : ''}</p>
          )}
          <h3>{p.contacts}</h3>
          {o.contacts.length === 0 ? <p class="hint">{fr.common.none}</p> : (
            <ul>
              {o.contacts.map((c) => (
                <li key={c.id}>
                  {[c.name, c.job_title, c.email, c.phone].filter(Boolean).join(' · ')}{' '}
                  {admin && <AccountLink contact={c} accounts={accounts} onDone={(m) => { setNotice(m); load(); }} />}
                  {c.user_id && (
                    <AccessState access={c.link} who={`${p.account} : ${c.name}`} me={props.me.display_name} canDecide={writer}
                      decide={(decision) => api('POST', `/api/v1/contacts/${c.id}/link`, { decision })}
                      onDone={(m) => { setNotice(m); load(); }} />
                  )}{' '}
                  {writer && (
                    <ConfirmButton class="secondary small" question={p.removeContactQuestion(c.name)} onConfirm={() => removeContact(c.id)}>
                      {p.removeContact} <span class="visually-hidden">{c.name}</span>
                    </ConfirmButton>
                  )}
                </li>
              ))}
            </ul>
          )}
          {writer && <ContactForm org={o} onDone={(m) => { setNotice(m); load(); }} />}
          {writer && (
            <p class="buttons">
              {editing !== o.id && <button type="button" class="secondary" onClick={() => setEditing(o.id)}>{p.edit} <span class="visually-hidden">{o.name}</span></button>}
              <ConfirmButton question={p.removeQuestion(o.name)} onConfirm={() => remove(o)}>{p.remove} <span class="visually-hidden">{o.name}</span></ConfirmButton>
            </p>
          )}
        </section>
      ))}
    </>
  );
}

render(<Layout title={p.title}>{(me) => <Partners me={me} />}</Layout>, document.getElementById('app')!);
