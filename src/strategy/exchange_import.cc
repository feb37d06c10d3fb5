// Reading a strategy document into a territory; see exchange.h for its shape.
#include <map>

#include <boost/json.hpp>

#include "partner/json.h"
#include "strategy/exchange.h"
#include "strategy/json.h"

namespace vigie {
namespace json = boost::json;

namespace {

struct PilotRef {
  std::string organisation;
  std::optional<std::string> contact;
};

/// A fiche as the document names its references.
struct DocumentAction {
  Action action;
  std::optional<std::int64_t> axis_number;
  std::optional<PilotRef> pilot;
  std::vector<std::string> partners;
  std::vector<std::optional<std::string>> funders;  // one per budget line
};

struct Document {
  Strategy strategy;
  std::vector<Organisation> organisations;
  std::vector<Axis> axes;
  std::vector<DocumentAction> actions;
};

void read_hint(JsonReader& in, std::optional<TerritoryHint>& hint) {
  in.object("territory", [&](JsonReader& t) {
    TerritoryHint h;
    h.name = t.string("name", 200);
    h.kind = t.enumeration("kind", std::array<std::string_view, 2>{"clspd", "cispd"});
    h.communes = t.string_list("communes", 200, 5);
    hint = std::move(h);
  });
}

void read_header(JsonReader& in) {
  std::string format = in.string("format", 50);
  if (!in.failed() && format != kExchangeFormat) {
    in.fail("format", std::string("Format inconnu : « ") + kExchangeFormat + " » est attendu.");
  }
  in.integer("format_version", 1, 1);
}

void read_document_action(JsonReader& in, DocumentAction& d) {
  read_action_fields(in, d.action);
  d.axis_number = in.optional_integer("axis", 1, 99);
  in.object("pilot", [&](JsonReader& p) {
    d.pilot = PilotRef{p.string("organisation", 200), p.optional_string("contact", 200)};
  });
  d.partners = in.string_list("partners", 100, 200);
  in.object_list("budget_lines", 100, [&](JsonReader& item, std::size_t) {
    BudgetLine b;
    read_budget_line(item, b);
    d.funders.push_back(item.optional_string("funder", 200));
    d.action.budget_lines.push_back(std::move(b));
  });
}

Result<Document> read_document(const json::value& value) {
  JsonReader in(value, "");
  Document doc;
  std::optional<TerritoryHint> ignored;
  read_header(in);
  read_hint(in, ignored);
  in.object("strategy", [&](JsonReader& s) { read_strategy(s, doc.strategy); });
  if (!in.has("strategy")) in.fail("strategy", "Ce champ est obligatoire.");
  in.object_list("organisations", 500, [&](JsonReader& item, std::size_t) {
    Organisation o;
    read_organisation(item, o);
    item.object_list("contacts", 200, [&](JsonReader& c, std::size_t) {
      Contact contact;
      read_contact(c, contact);
      o.contacts.push_back(std::move(contact));
    });
    doc.organisations.push_back(std::move(o));
  });
  in.object_list("axes", 99, [&](JsonReader& item, std::size_t) {
    Axis a;
    read_axis(item, a);
    doc.axes.push_back(std::move(a));
  });
  in.object_list("actions", 2000, [&](JsonReader& item, std::size_t) {
    DocumentAction d;
    read_document_action(item, d);
    doc.actions.push_back(std::move(d));
  });
  TRY_VOID(in.finish());
  return doc;
}

/// Resolves names to the ids created for this import; errors name the document's field.
class References {
 public:
  std::map<std::int64_t, std::int64_t> axes;  // number → id
  std::map<std::string, Organisation> organisations;

