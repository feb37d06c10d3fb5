// Rappel à l'ordre, CDDF and TIG: procedures on a record, under its need-to-know and journal.
#include "auth/second_factor.h"
#include "core/dates.h"
#include "followup/procedure_repository.h"
#include "followup/repository.h"
#include "followup/service.h"
#include "followup/summons.h"

namespace vigie {
namespace proc = procedure_repository;

namespace {

Result<void> check_reminder(const Reminder& r, const std::string& today) {
  if (r.facts_date > today)
    return Error::invalid("Les faits ne peuvent pas être futurs.", "facts_date");
  if (!is_local_datetime(r.hearing_at)) {
    return Error::invalid("Date et heure attendues (AAAA-MM-JJTHH:MM).", "hearing_at");
  }
  if (r.hearing_at.substr(0, 10) < r.facts_date) {
    return Error::invalid("L'audition suit les faits.", "hearing_at");
  }
  if (r.status == "tenu" && (!r.hearing_record || r.attendees.empty())) {
    return Error::invalid("Un rappel tenu se consigne : qui était présent et ce qui a été dit.",
                          r.attendees.empty() ? "attendees" : "hearing_record");
  }
  return success();
}

Result<void> check_cddf(const CddfReferral& c, const std::string& today) {
  if (c.referral_date > today) {
    return Error::invalid("La saisine ne peut pas être future.", "referral_date");
  }
  if (c.hearing_date && *c.hearing_date < c.referral_date) {
    return Error::invalid("L'audition de la famille suit la saisine.", "hearing_date");
  }
  if (c.status == "clos" && !c.outcome) {
    return Error::invalid("Précisez l'issue avant de clore.", "outcome");
  }
  return success();
}

}  // namespace

Result<Procedures> FollowUpService::on_procedures(
    const Actor& actor, std::int64_t id, const char* what,
    const std::function<Result<void>(Connection&, const FollowUp&)>& work) {
  Procedures out;
  auto done = guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    FollowUp f = TRY(load_entitled(conn, actor, id, what, refusal));
    TRY_VOID(work(conn, f));
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, id, what));
    out = TRY(proc::of_followup(conn, id));
    return f;
  });
  if (!done) return done.error();
  return out;
}

Result<void> FollowUpService::journal_refusal(const Actor& actor, std::string_view path) {
  // "/api/v1/<collection>/<id>[/...]"
  constexpr std::string_view kPrefix = "/api/v1/";
  if (!path.starts_with(kPrefix)) return success();
  std::string_view rest = path.substr(kPrefix.size());
  std::size_t slash = rest.find('/');
  if (slash == std::string_view::npos) return success();
  std::string_view collection = rest.substr(0, slash);
  std::string digits(rest.substr(slash + 1, rest.find('/', slash + 1) - slash - 1));
  if (digits.empty() || digits.size() > 18 ||
      digits.find_first_not_of("0123456789") != std::string::npos) {
    return success();
  }
  return db_.in_transaction([&](Connection& conn) -> Result<void> {
    auto record = TRY(proc::record_of(conn, collection, std::stoll(digits)));
    if (!record) return success();
    auto f = TRY(followup_repository::find(conn, *record));
    if (!f || !actor.roles.contains(f->territory_id)) return success();
    return journal_.record_in(conn, actor, f->territory_id, f->id, "refus",
                              "rôle sans accès aux dossiers");
  });
}

Result<std::int64_t> FollowUpService::owning_record(std::string_view collection, std::int64_t id,
                                                    const char* missing) {
  Lease conn = db_.acquire();
  auto record = TRY(proc::record_of(*conn, collection, id));
  if (!record) return Error::not_found(missing);
  return *record;
}

Result<Procedures> FollowUpService::procedures(const Actor& actor, std::int64_t id) {
  return on_procedures(actor, id, "lecture_procedures",
                       [](Connection&, const FollowUp&) -> Result<void> { return success(); });
}

Result<Procedures> FollowUpService::add_reminder(const Actor& actor, std::int64_t id, Reminder r,
                                                 bool under_prosecution) {
  return on_procedures(
      actor, id, "rappel_ordre", [&](Connection& conn, const FollowUp&) -> Result<void> {
        if (under_prosecution) {
          return Result<void>(Error::conflict(
              "Rappel à l'ordre impossible : les faits font l'objet de poursuites judiciaires. "
              "Le rappel à l'ordre ne vaut que pour des faits que le parquet ne poursuit pas.",
              "under_prosecution"));
        }
        r.followup_id = id;
        r.status = "convoque";
        TRY_VOID(check_reminder(r, today()));
        TRY(proc::insert_reminder(conn, r));
        return success();
      });
}

Result<Procedures> FollowUpService::update_reminder(const Actor& actor, Reminder r,
                                                    std::int64_t expected_version) {
  std::int64_t id = TRY(owning_record("reminders", r.id, "Rappel à l'ordre introuvable."));
  return on_procedures(actor, id, "rappel_ordre",
                       [&](Connection& conn, const FollowUp&) -> Result<void> {
                         r.followup_id = id;
                         TRY_VOID(check_reminder(r, today()));
                         if (!TRY(proc::update_reminder(conn, r, expected_version))) {
                           return Error::stale_version();
                         }
                         return success();
                       });
}

Result<std::string> FollowUpService::summons_pdf(const Actor& actor, std::int64_t reminder_id) {
  std::vector<PrintBlock> letter;
  auto done = guarded(actor, [&](Connection& conn, Refusal& refusal) -> Result<FollowUp> {
    auto reminder = TRY(proc::find_reminder(conn, reminder_id));
    if (!reminder) return Error::not_found("Rappel à l'ordre introuvable.");
    FollowUp f =
        TRY(load_entitled(conn, actor, reminder->followup_id, "impression_convocation", refusal));
    TRY_VOID(require_step_up(actor, clock_.now(),
                             "Confirmez votre identité (mot de passe ou code) avant d'imprimer "
                             "une convocation."));
    letter = summons_letter(f, *reminder, TRY(proc::territory_name(conn, f.territory_id)), today());
    TRY_VOID(journal_.record_in(conn, actor, f.territory_id, f.id, "impression_convocation"));
    return f;
  });
  if (!done) return done.error();
  return render_pdf("Convocation à un rappel à l'ordre", letter);
}

Result<Procedures> FollowUpService::add_cddf(const Actor& actor, std::int64_t id, CddfReferral c) {
  return on_procedures(actor, id, "cddf", [&](Connection& conn, const FollowUp&) -> Result<void> {
    c.followup_id = id;
    TRY_VOID(check_cddf(c, today()));
    TRY(proc::insert_cddf(conn, c));
    return success();
  });
}

Result<Procedures> FollowUpService::update_cddf(const Actor& actor, CddfReferral c,
                                                std::int64_t expected_version) {
  std::int64_t id = TRY(owning_record("cddf", c.id, "Saisine du CDDF introuvable."));
  return on_procedures(actor, id, "cddf", [&](Connection& conn, const FollowUp&) -> Result<void> {
    c.followup_id = id;
    TRY_VOID(check_cddf(c, today()));
    if (!TRY(proc::update_cddf(conn, c, expected_version))) {
      return Error::stale_version();
    }
    return success();
  });
}

}  // namespace vigie
