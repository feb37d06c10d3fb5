// The public page as GET /public/v1/territories/{id} answers it (and the preview).
import type { Diagnostic } from '../diagnostic/types';
import type { Axis, Strategy } from '../../lib/types';

export interface PublicIndicator {
  kind: string;
  label: string;
  unit: string | null;
  baseline: number | null;
  baseline_date: string | null;
  target: number | null;
  target_date: string | null;
  source: string | null;
}

export interface PublicFiche {
  axis_number: number | null;
  axis_title: string;
  number: number;
  title: string;
  status: string;
  description: string | null;
  constat: string | null;
  general_objective: string | null;
  operational_objectives: string[];
  target_public: string | null;
  target_territory: string | null;
  pilot: string | null;
  partners: string[];
  indicators: PublicIndicator[];
}

export interface PublicBilan {
  from: number;
  to: number;
  pdf: string;
  odt: string;
  docx: string;
}

export interface PublicStrategy {
  strategy: Strategy;
  axes: Axis[];
  fiches_published: boolean;
  fiches: PublicFiche[];
  bilans: PublicBilan[];
  published_at: string;
}

export interface PublicPage {
  territory: { id: number; name: string; kind: string };
  licence: { id: string; title: string; url: string };
  source: string;
  updated_at: string;
  strategies: PublicStrategy[];
  calendar: { body: string; body_kind: string; day: string; held: boolean }[];
  diagnostic: Diagnostic | null;
  datasets: { name: string; title: string; description: string; csv: string; json: string; schema: string }[];
  catalogue: string;
}

/** What the coordinator publishes of one strategy (GET/PUT /api/v1/strategies/{id}/publication). */
export interface Publication {
  strategy_id: number;
  strategy: boolean;
  calendar: boolean;
  diagnostic: boolean;
  bilans: { from: number; to: number }[];
  published_at: string | null;
  published_by: string | null;
}
