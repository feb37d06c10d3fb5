#pragma once

#include <string>
#include <vector>

#include "store/connection.h"

namespace vigie {

/// Multi-row INSERT in batches: tens of thousands of reference rows (the official communes)
/// cost a few hundred statements instead of one round trip each.
class BatchInsert {
 public:
  /// `head` is "INSERT INTO t (a, b, c)"; every row must have `columns` values.
  BatchInsert(Connection& conn, std::string head, std::size_t columns, std::size_t batch = 200)
      : conn_(conn), head_(std::move(head)), columns_(columns), batch_(batch) {}

  Result<void> add(std::vector<Value> row);
  Result<void> flush();
  std::size_t inserted() const { return inserted_; }

 private:
  Connection& conn_;
  std::string head_;
  std::size_t columns_;
  std::size_t batch_;
  std::vector<Value> pending_;
  std::size_t inserted_ = 0;
};

}  // namespace vigie
