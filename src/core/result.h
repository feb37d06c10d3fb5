#pragma once

#include <cassert>
#include <utility>
#include <variant>

#include "core/error.h"

namespace vigie {

/// A value or an Error (SerenityOS's ErrorOr): expected failures travel as return values.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return std::holds_alternative<T>(data_); }
  explicit operator bool() const { return ok(); }

  T& value() & {
    assert(ok());
    return std::get<T>(data_);
  }
  const T& value() const& {
    assert(ok());
    return std::get<T>(data_);
  }
  T&& value() && {
    assert(ok());
    return std::get<T>(std::move(data_));
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  const Error& error() const {
    assert(!ok());
    return std::get<Error>(data_);
  }
  Error&& release_error() {
    assert(!ok());
    return std::get<Error>(std::move(data_));
  }

 private:
  std::variant<T, Error> data_;
};

/// Result<void>: success or an Error.
template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)), failed_(true) {}  // NOLINT

  bool ok() const { return !failed_; }
  explicit operator bool() const { return ok(); }
  const Error& error() const {
    assert(failed_);
    return error_;
  }
  Error&& release_error() {
    assert(failed_);
    return std::move(error_);
  }

 private:
  Error error_;
  bool failed_ = false;
};

inline Result<void> success() { return {}; }

}  // namespace vigie

// Evaluates a Result; on error returns it from the enclosing function, else yields the value.
// Uses a GNU statement expression, as SerenityOS's TRY does, so that code reads straight down.
#define TRY(expr)                                                                                  \
  ({                                                                                               \
    auto _try_result = (expr);                                                                     \
    if (!_try_result.ok()) return _try_result.release_error();                                     \
    std::move(_try_result).value();                                                                \
  })

// For Result<void>: returns the error, if any.
#define TRY_VOID(expr)                                                                             \
  do {                                                                                             \
    auto _try_result = (expr);                                                                     \
    if (!_try_result.ok()) return _try_result.release_error();                                     \
  } while (false)
