import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { formatInstant } from '../../lib/format';
import { useAction } from '../../lib/useAction';
import { fr } from '../../i18n/fr';
import { evaluation as t } from '../../i18n/evaluation';
import { Input } from '../fields';
import type { Evaluation } from './types';

function AxisAnalysis(props: { item: Evaluation['axes'][number]; from: number; to: number; writer: boolean; onSaved: () => void }) {
  const { axis, analysis, fiches_by_status: fiches, indicators_by_state: s } = props.item;
  const [text, setText] = useState(analysis?.text ?? '');
  const prefix = `axe-${axis.id}-`;
  const { errors, notice, act } = useAction(prefix);
  const headingId = `analyse-axe-${axis.id}`;
  const counts = Object.entries(fiches).map(([k, n]) => `${fr.actionStatus[k] ?? k} ${n}`).join(', ');
  return (
    <section class="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.axisHeading(axis.number, axis.title)}</h3>
      <p>{counts || t.fichesCount(0)}{s.atteint + s.non_atteint + s.en_cours + s.non_mesure > 0 && ` — ${t.statesLine(s.atteint, s.non_atteint, s.en_cours, s.non_mesure)}`}</p>
      {props.writer ? (
        <form noValidate aria-label={`${t.analysis} : ${t.axisHeading(axis.number, axis.title)}`}
          onSubmit={(e) => { e.preventDefault(); act(api('PUT', `/api/v1/axes/${axis.id}/analysis`, { from: props.from, to: props.to, text }), t.saved, props.onSaved); }}>
          <Input path={`${prefix}text`} label={t.analysis} hint={t.analysisHint} multiline value={text} onInput={setText} errors={errors} />
          <button type="submit">{t.save}</button>
          <div role="status" class="notice-line">{notice}</div>
        </form>
      ) : (
        <>
          <h4>{t.analysis}</h4>
          {analysis?.text ? analysis.text.split('\n').map((line, k) => <p key={k}>{line}</p>) : <p class="hint">{t.noAnalysis}</p>}
        </>
      )}
      {analysis && <p class="hint">{t.updated(analysis.updated_by, formatInstant(analysis.updated_at))}</p>}
    </section>
  );
}

/** Each axis: its fiches and indicators in figures, and the working group's analysis for the
 * period (editable by who writes the strategy). */
export function AxisAnalyses(props: { e: Evaluation; writer: boolean; onSaved: () => void }) {
  return (
    <section aria-labelledby="eval-axes">
      <h2 id="eval-axes">{t.axes}</h2>
      {props.e.axes.map((a) => (
        <AxisAnalysis key={`${a.axis.id}-${props.e.from}-${props.e.to}`} item={a} from={props.e.from} to={props.e.to} writer={props.writer} onSaved={props.onSaved} />
      ))}
    </section>
  );
}
