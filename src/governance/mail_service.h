#pragma once

#include <map>

#include "core/clock.h"
#include "governance/service.h"
#include "mail/mailer.h"
#include "partner/service.h"

namespace vigie {

/// Who a sending reached: names of those sent to, of those without an address in the
/// directory, and of those the server refused.
struct MailReport {
  std::vector<std::string> sent;
  std::vector<std::string> without_address;
  std::vector<std::string> failed;
};

/// Convocations, minutes and reminders by e-mail (issue 15 §3), through the operator's SMTP
/// server. Nothing confidential travels by e-mail: a confidential body's convocation carries its
/// date, place and a link only (article L.132-5 CSI: its exchanges stay among signatories), and
/// its minutes are never sent.
class GovernanceMail {
 public:
  GovernanceMail(GovernanceService& governance, PartnerService& partners, const Mailer& mailer,
                 const Clock& clock)
      : governance_(governance), partners_(partners), mailer_(mailer), clock_(clock) {}

  /// To each convened current member with an address: the convocation and an invitation
  /// (iCalendar METHOD:REQUEST, SEQUENCE = the meeting's version, so that a moved meeting sent
  /// again replaces the first; METHOD:CANCEL once cancelled). governance.write.
  Result<MailReport> send_convocation(const Actor& actor, std::int64_t meeting_id);
  /// The approved minutes of a non-confidential body to the convened members (409 before
  /// approval, 403 for a confidential body).
  Result<MailReport> send_minutes(const Actor& actor, std::int64_t meeting_id);
  /// To the owner of each overdue open decision the actor may read, a reminder.
  Result<MailReport> send_reminders(const Actor& actor, std::int64_t territory_id);

 private:
  struct Person {
    std::string name;
    std::optional<std::string> email;
  };
  Result<std::map<std::int64_t, Person>> people(const Actor& actor, std::int64_t territory_id);
  void deliver(MailReport& report, const Person& to, MailMessage message);

  GovernanceService& governance_;
  PartnerService& partners_;
  const Mailer& mailer_;
  const Clock& clock_;
};

}  // namespace vigie
