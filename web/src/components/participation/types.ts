// The participation citoyenne API's records (docs/api.md).
export interface CitizenProtocol {
  id: number;
  territory_id: number;
  signed_on: string;
  mayor: string;
  prefect: string;
  force: string;
  force_signatory: string;
  communes: string[];
  neighbourhoods: string | null;
  officer_name: string | null;
  officer_unit: string | null;
  body_id: number | null;
  body_name: string;
  ended_on: string | null;
  current_term_ends_on: string | null;
  referents: number;
  version: number;
}

export interface CitizenReferent {
  id: number;
  name: string;
  neighbourhood: string | null;
  phone: string | null;
  email: string | null;
  consent_on: string;
  left_on: string | null;
  version: number;
}

export interface ProtocolAlert { protocol_id: number; term_ends_on: string; message: string }

export interface CitizenBilan {
  year: number;
  referents: number;
  referents_joined: number;
  meetings_held: number;
  indicator: string;
  burglaries: number | null;
  burglaries_previous: number | null;
  burglary_rate: number | null;
  source: string;
}
