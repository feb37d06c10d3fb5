#include "auth/access_rules.h"

#include <algorithm>
#include <array>
#include <utility>

namespace vigie {

const std::vector<AccessRule>& access_rules() {
  using enum Access;
  using P = Permission;
  static const std::vector<AccessRule> kRules{
      {"GET", "/healthz", open, {}},
      {"GET", "/readyz", open, {}},
      {"POST", "/api/v1/session", open, {}},
      {"DELETE", "/api/v1/session", authenticated, {}},
      {"GET", "/api/v1/me", authenticated, {}},
      {"POST", "/api/v1/me/totp", authenticated, {}},
      {"PUT", "/api/v1/me/password", authenticated, {}},
      {"POST", "/api/v1/me/totp/confirm", authenticated, {}},
      {"POST", "/api/v1/session/step-up", authenticated, {}},

      {"GET", "/api/v1/ssmsi/editions", permission, P::statistics_read},
      {"GET", "/api/v1/ssmsi/indicators", permission, P::statistics_read},
      {"POST", "/api/v1/ssmsi/uploads", permission, P::statistics_import},
      {"GET", "/api/v1/ssmsi/uploads/{token}", permission, P::statistics_import},
      {"PUT", "/api/v1/ssmsi/uploads/{token}", permission, P::statistics_import},
      {"DELETE", "/api/v1/ssmsi/uploads/{token}", permission, P::statistics_import},
      {"POST", "/api/v1/ssmsi/imports", permission, P::statistics_import},
      {"GET", "/api/v1/users", permission, P::user_admin},
      {"POST", "/api/v1/users", permission, P::user_admin},
      {"PUT", "/api/v1/users/{id}/roles", permission, P::user_admin},
      {"DELETE", "/api/v1/users/{id}/roles", permission, P::user_admin},
      {"PUT", "/api/v1/users/{id}/status", permission, P::user_admin},
      {"POST", "/api/v1/users/{id}/password", permission, P::user_admin},
      {"DELETE", "/api/v1/users/{id}/second-factor", permission, P::user_admin},

      {"GET", "/api/v1/territories", authenticated, {}},
      {"GET", "/api/v1/territories/{id}", permission, P::territory_read},
      {"GET", "/api/v1/territories/{id}/diagnostic", permission, P::statistics_read},
      {"GET", "/api/v1/territories/{id}/diagnostic/export", permission, P::statistics_read},
      {"GET", "/api/v1/communes", authenticated, {}},

      {"GET", "/api/v1/territories/{id}/observatoire", permission, P::incident_read},
      {"POST", "/api/v1/territories/{id}/incident-categories", permission, P::incident_manage},
      {"PUT", "/api/v1/incident-categories/{id}", permission, P::incident_manage},
      {"DELETE", "/api/v1/incident-categories/{id}", permission, P::incident_manage},
      {"GET", "/api/v1/territories/{id}/incidents", permission, P::incident_read},
      {"POST", "/api/v1/territories/{id}/incidents", permission, P::incident_submit},
      {"GET", "/api/v1/territories/{id}/incidents/summary", permission, P::incident_read},
      {"POST", "/api/v1/territories/{id}/incidents/import", permission, P::incident_submit},
      {"GET", "/api/v1/incidents/{id}", permission, P::incident_read},
      {"PUT", "/api/v1/incidents/{id}", permission, P::incident_submit},
      {"DELETE", "/api/v1/incidents/{id}", permission, P::incident_submit},
      {"GET", "/api/v1/territories/{id}/contours", permission, P::territory_read},
      {"POST", "/api/v1/territories/{id}/analyses", permission, P::incident_read},
      {"GET", "/api/v1/territories/{id}/analyses", permission, P::incident_read},
      {"GET", "/api/v1/analyses/{id}", permission, P::incident_read},
      {"DELETE", "/api/v1/analyses/{id}", permission, P::incident_read},
      {"GET", "/api/v1/analyses/{id}/export", permission, P::incident_read},
      {"GET", "/api/v1/territories/{id}/problems", permission, P::incident_read},
      {"GET", "/api/v1/territories/{id}/problems/board", permission, P::incident_read},
      {"POST", "/api/v1/territories/{id}/problems", permission, P::incident_manage},
      {"GET", "/api/v1/problems/{id}", permission, P::incident_read},
      {"PUT", "/api/v1/problems/{id}", permission, P::incident_manage},
      {"POST", "/api/v1/problems/{id}/steps", permission, P::incident_submit},
      {"DELETE", "/api/v1/problems/{id}", permission, P::incident_manage},

      {"GET", "/api/v1/organisations", permission, P::partner_read},
      {"POST", "/api/v1/organisations", permission, P::partner_write},
      {"GET", "/api/v1/organisations/{id}", permission, P::partner_read},
      {"PUT", "/api/v1/organisations/{id}", permission, P::partner_write},
      {"DELETE", "/api/v1/organisations/{id}", permission, P::partner_write},
      {"POST", "/api/v1/organisations/{id}/contacts", permission, P::partner_write},
      {"PUT", "/api/v1/contacts/{id}", permission, P::partner_write},
      {"DELETE", "/api/v1/contacts/{id}", permission, P::partner_write},
      {"POST", "/api/v1/contacts/{id}/link", permission, P::partner_write},

      {"GET", "/api/v1/strategies", permission, P::strategy_read},
      {"POST", "/api/v1/strategies", permission, P::strategy_write},
      {"POST", "/api/v1/strategies/import", permission, P::strategy_write},
      {"GET", "/api/v1/strategies/{id}", permission, P::strategy_read},
      {"PUT", "/api/v1/strategies/{id}", permission, P::strategy_write},
      {"DELETE", "/api/v1/strategies/{id}", permission, P::strategy_write},
      {"GET", "/api/v1/strategies/{id}/export", permission, P::strategy_read},
      {"GET", "/api/v1/strategies/{id}/axes", permission, P::strategy_read},
      {"POST", "/api/v1/strategies/{id}/axes", permission, P::strategy_write},
      {"PUT", "/api/v1/axes/{id}", permission, P::strategy_write},
      {"DELETE", "/api/v1/axes/{id}", permission, P::strategy_write},
      {"GET", "/api/v1/strategies/{id}/evaluation", permission, P::strategy_read},
      {"GET", "/api/v1/strategies/{id}/action-plan", permission, P::strategy_read},
      {"GET", "/api/v1/strategies/{id}/bilan", permission, P::strategy_read},
      {"GET", "/api/v1/strategies/{id}/document", permission, P::strategy_read},
      {"GET", "/api/v1/strategies/{id}/publication", permission, P::strategy_read},
      {"PUT", "/api/v1/strategies/{id}/publication", permission, P::strategy_write},
      {"POST", "/api/v1/strategies/{id}/publication/preview", permission, P::strategy_write},
      {"GET", "/api/v1/meetings/{id}/documents/{kind}", permission, P::governance_read},
      {"GET", "/api/v1/strategies/{id}/indicator-series", permission, P::strategy_read},
      {"PUT", "/api/v1/axes/{id}/analysis", permission, P::strategy_write},
      {"POST", "/api/v1/strategies/{id}/axes/order", permission, P::strategy_write},
      {"POST", "/api/v1/strategies/{id}/actions/order", permission, P::strategy_write},
      {"GET", "/api/v1/strategies/{id}/actions", permission, P::strategy_read},
      {"POST", "/api/v1/strategies/{id}/actions", permission, P::strategy_write},
      {"GET", "/api/v1/actions/{id}", permission, P::strategy_read},
      {"PUT", "/api/v1/actions/{id}", permission, P::strategy_write},
      {"DELETE", "/api/v1/actions/{id}", permission, P::strategy_write},
      {"GET", "/api/v1/actions/{id}/history", permission, P::strategy_read},

      {"GET", "/api/v1/bodies", permission, P::governance_read},
      {"POST", "/api/v1/bodies", permission, P::governance_write},
      {"GET", "/api/v1/bodies/{id}", permission, P::governance_read},
      {"PUT", "/api/v1/bodies/{id}", permission, P::governance_write},
      {"DELETE", "/api/v1/bodies/{id}", permission, P::governance_write},
      {"POST", "/api/v1/bodies/{id}/members", permission, P::governance_write},
      {"PUT", "/api/v1/members/{id}", permission, P::governance_write},
      {"POST", "/api/v1/members/{id}/access", permission, P::governance_read},
      {"GET", "/api/v1/bodies/{id}/meetings", permission, P::governance_read},
      {"POST", "/api/v1/bodies/{id}/meetings", permission, P::governance_write},
      {"PUT", "/api/v1/meetings/{id}", permission, P::governance_write},
      {"DELETE", "/api/v1/meetings/{id}", permission, P::governance_write},
      {"GET", "/api/v1/bodies/{id}/rhythm", permission, P::governance_read},
      {"GET", "/api/v1/meetings/{id}", permission, P::governance_read},
      {"PUT", "/api/v1/meetings/{id}/invitations", permission, P::governance_write},
      {"PUT", "/api/v1/meetings/{id}/attendance", permission, P::governance_write},
      // Content routes: a confidential body's service also requires a signatory member.
      {"GET", "/api/v1/meetings/{id}/content", permission, P::governance_read},
      {"PUT", "/api/v1/meetings/{id}/agenda", permission, P::governance_write},
      {"PUT", "/api/v1/meetings/{id}/minutes", permission, P::governance_write},
      {"POST", "/api/v1/meetings/{id}/minutes/approve", permission, P::governance_write},
      {"POST", "/api/v1/meetings/{id}/attachments", permission, P::governance_write},
      {"GET", "/api/v1/attachments/{id}", permission, P::governance_read},
      {"DELETE", "/api/v1/attachments/{id}", permission, P::governance_write},
      {"POST", "/api/v1/meetings/{id}/decisions", permission, P::governance_write},
      {"PUT", "/api/v1/decisions/{id}", permission, P::governance_write},
      {"GET", "/api/v1/decisions", permission, P::governance_read},
      {"GET", "/api/v1/territories/{id}/governance-outlook", permission, P::governance_read},
      {"POST", "/api/v1/meetings/{id}/convocation/send", permission, P::governance_write},
      {"POST", "/api/v1/meetings/{id}/minutes/send", permission, P::governance_write},
      {"POST", "/api/v1/territories/{id}/decision-reminders", permission, P::governance_write},
      {"GET", "/api/v1/bodies/{id}/report", permission, P::governance_read},
      {"GET", "/api/v1/bodies/{id}/activations", permission, P::governance_read},
      {"POST", "/api/v1/bodies/{id}/activations", permission, P::governance_write},
      {"POST", "/api/v1/activations/{id}/close", permission, P::governance_write},
      {"GET", "/api/v1/bodies/{id}/calendar.ics", permission, P::governance_read},
      {"POST", "/api/v1/me/calendar", authenticated, {}},
      {"GET", "/api/v1/calendar-feeds/{token}", open, {}},

      // What the coordinator published, for anyone (issue 16 §3): PublicationService reads
      // only the published parts.
      {"GET", "/public/v1/territories/{id}", open, {}},
      {"GET", "/public/v1/territories/{id}/catalogue.jsonld", open, {}},
      {"GET", "/public/v1/territories/{id}/fiches.csv", open, {}},
      {"GET", "/public/v1/territories/{id}/fiches.json", open, {}},
      {"GET", "/public/v1/territories/{id}/reunions.csv", open, {}},
      {"GET", "/public/v1/territories/{id}/reunions.json", open, {}},
      {"GET", "/public/v1/territories/{id}/delinquance.csv", open, {}},
      {"GET", "/public/v1/territories/{id}/delinquance.json", open, {}},
      {"GET", "/public/v1/schemas/fiches.json", open, {}},
      {"GET", "/public/v1/schemas/reunions.json", open, {}},
      {"GET", "/public/v1/schemas/delinquance.json", open, {}},
      {"GET", "/public/v1/strategies/{id}/bilan", open, {}},

      {"GET", "/api/v1/journal", permission, P::journal_read},

      {"GET", "/api/v1/followups", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups", need_to_know, P::followup_access},
      {"GET", "/api/v1/followups/{id}", need_to_know, P::followup_access},
      {"PUT", "/api/v1/followups/{id}", need_to_know, P::followup_access},
      {"GET", "/api/v1/followups/{id}/export", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups/{id}/actions", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups/{id}/close", need_to_know, P::followup_access},
      {"PUT", "/api/v1/followups/{id}/social-professionals", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups/{id}/social-professionals/access", need_to_know,
       P::followup_access},
      {"GET", "/api/v1/followups/{id}/social", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups/{id}/social", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups/{id}/shares", need_to_know, P::followup_access},
      {"DELETE", "/api/v1/followup-shares/{id}", need_to_know, P::followup_access},
      {"POST", "/api/v1/followup-shares/{id}/access", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups/{id}/transfer", need_to_know, P::followup_access},
      {"GET", "/api/v1/followups/{id}/procedures", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups/{id}/reminders", need_to_know, P::followup_access},
      {"PUT", "/api/v1/reminders/{id}", need_to_know, P::followup_access},
      {"GET", "/api/v1/reminders/{id}/summons", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups/{id}/cddf", need_to_know, P::followup_access},
      {"PUT", "/api/v1/cddf/{id}", need_to_know, P::followup_access},
      {"POST", "/api/v1/followups/{id}/tig", need_to_know, P::followup_access},
      {"PUT", "/api/v1/tig-placements/{id}", need_to_know, P::followup_access},
      {"GET", "/api/v1/tig-places", permission, P::followup_access},
      {"POST", "/api/v1/tig-places", permission, P::governance_write},
      {"PUT", "/api/v1/tig-places/{id}", permission, P::governance_write},
      // The DPO or the body's président, with a reason: the service decides.
      {"POST", "/api/v1/followups/{id}/archive-read", authenticated, {}},
      {"GET", "/api/v1/followup-stats", permission, P::followup_stats},
      {"GET", "/api/v1/followup-journal", need_to_know, P::followup_journal},
      {"GET", "/api/v1/followup-journal/integrity", need_to_know, P::followup_journal},
      {"POST", "/api/v1/followup-subject-access", need_to_know, P::followup_journal},
  };
  return kRules;
}

const AccessRule* find_access_rule(std::string_view method, std::string_view pattern) {
  for (const AccessRule& rule : access_rules()) {
    if (rule.method == method && rule.pattern == pattern) return &rule;
  }
  return nullptr;
}

bool reachable_before_enrolment(std::string_view method, std::string_view pattern) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kEnrolment{{
      {"GET", "/api/v1/me"},
      {"POST", "/api/v1/me/totp"},
      {"POST", "/api/v1/me/totp/confirm"},
      {"DELETE", "/api/v1/session"},
  }};
  return std::ranges::find(kEnrolment, std::pair{method, pattern}) != kEnrolment.end();
}

}  // namespace vigie
