// phasegen runtime: every channel of one session (or connection), in one table.
//
// A ChannelTable holds the instances of one generated channel machine, one entry per
// (channel id, session generation): the machine's configuration and, when the roles name
// a queue, the channel's items. What the table needs to know about the machine is its
// roles struct (phasegen/roles.hpp: which var counts the queue and what bounds it, which
// events enqueue, hand out the oldest item, discard; what attaches, releases and fails a
// channel), proved against the generated table by static_assert below.
//
// The queue is also the pre-attach buffer: items the peer sends before a local owner
// attaches (a channel announced by a call and bound by its handler later) wait in the
// entry itself, so attaching hands them over in place, in order.
//
// The rule that ties the table to the queue: an item is accepted (queued) exactly when
// the machine's outcome for an enqueue event is a transition, a dequeue transition hands
// out the oldest item, and a discard transition that empties the queue var discards the
// queue, counted. The queue var and the ring's size are therefore equal at all times, and
// since the ring's capacity is the var's bound, a push cannot fail.
//
// What the machine cannot see, the table classifies with a Reason: frames of an older
// generation are `stale` (counted, never applied); a full table is `too-many-channels`.
//
// Memory: `capacity` entries and an index of 2*capacity (rounded up to a power of two)
// 32-bit slots, allocated once in the constructor; nothing is allocated afterwards.
// Terminal entries stay as tombstones so that late frames are classified by the machine.
// A tombstone is reclaimed, oldest first, only when a new entry needs room and only once
// its queue is empty. The bound: with L entries that cannot be reclaimed, the newest
// capacity - L tombstones are always kept, so late frames for those channels are
// classified precisely; past that the id is unknown again (the machine's initial state).
// Entries that cannot be reclaimed (live; terminal with undelivered items; an older
// generation's channel still draining) are bounded by `capacity`: past it a new channel
// is answered `too-many-channels`, never by growing. Channels the peer opened and no local
// owner attached are listed by for_each_unbound(); release_unbound() releases those of
// older generations.
//
// Hash flooding: the index is keyed by SipHash-1-3 of (id, generation) under a 128-bit
// key drawn from the OS per table (HashKey::random()). Channel ids come from the peer, so
// with an unkeyed or invertible hash a peer can compute as many ids as it likes that
// share one probe chain, and every frame then walks that chain (O(n) per frame, O(n^2) to
// fill the table). SipHash is a PRF: without the key, ids land on independent uniform
// slots whatever the peer chooses. An explicit key is for tests and reproducible runs.
//
// Generations: 32 bits, as on the wire. The last one (2^32 - 1) is final:
// begin_generation() refuses to start another (a wrap-around would make generation 0's
// channels current again), and the session answers the resume with
// Reason::generations_exhausted.
//
// Single owner: one thread calls every member function; a consumer on another thread
// talks to the owner through phasegen/bridge.hpp.
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
#include "phasegen/roles.hpp"
#include "phasegen/table.hpp"
#include "phasegen/trace_record.hpp"

namespace phasegen {

/// Why the table (or the session) answered without, or instead of, the machine.
enum class Reason : std::uint8_t {
  none,                     ///< the machine decided
  stale,                    ///< targets an older session generation; never applied
  future_generation,        ///< targets a generation that has not begun
  too_many_channels,        ///< no free entry and no reclaimable tombstone
  queue_overflow,           ///< an accepted item found its queue full: unreachable by construction
  not_routed,               ///< the session refused the frame before any channel saw it
  session_not_live,         ///< a new local channel while the session carries none
  generations_exhausted,    ///< a new generation after the last one (2^32 - 1); refused, nothing changed
  unknown_channel,          ///< explicit-open tables: no channel was opened with this id
  already_open,             ///< explicit-open tables: open() of an id that has an entry
  wrong_operation,          ///< an item event without an item, or the wrong call for the event
};
inline constexpr std::size_t reason_count = 11;

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
    case Reason::unknown_channel: return "unknown-channel";
    case Reason::already_open: return "already-open";
    case Reason::wrong_operation: return "wrong-operation";
  }
  return "?";
}

/// What one table operation did to one channel of machine M. [[nodiscard]]: an outcome
/// is never silently dropped.
template <class M>
struct [[nodiscard]] ChannelOutcome {
  Disposition disposition = Disposition::transition;
  typename M::Code code = M::Code::none;  ///< the machine's code; Code::none when reason != none
  Reason reason = Reason::none;
  typename M::State from{};
  typename M::State to{};
  typename M::ActionSet actions = 0;  ///< what the owner puts on the wire (e.g. a reset, a credit grant)
  std::uint64_t id = 0;
  std::uint32_t generation = 0;

  bool emitted(typename M::Action a) const noexcept { return (actions & M::bit(a)) != 0; }
};

template <class M, class Item>
struct [[nodiscard]] Consumed {
  ChannelOutcome<M> outcome;
  std::optional<Item> item;  ///< set exactly when outcome is a transition
  std::uint32_t queued = 0;  ///< items still queued on the channel afterwards
};

