#include "strategy/json.h"

#include <boost/json.hpp>

#include "core/json_write.h"
#include "core/text.h"

namespace vigie {
namespace json = boost::json;

namespace {

json::array signatories_json(const std::vector<Signatory>& items) {
  json::array out;
  for (const auto& s : items) {
    out.push_back({{"organisation", s.organisation},
                   {"person", json_or_null(s.person)},
                   {"role", json_or_null(s.role)}});
  }
  return out;
}

json::array key_dates_json(const std::vector<KeyDate>& items) {
  json::array out;
  for (const auto& d : items) {
    out.push_back({{"kind", d.kind}, {"date", d.date}, {"label", json_or_null(d.label)}});
  }
  return out;
}

json::array objectives_json(const std::vector<StrategicObjective>& items) {
  json::array out;
  for (const auto& o : items) {
    out.push_back(
        {{"number", o.number}, {"title", o.title}, {"description", json_or_null(o.description)}});
  }
  return out;
}

json::array blocks_json(const std::vector<TextBlock>& blocks) {
  json::array out;
  for (const auto& b : blocks) {
    json::array items;
    for (const auto& i : b.items)
      items.push_back({{"title", i.title}, {"text", json_or_null(i.text)}});
    out.push_back({{"title", json_or_null(b.title)},
                   {"paragraphs", string_array(b.paragraphs)},
                   {"items", std::move(items)}});
  }
  return out;
}

void read_blocks(JsonReader& in, std::string_view key, std::vector<TextBlock>& out) {
  in.object_list(key, 50, [&](JsonReader& item, std::size_t) {
    TextBlock b;
    b.title = item.optional_string("title", kTitleMax);
    b.paragraphs = item.string_list("paragraphs", 50, kTextMax);
    item.object_list("items", 50, [&](JsonReader& point, std::size_t) {
      b.items.push_back(
          {point.string("title", kTitleMax), point.optional_string("text", kTextMax)});
    });
    if (!b.title && b.paragraphs.empty() && b.items.empty()) {
      item.fail("title", "Un bloc de texte vide : donnez un titre, un paragraphe ou un point.");
    }
    out.push_back(std::move(b));
  });
}

/// "2024-02-04", "2024-02" or "2024": a key date is kept as precise as its source.
bool is_key_date(const std::string& d) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i) {
      if (d[i] < '0' || d[i] > '9') return false;
    }
    return true;
  };
  if (d.size() == 4) return digits(0, 4);
  if (d.size() == 7) {
    return digits(0, 4) && d[4] == '-' && digits(5, 2) && d.substr(5) >= "01" &&
           d.substr(5) <= "12";
  }
  return is_iso_date(d);
}

void read_signatories(JsonReader& in, std::vector<Signatory>& out) {
  in.object_list("signatories", 50, [&](JsonReader& item, std::size_t) {
    out.push_back({item.string("organisation", 200), item.optional_string("person", 200),
                   item.optional_string("role", 200)});
  });
}

void read_key_dates(JsonReader& in, std::vector<KeyDate>& out) {
  in.object_list("key_dates", 50, [&](JsonReader& item, std::size_t) {
    KeyDate d;
    d.kind = item.enumeration("kind", kKeyDateKinds);
    d.date = item.optional_string("date", 10).value_or("");
    if (d.date.empty()) {
      item.fail("date", "Ce champ est obligatoire.");
    } else if (!is_key_date(d.date)) {
      item.fail("date",
                "Ce champ doit être une date AAAA-MM-JJ, un mois AAAA-MM ou une année AAAA.");
    }
    d.label = item.optional_string("label", 200);
    out.push_back(std::move(d));
  });
}

void read_objectives(JsonReader& in, std::vector<StrategicObjective>& out) {
  in.object_list("objectives", 50, [&](JsonReader& item, std::size_t) {
    out.push_back({item.integer("number", 1, 99), item.string("title", kTitleMax),
                   item.optional_string("description", kTextMax)});
  });
}

}  // namespace

