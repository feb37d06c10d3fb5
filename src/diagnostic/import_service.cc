// SsmsiImportService: one SSMSI file into the store, streamed, in one transaction.
#include "diagnostic/import_service.h"

#include <map>
#include <set>
#include <thread>
#include <unordered_set>

#include "core/channel.h"
#include "core/file_hash.h"
#include "core/text.h"
#include "diagnostic/repository.h"
#include "diagnostic/ssmsi_format.h"
#include "diagnostic/ssmsi_source.h"

namespace vigie {
namespace {

constexpr std::size_t kBatch = 4096;

// A zone (at most 5 characters, checked by SsmsiFormat) and a year in one number.
std::uint64_t zone_year_key(const std::string& zone, int year) {
  std::uint64_t key = 0;
  for (char c : zone)
    key = key << 8 | static_cast<unsigned char>(c);
  return key << 16 | static_cast<std::uint64_t>(year);
}

struct Batch {
  std::vector<SsmsiFigure> figures;
  double fraction = 0;
  std::optional<Error> error;
};

// Reads and parses the file on its own thread while the store writes: each side is about half
// the time of an import, so the two together take about as long as the slower one.
class ReadAhead {
 public:
  explicit ReadAhead(SsmsiSource& source) : thread_([this, &source] { read(source); }) {}
  ~ReadAhead() {
    channel_.close();  // a reader waiting for room stops
    thread_.join();
  }
  ReadAhead(const ReadAhead&) = delete;
  ReadAhead& operator=(const ReadAhead&) = delete;
  std::optional<Batch> next() { return channel_.pop(); }

 private:
  void read(SsmsiSource& source) {
    bool end = false;
    while (!end) {
      Batch batch;
      batch.figures.reserve(kBatch);
      try {
        while (!end && batch.figures.size() < kBatch) {
          auto figure = source.next();
          if (!figure.ok()) batch.error = figure.release_error();
          end = !figure.ok() || !*figure;
          if (!end) batch.figures.push_back(std::move(**figure));
        }
      } catch (const std::exception& e) {
        batch.error = Error::internal(std::string("lecture du fichier : ") + e.what());
        end = true;
      }
      batch.fraction = source.fraction();
      if (!channel_.push(std::move(batch))) return;
    }
    channel_.close();
  }

  Channel<Batch> channel_{4};
  std::thread thread_;
};

Error import_cancelled() {
  return {ErrorCode::cancelled,
          "Import annulé à la demande de l'utilisateur ; la base est inchangée.", std::nullopt};
}

bool is_burglary(const std::string& label) {
  return fold_for_search(label).find("cambriolage") != std::string::npos;
}

std::string year_list(const std::vector<int>& years) {
  if (years.empty()) return "";
  return std::to_string(years.front()) +
         (years.size() > 1 ? "–" + std::to_string(years.back()) : std::string());
}

// The work of one import inside its transaction. PostgreSQL's COPY allows no other statement
// meanwhile, so the figure writer is closed around the few that a new year or a new indicator
// needs, and populations and masked means (one per zone and year) are written at the end.
class Loader {
 public:
  Loader(Connection& conn, SsmsiEdition& edition, const SsmsiImportControl& control)
      : conn_(conn), edition_(edition), control_(control) {}

  Result<std::vector<SsmsiEdition>> run(SsmsiSource& source) {
    indicators_ = TRY(ssmsi_repository::indicator_ids(conn_));
    writer_ = TRY(ssmsi_repository::figure_writer(conn_));
    ReadAhead ahead(source);
    while (auto batch = ahead.next()) {
      for (const SsmsiFigure& figure : batch->figures)
        TRY_VOID(add(figure));
      if (batch->error) return *batch->error;
      if (control_.cancel != nullptr && control_.cancel->load()) return import_cancelled();
      if (control_.progress) control_.progress(batch->fraction, edition_.rows);
    }
    TRY_VOID(writer_->finish());
    writer_.reset();
    if (edition_.rows == 0)
      return Error::invalid("Le fichier ne contient aucune ligne.", "fichier");
    TRY_VOID(write_populations());
    TRY_VOID(write_masked_means());
    edition_.years.assign(years_.begin(), years_.end());
    edition_.zones = static_cast<std::int64_t>(zones_.size());
    if (control_.progress) control_.progress(1.0, edition_.rows);
    return std::vector<SsmsiEdition>(previous_.begin(), previous_.end());
  }

