// phasegen runtime, vox: the receiving channels of one session, in one table.
//
// Every receiving channel is one entry keyed by (channel id, session generation), holding
// the generated vox::rx_channel configuration and the channel's queue. The queue is also
// the pre-registration buffer, so `bind` (Announced -> Open) hands buffered items to the
// receiver without moving them: nothing can be lost or reordered in the hand-off (vox's
// separate `channel_buffers` map is where its race lives).
//
// The rule that ties the table to the queue: an item is accepted (queued) exactly when
// the machine's outcome for `item` is a transition, a `consume` transition hands out the
// oldest item, and any other transition that empties `queued` (drop_receiver) discards
// the queue, counted. The machine's `queued` var and the ring's size are therefore equal
// at all times, and since the ring's capacity is the credit and `queued` never exceeds
// it, a push cannot fail (a static_assert below checks the spec, over every cell and
// valuation, for exactly the effects this code relies on).
//
// What the machine cannot see, the registry classifies with a Reason: frames of an older
// generation are `stale` (counted, never applied); a full table is `too-many-channels`.
//
// Memory: `capacity` entries and an index of 2*capacity (rounded up to a power of two)
// 32-bit slots, allocated once in the constructor; nothing is allocated afterwards.
// Terminal entries (Closed, Failed) stay as tombstones so that late frames are classified
// by the machine (data-after-close, channel-id-reuse, channel-failed). A tombstone is
// reclaimed, oldest first, only when a new entry needs room and only once its queue is
// empty. The bound: with L entries that cannot be reclaimed, the newest capacity - L
// tombstones are always kept, so late frames for those channels are classified
// precisely. Past that the id is Unknown again: an item or close is still a violation
// (unknown-channel), but a re-announce is no longer recognised as reuse.
// Entries that cannot be reclaimed (live; terminal or failing with undelivered items; an
// older generation's channel still draining) are bounded by `capacity`: past it a new
// channel is answered `too-many-channels`, never by growing. Owners should drain or
// drop_receiver what they no longer want. Channels the peer announced and no receiver
// was bound to are listed by for_each_unbound(); release_unbound() drops those of older
// generations (after a resume nothing binds them unless the owner does so explicitly).
//
// Hash flooding: the index is keyed by SipHash-1-3 of (id, generation) under a 128-bit
// key drawn from the OS per registry (HashKey::random()). Channel ids come from the
// peer, so with an unkeyed or invertible hash a peer can compute as many ids as it likes
// that share one probe chain, and every frame then walks that chain (O(n) per frame,
// O(n^2) to fill the table). SipHash is a PRF: without the key, ids land on independent
// uniform slots whatever the peer chooses. An explicit key is for tests and
// reproducible runs only.
//
// Generations: 32 bits, as on the wire. The last one (2^32 - 1) is final:
// begin_generation() refuses to start another (a wrap-around would make generation 0's
// channels current again), and the session answers the resume with
// Reason::generations_exhausted.
//
// Single owner: one thread calls every member function (see phasegen/spsc.hpp and
// phasegen/vox/bridge.hpp for talking to a consumer on another thread).
#pragma once

#include <array>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <memory>
#include <new>
#include <optional>
#include <random>
#include <string_view>
#include <utility>

#if defined(__linux__)
#include <sys/mman.h>
#include <sys/random.h>
#endif

#include "phasegen/ring.hpp"
#include "phasegen/table.hpp"
#include "phasegen/trace_record.hpp"
#include "vox/rx_channel.hpp"

namespace phasegen::vox {

namespace rx = ::vox::rx_channel;

/// Why the registry (or the session) answered without, or instead of, the machine.
enum class Reason : std::uint8_t {
  none,                     ///< the machine decided
  stale,                    ///< targets an older session generation; never applied
  future_generation,        ///< targets a generation that has not begun
  too_many_channels,        ///< no free entry and no reclaimable tombstone
  queue_overflow,           ///< an accepted item found its queue full: unreachable by construction
  not_routed,               ///< the session refused the frame before any channel saw it
  session_not_live,         ///< a new local channel while the session is Disconnected or Closed
  generations_exhausted,    ///< a new generation after the last one (2^32 - 1); refused, nothing changed
};
inline constexpr std::size_t reason_count = 8;

constexpr std::string_view to_string(Reason r) noexcept {
  switch (r) {
    case Reason::none: return "none";
    case Reason::stale: return "stale";
    case Reason::future_generation: return "future-generation";
    case Reason::too_many_channels: return "too-many-channels";
    case Reason::queue_overflow: return "queue-overflow";
    case Reason::not_routed: return "not-routed";
    case Reason::session_not_live: return "session-not-live";
    case Reason::generations_exhausted: return "generations-exhausted";
  }
  return "?";
}

/// What one registry operation did to one channel. [[nodiscard]]: an outcome is never silently dropped.
struct [[nodiscard]] ChannelOutcome {
  Disposition disposition = Disposition::transition;
  rx::Code code = rx::Code::none;  ///< the machine's code; Code::none when reason != none
  Reason reason = Reason::none;
  rx::State from{};
  rx::State to{};
  rx::ActionSet actions = 0;  ///< send_reset / grant_credit for the owner to put on the wire
  std::uint64_t id = 0;
  std::uint32_t generation = 0;

