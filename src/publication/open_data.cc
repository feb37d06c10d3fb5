// The open data's three datasets, their rows and JSON records; see open_data.h.
#include "publication/open_data.h"

#include <algorithm>
#include <cmath>
#include <span>

#include "diagnostic/service.h"
#include "strategy/labels.h"

namespace vigie::open_data {
namespace json = boost::json;
using sheet::Cell;
using sheet::Format;

namespace {

std::vector<std::string_view> codes(std::span<const std::string_view> list) {
  return {list.begin(), list.end()};
}

Field column(std::string_view name, std::string_view title, std::string_view type,
             std::string_view description, bool required = false,
             std::vector<std::string_view> values = {}) {
  return {name, title, type, description, required, std::move(values)};
}

}  // namespace

const std::vector<Dataset>& datasets() {
  static const std::vector<Dataset> kDatasets{
      {"fiches",
       "strategie",
       "Fiches-actions de la stratégie territoriale de sécurité et de prévention de la délinquance",
       "Une ligne par fiche-action des stratégies publiées : axe, titre, statut, organisation "
       "pilote et partenaires, objectifs et indicateurs. Sans budget, ni personne nommée.",
       {column("strategie_id", "Identifiant de la stratégie", "integer",
               "Stable pour une stratégie.", true),
        column("strategie", "Stratégie", "string", "Titre de la stratégie (STSPD).", true),
        column("axe_numero", "Numéro de l'axe", "integer", "Vide pour une fiche hors axe."),
        column("axe", "Axe", "string", "Titre de l'axe."),
        column("fiche_numero", "Numéro de la fiche-action", "integer", "Dans la stratégie.", true),
        column("titre", "Titre de la fiche-action", "string", "", true),
        column("statut", "Statut", "string",
               "prevue, en_cours, realisee, abandonnee ou non_renseigne.", true,
               codes(kActionStatuses)),
        column("pilote", "Organisation pilote", "string",
               "Nom de l'organisation, jamais d'une personne."),
        column("partenaires", "Organisations partenaires", "string", "Noms séparés par « | »."),
        column("constat", "Constat", "string", "Ce qui a motivé la fiche."),
        column("objectif_general", "Objectif général", "string", ""),
        column("objectifs_operationnels", "Objectifs opérationnels", "string",
               "Séparés par « | »."),
        column("public_cible", "Public cible", "string", ""),
        column("territoire_cible", "Territoire cible", "string", ""),
        column("description", "Description", "string", ""),
        column(
            "indicateurs", "Indicateurs d'évaluation", "string",
            "Libellés séparés par « | » (type entre parenthèses : Moyens, Réalisation, Résultat, "
            "Impact).")}},
      {"reunions",
       "instances",
       "Calendrier des instances publiques du conseil (CLSPD/CISPD)",
       "Les dates des réunions des instances publiques (plénière…), tenues ou prévues ; jamais "
       "celles des instances restreintes ou confidentielles, ni lieu, ordre du jour ou présence.",
       {column("instance", "Instance", "string", "Nom de l'instance.", true),
        column("type_instance", "Type d'instance", "string", "", true, codes(kBodyKinds)),
        column("date", "Date", "date", "Jour de la réunion (AAAA-MM-JJ).", true),
        column("tenue", "Tenue", "boolean", "true si la réunion a eu lieu.", true)}},
      {"delinquance",
       "diagnostic",
       "Crimes et délits enregistrés par la police et la gendarmerie (SSMSI)",
       "Les chiffres officiels du SSMSI pour le territoire, son département, sa région et la "
       "France : nombre et taux pour mille ; une donnée non diffusée par le SSMSI (secret "
       "statistique) reste vide, jamais 0 ni estimée.",
       {column("niveau", "Niveau", "string", "", true,
               {"territoire", "departement", "region", "france"}),
        column("code", "Code géographique", "string",
               "Code INSEE, du département ou de la région, FR."),
        column("zone", "Zone", "string", "", true),
        column("indicateur", "Indicateur", "string", "Libellé du SSMSI.", true),
        column("unite", "Unité du taux", "string", "Pour mille habitants ou logements.", true,
               {"habitants", "logements"}),
        column("annee", "Année", "integer", "", true),
        column("nombre", "Nombre", "integer", "Vide si non diffusé."),
        column("taux_pour_mille", "Taux pour mille", "number", "Vide si non diffusé."),
        column("diffuse", "Diffusé", "boolean", "false : masqué par le SSMSI.", true),
        column("partiel", "Partiel", "boolean",
               "true : somme des seules communes diffusées d'un territoire intercommunal.",
               true)}}};
  return kDatasets;
}

const Dataset* find(std::string_view name) {
  auto found = std::ranges::find(datasets(), name, &Dataset::name);
  return found == datasets().end() ? nullptr : &*found;
}

bool published(const Dataset& d, const PublicPage& page) {
  if (d.part == "instances") return !page.calendar.empty();
  if (d.part == "diagnostic") return page.diagnostic.has_value();
  return std::ranges::any_of(page.strategies, &PublicStrategy::fiches_published);
}

namespace {

Cell integer_cell(std::optional<std::int64_t> v) {
  return Cell::of(v ? std::optional<double>(static_cast<double>(*v)) : std::nullopt);
}
Cell text_cell(const std::optional<std::string>& v) { return Cell(v.value_or("")); }
Cell flag(bool v) { return Cell(v ? "true" : "false"); }

std::string joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items)
    out += (out.empty() ? "" : " | ") + s;
  return out;
}