/// The outcome of an event that may discard the queue (a release, a failure).
template <class M>
struct [[nodiscard]] Dropped {
  ChannelOutcome<M> outcome;
  std::size_t discarded = 0;  ///< queued items discarded by the transition (counted)
};

/// What fail_all() / begin_generation() did.
struct [[nodiscard]] DisconnectSummary {
  std::size_t delivered = 0;  ///< entries that received the fail event
  std::size_t failed = 0;     ///< of those, how many moved
  std::size_t unchanged = 0;  ///< of those, how many answered ignore (e.g. a complete stream)
  std::size_t discarded = 0;  ///< items a transition discarded (none for reachable configurations)
  bool refused = false;       ///< begin_generation(): the current generation is the last; nothing was done
};

/// A channel the peer opened and no local owner attached (for_each_unbound()).
template <class M>
struct UnboundChannel {
  std::uint64_t id = 0;
  std::uint32_t generation = 0;
  typename M::State state{};
  std::size_t queued = 0;  ///< items buffered for the attach that has not come
};

/// What release_unbound() did: each channel got the release event (counted and traced like any).
struct [[nodiscard]] Released {
  std::size_t channels = 0;   ///< unbound channels released
  std::size_t discarded = 0;  ///< their buffered items, discarded and counted (ItemCounts::discarded)
};

/// The key of a table's index hash. HashKey::random() by default; an explicit key
/// only where runs must be reproducible (tests, benchmarks, the fuzzer).
struct HashKey {
  std::uint64_t k0 = 0;
  std::uint64_t k1 = 0;

  /// 128 bits from the OS: getrandom(2) on Linux, std::random_device elsewhere (or if
  /// getrandom fails). Called once per table, in its constructor.
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
/// One SipRound. A function: as a lambda, g++ stopped inlining it once two table types
/// hashed (the sending and receiving tables), 46 instructions a lookup; as a function it
/// is inlined (forcing it with always_inline cost 2 instructions per item elsewhere).
constexpr void sipround(std::uint64_t& v0, std::uint64_t& v1, std::uint64_t& v2,
                                               std::uint64_t& v3) noexcept {
  v0 += v1, v1 = rotl(v1, 13), v1 ^= v0, v0 = rotl(v0, 32);
  v2 += v3, v3 = rotl(v3, 16), v3 ^= v2;
  v0 += v3, v3 = rotl(v3, 21), v3 ^= v0;
  v2 += v1, v1 = rotl(v1, 17), v1 ^= v2, v2 = rotl(v2, 32);
}

constexpr std::uint64_t siphash13(const HashKey& k, std::uint64_t id, std::uint32_t gen) noexcept {
  std::uint64_t v0 = k.k0 ^ 0x736f6d6570736575ULL, v1 = k.k1 ^ 0x646f72616e646f6dULL;
  std::uint64_t v2 = k.k0 ^ 0x6c7967656e657261ULL, v3 = k.k1 ^ 0x7465646279746573ULL;
  for (const std::uint64_t m : {id, (std::uint64_t{12} << 56) | gen}) {  // the last block carries the length
    v3 ^= m;
    sipround(v0, v1, v2, v3);
    v0 ^= m;
  }
  v2 ^= 0xff;
  sipround(v0, v1, v2, v3), sipround(v0, v1, v2, v3), sipround(v0, v1, v2, v3);
  return v0 ^ v1 ^ v2 ^ v3;
}

/// The generated step on a packed configuration, found by argument-dependent lookup
/// (a member named step would hide it).
template <class P, class E>
[[gnu::always_inline]] constexpr auto step_packed(P& p, E e) noexcept {
  return step(p, e);
}

/// How a table entry holds its machine's configuration: the Config itself, copied
/// field by field. The machine stores a configuration byte by byte, and a whole-struct
/// copy that g++ does as one wider load of freshly stored bytes stalls on store-to-load
/// forwarding (about as long as the rest of the step).
template <class M>
class ConfigSlot {
 public:
  using Config = typename M::Config;
  using Outcome = typename M::Outcome;
  using Event = typename M::Event;

  ConfigSlot() = default;
  ConfigSlot(const ConfigSlot& o) noexcept { *this = o; }
  ConfigSlot& operator=(const ConfigSlot& o) noexcept {
    c_.state = o.c_.state;
    c_.vars = o.c_.vars;
    return *this;
  }

  const Config& config() const noexcept { return c_; }
  /// The generated step for an event known at compile time, flattened into the caller:
  /// its table index is computed with the event as a constant, and its fallback for
  /// configurations outside the declared ranges is inlined with the switch over events
  /// folded away (side by side, 53.5 against 44.1 M items/s for a plain call of step,
  /// enqueue + dequeue on one thread).
  template <Event E>
  [[gnu::always_inline, gnu::flatten]] Outcome step() noexcept {
    return M::step(c_, E);
  }
  /// Any event, with its arguments if the machine's events carry them (M::Args).
  template <class... Args>
  [[gnu::always_inline]] Outcome step(Event e, const Args&... args) noexcept {
    return M::step(c_, e, args...);
  }

