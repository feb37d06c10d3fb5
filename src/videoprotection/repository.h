#pragma once

#include <optional>
#include <string>
#include <vector>

#include "store/connection.h"
#include "videoprotection/model.h"

namespace vigie::video_repository {

// Systems. `today` counts the cameras in service on that day.
Result<std::optional<VideoSystem>> find(Connection& conn, std::int64_t id,
                                        const std::string& today);
Result<std::vector<VideoSystem>> list(Connection& conn, std::int64_t territory_id,
                                      const std::string& today);
Result<std::optional<std::int64_t>> find_by_name(Connection& conn, std::int64_t territory_id,
                                                 const std::string& name);
Result<std::int64_t> insert(Connection& conn, const VideoSystem& s);
/// False when `expected_version` is stale.
Result<bool> update(Connection& conn, const VideoSystem& s, std::int64_t expected_version);
Result<void> remove(Connection& conn, std::int64_t id);

// Cameras.
Result<std::vector<Camera>> cameras(Connection& conn, std::int64_t system_id);
Result<std::optional<Camera>> find_camera(Connection& conn, std::int64_t id);
Result<bool> camera_identifier_taken(Connection& conn, const Camera& c);
Result<std::int64_t> insert_camera(Connection& conn, const Camera& c);
Result<bool> update_camera(Connection& conn, const Camera& c, std::int64_t expected_version);
Result<void> remove_camera(Connection& conn, std::int64_t id);
/// How many register entries name the camera (a count: the register itself is need-to-know).
Result<std::int64_t> register_entries_citing(Connection& conn, std::int64_t camera_id);
/// Cameras in service on `day` (put in service on or before it, not withdrawn by it).
Result<std::int64_t> cameras_in_service(Connection& conn, std::int64_t system_id,
                                        const std::string& day);

// Designated agents.
Result<std::vector<VideoAgent>> agents(Connection& conn, std::int64_t system_id);
Result<bool> is_agent(Connection& conn, std::int64_t system_id, std::int64_t user_id);
Result<void> add_agent(Connection& conn, const VideoAgent& a);
Result<void> remove_agent(Connection& conn, std::int64_t system_id, std::int64_t user_id);

// The register.
Result<std::vector<RegisterEntry>> entries(Connection& conn, std::int64_t system_id);
Result<std::optional<RegisterEntry>> find_entry(Connection& conn, std::int64_t id);
Result<std::int64_t> insert_entry(Connection& conn, const RegisterEntry& e);
Result<bool> update_entry(Connection& conn, const RegisterEntry& e, std::int64_t expected_version);
/// The entries of a year (occurred_on in it), for the figures.
Result<std::vector<RegisterEntry>> entries_of_year(Connection& conn, std::int64_t system_id,
                                                   int year);
/// Destroys the entries whose day is before `cutoff` (YYYY-MM-DD); how many.
Result<std::int64_t> purge_before(Connection& conn, const std::string& cutoff);

}  // namespace vigie::video_repository
