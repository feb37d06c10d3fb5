import { useEffect, useState } from 'preact/hooks';
import { Input } from '../fields';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { fieldErrors, formMessage } from '../../lib/forms';
import { publication as t } from '../../i18n/publication';
import { PublicView } from './PublicView';
import type { PublicPage, Publication } from './types';

type Choice = Pick<Publication, 'strategy' | 'calendar' | 'diagnostic' | 'bilans'>;

const year = /^\d{4}$/;

/** The coordinator chooses what of the strategy is public, sees the public page as it would be
 * (preview, nothing stored), then publishes (journaled by the server). */
export function PublicationPanel(props: { strategyId: number; territoryId: number; periodStart: number | null; periodEnd: number | null }) {
  const path = `/api/v1/strategies/${props.strategyId}/publication`;
  const [stored, setStored] = useState<Publication | null>(null);
  const [choice, setChoice] = useState<Choice>({ strategy: false, calendar: false, diagnostic: false, bilans: [] });
  const [from, setFrom] = useState(String(props.periodStart ?? ''));
  const [to, setTo] = useState(String(props.periodEnd ?? props.periodStart ?? ''));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const [preview, setPreview] = useState<PublicPage | null>(null);
  function took(p: Publication) {
    setStored(p);
    setChoice({ strategy: p.strategy, calendar: p.calendar, diagnostic: p.diagnostic, bilans: p.bilans });
  }
  useEffect(() => { void api<Publication>('GET', path).then(took); }, [props.strategyId]);
  function refused(e: unknown) {
    const r = fieldErrors(e, '');
    setErrors(r.errors);
    setNotice(formMessage(r));
  }
  async function showPreview() {
    try {
      setPreview(await api<PublicPage>('POST', `${path}/preview`, choice));
      setErrors({});
      setNotice('');
      setTimeout(() => document.getElementById('apercu-public')?.focus(), 0);
    } catch (e) { refused(e); }
  }
  async function publish(next: Choice) {
    try {
      took(await api<Publication>('PUT', path, next));
      setErrors({});
      setNotice(t.saved);
    } catch (e) { refused(e); }
  }
  // The server's rules, said at the field before anything is sent.
  function periodError(): Record<string, string> {
    const f = Number(from);
    const l = Number(to);
    const first = props.periodStart ?? 1990;
    const last = Math.min(props.periodEnd ?? 2100, new Date().getFullYear());
    if (!year.test(from)) return { bilan_from: t.yearExpected };
    if (!year.test(to)) return { bilan_to: t.yearExpected };
    if (f < first) return { bilan_from: t.notBefore(first) };
    if (l < f) return { bilan_to: t.notBeforeFrom };
    if (l > last) return { bilan_to: t.notAfter(last) };
    return {};
  }
  function addBilan() {
    const bad = periodError();
    if (Object.keys(bad).length > 0) {
      setErrors(bad);
      setTimeout(() => document.getElementById(`f-${Object.keys(bad)[0]}`)?.focus(), 0);
      return;
    }
    const b = { from: Number(from), to: Number(to) };
    if (!choice.bilans.some((x) => x.from === b.from && x.to === b.to)) setChoice({ ...choice, bilans: [...choice.bilans, b] });
    setErrors({});
  }
  const check = (key: 'strategy' | 'calendar' | 'diagnostic', label: string) => (
    <label class="check" for={`f-publication-${key}`}>
      <input id={`f-publication-${key}`} type="checkbox" checked={choice[key]} onChange={(e) => setChoice({ ...choice, [key]: (e.target as HTMLInputElement).checked })} />
      {label}
    </label>
  );
  const label = (b: { from: number; to: number }) => (b.from === b.to ? `bilan ${b.from}` : `bilan ${b.from}-${b.to}`);
  const publicPage = `/publique.html?territoire=${props.territoryId}`;
  return (
    <section class="screen-only" aria-labelledby="publication">
      <h2 id="publication">{t.panel}</h2>
      <p>{t.panelHint}</p>
      <p>{stored?.published_at ? <>{t.published(formatInstant(stored.published_at), stored.published_by ?? '')} <a href={publicPage}>{t.publicLink}</a></> : t.notPublished}</p>
      <fieldset>
        <legend>{t.choices}</legend>
        <p>{check('strategy', t.choiceStrategy)}</p>
        <p>{check('calendar', t.choiceCalendar)}</p>
        <p>{check('diagnostic', t.choiceDiagnostic)}</p>
      </fieldset>
      <fieldset>
        <legend>{t.bilansLegend}</legend>
        {choice.bilans.length === 0 ? <p>{t.noBilan}</p> : (
          <ul>
            {choice.bilans.map((b) => (
              <li key={`${b.from}-${b.to}`}>{label(b)}{' '}
                <button type="button" class="secondary small" aria-label={t.removeBilan(label(b))}
                  onClick={() => {
                    setChoice({ ...choice, bilans: choice.bilans.filter((x) => x !== b) });
                    // The button is gone: the keyboard goes on from the period's first field.
                    setTimeout(() => document.getElementById('f-bilan_from')?.focus(), 0);
                  }}>✕</button>
              </li>
            ))}
          </ul>
        )}
        <div class="row">
          <Input path="bilan_from" label={t.bilanFrom} value={from} onInput={setFrom} errors={errors} numeric />
          <Input path="bilan_to" label={t.bilanTo} value={to} onInput={setTo} errors={errors} numeric />
          <button type="button" class="secondary" onClick={addBilan}>{t.addBilan}</button>
        </div>
      </fieldset>
      <p class="buttons">
        <button type="button" class="secondary" onClick={() => void showPreview()}>{t.preview}</button>
        <button type="button" onClick={() => void publish(choice)}>{t.publish}</button>
      </p>
      <div role="status" class="notice-line">{notice}</div>
      {preview && (
        <section id="apercu-public" tabIndex={-1} class="card" aria-label={t.previewTitle}>
          <p class="buttons"><strong>{t.previewTitle}</strong> <button type="button" class="secondary small" onClick={() => setPreview(null)}>{t.closePreview}</button></p>
          <PublicView page={preview} level={2} />
        </section>
      )}
    </section>
  );
}