void fiche_rows(const PublicPage& page, sheet::Sheet& s) {
  for (const PublicStrategy& ps : page.strategies) {
    if (!ps.fiches_published) continue;
    for (const PublicFiche& f : ps.fiches) {
      std::vector<std::string> indicators;
      for (const PublicIndicator& i : f.indicators)
        indicators.push_back(i.label + " (" + indicator_kind_label(i.kind) + ")");
      s.rows.push_back({integer_cell(f.strategy_id), ps.strategy.title, integer_cell(f.axis_number),
                        f.axis_title, integer_cell(f.number), f.title, f.status, text_cell(f.pilot),
                        joined(f.partners), text_cell(f.constat), text_cell(f.general_objective),
                        joined(f.operational_objectives), text_cell(f.target_public),
                        text_cell(f.target_territory), text_cell(f.description),
                        joined(indicators)});
    }
  }
}

void series_rows(const std::string& level, const IndicatorDiagnostic& i, const SsmsiSeries& series,
                 sheet::Sheet& s) {
  for (const SsmsiPoint& p : series.points) {
    s.rows.push_back({level, series.code, series.name, i.label,
                      i.per_dwellings ? "logements" : "habitants", integer_cell(p.year),
                      integer_cell(p.count), Cell::of(p.rate, Format::rate), flag(p.published),
                      flag(p.partial)});
  }
}

}  // namespace

sheet::Sheet rows(const Dataset& d, const PublicPage& page) {
  sheet::Sheet s;
  s.name = std::string(d.name);
  s.title = std::string(d.title);
  for (const Field& f : d.fields)
    s.header.emplace_back(f.name);
  if (d.name == "fiches") fiche_rows(page, s);
  if (d.name == "reunions") {
    for (const PublicMeeting& m : page.calendar)
      s.rows.push_back({m.body, m.body_kind, m.day, flag(m.held)});
  }
  if (d.name == "delinquance" && page.diagnostic) {
    for (const IndicatorDiagnostic& i : page.diagnostic->indicators) {
      series_rows("territoire", i, i.territory, s);
      series_rows("departement", i, i.departement, s);
      series_rows("region", i, i.region, s);
      series_rows("france", i, i.france, s);
    }
  }
  return s;
}

namespace {

json::value typed(const Field& f, const Cell& c) {
  if (c.number) {
    if (f.type == "integer") return static_cast<std::int64_t>(*c.number);
    // As the CSV writes it: a rate to three decimals.
    return c.format == Format::rate ? std::round(*c.number * 1000) / 1000 : *c.number;
  }
  if (c.text.empty()) return nullptr;
  if (f.type == "boolean") return c.text == "true";
  return json::value(c.text);
}

}  // namespace

json::object records(const Dataset& d, const PublicPage& page, const std::string& base) {
  sheet::Sheet s = rows(d, page);
  json::array data;
  for (const auto& row : s.rows) {
    json::object record;
    for (std::size_t i = 0; i < d.fields.size() && i < row.size(); ++i)
      record[d.fields[i].name] = typed(d.fields[i], row[i]);
    data.push_back(std::move(record));
  }
  return {{"licence", {{"id", kLicenceId}, {"title", kLicenceTitle}, {"url", kLicenceUrl}}},
          {"source", source_text(page)},
          {"updated_at", page.updated_at},
          {"schema", schema_url(base, d.name)},
          {"data", std::move(data)}};
}

std::string source_text(const PublicPage& page) {
  std::string out =
      "Vigie — " + page.territory_name + " (" + (page.kind == "cispd" ? "CISPD" : "CLSPD") + ")";
  if (page.diagnostic) out += " ; chiffres : " + source_line(*page.diagnostic);
  return out;
}

std::string territory_url(const std::string& base, std::int64_t territory_id) {
  return base + "/public/v1/territories/" + std::to_string(territory_id);
}

std::string public_page_url(const std::string& base, std::int64_t territory_id) {
  return base + "/publique.html?territoire=" + std::to_string(territory_id);
}

std::string schema_url(const std::string& base, std::string_view dataset) {
  return base + "/public/v1/schemas/" + std::string(dataset) + ".json";
}

}  // namespace vigie::open_data
