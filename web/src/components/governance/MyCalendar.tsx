import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { fr } from '../../i18n/fr';

const t = fr.bodies;

/** The user's own iCalendar address, for calendar applications (which send no cookie). */
export function MyCalendar() {
  const [url, setUrl] = useState('');
  async function make() {
    const r = await api<{ path: string }>('POST', '/api/v1/me/calendar');
    setUrl(location.origin + r.path);
  }
  return (
    <section class="card" aria-labelledby="mon-agenda">
      <h2 id="mon-agenda">{t.myCalendar}</h2>
      <p class="hint">{t.myCalendarHint}</p>
      <button type="button" class="secondary" onClick={make}>{t.myCalendarMake}</button>
      {url && (
        <div class="field">
          <label for="adresse-agenda">{t.calendar}</label>
          <input id="adresse-agenda" readOnly value={url} onFocus={(e) => (e.target as HTMLInputElement).select()} />
        </div>
      )}
    </section>
  );
}