 private:
  struct Population {
    std::string zone;
    int year;
    std::optional<std::int64_t> population;
    std::optional<int> population_year;
    std::optional<double> dwellings;
    std::optional<int> dwellings_year;
  };
  struct ByEdition {
    bool operator()(const SsmsiEdition& a, const SsmsiEdition& b) const { return a.id < b.id; }
  };

  Result<void> add(const SsmsiFigure& f) {
    if (f.zone.empty()) {
      ++edition_.unlocated_rows;
      return success();
    }
    if (!years_.contains(f.year)) TRY_VOID(paused([&] { return take_year(f.year); }));
    auto it = indicators_.find(f.indicator);
    if (it == indicators_.end()) {
      std::int64_t id = 0;
      auto insert = [&]() -> Result<void> {
        id = TRY(ssmsi_repository::insert_indicator(conn_, f.indicator, f.unit,
                                                    is_burglary(f.indicator)));
        return success();
      };
      TRY_VOID(paused(insert));
      it = indicators_.emplace(f.indicator, id).first;
    }
    std::int64_t indicator = it->second;
    Value row[] = {level_,
                   std::int64_t{f.year},
                   indicator,
                   f.zone,
                   optional_value(f.count),
                   optional_value(f.rate),
                   std::int64_t{f.published ? 1 : 0}};
    auto added = writer_->add(row);
    if (!added.ok() && added.error().code == ErrorCode::conflict) {
      return Error::invalid("la même zone, année et indicateur (" + f.zone + ", " +
                                std::to_string(f.year) + ", " + f.indicator +
                                ") figure deux fois dans le fichier.",
                            "indicateur");
    }
    TRY_VOID(added);
    ++edition_.rows;
    if (!f.published) ++edition_.masked_rows;
    if (f.zone != last_zone_ || f.year != last_year_) {  // files group a zone's year: look less
      last_zone_ = f.zone;
      last_year_ = f.year;
      zones_.insert(f.zone);
      keep_population(f);
    }
    if (!f.published && (f.masked_mean_count || f.masked_mean_rate)) {
      std::string departement = departement_of_commune(f.zone);
      masked_means_.try_emplace({f.year, indicator, departement},
                                std::pair(f.masked_mean_count, f.masked_mean_rate));
    }
    return success();
  }

  void keep_population(const SsmsiFigure& f) {
    if (!f.population && !f.dwellings) return;
    if (!population_keys_.insert(zone_year_key(f.zone, f.year)).second) return;
    populations_.push_back(
        {f.zone, f.year, f.population, f.population_year, f.dwellings, f.dwellings_year});
  }

  // Runs `work` with no COPY in progress.
  template <typename F>
  Result<void> paused(F&& work) {
    TRY_VOID(writer_->finish());
    writer_.reset();
    TRY_VOID(work());
    writer_ = TRY(ssmsi_repository::figure_writer(conn_));
    return success();
  }

  Result<void> take_year(int year) {
    years_.insert(year);
    if (auto holder = TRY(ssmsi_repository::holder_of_year(conn_, edition_.level, year))) {
      previous_.insert(*holder);
    }
    return ssmsi_repository::take_year(conn_, edition_.level, year, edition_.id);
  }

  Result<void> write_populations() {
    auto writer = TRY(ssmsi_repository::population_writer(conn_));
    for (const Population& p : populations_) {
      Value row[] = {level_,
                     std::int64_t{p.year},
                     p.zone,
                     optional_value(p.population),
                     optional_value(p.population_year),
                     optional_value(p.dwellings),
                     optional_value(p.dwellings_year)};
      TRY_VOID(writer->add(row));
    }
    return writer->finish();
  }

