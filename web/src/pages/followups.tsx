import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Choice, Input } from '../components/fields';
import { Layout } from '../components/Layout';
import { TerritoryPicker } from '../components/TerritoryPicker';
import { TigPlaces } from '../components/followup/TigPlaces';
import { api, canWrite, type Me } from '../lib/api';
import { formatDate } from '../lib/format';
import { fieldErrors } from '../lib/forms';
import { orNull, type Summary } from '../lib/followup';
import type { Body } from '../lib/governance';
import type { Items } from '../lib/types';
import { useFetched } from '../lib/useFetched';
import { fr } from '../i18n/fr';
import { TableScroll } from '../components/TableScroll';

const t = fr.followup;
const blank = { body_id: '', last_name: '', first_name: '', birth_date: '', rep_name: '', rep_link: '', situation: '', referral_date: '', referral_origin: 'education_nationale', programme: '' };

function NewRecord(props: { territory: number; bodies: Body[] }) {
  const [f, setF] = useState({ ...blank, body_id: String(props.bodies[0]?.id ?? '') });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const set = (k: keyof typeof blank) => (v: string) => setF({ ...f, [k]: v });
  async function submit(e: Event) {
    e.preventDefault();
    try {
      const made = await api<{ id: number }>('POST', '/api/v1/followups', {
        territory_id: props.territory, body_id: Number(f.body_id), last_name: f.last_name, first_name: f.first_name,
        birth_date: orNull(f.birth_date), situation: orNull(f.situation), referral_date: orNull(f.referral_date),
        referral_origin: f.referral_origin, programme: orNull(f.programme),
        representatives: f.rep_name.trim() ? [{ name: f.rep_name, link: orNull(f.rep_link), phone: null }] : [],
      });
      location.assign(`/suivi.html?id=${made.id}`);
    } catch (err) {
      const r = fieldErrors(err, 'new.');
      setErrors(r.errors);
      setMessage(r.message);
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-record">
      <h2 id="new-record">{t.create}</h2>
      <p class="alert" role="note">{t.reminder}</p>
      <Choice path="new.body_id" label={t.body} value={f.body_id} onChange={set('body_id')} errors={errors} options={props.bodies.map((b) => [String(b.id), b.name])} />
      <Input path="new.last_name" label={t.lastName} value={f.last_name} onInput={set('last_name')} errors={errors} />
      <Input path="new.first_name" label={t.firstName} value={f.first_name} onInput={set('first_name')} errors={errors} />
      <Input path="new.birth_date" label={t.birthDate} type="date" value={f.birth_date} onInput={set('birth_date')} errors={errors} />
      <Input path="new.representatives[0].name" label={t.representative} value={f.rep_name} onInput={set('rep_name')} errors={errors} />
      <Input path="new.representatives[0].link" label={t.representativeLink} value={f.rep_link} onInput={set('rep_link')} errors={errors} />
      <Input path="new.situation" label={t.situation} value={f.situation} onInput={set('situation')} errors={errors} />
      <Input path="new.referral_date" label={t.referralDate} type="date" value={f.referral_date} onInput={set('referral_date')} errors={errors} />
      <Choice path="new.referral_origin" label={t.origin} value={f.referral_origin} onChange={set('referral_origin')} errors={errors} options={Object.entries(fr.origins)} />
      <Input path="new.programme" label={t.programme} value={f.programme} onInput={set('programme')} errors={errors} />
      <p role="alert" class="error">{message}</p>
      <button type="submit">{t.create}</button>
    </form>
  );
}

function Records(props: { territory: number }) {
  const [items, setItems] = useState<Summary[] | null>(null);
  const [query, setQuery] = useState('');
  // Only a signatory of the body's charter opens a follow-up there: the others are not offered.
  const signed = useFetched<Items<Body>>(`/api/v1/bodies?territory_id=${props.territory}`)[0];
  const bodies = (signed?.items ?? []).filter((b) => b.confidentiality === 'confidentiel' && b.i_sign);
  const bodiesLoaded = signed !== null;
  const asked = useRef('');  // the latest search: an earlier one answering late is dropped
  async function load(q = '') {
    const path = `/api/v1/followups?territory_id=${props.territory}&q=${encodeURIComponent(q)}`;
    asked.current = path;
    const r = await api<Items<Summary>>('GET', path);
    if (asked.current === path) setItems(r.items);
  }
  useEffect(() => { load(); }, [props.territory]);
  return (
    <>
      <form class="inline" role="search" onSubmit={(e) => { e.preventDefault(); load(query); }}>
        <Input path="q" label={t.search} value={query} onInput={setQuery} errors={{}} />
        <button type="submit" class="secondary">{t.searchButton}</button>
      </form>
      {items && items.length === 0 && <p>{t.none}</p>}
      {items && items.length > 0 && (
        <TableScroll label={t.title}>
        <table>
          <caption class="visually-hidden">{t.title}</caption>
          <thead><tr><th scope="col">{t.person}</th><th scope="col">{t.body}</th><th scope="col">{t.referral}</th><th scope="col">{t.programme}</th><th scope="col">{fr.followup.status.suivi}</th></tr></thead>
          <tbody>
            {items.map((s) => (
              <tr key={s.id}>
                <th scope="row"><a href={`/suivi.html?id=${s.id}`}>{s.initials}</a> ({s.age_band}){s.shared && <> — <em>{t.shared}</em></>}</th>
                <td>{s.body_name}</td>
                <td>{formatDate(s.referral_date)} · {fr.origins[s.referral_origin]}</td>
                <td>{s.programme ?? '—'}</td>
                <td>{t.status[s.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        </TableScroll>
      )}
      {bodies.length > 0 && <NewRecord territory={props.territory} bodies={bodies} />}
      {bodiesLoaded && bodies.length === 0 && <p class="hint">{t.noSignedBody}</p>}
    </>
  );
}

function Page(props: { me: Me }) {
  const [territory, setTerritory] = useState<number | null>(null);
  const mayFollow = (id: number) => props.me.roles.some((r) => r.territory_id === id && r.role !== 'lecteur' && r.role !== 'dpo');
  return (
    <>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <TerritoryPicker value={territory} onChange={setTerritory} allow={(x) => mayFollow(x.id)} />
      {!props.me.second_factor && <p class="alert" role="note">{t.needsSecondFactor} <a href="/securite.html">{fr.nav.security}</a></p>}
      {territory !== null && props.me.second_factor && <Records territory={territory} />}
      {territory !== null && <TigPlaces territory={territory} writer={canWrite(props.me, territory)} />}
    </>
  );
}

render(<Layout title={t.title}>{(me) => <Page me={me} />}</Layout>, document.getElementById('app')!);
