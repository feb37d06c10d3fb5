import { render } from 'preact';
import { useState } from 'preact/hooks';
import { api, ApiError, rememberSignedIn, securityPage, setCsrfToken, type Me } from '../lib/api';
import { fr } from '../i18n/fr';
import '../styles.css';

function safeReturn(): string {
  const back = new URLSearchParams(location.search).get('retour') ?? '/';
  // Only a path of this site: never send a person elsewhere after login.
  return back.startsWith('/') && !back.startsWith('//') ? back : '/';
}

function Login() {
  const expired = new URLSearchParams(location.search).has('expiree');
  const changed = new URLSearchParams(location.search).get('motif') === 'mot-de-passe';
  const [login, setLogin] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState<string | null>(null);  // asked once a second factor is in force
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError('');
    try {
      const body = code === null ? { login, password } : { login, password, code: code.trim() };
      const me = await api<Me>('POST', '/api/v1/session', body);
      setCsrfToken(me.csrf_token);
      rememberSignedIn(true);
      location.assign(me.must_enrol ? securityPage : safeReturn());
    } catch (e) {
      setError(e instanceof ApiError && e.body.message ? e.body.message : fr.session.failed);
      if (e instanceof ApiError && e.body.field === 'code' && code === null) {
        setCode('');
        setTimeout(() => document.getElementById('code')?.focus(), 0);
      }
      setBusy(false);
    }
  }

  return (
    <main id="contenu" class="login">
      <h1>
        {fr.app} — {fr.session.title}
      </h1>
      <p>{fr.tagline}</p>
      {expired && <p role="status">{fr.session.expired}</p>}
      {changed && <p role="status">{fr.session.passwordChanged}</p>}
      <form onSubmit={submit} noValidate>
        <div class="field">
          <label for="login">{fr.session.login}</label>
          <input id="login" name="login" autoComplete="username" required value={login}
            onInput={(e) => setLogin((e.target as HTMLInputElement).value)} />
        </div>
        <div class="field">
          <label for="password">{fr.session.password}</label>
          <input id="password" name="password" type="password" autoComplete="current-password"
            required value={password}
            onInput={(e) => setPassword((e.target as HTMLInputElement).value)} />
        </div>
        {code !== null && (
          <div class="field">
            <label for="code">{fr.session.code}</label>
            <span id="code-hint" class="hint">{fr.session.codeHint}</span>
            <input id="code" name="code" autoComplete="one-time-code" inputMode="numeric" required
              aria-describedby="code-hint" value={code}
              onInput={(e) => setCode((e.target as HTMLInputElement).value)} />
          </div>
        )}
        <p role="alert" class="error">{error}</p>
        <button type="submit" disabled={busy}>
          {fr.session.submit}
        </button>
      </form>
    </main>
  );
}

render(<Login />, document.getElementById('app')!);
