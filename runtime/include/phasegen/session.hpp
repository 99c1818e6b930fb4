// phasegen runtime: one session (or connection) and its channels, driven by one owner.
//
// The generated session machine gates every channel frame (one of its roles' `frames`
// events, phasegen/roles.hpp): only in a routing state does a frame reach a channel table; in
// another live state it is the machine's answer (e.g. a violation before the handshake),
// outside the live states it is ignored, and a frame of an older generation is stale.
// The session's actions are performed here, in the order the machine declares them:
//   fail_channels    -> every table's fail_all(): live channels get the roles' fail event;
//   begin_generation -> the driver and every table start the next generation; frames of
//                       the old one are stale from now on;
//   protocol_error   -> returned to the caller, who owns the wire.
// A violation answered by the gate or by a channel escalates: the session gets the roles'
// `escalate` event (and, in the bundled specs, reports the error, fails the channels and
// closes).
//
// Two tables, one per direction: `Rx`, the channels we receive on (items queue in them),
// and optionally `Tx`, the channels we send on (opened locally; the peer's frames for
// them, such as a reset or a credit grant, are routed like any frame). A frame's
// direction is the caller's to say (the frame type says it: tx_frame / rx_frame).
//
// Generations are 32 bits, as on the wire, and never wrap around: an event that would
// begin a generation after the last one (2^32 - 1) is refused before the machine sees it
// (rejected, Reason::generations_exhausted; nothing changes, the owner should shut the
// session down). Otherwise generation 0's channels would be current again.
//
// Single owner: one thread calls every member function.
#pragma once

#include <cstddef>
#include <cstdint>
#include <type_traits>
#include <utility>

#include "phasegen/channels.hpp"
#include "phasegen/driver.hpp"
#include "phasegen/roles.hpp"
#include "phasegen/trace_record.hpp"

namespace phasegen {

/// What one session event did, including the actions performed for it.
template <class S>
struct [[nodiscard]] SessionOutcome {
  typename S::Outcome outcome{};      ///< the machine's answer; actions = what it emitted
  Reason reason = Reason::none;       ///< generations_exhausted: refused before the machine (rejected)
  DisconnectSummary failed;           ///< fail_channels on the receiving table, when emitted
  DisconnectSummary failed_at_bump;   ///< receiving channels still live when the generation ended (normally none)
  DisconnectSummary failed_tx;        ///< fail_channels and the generation's end on the sending table
  bool generation_began = false;      ///< begin_generation was performed
  bool protocol_error_emitted = false;

  bool emitted(typename S::Action a) const noexcept { return (outcome.actions & S::bit(a)) != 0; }
  /// The caller must report the peer's error (the roles' protocol_error action) and tear the conduit down.
  bool send_protocol_error() const noexcept { return protocol_error_emitted; }
};

/// What one channel frame did: the session gate, the channel, and any escalation.
template <class S, class C>
struct [[nodiscard]] FrameOutcome {
  Disposition disposition = Disposition::transition;  ///< the verdict: the gate's unless it let the frame through
  Reason reason = Reason::none;
  typename S::Outcome gate{};  ///< the session's answer to `frame`
  ChannelOutcome<C> channel;   ///< the channel's (last) answer; reason not-routed / stale when the gate refused
  std::uint32_t applied = 0;   ///< channel events applied: a frame may carry several (a grant of n credits)
  bool escalated = false;      ///< a violation was reported to the session as its escalate event
  SessionOutcome<S> escalation;

  bool send_protocol_error() const noexcept { return escalated && escalation.send_protocol_error(); }
};

/// rx_item's gate when the caller names none (allowed only for a session with one gate event).
struct NoGate {};

/// Stands in for the sending table of a session that has none.
struct NoTable {
  template <class... A>
  explicit NoTable(A&&...) noexcept {}
};

template <class Roles, class Rx, class Tx = NoTable>
class Session {
  static_assert(roles::session_roles_hold<Roles>(),
                "the session machine's table does not match its roles (phasegen/roles.hpp)");
  static constexpr bool has_tx = !std::is_same_v<Tx, NoTable>;
  // Scalars, not elements of the roles' arrays: they are compared on every dispatch and
  // must fold to constants.
  static constexpr bool generational = !Roles::begin_generation.empty();
  static constexpr auto begin_action = generational ? Roles::begin_generation[0] : typename Roles::Machine::Action{};