json::object to_json(const Strategy& s) {
  return {{"id", s.id},
          {"territory_id", s.territory_id},
          {"title", s.title},
          {"status", s.status},
          {"period_start", json_or_null(s.period_start)},
          {"period_end", json_or_null(s.period_end)},
          {"description", json_or_null(s.description)},
          {"source", json_or_null(s.source)},
          {"announced_axes", json_or_null(s.announced_axes)},
          {"announced_actions", json_or_null(s.announced_actions)},
          {"signatories", signatories_json(s.signatories)},
          {"key_dates", key_dates_json(s.key_dates)},
          {"objectives", objectives_json(s.objectives)},
          {"sections", blocks_json(s.sections)},
          {"partners", string_array(s.partners)},
          {"version", s.version},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

json::object to_json(const Axis& a) {
  return {{"id", a.id},
          {"strategy_id", a.strategy_id},
          {"number", a.number},
          {"title", a.title},
          {"description", json_or_null(a.description)},
          {"orientations", blocks_json(a.orientations)},
          {"version", a.version}};
}

json::object to_json(const Action& a) {
  json::array budget;
  for (const auto& b : a.budget_lines) {
    budget.push_back({{"label", b.label},
                      {"amount_cents", b.amount_cents},
                      {"source", b.source},
                      {"funder_id", json_or_null(b.funder_id)},
                      {"year", json_or_null(b.year)},
                      {"executed_cents", json_or_null(b.executed_cents)}});
  }
  json::array milestones;
  for (const auto& m : a.milestones) {
    milestones.push_back({{"label", m.label},
                          {"due_date", json_or_null(m.due_date)},
                          {"done_date", json_or_null(m.done_date)}});
  }
  json::array indicators;
  for (const auto& i : a.indicators)
    indicators.push_back(indicator_json(i));
  json::array partners;
  for (auto id : a.partner_ids)
    partners.emplace_back(id);
  return {{"id", a.id},
          {"strategy_id", a.strategy_id},
          {"axis_id", json_or_null(a.axis_id)},
          {"number", a.number},
          {"title", a.title},
          {"description", json_or_null(a.description)},
          {"constat", json_or_null(a.constat)},
          {"general_objective", json_or_null(a.general_objective)},
          {"operational_objectives", string_array(a.operational_objectives)},
          {"target_public", json_or_null(a.target_public)},
          {"target_territory", json_or_null(a.target_territory)},
          {"solutions", json_or_null(a.solutions)},
          {"pilot_organisation_id", json_or_null(a.pilot_organisation_id)},
          {"pilot_contact_id", json_or_null(a.pilot_contact_id)},
          {"partner_ids", std::move(partners)},
          {"budget_lines", std::move(budget)},
          {"milestones", std::move(milestones)},
          {"indicators", std::move(indicators)},
          {"status", a.status},
          {"example", a.example},
          {"version", a.version},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

json::object to_json(const ActionChange& c) {
  return {{"id", c.id},
          {"action_id", c.action_id},
          {"actor", c.actor_login},
          {"at", c.at},
          {"changes", json::parse(c.changes)}};
}

void read_strategy(JsonReader& in, Strategy& out) {
  out.title = in.string("title", kTitleMax);
  out.status = in.optional_enumeration("status", kStrategyStatuses).value_or("brouillon");
  out.period_start = in.optional_integer("period_start", 1990, 2100);
  out.period_end = in.optional_integer("period_end", 1990, 2100);
  if (out.period_start && out.period_end && *out.period_end < *out.period_start) {
    in.fail("period_end", "La fin de période précède son début.");
  }
  out.description = in.optional_string("description", kTextMax);
  out.source = in.optional_string("source", 2000);
  out.announced_axes = in.optional_integer("announced_axes", 0, 99);
  out.announced_actions = in.optional_integer("announced_actions", 0, 999);
  read_signatories(in, out.signatories);
  read_key_dates(in, out.key_dates);
  read_objectives(in, out.objectives);
  read_blocks(in, "sections", out.sections);
  out.partners = in.string_list("partners", 50, 200);
}

void read_axis(JsonReader& in, Axis& out) {
  out.number = in.integer("number", 1, 99);
  out.title = in.string("title", kTitleMax);
  out.description = in.optional_string("description", kTextMax);
  read_blocks(in, "orientations", out.orientations);
}

void read_budget_line(JsonReader& in, BudgetLine& out) {
  out.label = in.string("label", 200);
  out.amount_cents = in.integer("amount_cents", 0, 100'000'000'000);
  out.source = in.enumeration("source", kFundingSources);
  out.year = in.optional_integer("year", 1990, 2100);
  out.executed_cents = in.optional_integer("executed_cents", 0, 100'000'000'000);
}

void read_action_fields(JsonReader& in, Action& out) {
  out.number = in.integer("number", 1, 999);
  out.title = in.string("title", kTitleMax);
  out.description = in.optional_string("description", kTextMax);
  out.constat = in.optional_string("constat", kTextMax);
  out.general_objective = in.optional_string("general_objective", kTextMax);
  out.operational_objectives = in.string_list("operational_objectives", 50, 2000);
  out.target_public = in.optional_string("target_public", 2000);
  out.target_territory = in.optional_string("target_territory", 2000);
  out.solutions = in.optional_string("solutions", kTextMax);
  in.object_list("milestones", 100, [&](JsonReader& item, std::size_t) {
    Milestone m{item.string("label", 300), item.optional_date("due_date"),
                item.optional_date("done_date")};
    out.milestones.push_back(std::move(m));
  });
  in.object_list("indicators", 50, [&](JsonReader& item, std::size_t) {
    out.indicators.push_back(read_indicator(item));
  });
  out.status = in.optional_enumeration("status", kActionStatuses).value_or("prevue");
  out.example = in.optional_boolean("example").value_or(false);
}

std::string signatories_text(const std::vector<Signatory>& items) {
  return json::serialize(signatories_json(items));
}
std::string key_dates_text(const std::vector<KeyDate>& items) {
  return json::serialize(key_dates_json(items));
}
std::string objectives_text(const std::vector<StrategicObjective>& items) {
  return json::serialize(objectives_json(items));
}
std::string blocks_text(const std::vector<TextBlock>& blocks) {
  return json::serialize(blocks_json(blocks));
}

namespace {

// A stored list, read back through its reader as if it were the field `key` of a body; the
// stores wrote it with the functions above, so it is trusted here.
template <typename T, typename Read>
std::vector<T> parse_stored(const std::string& text, const char* key, Read read) {
  std::vector<T> out;
  json::value wrapped = json::object{{key, json::parse(text)}};
  JsonReader in(wrapped, "");
  read(in, out);
  return out;
}

}  // namespace

std::vector<Signatory> parse_signatories(const std::string& text) {
  return parse_stored<Signatory>(text, "signatories", read_signatories);
}

std::vector<KeyDate> parse_key_dates(const std::string& text) {
  return parse_stored<KeyDate>(text, "key_dates", read_key_dates);
}

std::vector<TextBlock> parse_blocks(const std::string& text) {
  return parse_stored<TextBlock>(text, "blocks", [](JsonReader& in, std::vector<TextBlock>& out) {
    read_blocks(in, "blocks", out);
  });
}

std::vector<StrategicObjective> parse_objectives(const std::string& text) {
  return parse_stored<StrategicObjective>(text, "objectives", read_objectives);
}

}  // namespace vigie
