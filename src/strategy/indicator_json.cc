// An indicator of a fiche-action in JSON: its series of measurements, and the latest one as
// `current_value` / `measured_on`, which older documents and clients give instead of a series.
#include <algorithm>
#include <cstdint>

#include <boost/json.hpp>

#include "core/json_write.h"
#include "strategy/json.h"

namespace vigie {
namespace json = boost::json;

namespace {

json::array official_json(const std::vector<OfficialMeasurement>& items) {
  json::array out;
  for (const auto& m : items) {
    out.push_back({{"year", m.year},
                   {"value", json_or_null(m.value)},
                   {"published", m.published},
                   {"partial", m.partial}});
  }
  return out;
}

Measurement read_measurement(JsonReader& item) {
  Measurement m;
  m.measured_on = item.optional_date("measured_on");
  std::optional<double> value = item.optional_number("value");
  if (!value && !item.failed()) item.fail("value", "Une mesure demande une valeur.");
  m.value = value.value_or(0);
  m.note = item.optional_string("note", 300);
  m.source = item.optional_string("source", 300);
  m.entered_by = item.optional_string("entered_by", 100);  // kept only from a document
  return m;
}

// The legacy pair stands for a one-measurement series; beside a series it must repeat its
// latest measurement, so that nothing given is silently dropped.
void read_latest(JsonReader& item, Indicator& i, bool series_given) {
  std::optional<double> value = item.optional_number("current_value");
  std::optional<std::string> day = item.optional_date("measured_on");
  if (day && !value) {
    item.fail("current_value", "Une date de mesure demande une valeur mesurée.");
    return;
  }
  if (!value) return;
  if (!series_given) {
    i.measurements.push_back({day, *value, std::nullopt, std::nullopt, std::nullopt});
    return;
  }
  const Measurement* last = i.latest();
  if (last == nullptr || last->value != *value || last->measured_on != day) {
    item.fail("current_value",
              "La valeur mesurée ne correspond pas à la dernière mesure de la série : "
              "donnez la nouvelle mesure dans « measurements ».");
  }
}

}  // namespace

json::object indicator_json(const Indicator& i) {
  json::array measurements;
  for (const Measurement& m : i.measurements) {
    measurements.push_back({{"measured_on", json_or_null(m.measured_on)},
                            {"value", m.value},
                            {"note", json_or_null(m.note)},
                            {"source", json_or_null(m.source)},
                            {"entered_by", json_or_null(m.entered_by)}});
  }
  const Measurement* last = i.latest();
  json::object o{{"id", i.id},
                 {"kind", i.kind},
                 {"label", i.label},
                 {"unit", json_or_null(i.unit)},
                 {"baseline", json_or_null(i.baseline)},
                 {"baseline_date", json_or_null(i.baseline_date)},
                 {"target", json_or_null(i.target)},
                 {"target_date", json_or_null(i.target_date)},
                 {"source", json_or_null(i.source)},
                 {"periodicity", json_or_null(i.periodicity)},
                 {"next_measurement_due", json_or_null(i.next_measurement_due)},
                 {"measurement_late", i.measurement_late},
                 {"measurements", std::move(measurements)},
                 {"current_value", last != nullptr ? json::value(last->value) : nullptr},
                 {"measured_on", last != nullptr ? json_or_null(last->measured_on) : nullptr}};
  if (i.ssmsi_indicator) {  // only on indicators that follow the SSMSI: others keep their shape
    o["ssmsi_indicator"] = *i.ssmsi_indicator;
    o["ssmsi_measure"] = json_or_null(i.ssmsi_measure);
    o["official"] = official_json(i.official);
  }
  return o;
}

Indicator read_indicator(JsonReader& item) {
  Indicator i;
  i.id = item.optional_integer("id", 1, INT64_MAX).value_or(0);
  i.kind = item.enumeration("kind", kIndicatorKinds);
  i.label = item.string("label", 300);
  i.unit = item.optional_string("unit", 50);
  i.baseline = item.optional_number("baseline");
  i.baseline_date = item.optional_date("baseline_date");
  i.target = item.optional_number("target");
  i.target_date = item.optional_date("target_date");
  i.source = item.optional_string("source", 300);
  i.periodicity = item.optional_enumeration("periodicity", kPeriodicities);
  for (const char* computed : {"next_measurement_due", "measurement_late", "official"})
    item.ignore(computed);
  item.object_list("measurements", 500, [&](JsonReader& m, std::size_t) {
    i.measurements.push_back(read_measurement(m));
  });
  // In order of day; a measurement without a day (from before series) comes first.
  std::stable_sort(i.measurements.begin(), i.measurements.end(),
                   [](const Measurement& a, const Measurement& b) {
                     return a.measured_on.value_or("") < b.measured_on.value_or("");
                   });
  read_latest(item, i, item.has("measurements"));
  i.ssmsi_indicator = item.optional_string("ssmsi_indicator", 200);
  i.ssmsi_measure = item.optional_enumeration("ssmsi_measure", kOfficialMeasures);
  if (i.ssmsi_indicator && i.kind != "impact") {
    item.fail("ssmsi_indicator",
              "Seul un indicateur d'impact se rattache à un indicateur du SSMSI.");
  }
  if (i.ssmsi_indicator && !i.ssmsi_measure) i.ssmsi_measure = "taux";
  if (!i.ssmsi_indicator) i.ssmsi_measure.reset();
  return i;
}

}  // namespace vigie
