// phasegen runtime: a fixed-capacity FIFO ring with inline storage.
//
// Each channel's queue. The capacity is a template parameter so the storage lives inside
// the owning object (a registry entry) and the ring never allocates. push() on a full ring
// returns false instead of overwriting or growing: the caller must answer the overflow
// with an outcome. Single-threaded: the owner of the registry is its only user.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>

namespace phasegen {

namespace detail {
// The smallest unsigned type that holds 0..n; keeps the per-channel footprint small.
template <std::size_t N>
using index_for = std::conditional_t<(N <= 0xff), std::uint8_t,
                                     std::conditional_t<(N <= 0xffff), std::uint16_t, std::uint32_t>>;
}  // namespace detail

template <class T, std::size_t N>
class Ring {
  static_assert(N > 0, "a ring needs room for at least one item");
  static_assert(N <= 0xffffffffu, "ring indices are 32-bit");
  static_assert(std::is_nothrow_default_constructible_v<T> && std::is_nothrow_move_assignable_v<T> &&
                    std::is_nothrow_move_constructible_v<T>,
                "ring operations are noexcept, so items must move without throwing");
  using Index = detail::index_for<N>;

 public:
  static constexpr std::size_t capacity() noexcept { return N; }
  std::size_t size() const noexcept { return count_; }
  bool empty() const noexcept { return count_ == 0; }
  bool full() const noexcept { return count_ == N; }

  /// Appends v; false when the ring is full, and then neither the ring nor v changed.
  [[nodiscard]] bool push(T&& v) noexcept { return put(std::move(v)); }
  [[nodiscard]] bool push(const T& v) noexcept
    requires std::is_nothrow_copy_assignable_v<T>
  {
    return put(v);
  }

  /// Removes and returns the oldest item; nullopt when empty.
  [[nodiscard]] std::optional<T> pop() noexcept {
    if (count_ == 0) return std::nullopt;
    std::optional<T> out{std::move(slots_[head_])};
    drop_front();
    return out;
  }

  /// The oldest item, or nullptr when empty.
  const T* front() const noexcept { return count_ ? &slots_[head_] : nullptr; }
  T* front() noexcept { return count_ ? &slots_[head_] : nullptr; }

  /// Moves the oldest item to f(T&&) and removes it; false (f not called) when empty.
  template <class F>
  bool pop_with(F&& f) noexcept {
    if (count_ == 0) return false;
    f(std::move(slots_[head_]));
    remove_front();
    return true;
  }

  /// Removes the oldest item (after the caller moved it out of front()); false when empty.
  bool drop_front() noexcept {
    if (count_ == 0) return false;
    remove_front();
    return true;
  }

  /// Empties the ring; returns how many items it held (the caller accounts for them).
  [[nodiscard]] std::size_t clear() noexcept {
    const std::size_t n = count_;
    if constexpr (!std::is_trivially_destructible_v<T>)
      for (std::size_t i = 0; i < n; ++i) slots_[wrap(std::size_t{head_} + i)] = T{};
    head_ = 0;
    count_ = 0;
    return n;
  }

 private:
  template <class U>
  bool put(U&& v) noexcept {
    if (count_ == N) return false;
    slots_[wrap(std::size_t{head_} + count_)] = std::forward<U>(v);
    ++count_;
    return true;
  }

  void remove_front() noexcept {
    // Do not keep a moved-from item's resources alive in the slot.
    if constexpr (!std::is_trivially_destructible_v<T>) slots_[head_] = T{};
    head_ = static_cast<Index>(wrap(std::size_t{head_} + 1));
    --count_;
  }

  /// i mod N for i < 2N (a mask when N is a power of two).
  static constexpr std::size_t wrap(std::size_t i) noexcept {
    if constexpr ((N & (N - 1)) == 0)
      return i & (N - 1);
    else
      return i >= N ? i - N : i;
  }

  std::array<T, N> slots_{};
  Index head_ = 0;
  Index count_ = 0;
};

}  // namespace phasegen