  bool emitted(rx::Action a) const noexcept { return (actions & rx::bit(a)) != 0; }
};

template <class Item>
struct [[nodiscard]] Consumed {
  ChannelOutcome outcome;
  std::optional<Item> item;  ///< set exactly when outcome is a transition
  std::uint32_t queued = 0;  ///< items still queued on the channel afterwards
};

struct [[nodiscard]] Dropped {
  ChannelOutcome outcome;
  std::size_t discarded = 0;  ///< queued items discarded with the receiver (counted)
};

/// What disconnect_all() / begin_generation() did.
struct [[nodiscard]] DisconnectSummary {
  std::size_t delivered = 0;  ///< entries that received `disconnect`
  std::size_t failed = 0;     ///< of those, how many moved (to Failing or Failed)
  std::size_t unchanged = 0;  ///< of those, how many answered ignore (e.g. stream-complete)
  std::size_t discarded = 0;  ///< items a transition discarded (none for reachable configurations)
  bool refused = false;       ///< begin_generation(): the current generation is the last; nothing was done
};

/// A channel the peer announced and no receiver was bound to (for_each_unbound()).
struct UnboundChannel {
  std::uint64_t id = 0;
  std::uint32_t generation = 0;
  rx::State state{};
  std::size_t queued = 0;  ///< items buffered for the bind that has not come
};

/// What release_unbound() did: each channel got drop_receiver (counted and traced like any).
struct [[nodiscard]] Released {
  std::size_t channels = 0;   ///< unbound channels released
  std::size_t discarded = 0;  ///< their buffered items, discarded and counted (ItemCounts::discarded)
};

/// The key of the registry's index hash. HashKey::random() by default; an explicit key
/// only where runs must be reproducible (tests, benchmarks, the fuzzer).
struct HashKey {
  std::uint64_t k0 = 0;
  std::uint64_t k1 = 0;

  /// 128 bits from the OS: getrandom(2) on Linux, std::random_device elsewhere (or if
  /// getrandom fails). Called once per registry, in its constructor.
  static HashKey random() {
    std::uint64_t k[2] = {0, 0};
    std::size_t got = 0;
#if defined(__linux__)
    auto* p = reinterpret_cast<unsigned char*>(k);
    while (got < sizeof k) {
      const ssize_t r = ::getrandom(p + got, sizeof k - got, 0);
      if (r > 0)
        got += static_cast<std::size_t>(r);
      else if (r < 0 && errno != EINTR)
        break;
    }
#endif
    if (got < sizeof k) {
      std::random_device rd;
      for (auto& w : k) w = (std::uint64_t{rd()} << 32) ^ rd();
    }
    return {k[0], k[1]};
  }
};

/// Item accounting. Conservation: offered == accepted + refused and
/// accepted == delivered + discarded + queued, at every moment.
struct ItemCounts {
  std::uint64_t offered = 0;    ///< on_item calls
  std::uint64_t accepted = 0;   ///< queued (outcome: transition)
  std::uint64_t refused = 0;    ///< answered with violation / ignored / stale / rejected
  std::uint64_t delivered = 0;  ///< handed out by consume
  std::uint64_t discarded = 0;  ///< discarded with their receiver (drop_receiver)
  std::uint64_t queued = 0;     ///< in some queue right now

  bool conserved() const noexcept {
    return offered == accepted + refused && accepted == delivered + discarded + queued;
  }
};

namespace detail {

/// An array allocated once, in the constructor. A large one (4 MiB and up: a table of
/// tens of thousands of channels) is aligned to 2 MiB and, on Linux, asked for
/// transparent huge pages before it is first touched: a lookup at a random channel of a
/// million then costs a cache miss or two, not also a page walk per line.
template <class T>
class Table {
  static constexpr std::size_t huge = std::size_t{2} << 20;

 public:
  Table() = default;
  explicit Table(std::size_t n) : n_(n) {
    bytes_ = n * sizeof(T);
    if (bytes_ >= 2 * huge) {
      bytes_ = (bytes_ + huge - 1) / huge * huge;
      align_ = huge;
    }
    void* p = ::operator new(bytes_, std::align_val_t{align_});
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (align_ == huge) (void)madvise(p, bytes_, MADV_HUGEPAGE);  // advice: nothing depends on it
#endif
    data_ = static_cast<T*>(p);
    std::uninitialized_value_construct_n(data_, n_);
  }
  Table(Table&& o) noexcept { swap(o); }
  Table& operator=(Table&& o) noexcept {
    Table t(std::move(o));
    swap(t);
    return *this;
  }
  ~Table() {
    if (!data_) return;
    std::destroy_n(data_, n_);
    ::operator delete(static_cast<void*>(data_), std::align_val_t{align_});
  }

  T& operator[](std::size_t i) noexcept { return data_[i]; }
  const T& operator[](std::size_t i) const noexcept { return data_[i]; }

