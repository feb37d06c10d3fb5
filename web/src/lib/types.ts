// The shapes of the API's records (docs/api.md).

export interface Territory {
  id: number;
  name: string;
  kind: string;
  role: string | null;
  communes: { code: string; name: string; departement: string | null; population: number | null }[];
}

export interface Strategy {
  id: number;
  territory_id: number;
  title: string;
  status: string;
  period_start: number | null;
  period_end: number | null;
  description: string | null;
  source: string | null;
  announced_axes: number | null;
  announced_actions: number | null;
  signatories: { organisation: string; person: string | null; role: string | null }[];
  key_dates: { kind: string; date: string; label: string | null }[];
  objectives: { number: number; title: string; description: string | null }[];
  version: number;
  axes?: Axis[];
}

export interface Axis {
  id: number;
  strategy_id: number;
  number: number;
  title: string;
  description: string | null;
  version: number;
}

export interface Action {
  id: number;
  strategy_id: number;
  axis_id: number | null;
  number: number;
  title: string;
  description: string | null;
  constat: string | null;
  status: string;
  pilot_organisation_id: number | null;
  partner_ids: number[];
  milestones: { label: string; due_date: string | null; done_date: string | null }[];
  version: number;
}

export interface Organisation {
  id: number;
  territory_id: number;
  name: string;
  kind: string;
}

export interface Items<T> {
  items: T[];
}