 public:
  using Machine = typename Roles::Machine;
  using Driver = phasegen::Driver<Machine>;
  using Event = typename Machine::Event;
  using State = typename Machine::State;
  using RxMachine = typename Rx::Machine;
  using RxOutcome = FrameOutcome<Machine, RxMachine>;

  /// `rx_capacity`, `tx_capacity`: the tables' sizes (live channels + tombstones). `key`
  /// keys the tables' index hashes: random per session unless a test or a reproducible
  /// run passes one. `first_generation`: a test hook (the last generations); 0 otherwise.
  explicit Session(std::size_t rx_capacity, std::uint64_t instance = 0, TraceHook trace = {},
                   HashKey key = HashKey::random(), std::uint32_t first_generation = 0, std::size_t tx_capacity = 0)
      : trace_(trace),
        driver_(instance, trace ? trace_hooks<Machine>(trace_) : typename Driver::Hooks{}, first_generation),
        rx_(rx_capacity, trace, instance, key, first_generation),
        tx_(tx_capacity ? tx_capacity : rx_capacity, trace, instance, HashKey{key.k1, key.k0}, first_generation) {}
  // The driver's trace hook points into this object.
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  /// A session event (handshake, conduit break, resume, shutdown, ...) of the current generation.
  SessionOutcome<Machine> dispatch(Event e) noexcept { return dispatch(e, driver_.generation()); }
  SessionOutcome<Machine> dispatch(Event e, std::uint32_t gen) noexcept {
    SessionOutcome<Machine> so;
    if (generational && gen == driver_.generation() && gen == Driver::last_generation && would_begin_generation(e)) {
      ++generations_refused_;
      const auto st = driver_.state();
      so.outcome = {Disposition::rejected, st, st, Machine::Code::none, 0};
      so.reason = Reason::generations_exhausted;
      return so;
    }
    so.outcome = driver_.dispatch(e, gen);
    if (so.outcome.actions == 0) return so;
    // Whatever the row emitted (a transition's, or an ignore's or a reject's where the
    // spec gives it actions), in declaration order (roles::session_actions: fail before begin).
    so.protocol_error_emitted = so.emitted(Roles::protocol_error);
    if (so.emitted(Roles::fail_channels)) {
      so.failed = rx_.fail_all();
      if constexpr (has_tx) add(so.failed_tx, tx_.fail_all());
    }
    if (generational && so.emitted(begin_action)) {
      (void)driver_.begin_generation();  // not the last generation: checked above
      so.failed_at_bump = rx_.begin_generation();
      if constexpr (has_tx) add(so.failed_tx, tx_.begin_generation());
      so.generation_began = true;
    }
    return so;
  }

  // --- frames from the peer for a receiving channel, each tagged with its generation.
  // `G`: the session event that gates the frame (the roles' first gate event by default).
  /// Any event of the receiving machine but the item ones.
  template <Event G = Roles::frames[0]>
  RxOutcome rx_frame(typename RxMachine::Event e, std::uint64_t id, std::uint32_t gen) noexcept {
    return frame<RxMachine, G>(rx_, id, gen, [&] { return rx_.apply(e, id, gen); });
  }
  /// An enqueue event with its item (the roles' first by default), through gate `G`. A
  /// session with several gate events must name the one that carries items (a DATA frame
  /// gate that spends a window, say): the first is not assumed, or items would pass a gate
  /// that was not meant for them without a word.
  template <typename RxMachine::Event E = Rx::Roles::enqueue[0], auto G = NoGate{}, class Item>
  RxOutcome rx_item(std::uint64_t id, std::uint32_t gen, Item&& item) noexcept {
    ++items_offered_;
    RxOutcome f =
        frame<RxMachine, item_gate<G>()>(rx_, id, gen, [&] { return rx_.template offer<E>(id, gen, std::forward<Item>(item)); });
    if (f.gate.disposition != Disposition::transition) ++items_refused_at_gate_;
    return f;
  }