 private:
  void swap(Table& o) noexcept {
    std::swap(data_, o.data_);
    std::swap(n_, o.n_);
    std::swap(bytes_, o.bytes_);
    std::swap(align_, o.align_);
  }

  T* data_ = nullptr;
  std::size_t n_ = 0;
  std::size_t bytes_ = 0;
  std::size_t align_ = alignof(T) > __STDCPP_DEFAULT_NEW_ALIGNMENT__ ? alignof(T) : __STDCPP_DEFAULT_NEW_ALIGNMENT__;
};

constexpr std::uint64_t rotl(std::uint64_t x, int b) noexcept { return (x << b) | (x >> (64 - b)); }

/// SipHash-1-3 (Aumasson and Bernstein; 1 compression and 3 finalization rounds, as in
/// Rust's and CPython's hash tables) of the 12-byte message id (8 bytes, little-endian)
/// then generation (4 bytes). Its output is indistinguishable from random to anyone
/// without the key, so a peer cannot choose ids that share a probe chain; 5 rounds of
/// add-rotate-xor on 64-bit words, no tables, no branches.
constexpr std::uint64_t siphash13(const HashKey& k, std::uint64_t id, std::uint32_t gen) noexcept {
  std::uint64_t v0 = k.k0 ^ 0x736f6d6570736575ULL, v1 = k.k1 ^ 0x646f72616e646f6dULL;
  std::uint64_t v2 = k.k0 ^ 0x6c7967656e657261ULL, v3 = k.k1 ^ 0x7465646279746573ULL;
  auto round = [&]() noexcept {
    v0 += v1, v1 = rotl(v1, 13), v1 ^= v0, v0 = rotl(v0, 32);
    v2 += v3, v3 = rotl(v3, 16), v3 ^= v2;
    v0 += v3, v3 = rotl(v3, 21), v3 ^= v0;
    v2 += v1, v1 = rotl(v1, 17), v1 ^= v2, v2 = rotl(v2, 32);
  };
  for (const std::uint64_t m : {id, (std::uint64_t{12} << 56) | gen}) {  // the last block carries the length
    v3 ^= m;
    round();
    v0 ^= m;
  }
  v2 ^= 0xff;
  round(), round(), round();
  return v0 ^ v1 ^ v2 ^ v3;
}

constexpr std::size_t cell_index(rx::State s, rx::Event e) noexcept {
  return static_cast<std::size_t>(s) * rx::event_count + static_cast<std::size_t>(e);
}

/// Terminal states absorb (the generator checks it), so "no row leaves s" is "s is terminal".
constexpr bool absorbing(rx::State s) noexcept {
  for (std::size_t e = 0; e < rx::event_count; ++e) {
    const auto cell = rx::cells[cell_index(s, static_cast<rx::Event>(e))];
    for (std::size_t i = cell.first; i < std::size_t{cell.first} + cell.count; ++i)
      if (rx::rows[i].next != s) return false;
  }
  return true;
}

/// absorbing(), precomputed for every state: the registry asks it on every operation.
inline constexpr auto absorbing_states = [] {
  std::array<bool, rx::state_count> a{};
  for (std::size_t s = 0; s < rx::state_count; ++s) a[s] = absorbing(static_cast<rx::State>(s));
  return a;
}();

constexpr bool is_absorbing(rx::State s) noexcept { return absorbing_states[static_cast<std::size_t>(s)]; }

/// States in which no receiver is bound to an announced channel: consume is rejected
/// not-registered (Announced, AnnouncedClosed, AnnouncedFailing). Unknown has no entry.
inline constexpr auto unbound_states = [] {
  std::array<bool, rx::state_count> a{};
  for (std::size_t s = 0; s < rx::state_count; ++s) {
    rx::Config c{};
    c.state = static_cast<rx::State>(s);
    const auto o = rx::step(c, rx::Event::consume);
    a[s] = c.state != rx::Config{}.state && o.disposition == Disposition::rejected && o.code == rx::Code::not_registered;
  }
  return a;
}();

constexpr bool is_unbound(rx::State s) noexcept { return unbound_states[static_cast<std::size_t>(s)]; }

constexpr std::size_t queued_var() noexcept {
  for (std::size_t i = 0; i < rx::var_info.size(); ++i)
    if (rx::var_info[i].name == "queued") return i;
  return rx::var_info.size();
}

constexpr int queued(const rx::Config& c) noexcept { return rx::get_var(c.vars, queued_var()); }

/// The registry mirrors `queued` in the ring, so it relies on exactly these effects of
/// the spec, checked here over every cell and valuation: an `item` transition adds one,
/// a `consume` transition removes one, any other transition keeps `queued` or empties
/// it (the registry then discards the queue, counted), and no non-transition changes it.
constexpr bool queue_effects_are_the_registrys() noexcept {
  if (queued_var() == rx::var_info.size()) return false;
  for (std::size_t s = 0; s < rx::state_count; ++s)
    for (std::size_t e = 0; e < rx::event_count; ++e)
      for (int q = 0; q <= rx::params::credit; ++q) {
        rx::Config c{};
        c.state = static_cast<rx::State>(s);
        rx::set_var(c.vars, queued_var(), q);
        const auto event = static_cast<rx::Event>(e);
        const auto o = rx::step(c, event);
        const int after = queued(c);
        if (o.disposition != Disposition::transition) {
          if (after != q) return false;
        } else if (event == rx::Event::item) {
          if (after != q + 1) return false;
        } else if (event == rx::Event::consume) {
          if (after != q - 1) return false;
        } else if (after != q && after != 0) {
          return false;
        }
      }
  return true;
}

}  // namespace detail

static_assert(detail::queue_effects_are_the_registrys(),
              "vox::rx_channel changed how `queued` moves; update ChannelRegistry to match");
static_assert(rx::var_info[detail::queued_var()].hi == rx::params::credit,
              "the queue capacity is the credit, the most `queued` can hold");
static_assert(!detail::absorbing(rx::Config{}.state), "the initial state must not be terminal");

namespace detail {
/// A tombstone (absorbing state, empty queue) stays one until it is reclaimed: no item is
/// accepted in an absorbing state, so its queue cannot fill again. The tombstone list is
/// therefore only ever appended to and taken from its oldest end.
constexpr bool tombstones_stay() noexcept {
  for (std::size_t s = 0; s < rx::state_count; ++s) {
    if (!absorbing(static_cast<rx::State>(s))) continue;
    for (int q = 0; q <= rx::params::credit; ++q) {
      rx::Config c{};
      c.state = static_cast<rx::State>(s);
      rx::set_var(c.vars, queued_var(), q);
      if (rx::step(c, rx::Event::item).disposition == Disposition::transition) return false;
    }
  }
  return true;
}
}  // namespace detail

static_assert(detail::tombstones_stay(), "an absorbing rx_channel state accepts items; the tombstone list needs unlinking");
static_assert(detail::is_unbound(rx::State::Announced) && detail::is_unbound(rx::State::AnnouncedFailing) &&
                  !detail::is_unbound(rx::State::Open),
              "for_each_unbound() finds announced channels by their consume answer (not-registered)");

/// The index's hash: SipHash-1-3 under the registry's key (see the top of this file).
struct KeyedHash {
  HashKey key;
  std::uint64_t operator()(std::uint64_t id, std::uint32_t gen) const noexcept { return detail::siphash13(key, id, gen); }
};

/// `Hash`: constructible from a HashKey, `(id, generation) -> uint64`; the default is the
/// only one to use with untrusted peers (benchmarks plug in others to compare).
template <class Item, class Hash = KeyedHash>
class ChannelRegistry {
 public:
  static constexpr std::size_t credit = static_cast<std::size_t>(rx::params::credit);
  using Queue = Ring<Item, credit>;

