import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { AxisAnalyses } from '../components/evaluation/AxisAnalyses';
import { DispositifsSection } from '../components/evaluation/Dispositifs';
import { Documents } from '../components/evaluation/Documents';
import { BudgetSection, FichesSection, GovernanceSection, IndicatorsSection } from '../components/evaluation/Sections';
import type { Evaluation } from '../components/evaluation/types';
import { Input } from '../components/fields';
import { Layout } from '../components/Layout';
import { api, canWrite, pageRecord, type Me } from '../lib/api';
import { formatDate } from '../lib/format';
import { fieldErrors, formMessage } from '../lib/forms';
import { fr } from '../i18n/fr';
import { evaluation as t } from '../i18n/evaluation';

const params = new URLSearchParams(location.search);
const strategyId = Number(params.get('strategie') ?? params.get('id') ?? 0);

/** The evaluation of a strategy over a period of years (issue 16 §1); the period is in the
 * address (?strategie=2&de=2015&a=2018) so that a view can be shared and bookmarked. */
function Page(props: { me: Me }) {
  const [period, setPeriod] = useState({ from: params.get('de') ?? '', to: params.get('a') ?? '' });
  const [e, setE] = useState<Evaluation | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const [reload, setReload] = useState(0);
  async function load(from: string, to: string, first = false) {
    const query = new URLSearchParams();
    if (from) query.set('from', from);
    if (to) query.set('to', to);
    try {
      const request = api<Evaluation>('GET', `/api/v1/strategies/${strategyId}/evaluation?${query}`);
      const got = await (first ? pageRecord(request) : request);
      setE(got);
      setErrors({});
      setNotice('');
      setPeriod({ from: String(got.from), to: String(got.to) });
      history.replaceState(null, '', `?strategie=${strategyId}&de=${got.from}&a=${got.to}`);
    } catch (err) {
      const r = fieldErrors(err, '');
      setErrors(r.errors);
      setNotice(formMessage(r));
    }
  }
  useEffect(() => {
    if (!strategyId) return;
    // Without a period in the address: the strategy's own years, else this year.
    if (period.from || period.to) { void load(period.from, period.to, true); return; }
    pageRecord(api<{ period_start: number | null; period_end: number | null }>('GET', `/api/v1/strategies/${strategyId}`))
      .then((s) => load(s.period_start ? String(s.period_start) : '', s.period_end ? String(s.period_end) : '', true));
  }, []);
  useEffect(() => { if (reload > 0 && e) void load(String(e.from), String(e.to)); }, [reload]);
  if (!strategyId) return <p class="error">{t.missingStrategy}</p>;
  const ficheName = (id: number) => {
    const a = e?.actions.find((x) => x.id === id);
    const axis = a?.axis_id ? e?.axes.find((x) => x.axis.id === a.axis_id)?.axis.number : undefined;
    return a ? `${axis ? `Axe ${axis} · ` : ''}Fiche ${a.number} — ${a.title}` : `Fiche n° ${id}`;
  };
  return (
    <>
      <p><a href={`/strategie.html?id=${strategyId}`}>{t.back}</a></p>
      <h1>{e ? t.heading(e.strategy.title, e.territory_name) : t.title}</h1>
      <p>{t.intro}</p>
      <form class="inline" noValidate aria-label={t.period} onSubmit={(ev) => { ev.preventDefault(); void load(period.from, period.to); }}>
        <Input path="from" label={t.from} numeric value={period.from} onInput={(v) => setPeriod({ ...period, from: v })} errors={errors} />
        <Input path="to" label={t.to} numeric value={period.to} onInput={(v) => setPeriod({ ...period, to: v })} errors={errors} />
        <button type="submit">{t.show}</button>
      </form>
      <div role="status" class="notice-line">{notice}</div>
      {!e ? <p>{fr.common.loading}</p> : (
        <>
          <p class="hint">{t.periodLine(e.from, e.to, formatDate(e.computed_on))}</p>
          <Documents e={e} strategyId={strategyId} />
          <FichesSection e={e} ficheName={ficheName} />
          <IndicatorsSection e={e} ficheName={ficheName} />
          <BudgetSection e={e} />
          <GovernanceSection e={e} />
          <DispositifsSection e={e} />
          <AxisAnalyses e={e} writer={canWrite(props.me, e.strategy.territory_id)} onSaved={() => setReload((n) => n + 1)} />
        </>
      )}
    </>
  );
}

render(<Layout title={t.title}>{(me) => <Page me={me} />}</Layout>, document.getElementById('app')!);