  // --- local operations on receiving channels.
  /// A local event (e.g. attach). One that would create a channel needs a live session;
  /// otherwise Reason::session_not_live. A channel that has an entry is answered by its machine.
  ChannelOutcome<RxMachine> rx_local(typename RxMachine::Event e, std::uint64_t id) noexcept {
    const std::uint32_t gen = rx_.generation();
    if (!live() && !rx_.contains(id, gen) && creates<RxMachine>(e)) {
      ++session_not_live_;
      const auto s = typename RxMachine::Config{}.state;
      return {Disposition::rejected, RxMachine::Code::none, Reason::session_not_live, s, s, 0, id, gen};
    }
    return rx_.apply(e, id, gen);
  }

  // --- the sending side (a Tx table).
  /// Opens a sending channel of the current generation; needs a live session.
  template <class T = Tx>
  ChannelOutcome<typename T::Machine> tx_open(std::uint64_t id) noexcept {
    if (!live()) {
      ++session_not_live_;
      const auto s = typename T::Machine::Config{}.state;
      return {Disposition::rejected, T::Machine::Code::none, Reason::session_not_live, s, s, 0, id, tx_.generation()};
    }
    return tx_.open(id);
  }
  /// A frame from the peer for a sending channel, carrying `repeat` events (a grant of
  /// n credits is n grant events): applied in order while each is a transition; the
  /// first that is not ends the frame, and its answer is the frame's. `repeat` 0 applies
  /// nothing: ignored, Reason::wrong_operation (the framing layer decides whether such a
  /// frame is an error).
  template <Event G = Roles::frames[0], class T = Tx>
  FrameOutcome<Machine, typename T::Machine> tx_frame(typename T::Machine::Event e, std::uint64_t id,
                                                      std::uint32_t gen, std::uint32_t repeat = 1) noexcept {
    std::uint32_t applied = 0;
    auto f = frame<typename T::Machine, G>(tx_, id, gen, [&] {
      const auto st = tx_.state(id, gen);
      ChannelOutcome<typename T::Machine> o{Disposition::ignored, T::Machine::Code::none, Reason::wrong_operation,
                                            st, st, 0, id, gen};
      while (applied < repeat && (applied == 0 || o.disposition == Disposition::transition)) {
        o = tx_.apply(e, id, gen);
        ++applied;
      }
      return o;
    });
    f.applied = f.gate.disposition == Disposition::transition ? applied : 0;
    return f;
  }

  /// Frames whose events carry arguments (Machine::Args), for either table.
  template <Event G = Roles::frames[0], class R = Rx>
    requires requires { typename R::Machine::Args; }
  RxOutcome rx_frame(typename RxMachine::Event e, std::uint64_t id, std::uint32_t gen,
                     const typename R::Machine::Args& args) noexcept {
    return frame<RxMachine, G>(rx_, id, gen, [&] { return rx_.apply(e, id, gen, args); });
  }
  template <Event G = Roles::frames[0], class T = Tx>
    requires requires { typename T::Machine::Args; }
  FrameOutcome<Machine, typename T::Machine> tx_frame(typename T::Machine::Event e, std::uint64_t id, std::uint32_t gen,
                                                      const typename T::Machine::Args& args) noexcept {
    return frame<typename T::Machine, G>(tx_, id, gen, [&] { return tx_.apply(e, id, gen, args); });
  }