 private:
  Config c_{};
};

/// Where the machine has a flat step table (M::Packed, generated for machines whose
/// events carry no arguments), the configuration's index in it: one byte or word, which
/// step() on it turns into the next with one load and no range check, and which is
/// stored and loaded whole.
template <class M>
  requires requires { typename M::Packed; }
class ConfigSlot<M> {
 public:
  using Config = typename M::Config;
  using Outcome = typename M::Outcome;
  using Event = typename M::Event;

  const Config& config() const noexcept { return p_.config(); }
  template <Event E>
  [[gnu::always_inline]] Outcome step() noexcept {
    static_assert(static_cast<std::size_t>(E) < M::event_count);
    return step_packed(p_, E);
  }
  /// An event outside the declared ones (an Event made from unchecked input) gets the
  /// machine's own answer on the configuration, which leaves it in its ranges.
  [[gnu::always_inline]] Outcome step(Event e) noexcept {
    if (static_cast<std::size_t>(e) < M::event_count) [[likely]]
      return step_packed(p_, e);
    return step_outside(e);
  }

 private:
  [[gnu::cold, gnu::noinline]] Outcome step_outside(Event e) noexcept {
    Config c = config();
    const Outcome o = M::step(c, e);
    if (const auto p = M::Packed::from(c)) p_ = *p;
    return o;
  }

  typename M::Packed p_{};
};

}  // namespace detail

/// A queue that holds nothing: for channels whose roles name no queue var.
struct NoQueue {
  static constexpr std::size_t capacity() noexcept { return 0; }
  std::size_t size() const noexcept { return 0; }
  bool empty() const noexcept { return true; }
  std::size_t clear() noexcept { return 0; }
};

/// The roles' event lists as lookups, the proofs asserted once per roles type.
template <class R>
struct ChannelFacts {
  using M = typename R::Machine;
  static_assert(roles::channel_roles_hold<R>(),
                "the machine's table does not match its channel roles (phasegen/roles.hpp): "
                "the queue var, the item events or the sources changed");
  static constexpr bool queued_items = roles::has_queue<R>();
  static constexpr std::size_t queue_var = queued_items ? roles::var_index<M>(R::queue) : 0;
  /// The first enqueue and dequeue events, as scalars: compared with an event on every
  /// operation, they must fold to constants (g++ reloads an element of a static array).
  static constexpr typename M::Event hot_enqueue = queued_items ? R::enqueue[0] : typename M::Event{};
  static constexpr typename M::Event hot_dequeue = queued_items ? R::dequeue[0] : typename M::Event{};

  static constexpr std::array<bool, M::state_count> absorbing = [] {
    std::array<bool, M::state_count> a{};
    for (std::size_t s = 0; s < M::state_count; ++s) a[s] = roles::absorbing<M>(static_cast<typename M::State>(s));
    return a;
  }();
  /// States in which a local owner can still attach: entries the peer opened, unbound.
  static constexpr std::array<bool, M::state_count> unbound = [] {
    std::array<bool, M::state_count> a{};
    for (std::size_t s = 0; s < M::state_count; ++s)
      for (const auto e : R::attach)
        a[s] = a[s] || (static_cast<typename M::State>(s) != typename M::Config{}.state &&
                        roles::can_move<M>(static_cast<typename M::State>(s), e));
    return a;
  }();
  /// Events that need the item call (enqueue) or the take call (dequeue).
  static constexpr std::array<bool, M::event_count> item_call = [] {
    std::array<bool, M::event_count> a{};
    for (const auto e : R::enqueue) a[static_cast<std::size_t>(e)] = true;
    for (const auto e : R::dequeue) a[static_cast<std::size_t>(e)] = true;
    return a;
  }();
  /// Events apply() without arguments refuses (Reason::wrong_operation): the item events,
  /// and those that carry arguments (Machine::takes_args), which would otherwise be stepped
  /// with every argument at its lowest value.
  static constexpr std::array<bool, M::event_count> not_plain = [] {
    std::array<bool, M::event_count> a = item_call;
    if constexpr (requires { M::takes_args(typename M::Event{}); })
      for (std::size_t e = 0; e < M::event_count; ++e) a[e] = a[e] || M::takes_args(static_cast<typename M::Event>(e));
    return a;
  }();

  static constexpr bool is_absorbing(typename M::State s) noexcept { return absorbing[static_cast<std::size_t>(s)]; }
  static constexpr bool is_unbound(typename M::State s) noexcept { return unbound[static_cast<std::size_t>(s)]; }
  static constexpr bool is_local(typename M::Event e) noexcept {
    return M::event_source[static_cast<std::size_t>(e)] == Source::local;
  }
  /// Whether `e` is one of the machine's events (an Event made from unchecked input may not be).
  static constexpr bool declared(typename M::Event e) noexcept { return static_cast<std::size_t>(e) < M::event_count; }
  static constexpr int queued(const typename M::Config& c) noexcept {
    if constexpr (queued_items)
      return M::get_var(c.vars, queue_var);
    else
      return 0;
  }
};

