import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { api, ApiError, loadMe, rememberSignedIn, securityPage, type Me } from '../lib/api';
import { fr } from '../i18n/fr';
import '../styles.css';

async function logout() {
  await api('DELETE', '/api/v1/session');
  rememberSignedIn(false);
  location.assign('/connexion.html');
}

/** The frame of every signed-in page: skip link, banner, navigation, main, footer. */
export function Layout(props: { title: string; children: (me: Me) => ComponentChildren }) {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState('');
  // A request no page handled: the page's own record that failed to load (pageRecord: missing,
  // forbidden) replaces the page, which would otherwise say « Chargement… » for ever; a failed
  // change is said on top; other reads stay silent (optional parts of a page).
  const [unreadable, setUnreadable] = useState('');
  const [failed, setFailed] = useState('');
  // On a phone the navigation and the account fold behind a « Menu » button (styles.css).
  const [menuOpen, setMenuOpen] = useState(false);
  useEffect(() => {
    const onRejection = (e: PromiseRejectionEvent) => {
      const r = e.reason;
      if (!(r instanceof ApiError) || r.status === 401) return;
      e.preventDefault();
      if (r.page) setUnreadable(r.message);
      else if (r.method !== 'GET') setFailed(r.message);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, []);
  useEffect(() => {
    document.title = `${props.title} — ${fr.app}`;
    loadMe().then((m) => {
      if (m.must_enrol && location.pathname !== securityPage) location.assign(securityPage);
      else setMe(m);
    }, (e: Error) => setError(e.message));
  }, [props.title]);
  return (
    <>
      <a class="skip" href="#contenu">
        {fr.skip}
      </a>
      <header class={menuOpen ? 'banner open' : 'banner'}>
        <a class="brand" href="/">
          {fr.app}
        </a>
        <button type="button" class="secondary menu-toggle" aria-expanded={menuOpen} aria-controls="menu"
          onClick={() => setMenuOpen(!menuOpen)}>
          {fr.nav.menu}
        </button>
        <nav id="menu" aria-label={fr.nav.label}>
          <ul>
            <li>
              <a href="/">{fr.nav.home}</a>
            </li>
            <li>
              <a href="/diagnostic.html">{fr.nav.diagnostic}</a>
            </li>
            <li>
              <a href="/observatoire.html">{fr.nav.observatory}</a>
            </li>
            <li>
              <a href="/instances.html">{fr.nav.bodies}</a>
            </li>
            <li>
              <a href="/partenaires.html">{fr.nav.partners}</a>
            </li>
            {me?.roles.some((r) => r.role !== 'lecteur' && r.role !== 'dpo') && (
              <li>
                <a href="/suivis.html">{fr.nav.followups}</a>
              </li>
            )}
            {me?.roles.some((r) => r.role !== 'lecteur' && r.role !== 'dpo') && (
              <li>
                <a href="/videoprotection.html">{fr.nav.video}</a>
              </li>
            )}
            <li>
              <a href="/participation.html">{fr.nav.participation}</a>
            </li>
            <li>
              <a href="/financements.html">{fr.nav.funding}</a>
            </li>
            {me?.roles.some((r) => r.role === 'dpo') && (
              <li>
                <a href="/protection.html">{fr.protection.title}</a>
              </li>
            )}
            {me?.roles.some((r) => r.role === 'administrateur') && (
              <li>
                <a href="/administration.html">{fr.nav.admin}</a>
              </li>
            )}
          </ul>
        </nav>
        {me && (
          <div class="user">
            <span>
              {fr.session.signedInAs} <strong>{me.display_name}</strong>
            </span>
            <a href={securityPage}>{fr.nav.security}</a>
            <button type="button" onClick={logout}>
              {fr.session.logout}
            </button>
          </div>
        )}
      </header>
      <main id="contenu" tabIndex={-1}>
        {error && (
          <p role="alert" class="error">
            {fr.common.error}
            {error}
          </p>
        )}
        {!me && !error && <p aria-live="polite">{fr.common.loading}</p>}
        {failed && (
          <p role="alert" class="notice notice-error">
            {failed}{' '}
            <button type="button" class="secondary small" onClick={() => setFailed('')}>{fr.common.dismiss}</button>
          </p>
        )}
        {unreadable && (
          <>
            <h1>{fr.common.unavailable}</h1>
            <p role="alert">{unreadable}</p>
            <p><a href="/">{fr.common.backHome}</a></p>
          </>
        )}
        {me && !unreadable && props.children(me)}
      </main>
      <footer class="footer">
        <p>{fr.tagline}</p>
      </footer>
    </>
  );
}

export function StatusBadge(props: { status: string; labels: Record<string, string> }) {
  return <span class={`badge badge-${props.status}`}>{props.labels[props.status] ?? props.status}</span>;
}