  struct Entry {
    std::uint64_t id = 0;
    std::uint32_t generation = 0;
    std::uint32_t next = npos;  ///< tombstone list (oldest first), or free list
    rx::Config config{};
    bool in_use = false;
    bool tombstone = false;
    Queue queue;
  };

  /// `capacity`: the most entries (live channels + tombstones) the table ever holds.
  /// `scope` names the owner (the session) in trace records; `key` keys the index hash
  /// (random unless a test needs a reproducible run); `first_generation` is where the
  /// generations start (a test hook for the last one; 0 otherwise).
  explicit ChannelRegistry(std::size_t capacity, TraceHook trace = {}, std::uint64_t scope = 0,
                           HashKey key = HashKey::random(), std::uint32_t first_generation = 0)
      : capacity_(capacity == 0 ? 1 : capacity), generation_(first_generation), trace_(trace), scope_(scope),
        hash_{key} {
    if (capacity_ > (std::size_t{1} << 30)) capacity_ = std::size_t{1} << 30;
    slots_ = 2;
    while (slots_ < 2 * capacity_) slots_ *= 2;
    entries_ = detail::Table<Entry>(capacity_);
    index_ = detail::Table<std::uint32_t>(slots_);
    for (std::size_t i = 0; i < slots_; ++i) index_[i] = npos;
    for (std::size_t i = 0; i < capacity_; ++i) entries_[i].next = i + 1 < capacity_ ? static_cast<std::uint32_t>(i + 1) : npos;
    free_head_ = 0;
  }

  // --- peer frames: each carries the generation it targets (announce defaults to the
  // current one: the driver parses the call on the current conduit).
  ChannelOutcome announce(std::uint64_t id) noexcept { return announce(id, generation_); }
  ChannelOutcome announce(std::uint64_t id, std::uint32_t gen) noexcept { return simple(id, gen, rx::Event::announce, true); }
  ChannelOutcome on_close(std::uint64_t id, std::uint32_t gen) noexcept { return simple(id, gen, rx::Event::close, true); }
  /// Reset and GrantCredit travel receiver -> sender; the machine answers wrong-direction.
  ChannelOutcome on_reset(std::uint64_t id, std::uint32_t gen) noexcept { return simple(id, gen, rx::Event::reset, true); }
  ChannelOutcome on_grant(std::uint64_t id, std::uint32_t gen) noexcept { return simple(id, gen, rx::Event::grant, true); }