/// The index's hash: SipHash-1-3 under the table's key (see the top of this file).
struct KeyedHash {
  HashKey key;
  std::uint64_t operator()(std::uint64_t id, std::uint32_t gen) const noexcept { return detail::siphash13(key, id, gen); }
};

/// `Roles`: see phasegen/roles.hpp. `Item`: what an enqueue event carries (ignored when
/// the roles name no queue). `Hash`: constructible from a HashKey, `(id, generation) ->
/// uint64`; the default is the only one to use with untrusted peers.
template <class R, class Item, class Hash = KeyedHash>
class ChannelTable {
  using Facts = ChannelFacts<R>;

 public:
  using Roles = R;
  using Machine = typename Roles::Machine;
  using State = typename Machine::State;
  using Event = typename Machine::Event;
  using Config = typename Machine::Config;
  using Outcome = ChannelOutcome<Machine>;
  static constexpr std::size_t queue_bound = Facts::queued_items ? static_cast<std::size_t>(Roles::queue_bound) : 0;
  using Queue = std::conditional_t<Facts::queued_items, Ring<Item, (queue_bound > 0 ? queue_bound : 1)>, NoQueue>;
  using Slot = detail::ConfigSlot<Machine>;

  struct Entry {
    std::uint64_t id = 0;
    std::uint32_t generation = 0;
    std::uint32_t next = npos;  ///< tombstone list (oldest first), or free list
    Slot slot{};                ///< the machine's configuration
    bool in_use = false;
    bool tombstone = false;
    [[no_unique_address]] Queue queue;

    const Config& config() const noexcept { return slot.config(); }
  };

  /// `capacity`: the most entries (live channels + tombstones) the table ever holds.
  /// `scope` names the owner (the session) in trace records; `key` keys the index hash
  /// (random unless a test needs a reproducible run); `first_generation` is where the
  /// generations start (a test hook for the last one; 0 otherwise).
  explicit ChannelTable(std::size_t capacity, TraceHook trace = {}, std::uint64_t scope = 0,
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
    hint_ = &entries_[0];
  }

  // --- events. Each carries the generation it targets. Peer events (every source but
  // `local`) of an older generation are stale; local ones reach an older generation's
  // entries that still exist (to drain or release a failed channel).

  /// Any event but an enqueue or dequeue one (those are offer() and take(): they move an
  /// item) or one that carries arguments (the overload below takes them); those, and a
  /// value that is none of the machine's events, are answered Reason::wrong_operation. Items a discard event discards are counted
  /// (items().discarded); apply_discarding() also returns how many.
  Outcome apply(Event e, std::uint64_t id, std::uint32_t gen) noexcept {
    Outcome out;
    if (!Facts::declared(e) || Facts::not_plain[static_cast<std::size_t>(e)]) [[unlikely]] {
      wrong_operation(e, id, gen, out);
      return out;
    }
    const Step s = apply_step(id, gen, e);
    finish(s, out);
    return out;
  }
  /// apply() for a machine whose events carry arguments (Machine::Args): the event with
  /// its values (out of the declared ranges: the machine's violation).
  template <class M = Machine>
    requires requires { typename M::Args; }
  Outcome apply(Event e, std::uint64_t id, std::uint32_t gen, const typename M::Args& args) noexcept {
    Outcome out;
    if (!Facts::declared(e) || Facts::item_call[static_cast<std::size_t>(e)]) [[unlikely]] {
      wrong_operation(e, id, gen, out);
      return out;
    }
    const Step s = apply_step(id, gen, e, args);
    finish(s, out);
    return out;
  }
  Dropped<Machine> apply_discarding(Event e, std::uint64_t id, std::uint32_t gen) noexcept {
    Dropped<Machine> out;
    if (!Facts::declared(e) || Facts::not_plain[static_cast<std::size_t>(e)]) [[unlikely]] {
      wrong_operation(e, id, gen, out.outcome);
      return out;
    }
    const Step s = apply_step(id, gen, e);
    out.discarded = s.discarded;
    finish(s, out.outcome);
    return out;
  }

  /// Explicit-open tables: creates the channel in the machine's initial configuration
  /// (a local operation of the current generation). Answers already-open if the id has an
  /// entry, too-many-channels if there is no room.
  Outcome open(std::uint64_t id) noexcept {
    static_assert(Roles::explicit_open, "open(): the machine's initial state stands for 'no channel'");
    const std::uint32_t gen = generation_;
    const State init = Config{}.state;
    Outcome out{Disposition::transition, Machine::Code::none, Reason::none, init, init, 0, id, gen};
    if (find(id, gen) != npos) {
      out.disposition = Disposition::rejected;
      out.reason = Reason::already_open;
      out.from = out.to = state(id, gen);
    } else if (allocate(id, gen) == npos) {
      out.disposition = Disposition::rejected;
      out.reason = Reason::too_many_channels;
    }
    ++by_disposition_[static_cast<std::size_t>(out.disposition)];
    ++by_reason_[static_cast<std::size_t>(out.reason)];
    return out;
  }

