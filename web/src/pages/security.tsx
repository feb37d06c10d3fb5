import { render } from 'preact';
import { useState } from 'preact/hooks';
import qrcode from 'qrcode-generator';
import { Input } from '../components/fields';
import { Layout } from '../components/Layout';
import { api, ApiError, type Me } from '../lib/api';
import { fieldErrors } from '../lib/forms';
import { fr } from '../i18n/fr';

const t = fr.security;

/** The otpauth:// address as a QR code image (a data: URL, allowed by the page's policy). */
function qrImage(uri: string): string {
  const qr = qrcode(0, 'M');
  qr.addData(uri);
  qr.make();
  return qr.createDataURL(5, 4);
}

function Enrolment(props: { me: Me }) {
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [recovery, setRecovery] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');

  async function start() {
    try {
      setSetup(await api<{ secret: string; uri: string }>('POST', '/api/v1/me/totp'));
      setMessage('');
    } catch (e) {
      setMessage(e instanceof ApiError && e.status === 409 ? t.already : fieldErrors(e, '').message);
    }
  }
  async function confirm(e: Event) {
    e.preventDefault();
    try {
      const r = await api<{ recovery_codes: string[] }>('POST', '/api/v1/me/totp/confirm', { code: code.trim() });
      setRecovery(r.recovery_codes);
      setErrors({});
      setMessage(t.done);
    } catch (err) {
      const f = fieldErrors(err, '');
      setErrors(f.errors);
      setMessage(f.message);
    }
  }

  if (recovery) {
    return (
      <section aria-labelledby="recovery">
        <p role="status">{message}</p>
        <h2 id="recovery">{t.recovery}</h2>
        <p>{t.recoveryHint}</p>
        <ul class="codes">{recovery.map((c) => <li key={c}><code>{c}</code></li>)}</ul>
        <p><a class="button" href="/">{t.continue}</a></p>
      </section>
    );
  }
  return (
    <section>
      {props.me.must_enrol && <p role="note" class="alert">{t.required}</p>}
      {props.me.second_factor && !props.me.must_enrol && <p role="status">{t.active}</p>}
      <p>{t.intro}</p>
      {!setup && !props.me.second_factor && <button type="button" onClick={start}>{t.start}</button>}
      {setup && (
        <form onSubmit={confirm} noValidate>
          <p>{t.scan}</p>
          <img src={qrImage(setup.uri)} alt={t.qrAlt} width={200} height={200} />
          <p>{t.secret} : <code>{setup.secret.replace(/(.{4})/g, '$1 ').trim()}</code></p>
          <Input path="code" label={t.code} hint={t.codeHint} value={code} onInput={setCode} errors={errors} required />
          <button type="submit">{t.confirm}</button>
        </form>
      )}
      <p role="alert" class="error">{message}</p>
    </section>
  );
}

/** The person's own password: the current one, then the new one; every session then ends. */
function PasswordChange() {
  const [form, setForm] = useState({ current_password: '', new_password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  async function submit(e: Event) {
    e.preventDefault();
    try {
      await api('PUT', '/api/v1/me/password', form);
      location.href = '/connexion.html?motif=mot-de-passe';
    } catch (err) {
      const r = fieldErrors(err);
      setErrors(r.errors);
      setMessage(r.message);
    }
  }
  return (
    <section aria-labelledby="mot-de-passe">
      <h2 id="mot-de-passe">{t.passwordTitle}</h2>
      <form onSubmit={submit} noValidate>
        <Input path="current_password" label={t.currentPassword} type="password" value={form.current_password} onInput={(v) => setForm({ ...form, current_password: v })} errors={errors} required />
        <Input path="new_password" label={t.newPassword} hint={t.newPasswordHint} type="password" value={form.new_password} onInput={(v) => setForm({ ...form, new_password: v })} errors={errors} required />
        <button type="submit">{t.changePassword}</button>
      </form>
      <p role="alert" class="error">{message}</p>
    </section>
  );
}

render(<Layout title={t.title}>{(me) => (<><h1>{t.title}</h1><Enrolment me={me} />{!me.must_enrol && <PasswordChange />}</>)}</Layout>, document.getElementById('app')!);
