// phasegen runtime: a bounded lock-free single-producer/single-consumer ring.
//
// The only way other threads talk to the owner of a session: the owner performs every
// transition, and items and requests cross threads through two of these rings (see
// phasegen/vox/bridge.hpp). Exactly one thread may call the producer side (try_push,
// try_push_with, try_stage_with, publish, has_room) and exactly one the consumer side
// (try_pop, try_pop_n, release); the two may differ.
//
// Each index is written by one side only and read by the other with acquire/release
// ordering: the producer's release store of `tail_` publishes the slot it filled, the
// consumer's release store of `head_` hands slots back. Each side keeps its own position
// and a copy of the other side's index on a line of its own, and rereads the other's
// atomic only when the copy says full or empty, so in steady state a push or pop touches
// no cache line the other side writes. The two published indices have a line each.
//
// Batching: the consumer hands slots back `release_batch` (N/8; 1 below N = 16) at a
// time, and always
// when try_pop finds the ring empty (or on release()), so a producer that is ahead sees
// room in chunks instead of rereading `head_` for every slot. The price is explicit: a
// push may answer `full` while up to release_batch - 1 slots the consumer has taken are
// not yet handed back; they are handed back by the consumer's next pop that completes a
// batch or finds the ring empty. Nothing is dropped either way. try_pop_n takes many
// items and hands their slots back at once.
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
  // try_push_with asks for the line of a slot this far ahead, for writing: the consumer
  // read it last time round, and taking it back then would stall the producer's fill.
  static constexpr std::size_t prefetch_ahead =
      sizeof(T) >= line / 2 && N * sizeof(T) >= 64 * line ? 2 * line / sizeof(T) + 1 : 0;

 public:
  static constexpr std::size_t capacity() noexcept { return N; }
  /// The consumer hands taken slots back to the producer at least this many at a time
  /// (or when it finds the ring empty, or on release()).
  static constexpr std::size_t release_batch = N >= 16 ? N / 8 : 1;

  // --- producer side
  /// On Push::full, `v` is left as it was.
  [[nodiscard]] Push try_push(T&& v) noexcept { return put(std::move(v)); }
  [[nodiscard]] Push try_push(const T& v) noexcept
    requires std::is_nothrow_copy_assignable_v<T>
  {
    return put(v);
  }

  /// Builds the next item in place: `fill(T& slot)` writes it into the slot (which holds
  /// a default-constructed or moved-from T), then the item is published. On Push::full,
  /// fill is not called. fill must not throw and must not touch this ring.
  template <class F>
  [[nodiscard]] Push try_push_with(F&& fill) noexcept {
    const Push p = try_stage_with(std::forward<F>(fill));
    if (p == Push::pushed) publish();
    return p;
  }

  /// try_push_with, without publishing: the consumer sees staged items only after
  /// publish(). A producer that makes many items at once publishes them with one store,
  /// so the consumer finds a batch instead of racing it item by item.
  template <class F>
  [[nodiscard]] Push try_stage_with(F&& fill) noexcept {
    const std::size_t tail = tail_pos_;
    if (tail - head_cache_ == N) {
      head_cache_ = head_.load(std::memory_order_acquire);
      if (tail - head_cache_ == N) return Push::full;
    }
    if constexpr (prefetch_ahead > 0) __builtin_prefetch(&slots_[(tail + prefetch_ahead) & (N - 1)], 1);
    fill(slots_[tail & (N - 1)]);
    tail_pos_ = tail + 1;
    return Push::pushed;
  }

  /// Makes every staged item visible to the consumer.
  void publish() noexcept { tail_.store(tail_pos_, std::memory_order_release); }

  /// Whether the next try_push will succeed (only the consumer can change the answer,
  /// and only from false to true).
  bool has_room() noexcept {
    if (tail_pos_ - head_cache_ < N) return true;
    head_cache_ = head_.load(std::memory_order_acquire);
    return tail_pos_ - head_cache_ < N;
  }

  // --- consumer side
  [[nodiscard]] std::optional<T> try_pop() noexcept {
    const std::size_t head = head_pos_;
    if (head == tail_cache_ && !refill(head)) return std::nullopt;
    std::optional<T> out{std::move(slots_[head & (N - 1)])};
    head_pos_ = head + 1;
    if (head + 1 - released_ >= release_batch) publish(head + 1);
    return out;
  }

  /// Takes up to `max` items, oldest first, calling `f(T&&)` for each (f must not throw),
  /// and hands their slots back at once. Returns how many were taken (0: ring empty).
  template <class F>
  std::size_t try_pop_n(std::size_t max, F&& f) noexcept {
    const std::size_t head = head_pos_;
    std::size_t avail = tail_cache_ - head;
    if (avail < max) {
      tail_cache_ = tail_.load(std::memory_order_acquire);
      avail = tail_cache_ - head;
      if (avail == 0) {
        if (released_ != head) publish(head);
        return 0;
      }
    }
    const std::size_t n = avail < max ? avail : max;
    for (std::size_t i = 0; i < n; ++i) f(std::move(slots_[(head + i) & (N - 1)]));
    head_pos_ = head + n;
    publish(head + n);
    return n;
  }

  /// Hands every taken slot back now (for a consumer that stops popping for a while).
  void release() noexcept {
    if (released_ != head_pos_) publish(head_pos_);
  }

 private:
  template <class U>
  Push put(U&& v) noexcept {
    const std::size_t tail = tail_pos_;
    if (tail - head_cache_ == N) {
      head_cache_ = head_.load(std::memory_order_acquire);
      if (tail - head_cache_ == N) return Push::full;
    }
    slots_[tail & (N - 1)] = std::forward<U>(v);
    tail_pos_ = tail + 1;
    tail_.store(tail + 1, std::memory_order_release);
    return Push::pushed;
  }

  /// The ring looked empty: reread the producer's index; if it is still empty, hand every
  /// taken slot back (the producer may be waiting for them). True if items arrived.
  bool refill(std::size_t head) noexcept {
    tail_cache_ = tail_.load(std::memory_order_acquire);
    if (head != tail_cache_) return true;
    if (released_ != head) publish(head);
    return false;
  }

  void publish(std::size_t head) noexcept {
    released_ = head;
    head_.store(head, std::memory_order_release);
  }

  // published by the consumer, read by the producer when its copy says full
  alignas(line) std::atomic<std::size_t> head_{0};
  // consumer only
  alignas(line) std::size_t head_pos_ = 0;  // next slot to take
  std::size_t released_ = 0;                // the last value stored in head_
  std::size_t tail_cache_ = 0;
  // published by the producer, read by the consumer when its copy says empty
  alignas(line) std::atomic<std::size_t> tail_{0};
  // producer only
  alignas(line) std::size_t tail_pos_ = 0;  // next slot to fill
  std::size_t head_cache_ = 0;
  alignas(line) std::array<T, N> slots_{};
};

}  // namespace phasegen