  ChannelOutcome on_item(std::uint64_t id, std::uint32_t gen, Item item) noexcept {
    ++items_.offered;
    Step s = step(id, gen, rx::Event::item, true);
    if (s.o.disposition == Disposition::transition) {
      Entry& e = entries_[s.index];
      if (e.queue.push(std::move(item))) {
        ++items_.accepted;
        ++items_.queued;
      } else {  // cannot happen while queue size == queued <= credit; undo and say so
        e.config = s.before;
        s.o = {Disposition::violation, rx::Code::none, Reason::queue_overflow, s.o.from, s.o.from, 0, id, gen};
      }
    }
    if (s.o.disposition != Disposition::transition) ++items_.refused;
    ChannelOutcome out;
    finish(s, out);
    return out;
  }

  // --- local operations; without a generation they target the current one. An older
  // generation reaches only entries that still exist (to drain or drop a failed channel).
  ChannelOutcome bind(std::uint64_t id) noexcept { return bind(id, generation_); }
  ChannelOutcome bind(std::uint64_t id, std::uint32_t gen) noexcept { return simple(id, gen, rx::Event::bind, false); }

  Consumed<Item> consume(std::uint64_t id) noexcept { return consume(id, generation_); }
  Consumed<Item> consume(std::uint64_t id, std::uint32_t gen) noexcept {
    Consumed<Item> out;
    out.queued = consume_with(id, gen, out.outcome, [&](Item&& item) { out.item.emplace(std::move(item)); }).queued;
    return out;
  }

  /// What consume_with did, so that its caller need not read back what it wrote.
  struct [[nodiscard]] Took {
    bool item = false;         ///< an item was handed out (the outcome is a transition)
    std::uint32_t queued = 0;  ///< items still queued on the channel
  };

  /// consume(), writing the outcome where the caller says and handing the item, if there
  /// is one, to `put(Item&&)` (e.g. straight into a ring slot; put must not throw).
  template <class Put>
  [[gnu::always_inline]] Took consume_with(std::uint64_t id, std::uint32_t gen, ChannelOutcome& outcome,
                                           Put&& put) noexcept {
    Step s = step(id, gen, rx::Event::consume, false);
    Took took;
    if (s.index != npos) {
      Queue& q = entries_[s.index].queue;
      if (s.o.disposition == Disposition::transition) {  // non-empty: queued was >= 1
        put(std::move(*q.front()));
        (void)q.drop_front();
        ++items_.delivered;
        --items_.queued;
        took.item = true;
      }
      took.queued = static_cast<std::uint32_t>(q.size());
    }
    finish(s, outcome);
    return took;
  }

  Dropped drop_receiver(std::uint64_t id) noexcept { return drop_receiver(id, generation_); }
  Dropped drop_receiver(std::uint64_t id, std::uint32_t gen) noexcept {
    Step s = apply(id, gen, rx::Event::drop_receiver, false);
    Dropped out;
    out.discarded = s.discarded;
    finish(s, out.outcome);
    return out;
  }

  /// Delivers `disconnect` to every live (non-terminal) entry of the current generation:
  /// the session's fail_channels action.
  DisconnectSummary disconnect_all() noexcept { return deliver_disconnect(false); }

  /// Starts the next generation (the session's begin_generation action). Entries of the
  /// ending generation that `disconnect` would still move are failed first, so no channel
  /// stays live in a generation whose frames are now stale; queued items stay deliverable.
  /// After the last generation (2^32 - 1) it does nothing and answers `refused`.
  DisconnectSummary begin_generation() noexcept {
    if (generation_ == last_generation) {
      DisconnectSummary refused;
      refused.refused = true;
      return refused;
    }
    const DisconnectSummary s = deliver_disconnect(true);
    ++generation_;
    return s;
  }
  static constexpr std::uint32_t last_generation = std::numeric_limits<std::uint32_t>::max();

  /// Calls f(const UnboundChannel&) for every channel the peer announced and no receiver
  /// was bound to (Announced, AnnouncedClosed, AnnouncedFailing), in any generation, in
  /// table order. O(capacity): an owner's sweep, not a per-frame operation.
  template <class F>
  void for_each_unbound(F&& f) const {
    for (std::size_t i = 0; i < capacity_; ++i) {
      const Entry& e = entries_[i];
      if (e.in_use && detail::is_unbound(e.config.state))
        f(UnboundChannel{e.id, e.generation, e.config.state, e.queue.size()});
    }
  }

  /// Releases every unbound channel of a generation before `before` (by default: every
  /// older one, which no handler of the current conduit binds): each gets drop_receiver,
  /// which discards its buffered items (counted) and makes it a reclaimable tombstone.
  /// O(capacity). Returns how many channels and items.
  Released release_unbound() noexcept { return release_unbound(generation_); }
  Released release_unbound(std::uint32_t before) noexcept {
    Released r;
    for (std::size_t i = 0; i < capacity_; ++i) {
      const Entry& e = entries_[i];
      if (!e.in_use || e.generation >= before || !detail::is_unbound(e.config.state)) continue;
      const Dropped d = drop_receiver(e.id, e.generation);
      r.channels += d.outcome.disposition == Disposition::transition;
      r.discarded += d.discarded;
    }
    return r;
  }

