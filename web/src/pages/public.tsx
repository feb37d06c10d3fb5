import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { PublicView } from '../components/publication/PublicView';
import type { PublicPage } from '../components/publication/types';
import { fr } from '../i18n/fr';
import { publication as t } from '../i18n/publication';
import '../styles.css';

const territory = Number(new URLSearchParams(location.search).get('territoire') ?? 0);

/** A territory's public page (issue 16 §3), for anyone, without signing in: what the
 * coordinator published, read from /public/v1 — never from the signed-in API. */
function Page() {
  const [page, setPage] = useState<PublicPage | null>(null);
  const [message, setMessage] = useState(territory ? '' : t.missing);
  useEffect(() => {
    if (!territory) return;
    fetch(`/public/v1/territories/${territory}`, { headers: { Accept: 'application/json' } })
      .then(async (res) => {
        if (res.ok) {
          const got = (await res.json()) as PublicPage;
          document.title = `${got.territory.name} — ${t.pageTitle} — ${fr.app}`;
          setPage(got);
        } else {
          setMessage(res.status === 404 ? t.nothing : ((await res.json()) as { error: { message: string } }).error.message);
        }
      })
      .catch(() => setMessage(fr.common.error));
  }, []);
  return (
    <>
      <a class="skip" href="#contenu">{fr.skip}</a>
      <header class="banner">
        <span class="brand">{t.banner}</span>
      </header>
      <main id="contenu" tabIndex={-1}>
        {page ? <PublicView page={page} level={1} /> : (
          <>
            <h1>{t.pageTitle}</h1>
            <p role={message ? 'alert' : undefined} aria-live="polite">{message || fr.common.loading}</p>
          </>
        )}
      </main>
      <footer class="footer"><p>{fr.tagline}</p></footer>
    </>
  );
}

render(<Page />, document.getElementById('app')!);
