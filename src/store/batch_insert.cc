#include "store/batch_insert.h"

namespace vigie {

Result<void> BatchInsert::add(std::vector<Value> row) {
  for (auto& v : row)
    pending_.push_back(std::move(v));
  if (pending_.size() >= batch_ * columns_) return flush();
  return success();
}

Result<void> BatchInsert::flush() {
  if (pending_.empty()) return success();
  std::size_t rows = pending_.size() / columns_;
  std::string one = "(";
  for (std::size_t c = 0; c < columns_; ++c)
    one += c == 0 ? "?" : ", ?";
  one += ")";
  std::string sql = head_ + " VALUES ";
  for (std::size_t r = 0; r < rows; ++r)
    sql += (r == 0 ? "" : ", ") + one;
  TRY(conn_.query(sql, pending_));
  inserted_ += rows;
  pending_.clear();
  return success();
}

}  // namespace vigie
