import { useEffect, useState } from 'preact/hooks';
import { Choice, Input } from '../fields';
import { api } from '../../lib/api';
import { formatDate, typedNumber } from '../../lib/format';
import { orNull, type Cddf, type Placement, type Procedures, type TigPlace } from '../../lib/followup';
import { useAction } from '../../lib/useAction';
import type { Items } from '../../lib/types';
import { fr } from '../../i18n/fr';

const t = fr.followup;
const blankCddf = { referral_date: '', referred_by: '', reason: '', hearing_date: '', recommendations: '', parental_support: 'non_propose', outcome: '', status: 'saisi' };

function cddfBody(c: typeof blankCddf) {
  return { ...c, referral_date: c.referral_date || null, hearing_date: orNull(c.hearing_date), recommendations: orNull(c.recommendations), outcome: orNull(c.outcome) };
}

function CddfForm(props: { followupId: number; referral?: Cddf; onChange: (p: Procedures) => void }) {
  const c0 = props.referral;
  const [c, setC] = useState(c0 ? { ...blankCddf, ...c0, hearing_date: c0.hearing_date ?? '', recommendations: c0.recommendations ?? '', outcome: c0.outcome ?? '' } : blankCddf);
  const prefix = c0 ? `cddf${c0.id}.` : 'cddf.';
  const { errors, notice, act } = useAction(prefix);
  const set = (k: keyof typeof blankCddf) => (v: string) => setC({ ...c, [k]: v });
  function submit(e: Event) {
    e.preventDefault();
    const body = cddfBody(c);
    const work = c0
      ? api<Procedures>('PUT', `/api/v1/cddf/${c0.id}`, { referral_date: body.referral_date, referred_by: body.referred_by, reason: body.reason, hearing_date: body.hearing_date, recommendations: body.recommendations, parental_support: body.parental_support, outcome: body.outcome, status: body.status, version: c0.version })
      : api<Procedures>('POST', `/api/v1/followups/${props.followupId}/cddf`, { referral_date: body.referral_date, referred_by: body.referred_by, reason: body.reason, hearing_date: body.hearing_date, recommendations: body.recommendations, parental_support: body.parental_support, outcome: body.outcome, status: body.status });
    act(work.then(props.onChange), c0 ? t.updated : t.updated);
  }
  return (
    <form noValidate aria-label={c0 ? `${t.update} : ${t.cddf} ${formatDate(c0.referral_date)}` : t.addCddf} onSubmit={submit}>
      <Input path={`${prefix}referral_date`} label={t.referralDate} type="date" value={c.referral_date} onInput={set('referral_date')} errors={errors} />
      <Input path={`${prefix}referred_by`} label={t.referredBy} value={c.referred_by} onInput={set('referred_by')} errors={errors} />
      <Input path={`${prefix}reason`} label={t.reason} value={c.reason} onInput={set('reason')} errors={errors} />
      <Input path={`${prefix}hearing_date`} label={t.hearingDate} type="date" value={c.hearing_date} onInput={set('hearing_date')} errors={errors} />
      <Input path={`${prefix}recommendations`} label={t.recommendations} multiline value={c.recommendations} onInput={set('recommendations')} errors={errors} />
      <Choice path={`${prefix}parental_support`} label={t.parentalSupport} value={c.parental_support} onChange={set('parental_support')} errors={errors} options={Object.entries(fr.parentalSupport)} />
      <Input path={`${prefix}outcome`} label={t.outcome} value={c.outcome} onInput={set('outcome')} errors={errors} />
      <Choice path={`${prefix}status`} label={t.reminderStatus} value={c.status} onChange={set('status')} errors={errors} options={Object.entries(fr.cddfStatus)} />
      <button type="submit" class="secondary">{c0 ? t.update : t.addCddf}</button>
      <p role="status" class="notice-line">{notice}</p>
    </form>
  );
}