  // --- inspection
  std::uint32_t generation() const noexcept { return generation_; }
  std::size_t capacity() const noexcept { return capacity_; }
  std::size_t size() const noexcept { return used_; }
  std::size_t tombstones() const noexcept { return tombstones_; }
  std::uint64_t count(Disposition d) const noexcept { return by_disposition_[static_cast<std::size_t>(d)]; }
  std::uint64_t count(Reason r) const noexcept { return by_reason_[static_cast<std::size_t>(r)]; }
  std::uint64_t reclaimed() const noexcept { return reclaimed_; }
  const ItemCounts& items() const noexcept { return items_; }
  void set_trace(TraceHook trace) noexcept { trace_ = trace; }

  /// The channel's configuration; the initial one (Unknown) when there is no entry.
  rx::Config config(std::uint64_t id, std::uint32_t gen) const noexcept {
    const std::uint32_t i = find(id, gen);
    return i == npos ? rx::Config{} : entries_[i].config;
  }
  rx::State state(std::uint64_t id, std::uint32_t gen) const noexcept { return config(id, gen).state; }
  std::size_t queue_size(std::uint64_t id, std::uint32_t gen) const noexcept {
    const std::uint32_t i = find(id, gen);
    return i == npos ? 0 : entries_[i].queue.size();
  }

  /// Bytes the table holds per channel it can hold (entry plus its share of the index).
  static constexpr std::size_t entry_bytes() noexcept { return sizeof(Entry); }
  /// The index's slot count (a power of two, at least 2 * capacity); home slot = hash & (slots - 1).
  std::size_t index_slots() const noexcept { return slots_; }
  std::size_t table_bytes() const noexcept { return capacity_ * sizeof(Entry) + slots_ * sizeof(std::uint32_t); }

  /// O(capacity) self-check for tests and the fuzzer: every queue mirrors `queued`, the
  /// index finds every entry, the tombstone list holds exactly the reclaimable entries.
  bool check_invariants() const noexcept {
    std::size_t used = 0, tombs = 0;
    std::uint64_t queued = 0;
    for (std::size_t i = 0; i < capacity_; ++i) {
      const Entry& e = entries_[i];
      if (!e.in_use) continue;
      ++used;
      queued += e.queue.size();
      if (e.queue.size() != static_cast<std::size_t>(detail::queued(e.config))) return false;
      if (find(e.id, e.generation) != i) return false;
      if (e.tombstone != reclaimable(e)) return false;
      if (e.tombstone) ++tombs;
    }
    std::size_t listed = 0;
    for (std::uint32_t i = tomb_head_; i != npos; i = entries_[i].next)
      if (++listed > capacity_ || !entries_[i].tombstone) return false;
    return used == used_ && tombs == tombstones_ && listed == tombs && queued == items_.queued && items_.conserved();
  }

 private:
  static constexpr std::uint32_t npos = std::numeric_limits<std::uint32_t>::max();

  struct Step {
    ChannelOutcome o;
    rx::Event event{};
    std::uint32_t index = npos;  ///< the entry, when one exists after the step
    rx::Config before{};
    rx::Config after{};
    std::size_t discarded = 0;
  };

  static bool reclaimable(const Entry& e) noexcept { return detail::is_absorbing(e.config.state) && e.queue.empty(); }

  ChannelOutcome simple(std::uint64_t id, std::uint32_t gen, rx::Event e, bool peer, std::size_t* discarded = nullptr) noexcept {
    Step s = apply(id, gen, e, peer);
    if (discarded) *discarded += s.discarded;
    ChannelOutcome out;
    finish(s, out);
    return out;
  }

  /// step() for every event but item and consume: a transition that empties `queued`
  /// discards the queue (counted), so the ring keeps mirroring the machine.
  Step apply(std::uint64_t id, std::uint32_t gen, rx::Event e, bool peer) noexcept {
    Step s = step(id, gen, e, peer);
    if (s.o.disposition == Disposition::transition && detail::queued(s.after) == 0) {
      s.discarded = entries_[s.index].queue.clear();
      items_.discarded += s.discarded;
      items_.queued -= s.discarded;
    }
    return s;
  }

  /// Copies a configuration field by field. The machine stores them one by one, and a
  /// whole-struct copy that g++ does as one wider load of freshly stored bytes stalls on
  /// store-to-load forwarding (about as long as the rest of the step); so does a copy
  /// of a ChannelOutcome, see finish().
  [[gnu::always_inline]] static void copy_config(rx::Config& to, const rx::Config& from) noexcept {
    to.state = from.state;
    to.vars = from.vars;
  }

  /// The generated step() for one event known at compile time, flattened into the
  /// operation: its table index is computed with the event as a constant, and its
  /// fallback for configurations outside the declared ranges is inlined with the switch
  /// over events folded away (side by side, 53.5 against 44.1 M items/s for a plain call
  /// of rx::step, on_item + consume on one thread).
  template <rx::Event E>
  [[gnu::always_inline, gnu::flatten]] static rx::Outcome step_on(rx::Config& c) noexcept {
    return rx::step(c, E);
  }

