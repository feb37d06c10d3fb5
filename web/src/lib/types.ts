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
  /** The text's other blocks, as written ("Nature et fonction…", "Conclusion"). */
  sections: TextBlock[];
  /** Organisations of the directory the text says the strategy was drawn up with. */
  partners: string[];
  version: number;
  axes?: Axis[];
}

/** A block of a founding text: heading, paragraphs, points (heading and sentence). */
export interface TextBlock {
  title: string | null;
  paragraphs: string[];
  items: { title: string; text: string | null }[];
}

export interface Axis {
  id: number;
  strategy_id: number;
  number: number;
  title: string;
  description: string | null;
  /** Orientations / operational objectives, as the text writes them. */
  orientations: TextBlock[];
  version: number;
}

export interface BudgetLine {
  label: string;
  amount_cents: number;
  executed_cents?: number | null;
  source: string;
  funder_id: number | null;
  year: number | null;
}

export interface Milestone {
  label: string;
  due_date: string | null;
  done_date: string | null;
}

/** One measurement of an indicator; a value from before series existed may have no day. */
export interface Measurement { measured_on: string | null; value: number; note: string | null; source?: string | null; entered_by?: string | null }

export interface Indicator {
  /** Stable across saves of the fiche (absent on an indicator not yet saved). */
  id?: number;
  kind: string;
  label: string;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  target_date?: string | null;
  source: string | null;
  baseline_date?: string | null;
  periodicity?: string | null;
  /** Computed by the server from the periodicity (read only). */
  next_measurement_due?: string | null;
  measurement_late?: boolean;
  /** In order of day. */
  measurements?: Measurement[];
  /** The latest measurement's value and day (read only). */
  current_value: number | null;
  measured_on: string | null;
  /** Present only on an impact indicator that follows the SSMSI. */
  ssmsi_indicator?: string | null;
  ssmsi_measure?: 'taux' | 'nombre' | null;
  /** The territory's figures of the linked SSMSI indicator, year by year (read, never saved). */
  official?: { year: number; value: number | null; published: boolean; partial: boolean }[];
}

/** A fiche-action. */
export interface Action {
  id: number;
  strategy_id: number;
  axis_id: number | null;
  number: number;
  title: string;
  description: string | null;
  constat: string | null;
  general_objective: string | null;
  operational_objectives: string[];
  target_public: string | null;
  target_territory: string | null;
  solutions: string | null;
  pilot_organisation_id: number | null;
  pilot_contact_id: number | null;
  partner_ids: number[];
  budget_lines: BudgetLine[];
  milestones: Milestone[];
  indicators: Indicator[];
  status: string;
  /** Given by the text only as an example ("Exemple : …"). */
  example: boolean;
  version: number;
  updated_at: string;
}

export interface ActionChange {
  id: number;
  actor: string;
  at: string;
  changes: { event: string; fields: { field: string; old: unknown; new: unknown }[] };
}

/** Where a change that opens confidential content stands (issue 12 §1). */
export interface Access {
  state: 'confirme' | 'en_attente' | 'refuse';
  requested_by: string;
  decided_by: string;
  requested_at?: string | null;
  decided_at?: string | null;
  note?: string | null;
}

export interface Contact {
  id: number;
  organisation_id: number;
  name: string;
  job_title: string | null;
  email: string | null;
  phone: string | null;
  user_id: number | null;
  version: number;
  account_name: string;
  link: Access;
}

export interface Organisation {
  id: number;
  territory_id: number;
  name: string;
  kind: string;
  description: string | null;
  version: number;
  contacts: Contact[];
}

export interface Items<T> {
  items: T[];
}
