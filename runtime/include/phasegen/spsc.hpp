// phasegen runtime: a bounded lock-free single-producer/single-consumer ring.
//
// The only way other threads talk to the owner of a session: the owner performs every
// transition, and items and requests cross threads through two of these rings (see
// phasegen/vox/bridge.hpp). Exactly one thread may call the producer side (try_push,
// has_room) and exactly one the consumer side (try_pop); the two may differ.
//
// Each index is written by one side only and read by the other with acquire/release
// ordering: the producer's release store of `tail_` publishes the slot it filled, the
// consumer's release store of `head_` hands the slot back. Each side also keeps a plain
// copy of the other side's index and rereads the atomic only when the copy says full or
// empty, so in steady state a push or pop touches no cache line the other side writes.
// The indices live on separate cache lines so the two sides do not false-share.
#pragma once

#include <array>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <type_traits>
#include <utility>

namespace phasegen {

/// The outcome of a push: a full ring is an answer, never a silent drop or a wait.
enum class Push : std::uint8_t { pushed, full };

template <class T, std::size_t N>
class SpscRing {
  static_assert(N >= 2 && (N & (N - 1)) == 0, "capacity must be a power of two");
  static_assert(std::is_nothrow_default_constructible_v<T> && std::is_nothrow_move_assignable_v<T> &&
                    std::is_nothrow_move_constructible_v<T>,
                "items must move without throwing");
  static constexpr std::size_t line = 64;  // a cache line on the targets we build for

 public:
  static constexpr std::size_t capacity() noexcept { return N; }

  // --- producer side
  /// On Push::full, `v` is left as it was.
  [[nodiscard]] Push try_push(T&& v) noexcept { return put(std::move(v)); }
  [[nodiscard]] Push try_push(const T& v) noexcept
    requires std::is_nothrow_copy_assignable_v<T>
  {
    return put(v);
  }

  /// Whether the next try_push will succeed (only the consumer can change the answer,
  /// and only from false to true).
  bool has_room() noexcept {
    const std::size_t tail = tail_.load(std::memory_order_relaxed);
    if (tail - head_cache_ < N) return true;
    head_cache_ = head_.load(std::memory_order_acquire);
    return tail - head_cache_ < N;
  }

  // --- consumer side
  [[nodiscard]] std::optional<T> try_pop() noexcept {
    const std::size_t head = head_.load(std::memory_order_relaxed);
    if (head == tail_cache_) {
      tail_cache_ = tail_.load(std::memory_order_acquire);
      if (head == tail_cache_) return std::nullopt;
    }
    std::optional<T> out{std::move(slots_[head & (N - 1)])};
    head_.store(head + 1, std::memory_order_release);
    return out;
  }

 private:
  template <class U>
  Push put(U&& v) noexcept {
    const std::size_t tail = tail_.load(std::memory_order_relaxed);
    if (tail - head_cache_ == N) {
      head_cache_ = head_.load(std::memory_order_acquire);
      if (tail - head_cache_ == N) return Push::full;
    }
    slots_[tail & (N - 1)] = std::forward<U>(v);
    tail_.store(tail + 1, std::memory_order_release);
    return Push::pushed;
  }

  // consumer-owned line
  alignas(line) std::atomic<std::size_t> head_{0};
  std::size_t tail_cache_ = 0;
  // producer-owned line
  alignas(line) std::atomic<std::size_t> tail_{0};
  std::size_t head_cache_ = 0;
  alignas(line) std::array<T, N> slots_{};
};

}  // namespace phasegen
