// Convocations, minutes and reminders by e-mail (issue 15 §3).
#include "governance/mail_service.h"

#include <algorithm>

#include "core/dates.h"
#include "governance/calendar.h"

namespace vigie {
namespace {

// "2026-06-18T18:00" → "18/06/2026 à 18:00"
std::string when(const std::string& starts_at) {
  return french_date(starts_at.substr(0, 10)) + " à " + starts_at.substr(11, 5);
}

}  // namespace

Result<std::map<std::int64_t, GovernanceMail::Person>>
GovernanceMail::people(const Actor& actor, std::int64_t territory_id) {
  std::map<std::int64_t, Person> out;
  for (const Organisation& o : TRY(partners_.list(actor, territory_id))) {
    for (const Contact& c : o.contacts)
      out[c.id] = {c.name, c.email};
  }
  return out;
}

void GovernanceMail::deliver(MailReport& report, const Person& to, MailMessage message) {
  if (!to.email || to.email->empty()) {
    report.without_address.push_back(to.name);
    return;
  }
  message.to = *to.email;
  message.to_name = to.name;
  if (mailer_.send(message, clock_.now())) {
    report.sent.push_back(to.name);
  } else {
    report.failed.push_back(to.name);
  }
}

Result<MailReport> GovernanceMail::send_convocation(const Actor& actor, std::int64_t meeting_id) {
  MeetingDetail d = TRY(governance_.meeting(actor, meeting_id));
  TRY_VOID(require(actor, Permission::governance_write, d.body.territory_id));
  TRY_VOID(mailer_.ready());
  auto directory = TRY(people(actor, d.body.territory_id));
  CalendarEvent event = TRY(governance_.meeting_event(actor, meeting_id));
  event.organizer = mail_address(mailer_.settings().from);
  bool cancelled = d.meeting.status == "annulee";
  std::string link =
      mailer_.settings().public_url + "/reunion.html?id=" + std::to_string(d.meeting.id);
  std::string place = d.meeting.place.value_or("lieu à préciser");
  MailMessage m;
  m.subject = (cancelled ? "Annulation : " : "Convocation : ") + d.body.name + " — " +
              when(d.meeting.starts_at);
  m.text = cancelled ? "La réunion de « " + d.body.name + " » prévue le " +
                           when(d.meeting.starts_at) + " (" + place + ") est annulée" +
                           (d.meeting.cancel_reason && d.body.confidentiality != "confidentiel"
                                ? " : " + *d.meeting.cancel_reason
                                : "") +
                           ".\n"
                     : "Vous êtes convoqué(e) à la réunion de « " + d.body.name + " » le " +
                           when(d.meeting.starts_at) + ", " + place + ".\n";
  // The ordre du jour and documents stay behind sign-in: a link only.
  m.text += "\nLe détail de la réunion : " + link + "\n";
  MailReport report;
  for (const Invitation& inv : d.invitations) {
    auto member = std::find_if(d.body.members.begin(), d.body.members.end(),
                               [&](const BodyMember& x) { return x.id == inv.member_id; });
    if (member == d.body.members.end() || member->left_on) continue;
    const Person& person = directory[member->contact_id];  // gone from the directory: no name
    MailMessage one = m;
    if (person.email) {
      event.attendees = {*person.email};
      one.calendar_method = cancelled ? "CANCEL" : "REQUEST";
      one.calendar = render_calendar(d.body.name, {event}, clock_.now(), one.calendar_method);
    }
    deliver(report, person, std::move(one));
  }
  if (!report.sent.empty()) {
    TRY_VOID(governance_.record_convocation_sent(actor, meeting_id, d.meeting.version));
  }
  return report;
}

Result<MailReport> GovernanceMail::send_minutes(const Actor& actor, std::int64_t meeting_id) {
  MeetingDetail d = TRY(governance_.meeting(actor, meeting_id));
  TRY_VOID(require(actor, Permission::governance_write, d.body.territory_id));
  if (d.body.confidentiality == "confidentiel") {
    return Error::forbidden("Le compte rendu d'une instance confidentielle ne part pas par "
                            "courriel : ses membres le lisent dans Vigie.");
  }
  MeetingContent content = TRY(governance_.content(actor, meeting_id));
  if (!content.minutes || content.minutes->status != "approuve") {
    return Error::conflict("Le compte rendu n'est pas encore approuvé.", "minutes");
  }
  TRY_VOID(mailer_.ready());
  auto directory = TRY(people(actor, d.body.territory_id));
  MailMessage m;
  m.subject = "Compte rendu : " + d.body.name + " — " + when(d.meeting.starts_at);
  m.text = "Compte rendu approuvé de la réunion de « " + d.body.name + " » du " +
           when(d.meeting.starts_at) + ".\n\n" + content.minutes->text + "\n";
  MailReport report;
  for (const Invitation& inv : d.invitations) {
    auto member = std::find_if(d.body.members.begin(), d.body.members.end(),
                               [&](const BodyMember& x) { return x.id == inv.member_id; });
    if (member == d.body.members.end() || member->left_on) continue;
    deliver(report, directory[member->contact_id], m);
  }
  return report;
}

Result<MailReport> GovernanceMail::send_reminders(const Actor& actor, std::int64_t territory_id) {
  TRY_VOID(require(actor, Permission::governance_write, territory_id));
  std::vector<Decision> open = TRY(governance_.decisions(actor, territory_id, true));
  std::vector<Body> bodies = TRY(governance_.list(actor, territory_id));
  TRY_VOID(mailer_.ready());
  auto directory = TRY(people(actor, territory_id));
  MailReport report;
  for (const Decision& dec : open) {
    if (!dec.overdue || !dec.owner_contact_id) continue;
    auto body = std::find_if(bodies.begin(), bodies.end(),
                             [&](const Body& b) { return b.id == dec.body_id; });
    bool confidential = body == bodies.end() || body->confidentiality == "confidentiel";
    std::string link =
        mailer_.settings().public_url + "/reunion.html?id=" + std::to_string(dec.meeting_id);
    MailMessage m;
    m.subject = "Rappel : décision en retard — " + dec.body_name;
    m.text = (confidential ? "Une décision de « " + dec.body_name + " » vous est confiée"
                           : "La décision « " + dec.text + " » de « " + dec.body_name +
                                 " » vous est confiée") +
             ", à échéance du " + french_date(dec.due_date.value_or("")) +
             " : elle n'est pas encore faite.\n\nPour la suivre : " + link + "\n";
    deliver(report, directory[*dec.owner_contact_id], std::move(m));
  }
  return report;
}

}  // namespace vigie
