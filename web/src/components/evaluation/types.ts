import type { Axis, Indicator, Strategy } from '../../lib/types';
import type { FundingSummary } from '../funding/types';
import type { CitizenBilan } from '../participation/types';
import type { VideoYear } from '../video/types';

export interface BudgetTotal { key: string; planned_cents: number; executed_cents: number; lines_without_execution: number }
export interface BodyEvaluation {
  body_id: number; name: string; kind: string; planned: number | null; held: number; cancelled: number;
  attendance: { organisation: string; convened: number; present: number; rate: number }[];
  decisions: number; decisions_done: number; decisions_overdue: number;
}
export interface AxisAnalysis { axis_id: number; from: number; to: number; text: string; updated_at: string; updated_by: string }
export type States = Record<'atteint' | 'non_atteint' | 'en_cours' | 'non_mesure', number>;
export interface IndicatorEvaluation extends Indicator {
  action_id: number; state: keyof States; latest_value: number | null; latest_on: string | null; measured_in_period: number;
}
/** GET /api/v1/strategies/{id}/evaluation (docs/api.md, « Evaluation »). */
export interface Evaluation {
  strategy: Strategy; territory_name: string; from: number; to: number; computed_on: string;
  actions: { id: number; axis_id: number | null; number: number; title: string; status: string; example: boolean }[];
  fiches_by_status: Record<string, number>;
  changes: { action_id: number; at: string; from: string; to: string }[];
  indicators: IndicatorEvaluation[]; indicators_by_state: States; late_measurements: number;
  budget_by_source: BudgetTotal[]; budget_by_funder: BudgetTotal[]; budget_by_year: BudgetTotal[];
  bodies: BodyEvaluation[];
  axes: { axis: Axis; fiches_by_status: Record<string, number>; indicators_by_state: States; analysis: AxisAnalysis | null }[];
  /** The dispositifs, year by year of the period: vidéoprotection (for who reads it), participation citoyenne, funding. */
  video: { system_name: string; figures: VideoYear }[];
  participation: { area: string; bilan: CitizenBilan }[];
  funding: FundingSummary[];
}