  /// An enqueue event (the first of the roles' by default) with its item: accepted
  /// (queued) exactly when the outcome is a transition; otherwise counted as refused.
  /// Inlined into its caller: the per-item path, whose outcome the caller reads at once.
  template <Event E = Roles::enqueue[0]>
  [[gnu::always_inline]] Outcome offer(std::uint64_t id, std::uint32_t gen, Item item) noexcept {
    static_assert(roles::contains(Roles::enqueue, E), "offer(): not an enqueue event");
    Entry* const e = find_entry(id, gen);
    if (e == nullptr || gen != generation_) [[unlikely]]
      return offer_general<E>(index_of(e), id, gen, std::move(item));
    // The entry exists and is of the current generation: nothing for the table to refuse,
    // the machine decides (what step_at() and finish() do in this case, without a Step).
    // It steps a copy, written back whole: a Config stepped in place is stored byte by
    // byte and the next operation's wider load of it stalls on store-to-load forwarding
    // (35 fewer instructions per item, 25% slower).
    ++items_.offered;
    Slot c = e->slot;
    const auto o = c.template step<E>();
    Outcome out{o.disposition, o.code, Reason::none, o.from, o.to, o.actions, id, gen};  // no zeroing first
    if (out.disposition == Disposition::transition) {
      if (e->queue.push(std::move(item))) [[likely]] {
        e->slot = c;
        ++items_.accepted;
        ++items_.queued;
      } else {  // cannot happen while queue size == queued <= bound; say so (the entry is unchanged)
        out = {Disposition::violation, Machine::Code::none, Reason::queue_overflow, out.from, out.from, 0, id, gen};
      }
    }
    if (out.disposition != Disposition::transition) ++items_.refused;
    count_found(E, *e, out);
    // Only a transition changes the entry; after this one its queue holds an item, so it
    // is not reclaimable, and settle() is needed only if it was a tombstone (which
    // roles::tombstones_stay rules out: no enqueue event moves in an absorbing state).
    if (out.disposition == Disposition::transition && e->tombstone) [[unlikely]]
      settle(index_of(e));
    return out;
  }

  /// A dequeue event: the oldest item when the outcome is a transition.
  template <Event E = Roles::dequeue[0]>
  [[gnu::always_inline]] Consumed<Machine, Item> take(std::uint64_t id, std::uint32_t gen) noexcept {
    Consumed<Machine, Item> out;
    out.queued = take_with<E>(id, gen, out.outcome, [&](Item&& item) { out.item.emplace(std::move(item)); }).queued;
    return out;
  }

  /// What take_with did, so that its caller need not read back what it wrote.
  struct [[nodiscard]] Took {
    bool item = false;         ///< an item was handed out (the outcome is a transition)
    std::uint32_t queued = 0;  ///< items still queued on the channel
  };

  /// take(), writing the outcome where the caller says and handing the item, if there
  /// is one, to `put(Item&&)` (e.g. straight into a ring slot; put must not throw).
  template <Event E = Roles::dequeue[0], class Put>
  [[gnu::always_inline]] Took take_with(std::uint64_t id, std::uint32_t gen, Outcome& outcome, Put&& put) noexcept {
    static_assert(roles::contains(Roles::dequeue, E), "take(): not a dequeue event");
    Entry* const e = find_entry(id, gen);
    if (e == nullptr || gen != generation_) [[unlikely]]
      return take_general<E>(index_of(e), id, gen, outcome, put);
    Slot c = e->slot;
    set_outcome(outcome, c.template step<E>(), id, gen);
    e->slot = c;
    Took took;
    // A transition: the queue var was >= 1, so the queue holds the item.
    if (outcome.disposition == Disposition::transition && e->queue.pop_with(put)) {
      ++items_.delivered;
      --items_.queued;
      took.item = true;
    }
    took.queued = static_cast<std::uint32_t>(e->queue.size());
    count_found(E, *e, outcome);
    // Only a transition changes the entry (state, queue): e.g. the last item taken from a
    // closed channel makes it a tombstone.
    if (outcome.disposition == Disposition::transition && reclaimable(*e) != e->tombstone) [[unlikely]]
      settle(index_of(e));
    return took;
  }

 private:
  /// offer() in every case: a missing entry (which the step may create), an older or a
  /// future generation. `i`: find(id, gen).
  template <Event E>
  [[gnu::noinline]] Outcome offer_general(std::uint32_t i, std::uint64_t id, std::uint32_t gen, Item item) noexcept {
    ++items_.offered;
    Step s = step_at(i, id, gen, E);
    if (s.o.disposition == Disposition::transition) {
      Entry& e = entries_[s.index];
      if (e.queue.push(std::move(item))) {
        ++items_.accepted;
        ++items_.queued;
      } else {  // cannot happen while queue size == queued <= bound; undo and say so
        e.slot = s.prior;
        s.o = {Disposition::violation, Machine::Code::none, Reason::queue_overflow, s.o.from, s.o.from, 0, id, gen};
      }
    }
    if (s.o.disposition != Disposition::transition) ++items_.refused;
    Outcome out;
    finish(s, out);
    return out;
  }

