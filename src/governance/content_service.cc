// Agenda, minutes and attachments: a meeting's content.
#include "core/base64.h"
#include "core/nominative.h"
#include "governance/repository.h"
#include "governance/service.h"

namespace vigie {
namespace repo = governance_repository;

namespace {

std::string about(std::int64_t meeting_id, const char* part) {
  return "reunion:" + std::to_string(meeting_id) + "/" + part;
}

// Only a public body's minutes are checked: confidential bodies may hold nominative content.
void add_hints(const Body& body, Minutes& minutes) {
  if (body.confidentiality == "public") minutes.nominative_hints = nominative_hints(minutes.text);
}

}  // namespace

Result<MeetingContent> GovernanceService::content(const Actor& actor, std::int64_t meeting_id) {
  Lease conn = db_.acquire();
  auto [meeting, body] = TRY(load_meeting(*conn, actor, meeting_id, Permission::governance_read));
  TRY_VOID(require_content(*conn, actor, body, Permission::governance_read,
                           about(meeting_id, "contenu")));
  MeetingContent c;
  c.agenda = TRY(repo::list_agenda(*conn, meeting_id));
  c.minutes = TRY(repo::find_minutes(*conn, meeting_id));
  if (c.minutes) add_hints(body, *c.minutes);
  c.attachments = TRY(repo::list_attachments(*conn, meeting_id));
  c.decisions = TRY(repo::list_decisions(*conn, meeting_id));
  for (Decision& d : c.decisions) {
    d.overdue = is_overdue(d, today());
  }
  return c;
}

Result<std::vector<AgendaItem>>
GovernanceService::set_agenda(const Actor& actor, std::int64_t meeting_id,
                              const std::vector<AgendaItem>& items) {
  return db_.in_transaction([&](Connection& conn) -> Result<std::vector<AgendaItem>> {
    auto [meeting, body] = TRY(load_meeting(conn, actor, meeting_id, Permission::governance_write));
    TRY_VOID(require_content(conn, actor, body, Permission::governance_write,
                             about(meeting_id, "ordre_du_jour")));
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (!items[i].action_id) continue;
      auto territory = TRY(strategies_.territory_of_action_in(conn, *items[i].action_id));
      if (territory != body.territory_id) {
        return Error::invalid("Fiche-action inconnue sur ce territoire.",
                              "items[" + std::to_string(i) + "].action_id");
      }
    }
    TRY_VOID(repo::replace_agenda(conn, meeting_id, items));
    return repo::list_agenda(conn, meeting_id);
  });
}

Result<Minutes> GovernanceService::save_minutes(const Actor& actor, std::int64_t meeting_id,
                                                const std::string& text,
                                                std::optional<std::int64_t> expected_version) {
  return db_.in_transaction([&](Connection& conn) -> Result<Minutes> {
    auto [meeting, body] = TRY(load_meeting(conn, actor, meeting_id, Permission::governance_write));
    TRY_VOID(require_content(conn, actor, body, Permission::governance_write,
                             about(meeting_id, "compte_rendu")));
    auto current = TRY(repo::find_minutes(conn, meeting_id));
    if (current && current->status == "approuve") {
      return Error::conflict("Le compte rendu est approuvé : il ne peut plus être modifié.");
    }
    if (!current) {
      if (expected_version) return Error::stale_version();
      TRY_VOID(repo::insert_minutes(conn, meeting_id, text));
    } else if (!expected_version) {
      return Error::invalid("Précisez la version du brouillon que vous modifiez.", "version");
    } else if (!TRY(repo::update_minutes(conn, meeting_id, text, *expected_version))) {
      return Error::stale_version();
    }
    Minutes saved = std::move(*TRY(repo::find_minutes(conn, meeting_id)));
    add_hints(body, saved);
    return saved;
  });
}

Result<Minutes> GovernanceService::approve_minutes(const Actor& actor, std::int64_t meeting_id,
                                                   std::int64_t expected_version,
                                                   bool confirm_no_nominative) {
  return db_.in_transaction([&](Connection& conn) -> Result<Minutes> {
    auto [meeting, body] = TRY(load_meeting(conn, actor, meeting_id, Permission::governance_write));
    TRY_VOID(require_content(conn, actor, body, Permission::governance_write,
                             about(meeting_id, "compte_rendu")));
    auto current = TRY(repo::find_minutes(conn, meeting_id));
    if (!current) return Error::invalid("Aucun compte rendu à approuver.", "version");
    if (body.confidentiality == "public" && !confirm_no_nominative) {
      return Error::invalid("Confirmez que ce compte rendu de " + body.name +
                                " ne contient aucune information nominative.",
                            "confirm_no_nominative");
    }
    if (!TRY(repo::approve_minutes(conn, meeting_id, format_timestamp(clock_.now()),
                                   actor.display_name, expected_version))) {
      return current->status == "approuve" ? Error::conflict("Le compte rendu est déjà approuvé.")
                                           : Error::stale_version();
    }
    return std::move(*TRY(repo::find_minutes(conn, meeting_id)));
  });
}

Result<Attachment> GovernanceService::add_attachment(const Actor& actor, Attachment a,
                                                     const std::string& bytes) {
  return db_.in_transaction([&](Connection& conn) -> Result<Attachment> {
    auto [meeting, body] =
        TRY(load_meeting(conn, actor, a.meeting_id, Permission::governance_write));
    TRY_VOID(require_content(conn, actor, body, Permission::governance_write,
                             about(a.meeting_id, "pieces_jointes")));
    a.size = static_cast<std::int64_t>(bytes.size());
    a.uploaded_by = actor.display_name;
    a.uploaded_at = format_timestamp(clock_.now());
    std::int64_t id = TRY(repo::insert_attachment(conn, a, to_base64(bytes)));
    return std::move(*TRY(repo::find_attachment(conn, id, false)));
  });
}

Result<Attachment> GovernanceService::attachment(const Actor& actor, std::int64_t id) {
  Lease conn = db_.acquire();
  auto found = TRY(repo::find_attachment(*conn, id, true));
  if (!found) return Error::not_found("Pièce jointe introuvable.");
  auto [meeting, body] =
      TRY(load_meeting(*conn, actor, found->meeting_id, Permission::governance_read));
  TRY_VOID(require_content(*conn, actor, body, Permission::governance_read,
                           about(found->meeting_id, "piece_jointe:") + std::to_string(id)));
  found->content = from_base64(found->content);
  return std::move(*found);
}

Result<void> GovernanceService::remove_attachment(const Actor& actor, std::int64_t id) {
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    auto found = TRY(repo::find_attachment(conn, id, false));
    if (!found) return Error::not_found("Pièce jointe introuvable.");
    auto [meeting, body] =
        TRY(load_meeting(conn, actor, found->meeting_id, Permission::governance_write));
    TRY_VOID(require_content(conn, actor, body, Permission::governance_write,
                             about(found->meeting_id, "pieces_jointes")));
    return repo::remove_attachment(conn, id);
  });
}

}  // namespace vigie