  Result<void> write_masked_means() {
    auto writer = TRY(ssmsi_repository::masked_mean_writer(conn_));
    for (const auto& [key, means] : masked_means_) {
      const auto& [year, indicator, departement] = key;
      Value row[] = {std::int64_t{year}, indicator, departement, optional_value(means.first),
                     optional_value(means.second)};
      TRY_VOID(writer->add(row));
    }
    return writer->finish();
  }

  Connection& conn_;
  SsmsiEdition& edition_;
  const SsmsiImportControl& control_;
  Value level_ = std::string(level_name(edition_.level));
  std::unique_ptr<BulkWriter> writer_;
  std::map<std::string, std::int64_t> indicators_;
  std::set<int> years_;
  std::set<SsmsiEdition, ByEdition> previous_;
  std::unordered_set<std::string> zones_;
  std::string last_zone_;
  int last_year_ = 0;
  std::unordered_set<std::uint64_t> population_keys_;
  std::vector<Population> populations_;
  std::map<std::tuple<int, std::int64_t, std::string>,
           std::pair<std::optional<double>, std::optional<double>>>
      masked_means_;
};

}  // namespace

bool is_older_edition(const SsmsiEdition& a, const SsmsiEdition& b) {
  if (a.produced_on && b.produced_on) return *a.produced_on < *b.produced_on;
  int a_last = a.years.empty() ? 0 : a.years.back();
  int b_last = b.years.empty() ? 0 : b.years.back();
  if (a_last != b_last) return a_last < b_last;
  return !a.produced_on && b.produced_on;  // an undated file never displaces a dated edition
}

Result<SsmsiImportOutcome> SsmsiImportService::import_file(const std::filesystem::path& path,
                                                           const std::string& file_name,
                                                           const SsmsiImportControl& control) {
  std::string sha = TRY(sha256_of_file(path));
  {
    Lease conn = db_.acquire();
    if (auto existing = TRY(ssmsi_repository::edition_by_sha(*conn, sha))) {
      return SsmsiImportOutcome{*existing, true, {}};
    }
  }
  auto source = TRY(SsmsiSource::open(path, file_name));
  SsmsiImportOutcome outcome;
  SsmsiEdition& e = outcome.edition;
  e.level = source->format().level();
  e.file_name = file_name;
  e.sha256 = sha;
  e.schema = source->format().schema();
  e.geography_year = source->format().geography_year();
  e.produced_on = production_date_from_name(file_name);
  e.imported_at = format_timestamp(clock_.now());
  return db_.in_transaction([&](Connection& conn) -> Result<SsmsiImportOutcome> {
    e.id = TRY(ssmsi_repository::insert_edition(conn, e));
    Loader loader(conn, e, control);
    for (const SsmsiEdition& previous : TRY(loader.run(*source))) {
      if (is_older_edition(e, previous)) {
        return Error::conflict("Une édition plus récente est déjà chargée pour ces années (" +
                                   year_list(previous.years) + ", « " + previous.file_name +
                                   "») : cette édition-ci (" + year_list(e.years) +
                                   ") ne la remplace pas.",
                               "fichier");
      }
      // An edition replaces its years whole: a file of a few lines must not empty them.
      if (e.zones * 10 < previous.zones * 9) {
        return Error::conflict("Cette édition ne couvre que " + std::to_string(e.zones) +
                                   " zones, l'édition en place (« " + previous.file_name + " ») " +
                                   std::to_string(previous.zones) +
                                   " : une édition remplace les années qu'elle contient en "
                                   "entier. Importez la base complète.",
                               "fichier");
      }
    }
    TRY_VOID(ssmsi_repository::complete_edition(conn, e));
    outcome.replaced = TRY(ssmsi_repository::mark_replaced(conn, e.imported_at));
    return outcome;
  });
}

Result<std::vector<SsmsiEdition>> SsmsiImportService::editions() {
  Lease conn = db_.acquire();
  return ssmsi_repository::editions(*conn);
}

}  // namespace vigie
