// A meeting's documents; see meeting_documents.h.
#include "publication/meeting_documents.h"

#include "core/dates.h"
#include "governance/labels.h"

namespace vigie {
namespace {

// "2026-03-12T18:00" → "jeudi 12/03/2026 à 18:00" without the weekday: "12/03/2026 à 18:00".
std::string when(const std::string& starts_at) {
  return french_date(starts_at.substr(0, 10)) + " à " + starts_at.substr(11, 5);
}

std::string person(const Invitation& i) {
  return html_escape(i.contact_name) +
         (i.organisation_name.empty() ? "" : " (" + html_escape(i.organisation_name) + ")") +
         " — " + member_role_label(i.role);
}

std::string heading_lines(const MeetingDocumentData& d) {
  const Meeting& m = d.detail.meeting;
  return "<p>Réunion du " + when(m.starts_at) + (m.place ? ", " + html_escape(*m.place) : "") +
         " — durée prévue " + std::to_string(m.duration_minutes) + " minutes.</p>\n";
}

std::string agenda_list(const MeetingDocumentData& d) {
  if (d.content.agenda.empty()) return "<p>L'ordre du jour sera communiqué en séance.</p>\n";
  std::string out = "<ol>\n";
  for (const AgendaItem& item : d.content.agenda) {
    out += "<li>" + html_escape(item.title);
    if (item.action_id) {
      auto fiche = d.fiches.find(*item.action_id);
      if (fiche != d.fiches.end()) out += " (" + html_escape(fiche->second) + ")";
    }
    if (item.notes) out += " — " + html_escape(*item.notes);
    out += "</li>\n";
  }
  return out + "</ol>\n";
}

std::string decisions_table(const MeetingDocumentData& d) {
  if (d.content.decisions.empty()) return "<p>Aucune décision enregistrée.</p>\n";
  std::vector<std::vector<std::string>> rows;
  rows.reserve(d.content.decisions.size());
  for (const Decision& x : d.content.decisions) {
    rows.push_back({html_escape(x.text), html_escape(x.owner_name),
                    x.due_date ? french_date(*x.due_date) : "",
                    decision_status_label(x.status) + (x.overdue ? " (en retard)" : "")});
  }
  return html_table({"Décision", "Responsable", "Échéance", "Statut"}, rows, {46, 24, 14, 16});
}

void convocation(const MeetingDocumentData& d, OfficeDocument& doc) {
  doc.title = "Convocation";
  doc.html = heading_lines(d) +
             "<p>Madame, Monsieur,</p>\n<p>Vous êtes convié(e) à la réunion "
             "de l'instance « " +
             html_escape(d.detail.body.name) + " » le " + when(d.detail.meeting.starts_at) +
             (d.detail.meeting.place ? ", " + html_escape(*d.detail.meeting.place) : "") +
             ".</p>\n<h1>Ordre du jour</h1>\n" + agenda_list(d);
  if (!d.detail.invitations.empty()) {
    doc.html += "<h1>Personnes convoquées</h1>\n<ul>\n";
    for (const Invitation& i : d.detail.invitations)
      doc.html += "<li>" + person(i) + "</li>\n";
    doc.html += "</ul>\n";
  }
}

void minutes(const MeetingDocumentData& d, OfficeDocument& doc) {
  doc.title = "Compte rendu";
  doc.html = heading_lines(d);
  const std::optional<Minutes>& m = d.content.minutes;
  doc.html += !m ? "<p><em>Compte rendu non rédigé.</em></p>\n"
              : m->status == "approuve"
                  ? "<p><em>Approuvé le " + french_date(m->approved_at.value_or("").substr(0, 10)) +
                        " par " + html_escape(m->approved_by.value_or("")) + ".</em></p>\n"
                  : "<p><em>Projet de compte rendu, non approuvé.</em></p>\n";
  for (const auto& [state, words] : std::vector<std::pair<std::string, std::string>>{
           {"present", "Présents"}, {"excuse", "Excusés"}, {"absent", "Absents"}}) {
    std::string names;
    for (const Invitation& i : d.detail.invitations) {
      if (i.attendance == state) names.append("<li>").append(person(i)).append("</li>\n");
    }
    if (!names.empty())
      doc.html.append("<h2>").append(words).append("</h2>\n<ul>\n").append(names).append("</ul>\n");
  }
  doc.html += "<h1>Ordre du jour</h1>\n" + agenda_list(d);
  if (m && !m->text.empty()) doc.html += "<h1>Compte rendu</h1>\n" + html_paragraphs(m->text);
  doc.html += "<h1>Décisions</h1>\n" + decisions_table(d);
}

}  // namespace

Result<MeetingDocumentKind> meeting_document_kind(const std::string& name) {
  if (name == "convocation") return MeetingDocumentKind::convocation;
  if (name == "ordre-du-jour") return MeetingDocumentKind::agenda;
  if (name == "compte-rendu") return MeetingDocumentKind::minutes;
  if (name == "releve-de-decisions") return MeetingDocumentKind::decisions;
  return Error::not_found("Document inconnu : convocation, ordre-du-jour, compte-rendu ou "
                          "releve-de-decisions.");
}

OfficeDocument meeting_document(const MeetingDocumentData& d, MeetingDocumentKind kind) {
  OfficeDocument doc;
  doc.table_of_contents = false;
  switch (kind) {
  case MeetingDocumentKind::convocation: convocation(d, doc); break;
  case MeetingDocumentKind::agenda:
    doc.title = "Ordre du jour";
    doc.html = heading_lines(d) + agenda_list(d);
    break;
  case MeetingDocumentKind::minutes: minutes(d, doc); break;
  case MeetingDocumentKind::decisions:
    doc.title = "Relevé de décisions";
    doc.html = heading_lines(d) + decisions_table(d);
    break;
  }
  doc.subtitle = d.detail.body.name + " — " + d.territory_name;
  doc.footer = d.territory_name + " — " + doc.title + " du " +
               french_date(d.detail.meeting.starts_at.substr(0, 10));
  return doc;
}

}  // namespace vigie