  /// rx::step, with the hot events (item, consume) specialised when `e` is a constant.
  [[gnu::always_inline]] static rx::Outcome machine_step(rx::Config& c, rx::Event e) noexcept {
    if (e == rx::Event::item) return step_on<rx::Event::item>(c);
    if (e == rx::Event::consume) return step_on<rx::Event::consume>(c);
    return rx::step(c, e);
  }

  /// Decides one event: classifies the generation, finds (or, for a transition out of
  /// Unknown, creates) the entry and steps its machine. Does not count or trace: finish().
  [[gnu::always_inline]] Step step(std::uint64_t id, std::uint32_t gen, rx::Event e, bool peer) noexcept {
    Step s;
    s.event = e;
    s.o.id = id;
    s.o.generation = gen;
    s.index = find(id, gen);
    if (s.index != npos) copy_config(s.before, entries_[s.index].config);
    copy_config(s.after, s.before);
    s.o.from = s.o.to = s.before.state;

    Reason refuse = Reason::none;
    if (gen > generation_)
      refuse = Reason::future_generation;
    else if (gen < generation_ && (peer || s.index == npos))
      refuse = Reason::stale;  // never applied; local ops may still reach an old entry
    if (refuse != Reason::none) {
      s.o.reason = refuse;
      s.o.disposition = refuse == Reason::stale ? Disposition::stale
                        : peer                  ? Disposition::violation
                                                : Disposition::rejected;
      return s;
    }

    const auto o = machine_step(s.after, e);
    s.o.disposition = o.disposition;
    s.o.code = o.code;
    s.o.to = o.to;
    s.o.actions = o.actions;
    if (s.index == npos && o.disposition == Disposition::transition) {
      s.index = allocate(id, gen);
      if (s.index == npos) {  // the machine would open a channel the table has no room for
        s.after = s.before;
        s.o = {peer ? Disposition::violation : Disposition::rejected, rx::Code::none, Reason::too_many_channels,
               s.before.state, s.before.state, 0, id, gen};
        return s;
      }
    }
    if (s.index != npos) copy_config(entries_[s.index].config, s.after);
    return s;
  }

  /// Counts, traces and files the entry under tombstones if it became reclaimable.
  /// Inlined into each operation, like step(): together they are the per-frame cost.
  /// Writes the outcome to `out` field by field: copied whole from a Step just built
  /// byte by byte, it would stall on store-to-load forwarding (g++ reloads it wide).
  [[gnu::always_inline]] void finish(const Step& s, ChannelOutcome& out) noexcept {
    out.disposition = s.o.disposition;
    out.code = s.o.code;
    out.reason = s.o.reason;
    out.from = s.o.from;
    out.to = s.o.to;
    out.actions = s.o.actions;
    out.id = s.o.id;
    out.generation = s.o.generation;
    ++by_disposition_[static_cast<std::size_t>(s.o.disposition)];
    ++by_reason_[static_cast<std::size_t>(s.o.reason)];
    if (trace_) [[unlikely]]
      trace_step(s);
    if (s.index != npos) {
      Entry& e = entries_[s.index];
      if (reclaimable(e) != e.tombstone) [[unlikely]]
        settle(s.index);
    }
  }

  // By value: a reference would make every operation keep its Step in memory.
  [[gnu::noinline, gnu::cold]] void trace_step(Step s) const noexcept {
    const rx::Outcome mo{s.o.disposition, s.o.from, s.o.to, s.o.code, s.o.actions};
    const rx::Config& after = s.index != npos ? entries_[s.index].config : s.after;
    TraceRecord r = make_record<rx::Machine>(s.o.id, s.o.generation, s.event, mo, after,
                                             s.o.reason == Reason::none ? std::string_view{} : to_string(s.o.reason));
    r.scope = scope_;
    trace_(r);
  }

  DisconnectSummary deliver_disconnect(bool only_moving) noexcept {
    DisconnectSummary sum;
    for (std::uint32_t i = 0; i < capacity_; ++i) {
      Entry& e = entries_[i];
      if (!e.in_use || e.generation != generation_ || detail::is_absorbing(e.config.state)) continue;
      if (only_moving) {
        rx::Config probe = e.config;
        if (rx::step(probe, rx::Event::disconnect).disposition != Disposition::transition) continue;
      }
      const ChannelOutcome o = simple(e.id, e.generation, rx::Event::disconnect, false, &sum.discarded);
      ++sum.delivered;
      if (o.disposition == Disposition::transition)
        ++sum.failed;
      else
        ++sum.unchanged;
    }
    return sum;
  }

  // --- the table: open addressing (linear probing, backward-shift deletion) over a dense
  // entry array; the index holds entry numbers, so a probe touches 4-byte slots only.
  std::size_t home(std::uint64_t id, std::uint32_t gen) const noexcept {
    return static_cast<std::size_t>(hash_(id, gen)) & (slots_ - 1);
  }

  std::size_t slot_of(std::uint64_t id, std::uint32_t gen) const noexcept {
    for (std::size_t h = home(id, gen);; h = (h + 1) & (slots_ - 1)) {
      const std::uint32_t i = index_[h];
      if (i == npos || (entries_[i].id == id && entries_[i].generation == gen)) return h;
    }
  }

