// The funding API's shapes (docs/api.md, funding routes); amounts in euro cents.
export interface Cofunder { funder: string; name: string | null; amount_cents: number }

export interface FundingRequest {
  id: number;
  action_id: number;
  action_number: number;
  action_title: string;
  axis_id: number | null;
  axis_label: string;
  territory_id: number;
  year: number;
  funder: string;
  funder_name: string | null;
  programme: string | null;
  police_equipment: boolean;
  project_cost_cents: number;
  requested_cents: number;
  granted_cents: number | null;
  paid_cents: number | null;
  cofunders: Cofunder[];
  channel: string | null;
  deadline: string | null;
  status: string;
  report_sent_on: string | null;
  notes: string | null;
  state_share_percent: number;
  report_due_on: string | null;
  warnings: string[];
  version: number;
}

export interface FundingAlert { request_id: number; action_id: number; kind: string; due_on: string; message: string }

export interface FundingTotals {
  key: string;
  label: string;
  planned_cents: number;
  requested_cents: number;
  granted_cents: number;
  paid_cents: number;
}

export interface FundingSummary {
  territory_id: number;
  year: number;
  by_programme: FundingTotals[];
  by_funder: FundingTotals[];
  by_axis: FundingTotals[];
  total: FundingTotals;
}

export interface FundingRules {
  programmes: { code: string; label: string }[];
  state_max_percent: number;
  fipd_minimum_cents: number;
}

export interface FundingSettings { territory_id: number; fipd_cap_percent: number | null; cap_source: string | null }
