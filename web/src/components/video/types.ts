// The vidéoprotection API's records (docs/api.md, « Vidéoprotection »).

export interface VideoPurpose { code: number; label: string; reference: string }

export interface VideoRules {
  authorisation_years: number;
  authorisation_alert_months: number;
  max_retention_days: number;
  register_years: number;
  purposes: VideoPurpose[];
  purposes_source: string;
  retention_source: string;
  authorisation_source: string;
  register_source: string;
}

export interface VideoSystem {
  id: number;
  territory_id: number;
  name: string;
  authorisation_reference: string | null;
  authorised_on: string | null;
  authorisation_ends_on: string | null;
  purposes: number[];
  retention_days: number;
  aipd_on: string | null;
  cnil_reference: string | null;
  commission_opinion_on: string | null;
  commission_opinion: string | null;
  charter_adopted_on: string | null;
  ethics_body_id: number | null;
  ethics_body_name: string;
  notes: string | null;
  cameras_in_service: number;
  designated: boolean;
  version: number;
}

export interface Camera {
  id: number;
  system_id: number;
  identifier: string;
  place: string;
  longitude: number | null;
  latitude: number | null;
  kind: string;
  in_service_on: string | null;
  out_of_service_on: string | null;
  version: number;
}

export interface VideoAgent { user_id: number; display_name: string; designated_on: string }

export interface RegisterEntry {
  id: number;
  kind: string;
  occurred_on: string;
  reason: string;
  requester: string | null;
  requester_unit: string | null;
  procedure_reference: string | null;
  camera_id: number | null;
  images_from: string | null;
  images_to: string | null;
  medium: string | null;
  handed_to: string | null;
  handed_on: string | null;
  destroyed_on: string | null;
  led_to_procedure: boolean | null;
  agent_name: string;
  created_at: string;
  destroy_by: string | null;
  retention_breached: boolean;
  version: number;
}

export interface VideoAlert { system_id: number; system_name: string; kind: string; date: string | null; count: number; message: string }

export interface VideoYear {
  year: number;
  requisitions_by_month: number[];
  viewings: number;
  extractions: number;
  requisitions: number;
  outcome_known: number;
  led_to_procedure: number;
  procedure_share: number | null;
  cameras_in_service: number;
}
