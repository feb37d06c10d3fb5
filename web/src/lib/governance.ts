// The shapes of the governance records (docs/api.md), shared by the bodies and meeting pages.
import type { Access } from './types';

export interface Member { id: number; contact_id: number; contact_name: string; organisation_name: string; role: string; charter_signed_on: string | null; left_on: string | null; version: number; access: Access }
export interface Body { id: number; territory_id: number; name: string; kind: string; axis_id: number | null; frequency: string; frequency_count: number | null; frequency_max?: number | null; confidentiality: string; defaults?: string[]; description: string | null; members: Member[]; i_sign?: boolean }
export interface Meeting { id: number; body_id: number; starts_at: string; place: string | null; status: string; version: number; duration_minutes: number; cancel_reason?: string | null; convocation_sent_version?: number | null }
export interface Invitation { member_id: number; contact_name: string; organisation_name: string; role: string; attendance: string | null }
export interface Quorum { convened: number; present: number; excused: number; absent: number; required: number; reached: boolean }
export interface MeetingDetail extends Meeting { body_name: string; body_kind: string; confidentiality: string; territory_id: number; invitations: Invitation[]; quorum: Quorum; content_readable: boolean }
export interface AgendaItem { title: string; action_id: number | null; notes: string | null }
export interface Minutes { text: string; status: string; approved_at: string | null; approved_by: string | null; version: number; nominative_hints: string[] }
export interface Attachment { id: number; filename: string; media_type: string; size: number; uploaded_by: string; uploaded_at: string }
export interface Decision { id: number; meeting_id: number; text: string; owner_contact_id: number | null; owner_organisation_id: number | null; owner_name: string; due_date: string | null; status: string; action_id: number | null; milestone_label: string | null; public_label: string | null; meeting_starts_at: string; body_id: number; body_name: string; overdue: boolean; version: number }
export interface Content { agenda: AgendaItem[]; minutes: Minutes | null; attachments: Attachment[]; decisions: Decision[] }
export interface Activation { id: number; body_id: number; meeting_id: number | null; requested_by: string; requester_name: string; reason: string; requested_at: string; recorded_by: string; closed_at: string | null; summary: string | null; closed_by: string | null }
export interface Report { year: number; planned: number | null; counted_from?: string | null; scheduled: number; held: number; cancelled: number; attendance: { organisation: string; convened: number; present: number; rate: number }[]; decisions: number; decisions_done: number; decisions_overdue: number }

/** "2026-06-18T18:00" → "18/06/2026 à 18:00". */
export const when = (s: string) => `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} à ${s.slice(11, 16)}`;

/** The same decision as the API takes it back, with changes. */
export function decisionBody(d: Decision, changes: Partial<Decision>) {
  const x = { ...d, ...changes };
  return { text: x.text, owner_contact_id: x.owner_contact_id, owner_organisation_id: x.owner_organisation_id, due_date: x.due_date, status: x.status, action_id: x.action_id, public_label: x.public_label, version: x.version };
}