  /// The entry of (id, gen), or npos. The entry found last is checked first: frames and
  /// local operations come in runs on one channel (a burst of items, a consume request
  /// for many), and then the hash and the probe are skipped. The check needs no
  /// invalidation: an entry that was reclaimed is not in use, or holds another key.
  std::uint32_t find(std::uint64_t id, std::uint32_t gen) const noexcept {
    if (hint_ != npos) {
      const Entry& e = entries_[hint_];
      if (e.id == id && e.generation == gen && e.in_use) return hint_;
    }
    return find_in_index(id, gen);
  }

  /// find() past the hint: hash and probe. Out of line, so that the hash's rounds do not
  /// crowd the operations that inline find() (a run on one channel never gets here).
  [[gnu::noinline]] std::uint32_t find_in_index(std::uint64_t id, std::uint32_t gen) const noexcept {
    const std::uint32_t i = index_[slot_of(id, gen)];
    if (i != npos) hint_ = i;
    return i;
  }

  std::uint32_t allocate(std::uint64_t id, std::uint32_t gen) noexcept {
    if (free_head_ == npos && !reclaim_oldest_tombstone()) return npos;
    const std::uint32_t i = free_head_;
    Entry& e = entries_[i];
    free_head_ = e.next;
    e.id = id;
    e.generation = gen;
    e.config = rx::Config{};
    e.next = npos;
    e.in_use = true;
    e.tombstone = false;
    index_[slot_of(id, gen)] = i;  // load factor <= 1/2, so a free slot exists
    ++used_;
    return i;
  }

  bool reclaim_oldest_tombstone() noexcept {
    const std::uint32_t i = tomb_head_;
    if (i == npos) return false;
    Entry& e = entries_[i];
    unlink_tombstone(i);
    if (trace_) {
      TraceRecord r;
      r.machine = rx::Machine::name;
      r.scope = scope_;
      r.instance = e.id;
      r.generation = e.generation;
      r.event = "reclaim";
      r.from = to_string(e.config.state);
      r.to = to_string(rx::Config{}.state);
      r.code = to_string(rx::Code::none);
      r.reason = "reclaimed";
      trace_(r);
    }
    erase_slot(slot_of(e.id, e.generation));
    e.in_use = false;
    e.next = free_head_;
    free_head_ = i;
    --used_;
    ++reclaimed_;
    return true;
  }

  void erase_slot(std::size_t hole) noexcept {
    const std::size_t mask = slots_ - 1;
    for (std::size_t j = (hole + 1) & mask; index_[j] != npos; j = (j + 1) & mask) {
      const Entry& e = entries_[index_[j]];
      const std::size_t k = home(e.id, e.generation);
      // The entry at j may fill the hole unless its home lies cyclically in (hole, j].
      const bool stays = hole <= j ? (hole < k && k <= j) : (hole < k || k <= j);
      if (!stays) {
        index_[hole] = index_[j];
        hole = j;
      }
    }
    index_[hole] = npos;
  }

  [[gnu::noinline]] void settle(std::uint32_t i) noexcept {
    Entry& e = entries_[i];
    const bool want = reclaimable(e);
    if (want == e.tombstone) return;
    if (want) {  // append: the list is oldest-first
      e.tombstone = true;
      e.next = npos;
      (tomb_tail_ == npos ? tomb_head_ : entries_[tomb_tail_].next) = i;
      tomb_tail_ = i;
      ++tombstones_;
    } else {
      unlink_tombstone(i);  // not reached: tombstones stay (detail::tombstones_stay)
    }
  }

  /// Takes entry i off the tombstone list. O(1) for the oldest, the only one ever taken
  /// while the spec keeps tombstones as they are (checked above); a walk otherwise.
  void unlink_tombstone(std::uint32_t i) noexcept {
    Entry& e = entries_[i];
    std::uint32_t before = npos;
    if (tomb_head_ != i) {
      before = tomb_head_;
      while (entries_[before].next != i) before = entries_[before].next;
    }
    (before == npos ? tomb_head_ : entries_[before].next) = e.next;
    if (tomb_tail_ == i) tomb_tail_ = before;
    e.next = npos;
    e.tombstone = false;
    --tombstones_;
  }

  std::size_t capacity_;
  std::size_t slots_ = 0;
  detail::Table<Entry> entries_;
  detail::Table<std::uint32_t> index_;
  mutable std::uint32_t hint_ = npos;  // find()'s last entry (owner thread only, like everything here)
  std::uint32_t free_head_ = npos;
  std::uint32_t tomb_head_ = npos;
  std::uint32_t tomb_tail_ = npos;
  std::size_t used_ = 0;
  std::size_t tombstones_ = 0;
  std::uint32_t generation_;
  TraceHook trace_;
  std::uint64_t scope_;
  Hash hash_;
  std::uint64_t reclaimed_ = 0;
  ItemCounts items_;
  std::array<std::uint64_t, 5> by_disposition_{};
  std::array<std::uint64_t, reason_count> by_reason_{};
};

}  // namespace phasegen::vox