function PlacementForm(props: { followupId: number; places: TigPlace[]; placement?: Placement; onChange: (p: Procedures) => void }) {
  const p0 = props.placement;
  const [p, setP] = useState({ place_id: String(p0?.place_id ?? props.places[0]?.id ?? ''), start_date: p0?.start_date ?? '', end_date: p0?.end_date ?? '', hours_ordered: String(p0?.hours_ordered ?? ''), hours_done: String(p0?.hours_done ?? '0'), status: p0?.status ?? 'en_cours' });
  const prefix = p0 ? `tig${p0.id}.` : 'tig.';
  const { errors, notice, act } = useAction(prefix);
  function submit(e: Event) {
    e.preventDefault();
    const body = { start_date: p.start_date || null, end_date: orNull(p.end_date), hours_ordered: typedNumber(p.hours_ordered), hours_done: typedNumber(p.hours_done), status: p.status };
    const work = p0
      ? api<Procedures>('PUT', `/api/v1/tig-placements/${p0.id}`, { ...body, version: p0.version })
      : api<Procedures>('POST', `/api/v1/followups/${props.followupId}/tig`, { ...body, place_id: Number(p.place_id) });
    act(work.then(props.onChange), t.updated);
  }
  return (
    <form noValidate aria-label={p0 ? `${t.update} : ${p0.place_name}` : t.addPlacement} onSubmit={submit}>
      {!p0 && <Choice path={`${prefix}place_id`} label={t.tigPlace} value={p.place_id} onChange={(v) => setP({ ...p, place_id: v })} errors={errors} options={props.places.filter((x) => x.active).map((x) => [String(x.id), `${x.name} (${x.host_name})`])} />}
      <Input path={`${prefix}start_date`} label={t.startDate} type="date" value={p.start_date} onInput={(v) => setP({ ...p, start_date: v })} errors={errors} />
      <Input path={`${prefix}end_date`} label={t.endDate} type="date" value={p.end_date} onInput={(v) => setP({ ...p, end_date: v })} errors={errors} />
      <Input path={`${prefix}hours_ordered`} label={t.hoursOrdered} numeric value={p.hours_ordered} onInput={(v) => setP({ ...p, hours_ordered: v })} errors={errors} />
      <Input path={`${prefix}hours_done`} label={t.hoursDone} numeric value={p.hours_done} onInput={(v) => setP({ ...p, hours_done: v })} errors={errors} />
      <Choice path={`${prefix}status`} label={t.reminderStatus} value={p.status} onChange={(v) => setP({ ...p, status: v })} errors={errors} options={Object.entries(fr.placementStatus)} />
      <button type="submit" class="secondary">{p0 ? t.update : t.addPlacement}</button>
      <p role="status" class="notice-line">{notice}</p>
    </form>
  );
}

/** The CDDF referrals and the TIG placements of a record. */
export function FamilyAndTigPanel(props: { followupId: number; territoryId: number; procedures: Procedures; onChange: (p: Procedures) => void }) {
  const [places, setPlaces] = useState<TigPlace[]>([]);
  useEffect(() => { api<Items<TigPlace>>('GET', `/api/v1/tig-places?territory_id=${props.territoryId}`).then((x) => setPlaces(x.items)); }, [props.territoryId]);
  return (
    <>
      <section aria-labelledby="cddf">
        <h3 id="cddf">{t.cddf}</h3>
        {props.procedures.cddf.map((c) => <CddfForm key={`${c.id}-${c.version}`} followupId={props.followupId} referral={c} onChange={props.onChange} />)}
        <CddfForm key={`new-${props.procedures.cddf.length}`} followupId={props.followupId} onChange={props.onChange} />
      </section>
      <section aria-labelledby="tig">
        <h3 id="tig">{t.tig}</h3>
        {props.procedures.tig.map((p) => <PlacementForm key={`${p.id}-${p.version}`} followupId={props.followupId} places={places} placement={p} onChange={props.onChange} />)}
        {places.length > 0 && <PlacementForm key={`new-${props.procedures.tig.length}-${places.length}`} followupId={props.followupId} places={places} onChange={props.onChange} />}
      </section>
    </>
  );
}
