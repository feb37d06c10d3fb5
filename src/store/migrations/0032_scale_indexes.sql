-- A département-scale installation (issue 18 §4: 300 territories, 200,000 incidents) showed
-- lookups by a column no index led with: each was a scan of the whole table, for every row of
-- the screen (a category's incident count, a problem's linked facts, a fiche's decisions), and
-- for every foreign-key check when a row they point to is deleted. Additive only.
CREATE INDEX incidents_category ON incidents (category_id);
CREATE INDEX incidents_problem ON incidents (problem_id);
CREATE INDEX incidents_action ON incidents (action_id);
CREATE INDEX decisions_action ON decisions (action_id);
CREATE INDEX decisions_owner_organisation ON decisions (owner_organisation_id);
CREATE INDEX decisions_owner_contact ON decisions (owner_contact_id);
CREATE INDEX actions_pilot_organisation ON actions (pilot_organisation_id);
CREATE INDEX actions_pilot_contact ON actions (pilot_contact_id);
CREATE INDEX role_assignments_territory ON role_assignments (territory_id);
CREATE INDEX problems_category ON problems (category_id);
CREATE INDEX problems_organisation ON problems (organisation_id);
CREATE INDEX problems_action ON problems (action_id);
CREATE INDEX followup_journal_followup ON followup_journal (followup_id);
-- The other references, so that no deletion scans a table for rows that point to it.
CREATE INDEX action_changes_strategy ON action_changes (strategy_id);
CREATE INDEX bodies_axis ON bodies (axis_id);
CREATE INDEX ssmsi_edition_years_edition ON ssmsi_edition_years (edition_id);
CREATE INDEX video_systems_ethics_body ON video_systems (ethics_body_id);
CREATE INDEX video_register_camera ON video_register (camera_id);
CREATE INDEX video_register_agent ON video_register (agent_id);
CREATE INDEX video_agents_user ON video_agents (user_id);
CREATE INDEX tig_placements_place ON tig_placements (place_id);
CREATE INDEX meeting_invitations_member ON meeting_invitations (member_id);
CREATE INDEX followups_referent_contact ON followups (referent_contact_id);
CREATE INDEX followup_social_professionals_contact ON followup_social_professionals (contact_id);
CREATE INDEX emergency_activations_meeting ON emergency_activations (meeting_id);
CREATE INDEX contacts_user ON contacts (user_id);
CREATE INDEX citizen_referents_protocol ON citizen_referents (protocol_id);
CREATE INDEX citizen_protocols_body ON citizen_protocols (body_id);
CREATE INDEX budget_lines_funder ON budget_lines (funder_organisation_id);
CREATE INDEX body_members_contact ON body_members (contact_id);
CREATE INDEX agenda_items_action ON agenda_items (action_id);
