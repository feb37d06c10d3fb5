// The observatoire's API shapes (docs/api.md).

export interface Category {
  id: number;
  label: string;
  statistical_class: string | null;
  natinf: string | null;
  incidents: number;
}

export interface Context {
  categories: Category[];
  organisations: { id: number; name: string }[];
  can_submit: boolean;
  can_manage: boolean;
  small_count: number;
  description_length: number;
}

export interface Incident {
  id: number;
  category_id: number;
  category: string;
  organisation_id: number;
  organisation: string;
  occurred_on: string;
  occurred_time: string | null;
  period_end: string | null;
  longitude: number | null;
  latitude: number | null;
  place: string | null;
  description: string | null;
  version: number;
}

export interface StatLine {
  key: string;
  count: number | null;
}

export interface Summary {
  masked: boolean;
  threshold: number;
  total: number | null;
  by_category: StatLine[];
  by_month: StatLine[];
}

export interface Filters {
  category_id: string;
  from: string;
  to: string;
  organisation_id: string;
}

export interface FeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; geometry: { type: string; coordinates: unknown }; properties: Record<string, unknown> }[];
  without_point?: number;
}

export interface DensityResult {
  kind: 'densite';
  sigma: number;
  events: number;
  max: number;
  image: { west: number; south: number; east: number; north: number; columns: number; rows: number; values: (number | null)[] };
}
export interface HotspotResult {
  kind: 'points_chauds';
  cell: number;
  events: number;
  few_events?: boolean;
  classes: Record<string, number>;
  geojson: FeatureCollection;
}
export interface ZonesResult {
  kind: 'quasi_repetition';
  elevated: boolean;
  radius?: number;
  days?: number;
  zones: FeatureCollection;
  knox: { distance: string; cells: { days: string; observed: number; ratio: number | null; p: number; elevated: boolean }[] }[];
  own_zones_only?: boolean;
}
export interface TemporalResult {
  kind: 'temporalite';
  hour_weekday: (number | null)[][];
  without_time: number | null;
  months: { month: string; count: number | null; partial?: boolean }[];
  trend?: { trend: string; z: number; p: number; sen_slope: number };
}
export type AnalysisResult = DensityResult | HotspotResult | ZonesResult | TemporalResult;

export interface AnalysisRun {
  id: number;
  kind: string;
  parameters: Record<string, unknown>;
  state: 'en_cours' | 'termine' | 'echec' | 'annule';
  progress: number;
  stage: string;
  incidents_used: number;
  data_from: string | null;
  data_to: string | null;
  created_at: string;
  created_by: string;
  error?: { message: string; field: string | null };
  result?: AnalysisResult;
}

export function filterQuery(f: Filters): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) q.set(k, v);
  return q.toString();
}

export interface ProblemStep { id: number; at: string; status: string; note: string | null; author: string }
export interface Problem {
  id: number; title: string; description: string | null; category: string; organisation: string; organisation_id: number; category_id: number | null;
  status: string; opened_on: string; due_on: string | null; resolved_on: string | null; late: boolean; incidents: number;
  place: string | null; latitude: number | null; longitude: number | null; version: number; steps: ProblemStep[];
}