  /// take_with() in every case, as offer_general() is offer()'s.
  template <Event E, class Put>
  [[gnu::noinline]] Took take_general(std::uint32_t i, std::uint64_t id, std::uint32_t gen, Outcome& outcome,
                                      Put& put) noexcept {
    Step s = step_at(i, id, gen, E);
    Took took;
    if (s.index != npos) {
      Queue& q = entries_[s.index].queue;
      if (s.o.disposition == Disposition::transition) {  // non-empty: the queue var was >= 1
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

 public:
  /// Delivers the roles' fail event to every live (non-terminal) entry of the current
  /// generation: the session's fail action.
  DisconnectSummary fail_all() noexcept {
    return deliver_fail(false, [](std::uint64_t) { return true; });
  }

  /// fail_all() for the channels whose id satisfies pred(id) only: a partial shutdown
  /// (e.g. a GOAWAY that refuses the streams above its last stream id). O(capacity).
  template <class Pred>
  DisconnectSummary fail_if(Pred&& pred) noexcept {
    return deliver_fail(false, pred);
  }

  /// Starts the next generation (the session's begin action). Entries of the ending
  /// generation that the fail event would still move are failed first, so no channel
  /// stays live in a generation whose frames are now stale; queued items stay deliverable.
  /// After the last generation (2^32 - 1) it does nothing and answers `refused`.
  DisconnectSummary begin_generation() noexcept {
    if (generation_ == last_generation) {
      DisconnectSummary refused;
      refused.refused = true;
      return refused;
    }
    const DisconnectSummary s = deliver_fail(true, [](std::uint64_t) { return true; });
    ++generation_;
    return s;
  }
  static constexpr std::uint32_t last_generation = std::numeric_limits<std::uint32_t>::max();

  /// Calls f(const UnboundChannel<Machine>&) for every channel the peer opened and no
  /// local owner attached, in any generation, in table order. O(capacity): an owner's
  /// sweep, not a per-frame operation.
  template <class F>
  void for_each_unbound(F&& f) const {
    for (std::size_t i = 0; i < capacity_; ++i) {
      const Entry& e = entries_[i];
      if (e.in_use && Facts::is_unbound(e.config().state))
        f(UnboundChannel<Machine>{e.id, e.generation, e.config().state, e.queue.size()});
    }
  }

  /// Releases every unbound channel of a generation before `before` (by default: every
  /// older one, which no owner on the current conduit attaches): each gets the release
  /// event, which discards its buffered items (counted) and makes it a tombstone.
  /// O(capacity). Returns how many channels and items.
  Released release_unbound() noexcept { return release_unbound(generation_); }
  Released release_unbound(std::uint32_t before) noexcept {
    Released r;
    if constexpr (!Roles::release.empty()) {
      for (std::size_t i = 0; i < capacity_; ++i) {
        const Entry& e = entries_[i];
        if (!e.in_use || e.generation >= before || !Facts::is_unbound(e.config().state)) continue;
        const Dropped<Machine> d = apply_discarding(Roles::release[0], e.id, e.generation);
        r.channels += d.outcome.disposition == Disposition::transition;
        r.discarded += d.discarded;
      }
    } else {
      (void)before;
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
  /// Whether (id, gen) has an entry (a live channel or a tombstone).
  bool contains(std::uint64_t id, std::uint32_t gen) const noexcept { return find(id, gen) != npos; }

  /// The channel's configuration; the initial one when there is no entry.
  Config config(std::uint64_t id, std::uint32_t gen) const noexcept {
    const std::uint32_t i = find(id, gen);
    return i == npos ? Config{} : entries_[i].config();
  }
  State state(std::uint64_t id, std::uint32_t gen) const noexcept { return config(id, gen).state; }
  std::size_t queue_size(std::uint64_t id, std::uint32_t gen) const noexcept {
    const std::uint32_t i = find(id, gen);
    return i == npos ? 0 : entries_[i].queue.size();
  }

  /// Bytes the table holds per channel it can hold (entry plus its share of the index).
  static constexpr std::size_t entry_bytes() noexcept { return sizeof(Entry); }
  /// The index's slot count (a power of two, at least 2 * capacity); home slot = hash & (slots - 1).
  std::size_t index_slots() const noexcept { return slots_; }
  std::size_t table_bytes() const noexcept { return capacity_ * sizeof(Entry) + slots_ * sizeof(std::uint32_t); }

  /// O(capacity) self-check for tests and the fuzzer: every queue mirrors the queue var,
  /// the index finds every entry, the tombstone list holds exactly the reclaimable entries.
  bool check_invariants() const noexcept {
    std::size_t used = 0, tombs = 0;
    std::uint64_t queued = 0;
    for (std::size_t i = 0; i < capacity_; ++i) {
      const Entry& e = entries_[i];
      if (!e.in_use) continue;
      ++used;
      queued += e.queue.size();
      if (e.queue.size() != static_cast<std::size_t>(Facts::queued(e.config()))) return false;
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
    Outcome o;
    Event event{};
    std::uint32_t index = npos;  ///< the entry, when one exists after the step
    Config before{};
    Config after{};
    Slot prior{};  ///< before, as the entry held it
    std::size_t discarded = 0;
  };

  [[gnu::cold]] void wrong_operation(Event e, std::uint64_t id, std::uint32_t gen, Outcome& out) noexcept {
    const State st = state(id, gen);
    out = {Facts::declared(e) && Facts::is_local(e) ? Disposition::rejected : Disposition::violation, Machine::Code::none,
           Reason::wrong_operation, st, st, 0, id, gen};
    ++by_disposition_[static_cast<std::size_t>(out.disposition)];
    ++by_reason_[static_cast<std::size_t>(Reason::wrong_operation)];
  }

  static bool reclaimable(const Entry& e) noexcept { return Facts::is_absorbing(e.config().state) && e.queue.empty(); }

  /// step() for every event but the item ones: a transition that empties the queue var
  /// discards the queue (counted), so the ring keeps mirroring the machine.
  template <class... Args>
  Step apply_step(std::uint64_t id, std::uint32_t gen, Event e, const Args&... args) noexcept {
    Step s = step(id, gen, e, args...);
    if constexpr (Facts::queued_items) {
      if (s.o.disposition == Disposition::transition && Facts::queued(s.after) == 0) {
        s.discarded = entries_[s.index].queue.clear();
        items_.discarded += s.discarded;
        items_.queued -= s.discarded;
      }
    }
    return s;
  }

  /// Copies a configuration field by field, as ConfigSlot does (a whole-struct copy of
  /// freshly stored bytes stalls on store-to-load forwarding).
  [[gnu::always_inline]] static void copy_config(Config& to, const Config& from) noexcept {
    to.state = from.state;
    to.vars = from.vars;
  }

  /// The machine's step on `c`, with the first enqueue and dequeue events (the hot ones)
  /// specialised when `e` is a constant.
  template <class... Args>
  [[gnu::always_inline]] static typename Machine::Outcome machine_step(Slot& c, Event e, const Args&... args) noexcept {
    if constexpr (sizeof...(Args) == 0 && Facts::queued_items) {
      if (e == Facts::hot_enqueue) return c.template step<Facts::hot_enqueue>();
      if (e == Facts::hot_dequeue) return c.template step<Facts::hot_dequeue>();
    }
    return c.step(e, args...);
  }

  /// Decides one event: classifies the generation, finds (or, for a transition out of
  /// the initial state, creates) the entry and steps its machine. Does not count or
  /// trace: finish().
  template <class... Args>
  [[gnu::always_inline]] Step step(std::uint64_t id, std::uint32_t gen, Event e, const Args&... args) noexcept {
    return step_at(find(id, gen), id, gen, e, args...);
  }

  /// step() with the entry already looked up: `index` is find(id, gen).
  template <class... Args>
  [[gnu::always_inline]] Step step_at(std::uint32_t index, std::uint64_t id, std::uint32_t gen, Event e,
                                      const Args&... args) noexcept {
    const bool peer = !Facts::is_local(e);
    Step s;
    s.event = e;
    s.o.id = id;
    s.o.generation = gen;
    s.index = index;
    if (s.index != npos) s.prior = entries_[s.index].slot;
    copy_config(s.before, s.prior.config());
    copy_config(s.after, s.before);
    s.o.from = s.o.to = s.before.state;

    Reason refuse = Reason::none;
    if (gen > generation_)
      refuse = Reason::future_generation;
    else if (gen < generation_ && (peer || s.index == npos))
      refuse = Reason::stale;  // never applied; local ops may still reach an old entry
    else if (Roles::explicit_open && s.index == npos)
      refuse = Reason::unknown_channel;  // never opened (or reclaimed): no configuration to step
    if (refuse != Reason::none) {
      s.o.reason = refuse;
      s.o.disposition = refuse == Reason::stale ? Disposition::stale
                        : peer                  ? Disposition::violation
                                                : Disposition::rejected;
      return s;
    }

    Slot next = s.prior;
    const auto o = machine_step(next, e, args...);
    copy_config(s.after, next.config());
    s.o.disposition = o.disposition;
    s.o.code = o.code;
    s.o.to = o.to;
    s.o.actions = o.actions;
    if (s.index == npos && o.disposition == Disposition::transition) {
      s.index = allocate(id, gen);
      if (s.index == npos) {  // the machine would open a channel the table has no room for
        s.after = s.before;
        s.o = {peer ? Disposition::violation : Disposition::rejected, Machine::Code::none, Reason::too_many_channels,
               s.before.state, s.before.state, 0, id, gen};
        return s;
      }
    }
    if (s.index != npos) entries_[s.index].slot = next;
    return s;
  }

  /// Counts, traces and files the entry under tombstones if it became reclaimable.
  /// Inlined into each operation, like step(): together they are the per-frame cost.
  /// Writes the outcome to `out` field by field: copied whole from a Step just built
  /// byte by byte, it would stall on store-to-load forwarding (g++ reloads it wide).
  [[gnu::always_inline]] void finish(const Step& s, Outcome& out) noexcept {
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

  /// The machine's outcome as the table's, field by field (see finish()).
  [[gnu::always_inline]] static void set_outcome(Outcome& out, const typename Machine::Outcome& o, std::uint64_t id,
                                                 std::uint32_t gen) noexcept {
    out.disposition = o.disposition;
    out.code = o.code;
    out.reason = Reason::none;
    out.from = o.from;
    out.to = o.to;
    out.actions = o.actions;
    out.id = id;
    out.generation = gen;
  }

  /// finish()'s counting and trace for an operation on an existing entry whose outcome
  /// is already in `out` (the caller settles the entry).
  [[gnu::always_inline]] void count_found(Event ev, const Entry& e, const Outcome& out) noexcept {
    ++by_disposition_[static_cast<std::size_t>(out.disposition)];
    ++by_reason_[static_cast<std::size_t>(out.reason)];
    if (trace_) [[unlikely]]
      trace_found(ev, e, out);
  }

  [[gnu::noinline, gnu::cold]] void trace_found(Event ev, const Entry& e, const Outcome& out) const noexcept {
    Step s;
    s.o = out;
    s.event = ev;
    s.index = index_of(&e);
    trace_step(s);
  }

  // By value: a reference would make every operation keep its Step in memory.
  [[gnu::noinline, gnu::cold]] void trace_step(Step s) const noexcept {
    const typename Machine::Outcome mo{s.o.disposition, s.o.from, s.o.to, s.o.code, s.o.actions};
    const Config& after = s.index != npos ? entries_[s.index].config() : s.after;
    TraceRecord r = make_record<Machine>(s.o.id, s.o.generation, s.event, mo, after,
                                         s.o.reason == Reason::none ? std::string_view{} : to_string(s.o.reason));
    r.scope = scope_;
    trace_(r);
  }

  template <class Pred>
  DisconnectSummary deliver_fail(bool only_moving, Pred&& pred) noexcept {
    DisconnectSummary sum;
    for (std::uint32_t i = 0; i < capacity_; ++i) {
      Entry& e = entries_[i];
      if (!e.in_use || e.generation != generation_ || Facts::is_absorbing(e.config().state) || !pred(e.id)) continue;
      if (only_moving) {
        Config probe = e.config();
        if (Machine::step(probe, Roles::fail).disposition != Disposition::transition) continue;
      }
      Step s = apply_step(e.id, e.generation, Roles::fail);
      sum.discarded += s.discarded;
      Outcome o;
      finish(s, o);
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
  /// invalidation: an entry that was reclaimed is not in use, or holds another key. The
  /// hint is a pointer, so a hit costs the three compares and no address arithmetic.
  std::uint32_t find(std::uint64_t id, std::uint32_t gen) const noexcept { return index_of(find_entry(id, gen)); }

  /// find() as a pointer, nullptr for none: what the per-item paths use.
  const Entry* find_entry(std::uint64_t id, std::uint32_t gen) const noexcept {
    const Entry* e = hint_;
    if (e->id == id && e->generation == gen && e->in_use) return e;
    return find_in_index(id, gen);
  }
  Entry* find_entry(std::uint64_t id, std::uint32_t gen) noexcept {
    return const_cast<Entry*>(std::as_const(*this).find_entry(id, gen));
  }

  /// An entry's number (npos for nullptr).
  std::uint32_t index_of(const Entry* e) const noexcept {
    return e == nullptr ? npos : static_cast<std::uint32_t>(e - &entries_[0]);
  }

  /// find_entry() past the hint: hash and probe. Out of line, so that the hash's rounds
  /// do not crowd the operations that inline find() (a run on one channel never gets here).
  [[gnu::noinline]] const Entry* find_in_index(std::uint64_t id, std::uint32_t gen) const noexcept {
    const std::uint32_t i = index_[slot_of(id, gen)];
    if (i == npos) return nullptr;
    hint_ = &entries_[i];
    return hint_;
  }

  std::uint32_t allocate(std::uint64_t id, std::uint32_t gen) noexcept {
    if (free_head_ == npos && !reclaim_oldest_tombstone()) return npos;
    const std::uint32_t i = free_head_;
    Entry& e = entries_[i];
    free_head_ = e.next;
    e.id = id;
    e.generation = gen;
    e.slot = Slot{};
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
      r.machine = Machine::name;
      r.scope = scope_;
      r.instance = e.id;
      r.generation = e.generation;
      r.event = "reclaim";
      r.from = to_string(e.config().state);
      r.to = to_string(Config{}.state);
      r.code = to_string(Machine::Code::none);
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
      unlink_tombstone(i);  // not reached: tombstones stay (roles::tombstones_stay)
    }
  }

  /// Takes entry i off the tombstone list. O(1) for the oldest, the only one ever taken
  /// while the spec keeps tombstones as they are (roles::tombstones_stay); a walk otherwise.
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
  // find()'s last entry (owner thread only, like everything here); entry 0 at first (there
  // is always one: the check needs no null test).
  mutable const Entry* hint_ = nullptr;
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

}  // namespace phasegen