  // --- inspection
  Rx& rx() noexcept { return rx_; }
  const Rx& rx() const noexcept { return rx_; }
  template <class T = Tx>
  T& tx() noexcept {
    return tx_;
  }
  template <class T = Tx>
  const T& tx() const noexcept {
    return tx_;
  }
  const Driver& driver() const noexcept { return driver_; }
  State state() const noexcept { return driver_.state(); }
  std::uint32_t generation() const noexcept { return driver_.generation(); }
  /// Whether the session carries channels now (the roles' live states).
  bool live() const noexcept { return roles::contains(Roles::live, driver_.state()); }
  std::uint64_t escalations() const noexcept { return escalations_; }
  std::uint64_t session_not_live() const noexcept { return session_not_live_; }
  /// Events refused because the current generation is the last (Reason::generations_exhausted).
  std::uint64_t generations_refused() const noexcept { return generations_refused_; }
  /// Items offered to the session; conservation: offered == table items offered + refused at the gate.
  std::uint64_t items_offered() const noexcept { return items_offered_; }
  std::uint64_t items_refused_at_gate() const noexcept { return items_refused_at_gate_; }
  bool items_conserved() const noexcept {
    return rx_.items().conserved() && items_offered_ == rx_.items().offered + items_refused_at_gate_;
  }

 private:
  static void add(DisconnectSummary& to, const DisconnectSummary& s) noexcept {
    to.delivered += s.delivered;
    to.failed += s.failed;
    to.unchanged += s.unchanged;
    to.discarded += s.discarded;
  }

  /// rx_item's gate: the one named, else the only one.
  template <auto G>
  static constexpr Event item_gate() noexcept {
    if constexpr (std::is_same_v<std::remove_cv_t<decltype(G)>, NoGate>) {  // a class-type parameter is const
      static_assert(Roles::frames.size() == 1,
                    "this session has several gate events (roles: frames): name the one that carries "
                    "items, rx_item<Event, Gate>(...)");
      return Roles::frames[0];
    } else {
      return G;
    }
  }

  /// Whether `e` would create a channel: a transition out of the initial configuration.
  template <class C>
  static constexpr bool creates(typename C::Event e) noexcept {
    typename C::Config probe{};
    return C::step(probe, e).disposition == Disposition::transition;
  }

  /// Whether `e` would begin a generation, asked of a copy: nothing changes, nothing is counted.
  bool would_begin_generation(Event e) const noexcept {
    typename Machine::Config probe = driver_.config();
    const auto o = Machine::step(probe, e);
    return (o.actions & Machine::bit(begin_action)) != 0;
  }

  template <class C, Event G, class Table, class ToChannel>
  FrameOutcome<Machine, C> frame(const Table& table, std::uint64_t id, std::uint32_t gen, ToChannel&& to_channel) noexcept {
    static_assert(roles::contains(Roles::frames, G), "not one of the session's gate events (roles: frames)");
    FrameOutcome<Machine, C> f;
    f.gate = driver_.dispatch(G, gen);
    if (f.gate.disposition == Disposition::transition) {
      f.channel = to_channel();
      f.applied = 1;
      f.disposition = f.channel.disposition;
      f.reason = f.channel.reason;
    } else {
      // The driver answers a generation that has not begun with `rejected` (a caller bug
      // for local events). A peer frame claiming one is the peer's violation while the
      // session is live; once it is not, it is ignored like any other frame.
      const bool future = gen > driver_.generation();
      f.disposition = !future ? f.gate.disposition : live() ? Disposition::violation : Disposition::ignored;
      f.reason = future                                      ? Reason::future_generation
                 : f.gate.disposition == Disposition::stale ? Reason::stale
                                                             : Reason::not_routed;
      const auto s = table.state(id, gen);
      f.channel = {f.disposition, C::Code::none, f.reason, s, s, 0, id, gen};
    }
    if (f.disposition == Disposition::violation) {
      f.escalated = true;
      ++escalations_;
      f.escalation = dispatch(Roles::escalate);
    }
    return f;
  }

  TraceHook trace_;  // before driver_: the driver's hooks point at it
  Driver driver_;
  Rx rx_;
  [[no_unique_address]] Tx tx_;
  std::uint64_t escalations_ = 0;
  std::uint64_t session_not_live_ = 0;
  std::uint64_t generations_refused_ = 0;
  std::uint64_t items_offered_ = 0;
  std::uint64_t items_refused_at_gate_ = 0;
};

}  // namespace phasegen
