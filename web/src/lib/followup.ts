// The shapes of the follow-up records (docs/api.md) and the step-up before a print or export.
import { api } from './api';

export interface Representative { name: string; link: string | null; phone: string | null }
export interface FollowUpAction { id: number; action_date: string; description: string; result: string | null; recorded_by: string }
export interface SocialProfessional { contact_id: number; name: string; profession: string; state: 'confirme' | 'en_attente' | 'refuse'; requested_by: string; decided_by: string }
export interface Share { id: number; body_id: number; body_name: string; kind: string; scope: string[]; reason: string; shared_on: string; shared_by: string; ended_on: string | null; state: 'confirme' | 'en_attente' | 'refuse'; decided_by: string }
export interface FollowUp {
  id: number; access: string; shared_scope: string[]; territory_id: number; body_id: number; body_name: string;
  last_name: string; first_name: string; birth_date: string | null; representatives: Representative[];
  situation: string | null; referral_date: string; referral_origin: string; programme: string | null;
  referent_contact_id: number | null; sensitive_note: string | null; sensitive_justification: string | null;
  end_date: string | null; end_reason: string | null; status: string; archived_on: string | null; created_at: string;
  version: number; actions: FollowUpAction[]; social_professionals: SocialProfessional[]; social_readable: boolean; shares: Share[];
}
export interface Summary { id: number; body_id: number; body_name: string; initials: string; age_band: string; referral_date: string; referral_origin: string; programme: string | null; status: string; shared: boolean }
export interface SocialNote { id: number; note_date: string; text: string; author: string }
export interface Reminder { id: number; facts: string; facts_date: string; summoned_by: string; hearing_at: string; place: string; status: string; attendees: string[]; hearing_record: string | null; follow_up: string | null; version: number }
export interface Cddf { id: number; referral_date: string; referred_by: string; reason: string; hearing_date: string | null; recommendations: string | null; parental_support: string; outcome: string | null; status: string; version: number }
export interface TigPlace { id: number; name: string; host_kind: string; host_name: string; tasks: string | null; capacity: number; active: boolean; version: number }
export interface Placement { id: number; place_id: number; place_name: string; start_date: string; end_date: string | null; hours_ordered: number; hours_done: number; status: string; version: number }
export interface Procedures { reminders: Reminder[]; cddf: Cddf[]; tig: Placement[] }
export interface JournalEntry { id: number; at: string; user_login: string; origin: string; followup_id: number | null; action: string; detail: string | null; hash: string }

export const orNull = (v: string | null | undefined) => (v && v.trim() ? v : null);

/** The password (or a code) again, before a print or an export; valid five minutes. */
export function stepUp(secret: string): Promise<void> {
  return api('POST', '/api/v1/session/step-up', { secret });
}

