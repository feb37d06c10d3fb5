#pragma once

#include <initializer_list>
#include <span>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/value.h"

namespace vigie {

enum class Dialect { sqlite, postgres };

/// One connection to the store. SQL uses `?` placeholders on both backends. A unique-key
/// violation comes back as ErrorCode::conflict, any other store failure as internal.
class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  virtual Result<Rows> query(std::string_view sql, std::span<const Value> params) = 0;
  /// Several statements without parameters (migrations).
  virtual Result<void> execute_script(std::string_view sql) = 0;
  virtual Result<void> begin() = 0;
  virtual Result<void> commit() = 0;
  virtual void rollback() = 0;

  Result<Rows> query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return query(sql, std::span<const Value>(params.begin(), params.size()));
  }
  Result<Rows> query(std::string_view sql, const std::vector<Value>& params) {
    return query(sql, std::span<const Value>(params.data(), params.size()));
  }
};

}  // namespace vigie