  Result<void> resolve(DocumentAction& d, std::size_t index) {
    std::string path = "actions[" + std::to_string(index) + "]";
    if (d.axis_number) {
      auto found = axes.find(*d.axis_number);
      if (found == axes.end()) return Error::invalid("Axe absent du document.", path + ".axis");
      d.action.axis_id = found->second;
    }
    if (d.pilot) {
      const Organisation& o =
          TRY(organisation(d.pilot->organisation, path + ".pilot.organisation"));
      d.action.pilot_organisation_id = o.id;
      if (d.pilot->contact) {
        auto c = std::find_if(o.contacts.begin(), o.contacts.end(),
                              [&](const Contact& k) { return k.name == *d.pilot->contact; });
        if (c == o.contacts.end()) {
          return Error::invalid("Contact absent de l'organisation pilote.",
                                path + ".pilot.contact");
        }
        d.action.pilot_contact_id = c->id;
      }
    }
    for (std::size_t i = 0; i < d.partners.size(); ++i) {
      std::string field = path + ".partners[" + std::to_string(i) + "]";
      const Organisation& o = TRY(organisation(d.partners[i], field));
      d.action.partner_ids.push_back(o.id);
    }
    for (std::size_t i = 0; i < d.funders.size(); ++i) {
      if (!d.funders[i]) continue;
      std::string field = path + ".budget_lines[" + std::to_string(i) + "].funder";
      d.action.budget_lines[i].funder_id = TRY(organisation(*d.funders[i], field)).id;
    }
    return success();
  }

 private:
  Result<Organisation> organisation(const std::string& name, const std::string& field) {
    auto found = organisations.find(name);
    if (found == organisations.end()) {
      return Error::invalid("Organisation « " + name + " » absente de la liste du document.",
                            field);
    }
    return found->second;
  }
};

}  // namespace

Result<std::optional<TerritoryHint>> read_territory_hint(const json::value& document) {
  const json::object* o = document.if_object();
  if (o == nullptr) return Error::invalid("Un objet JSON est attendu.", "");
  std::optional<TerritoryHint> hint;
  if (const json::value* t = o->if_contains("territory")) {
    json::value only = json::object{{"territory", *t}};
    JsonReader in(only, "");
    read_hint(in, hint);
    TRY_VOID(in.finish());
  }
  return hint;
}

Result<std::int64_t> StrategyExchange::import_document(const Actor& actor,
                                                       std::int64_t territory_id,
                                                       const json::value& value) {
  Document doc = TRY(read_document(value));
  return db_.in_transaction([&](Connection& conn) -> Result<std::int64_t> {
    doc.strategy.territory_id = territory_id;
    std::int64_t strategy_id = TRY(
        strategies_.insert_strategy_in(conn, actor, doc.strategy, StrategyService::Unique::title));
    References refs;
    for (std::size_t i = 0; i < doc.organisations.size(); ++i) {
      Organisation& o = doc.organisations[i];
      o.territory_id = territory_id;
      if (refs.organisations.contains(o.name)) {
        return Error::invalid("Organisation en double dans le document.",
                              "organisations[" + std::to_string(i) + "].name");
      }
      refs.organisations[o.name] = TRY(strategies_.partners().find_or_create_in(conn, o));
    }
    for (std::size_t i = 0; i < doc.strategy.partners.size(); ++i) {
      if (!refs.organisations.contains(doc.strategy.partners[i])) {
        return Error::invalid("Organisation absente de la liste « organisations » du document.",
                              "strategy.partners[" + std::to_string(i) + "]");
      }
    }
    for (std::size_t i = 0; i < doc.axes.size(); ++i) {
      Axis& a = doc.axes[i];
      a.strategy_id = strategy_id;
      auto id = strategies_.insert_axis_in(conn, a);
      if (!id) {
        Error e = id.release_error();
        e.field = "axes[" + std::to_string(i) + "]." + e.field.value_or("number");
        return e;
      }
      refs.axes[a.number] = *id;
    }
    std::vector<Action> actions;
    for (std::size_t i = 0; i < doc.actions.size(); ++i) {
      TRY_VOID(refs.resolve(doc.actions[i], i));
      actions.push_back(std::move(doc.actions[i].action));
    }
    if (auto inserted = strategies_.insert_actions_in(conn, actor, strategy_id, actions);
        !inserted) {
      Error e = inserted.release_error();
      e.field = "actions" + e.field.value_or("");
      return e;
    }
    return strategy_id;
  });
}

}  // namespace vigie
