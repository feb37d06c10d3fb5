// vigie analyse near-repeat|kde|gistar|temporal <csv>: the crime-analysis library over files.
#include <csignal>
#include <fstream>
#include <iostream>
#include <sstream>

#include <unistd.h>

#include "analysis/area_csv.h"
#include "analysis/event_csv.h"
#include "cli/analyse_output.h"
#include "cli/commands.h"
#include "cli/common.h"

namespace vigie::cli {
namespace {

using namespace analysis;  // NOLINT(google-build-using-namespace): this file drives analysis/

// Ctrl-C asks the running analysis to stop; it returns at its next unit of work.
std::atomic<bool> g_interrupted{false};
extern "C" void on_interrupt(int /*signal*/) { g_interrupted = true; }

struct Common {
  std::string file;
  std::string x, y, date;
  std::string date_order = "auto";
  std::string output;
  std::string format;
  bool quiet = false;
};

void add_common(CLI::App* cmd, Common& c, const std::string& formats) {
  cmd->add_option("csv", c.file, "Fichier CSV des événements (x, y en mètres, date)")->required();
  cmd->add_option("--x", c.x, "Colonne des x (nom ou numéro)");
  cmd->add_option("--y", c.y, "Colonne des y (nom ou numéro)");
  cmd->add_option("--date", c.date, "Colonne de la date (nom ou numéro)");
  cmd->add_option("--date-order", c.date_order, "Dates jj/mm ou mm/jj : auto, jour-mois, mois-jour")
      ->check(CLI::IsMember({"auto", "jour-mois", "mois-jour"}));
  cmd->add_option("--output,-o", c.output, "Fichier de sortie (sinon la sortie standard)");
  cmd->add_option("--format", c.format, "Format : " + formats)
      ->check(CLI::IsMember({"texte", "csv", "json"}));
  cmd->add_flag("--quiet,-q", c.quiet, "Sans indication de progression");
}

Result<EventTable> load(const Common& c) {
  const std::string text = TRY(read_csv_file(c.file));
  CsvOptions o;
  o.x_column = c.x;
  o.y_column = c.y;
  o.date_column = c.date;
  o.date_order = c.date_order == "jour-mois"   ? DateOrder::day_month
                 : c.date_order == "mois-jour" ? DateOrder::month_day
                                               : DateOrder::automatic;
  return parse_events_csv(text, o);
}

// An analysis error about events[i] is reported at that event's line of the file.
int report(const Error& error, const Common& c, const EventTable* table) {
  if (error.code == ErrorCode::cancelled) {
    std::cerr << "\nvigie: " << error.message << "\n";
    return 130;
  }
  if (table != nullptr && error.field && error.field->rfind("events[", 0) == 0) {
    const std::size_t i = std::stoul(error.field->substr(7));
    if (i < table->lines.size()) {
      Error located = error;
      located.field.reset();
      return fail(located, c.file, static_cast<int>(table->lines[i]));
    }
  }
  return fail(error, c.file);
}

RunControl control_for(const Common& c) {
  g_interrupted = false;
  std::signal(SIGINT, on_interrupt);
  RunControl control;
  control.cancel = &g_interrupted;
  if (!c.quiet && isatty(STDERR_FILENO) != 0) {
    auto last = std::make_shared<int>(-1);
    control.progress = [last](std::string_view stage, double fraction) {
      const int percent = static_cast<int>(fraction * 100);
      if (percent == *last) return;
      *last = percent;
      std::cerr << "\r" << stage << " : " << percent << " %   " << (percent == 100 ? "\n" : "")
                << std::flush;
    };
  }
  return control;
}

OutputFormat format_of(const Common& c, OutputFormat fallback) {
  if (c.format == "json") return OutputFormat::json;
  if (c.format == "csv") return OutputFormat::csv;
  if (c.format == "texte") return OutputFormat::text;
  return fallback;
}

// Writes to the output file, or to standard output.
template <typename Write>
int emit(const Common& c, Write write) {
  if (c.output.empty()) {
    write(std::cout);
    return 0;
  }
  std::ofstream out(c.output, std::ios::binary);
  if (!out) return fail(Error::invalid("impossible d'écrire ce fichier.", "output"), c.output);
  write(out);
  return 0;
}

Result<Window> parse_window(const std::string& text) {
  Window w;
  char comma1 = 0;
  char comma2 = 0;
  char comma3 = 0;
  std::istringstream in(text);
  if (!(in >> w.xmin >> comma1 >> w.ymin >> comma2 >> w.xmax >> comma3 >> w.ymax) ||
      comma1 != ',' || comma2 != ',' || comma3 != ',') {
    return Error::invalid("fenêtre attendue sous la forme xmin,ymin,xmax,ymax (mètres).", "window");
  }
  return w;
}

struct NearRepeatArgs {
  Common common;
  NearRepeatOptions options;
  std::string metric = "manhattan";
  std::string compat;
  bool beyond = false;
};

int run_near_repeat(NearRepeatArgs& a) {
  auto table = load(a.common);
  if (!table) return report(table.error(), a.common, nullptr);
  a.options.metric = a.metric == "euclidienne" ? Metric::euclidean : Metric::manhattan;
  a.options.nrc = a.compat == "nrc";
  a.options.spatial_beyond = a.options.temporal_beyond = a.beyond;
  auto result = near_repeat(table->events, a.options, control_for(a.common));
  if (!result) return report(result.error(), a.common, &*table);
  return emit(a.common, [&](std::ostream& out) {
    write_near_repeat(out, *result, a.options.seed, format_of(a.common, OutputFormat::text));
  });
}

void add_near_repeat(CLI::App* parent, int& status) {
  auto args = std::make_shared<NearRepeatArgs>();
  NearRepeatOptions& o = args->options;
  CLI::App* cmd = parent->add_subcommand("near-repeat", "Répétitions proches : test de Knox");
  add_common(cmd, args->common, "texte (défaut), csv, json");
  cmd->add_option("--spatial-band", o.spatial_bandwidth, "Largeur d'une bande spatiale (m)")
      ->required();
  cmd->add_option("--spatial-bands", o.spatial_bands, "Nombre de bandes spatiales")
      ->capture_default_str();
  cmd->add_option("--temporal-band", o.temporal_bandwidth, "Largeur d'une bande temporelle (jours)")
      ->required();
  cmd->add_option("--temporal-bands", o.temporal_bands, "Nombre de bandes temporelles")
      ->capture_default_str();
  cmd->add_option("--metric", args->metric, "Distance : manhattan ou euclidienne")
      ->check(CLI::IsMember({"manhattan", "euclidienne"}));
  cmd->add_flag("--same-location", o.same_location, "Ligne « même lieu » (moins de 1 cm)");
  cmd->add_flag("--beyond", args->beyond, "Ligne et colonne « au-delà » des bandes");
  cmd->add_flag("--time-of-day", o.use_time_of_day, "Écarts avec l'heure (sinon en jours entiers)");
  cmd->add_option(
         "--iterations", o.simulations,
         "Simulations (avec --compat nrc : les « itérations » du calculateur, N − 1 simulations)")
      ->capture_default_str();
  cmd->add_option("--seed", o.seed, "Graine des permutations")->capture_default_str();
  cmd->add_option("--threads", o.threads, "Fils de calcul (0 : tous les cœurs)");
  cmd->add_option("--compat", args->compat, "nrc : reproduire le Near Repeat Calculator")
      ->check(CLI::IsMember({"nrc"}));
  o.spatial_bands = 3;
  o.temporal_bands = 3;
  cmd->callback([args, &status] { status = run_near_repeat(*args); });
}

struct KdeArgs {
  Common common;
  KdeOptions options;
  std::string kernel = "gaussien";
  double sigma = 0;
  int pixels = 128;
  std::string window;
  bool no_edge = false;
};

int run_kde(KdeArgs& a) {
  auto table = load(a.common);
  if (!table) return report(table.error(), a.common, nullptr);
  KdeOptions o = a.options;
  o.kernel = a.kernel == "quartique"  ? Kernel::quartic
             : a.kernel == "uniforme" ? Kernel::uniform
                                      : Kernel::gaussian;
  if (a.sigma != 0) o.sigma = a.sigma;
  o.columns = o.rows = a.pixels;
  o.edge_correction = !a.no_edge;
  if (!a.window.empty()) {
    auto window = parse_window(a.window);
    if (!window) return report(window.error(), a.common, nullptr);
    o.window = *window;
  }
  auto grid = kernel_density(table->events, o, control_for(a.common));
  if (!grid) return report(grid.error(), a.common, &*table);
  return emit(a.common, [&](std::ostream& out) {
    write_density(out, *grid, format_of(a.common, OutputFormat::csv));
  });
}

void add_kde(CLI::App* parent, int& status) {
  auto args = std::make_shared<KdeArgs>();
  CLI::App* cmd = parent->add_subcommand("kde", "Densité par noyau (points chauds continus)");
  add_common(cmd, args->common, "csv (défaut : x,y,density), json");
  cmd->add_option("--kernel", args->kernel, "Noyau : gaussien, quartique, uniforme")
      ->check(CLI::IsMember({"gaussien", "quartique", "uniforme"}));
  cmd->add_option("--sigma", args->sigma,
                  "Largeur de bande en mètres (défaut : 1/8 du petit côté)");
  cmd->add_flag("--adaptive", args->options.adaptive, "Largeur adaptative d'Abramson (gaussien)");
  cmd->add_option("--pixels", args->pixels, "Pixels par côté")->capture_default_str();
  cmd->add_option("--window", args->window, "Fenêtre xmin,ymin,xmax,ymax (défaut : l'emprise)");
  cmd->add_flag("--no-edge", args->no_edge, "Sans correction des bords");
  cmd->callback([args, &status] { status = run_kde(*args); });
}

struct GiStarArgs {
  Common common;
  double cell = 0;
  double distance = 0;
  bool areas = false;
  bool no_fdr = false;
  std::string window;
};

Result<std::vector<Area>> gistar_input(const GiStarArgs& a, std::optional<EventTable>& table) {
  if (a.areas) return parse_areas_csv(TRY(read_csv_file(a.common.file)));
  table = TRY(load(a.common));
  Window window = bounding_box(table->events);
  if (!a.window.empty()) window = TRY(parse_window(a.window));
  auto net = TRY(fishnet(table->events, a.cell, window));
  return std::move(net.cells);
}

int run_gistar(const GiStarArgs& a) {
  std::optional<EventTable> table;
  auto areas = gistar_input(a, table);
  if (!areas) return report(areas.error(), a.common, table ? &*table : nullptr);
  GiStarOptions o;
  o.distance = a.distance;
  o.false_discovery_rate = !a.no_fdr;
  auto values = getis_ord_gistar(*areas, o);
  if (!values) return report(values.error(), a.common, nullptr);
  return emit(a.common, [&](std::ostream& out) {
    write_gistar(out, *areas, *values, format_of(a.common, OutputFormat::csv));
  });
}

void add_gistar(CLI::App* parent, int& status) {
  auto args = std::make_shared<GiStarArgs>();
  CLI::App* cmd = parent->add_subcommand("gistar", "Points chauds et froids : Getis-Ord Gi*");
  add_common(cmd, args->common, "csv (défaut), json");
  cmd->add_option("--cell", args->cell, "Côté des mailles du quadrillage (m)");
  cmd->add_option("--distance", args->distance, "Distance de voisinage (m)")->required();
  cmd->add_flag("--areas", args->areas, "Le fichier donne des zones : id, x, y, valeur");
  cmd->add_flag("--no-fdr", args->no_fdr, "Classes sur les p brutes (sans correction FDR)");
  cmd->add_option("--window", args->window, "Emprise du quadrillage xmin,ymin,xmax,ymax");
  cmd->callback([args, &status] {
    if (!args->areas && args->cell == 0) {
      status = fail(Error::invalid("donnez --cell (quadrillage) ou --areas (zones).", "cell"));
      return;
    }
    status = run_gistar(*args);
  });
}

int run_temporal(const Common& c) {
  auto table = load(c);
  if (!table) return report(table.error(), c, nullptr);
  const HourWeekday hours = hour_weekday(table->events);
  const std::vector<MonthCount> months = monthly_series(table->events);
  std::vector<double> counts;
  counts.reserve(months.size());
  for (const MonthCount& m : months)
    counts.push_back(static_cast<double>(m.count));
  auto trend = mann_kendall(counts);
  return emit(c, [&](std::ostream& out) {
    write_temporal(out, hours, months, trend ? &*trend : nullptr, format_of(c, OutputFormat::text));
  });
}

}  // namespace

void add_analyse(CLI::App& app, int& status) {
  CLI::App* analyse = app.add_subcommand("analyse", "Analyses criminologiques sur un fichier CSV");
  analyse->require_subcommand(1);
  add_near_repeat(analyse, status);
  add_kde(analyse, status);
  add_gistar(analyse, status);
  auto common = std::make_shared<Common>();
  CLI::App* temporal = analyse->add_subcommand("temporal", "Jours, heures, mois et tendance");
  add_common(temporal, *common, "texte (défaut), json");
  temporal->callback([common, &status] { status = run_temporal(*common); });
}

}  // namespace vigie::cli
