// phasegen runtime: what the channel table and the session need to know about a machine,
// and the compile-time proofs that a machine's table agrees with it.
//
// A *roles* struct names, in the spec's terms, the parts of a generated machine that the
// runtime acts on. The generator emits it from a system file's `runtime:` section
// (`--emit roles`: <system>.roles.hpp, which also static_asserts the proofs below; the
// fields are that section's keys; docs/architecture.md, "Runtime roles"). A hand-written
// one works the same way (tests/runtime/channels.test.cpp has some).
//
// `Machine` is what the generator emits as <ns>::<machine>::Machine; the runtime uses its
// types, step(), var_info/get_var/set_var, event_source, bit() and name, never its rows.
// For a machine whose events carry arguments (Machine::Args) the proofs step every event
// with Args{} only: the generator must prove the roles over argument values.
//
// Channel roles (one table of instances of `Machine`, keyed by (id, generation)):
//
//   using Machine = <ns>::<machine>::Machine;       // the generated machine
//   static constexpr bool explicit_open;            // false: the initial state stands for
//       "no channel yet" and the table keeps no entry for it (the first transition out of
//       it creates the entry); true: the initial state is a live channel, created by the
//       table's open() (a frame for an id never opened is Reason::unknown_channel)
//   static constexpr std::string_view queue;        // the var that counts an entry's queue;
//       empty: the entry holds no items (e.g. a sending side that only counts credit)
//   static constexpr int queue_bound;               // the most it counts (its range's hi)
//   static constexpr std::array<Event, n> enqueue;  // events that queue one item (peer)
//   static constexpr std::array<Event, n> dequeue;  // events that hand out the oldest (local)
//   static constexpr std::array<Event, n> discard;  // events whose transitions may empty
//       the queue; the table then discards it, counted
//   static constexpr std::array<Event, 0|1> attach; // a local owner takes an entry; the
//       non-initial states where it can fire are the "unbound" ones (for_each_unbound)
//   static constexpr std::array<Event, 0|1> release;// what release_unbound() delivers
//   static constexpr Event fail;                    // what the session's fail action delivers
//   static constexpr Code empty;                    // the dequeue answer "nothing queued yet,
//       more may come" (ignored); a consumer's waiting request waits on it (bridge.hpp)
//
// Session roles (one phasegen::Driver of `Machine`):
//
//   using Machine = <ns>::session::Machine;
//   static constexpr std::array<Event, n> frames;   // gate events: a peer frame for some
//       channel (a protocol may gate some frames apart, e.g. DATA, which spends a
//       connection-level window); the first is the default
//   static constexpr std::array<State, n> routes;   // the states where a gate event reaches the
//       channel (a guard may still refuse one there: a violation)
//   static constexpr std::array<State, n> live;     // states that carry channels: a frame is
//       routed or a violation there, ignored elsewhere; a new local channel needs one
//   static constexpr Event escalate;                // a violation we detected (local)
//   static constexpr Action fail_channels;          // deliver each table's fail event to its live channels
//   static constexpr std::array<Action, 0|1> begin_generation; // the next generation (a resumable
//       session; generational machines only); older frames are stale
//   static constexpr Action protocol_error;         // returned to the owner, who owns the wire
//
// Either kind may declare `static constexpr bool proved_by_generator = true;`: the
// exhaustive proofs below are then skipped (for machines past `proof_limit`; the
// generator has proved them in Python) and only the structural checks run.
//
// The proofs (channel_roles_hold, session_roles_hold) run over every state, event and
// valuation of the vars (up to `proof_limit` configurations) and are static_asserted
// where the table or session is instantiated, so a spec that stops matching its roles
// does not compile.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

#include "phasegen/table.hpp"

namespace phasegen::roles {

/// The most configurations (states x valuations) a compile-time proof walks.
inline constexpr std::size_t proof_limit = std::size_t{1} << 16;

template <class List, class T>
constexpr bool contains(const List& list, T x) noexcept {
  for (const auto& y : list)
    if (y == x) return true;
  return false;
}

/// The index of the var named `name`, or var_info.size().
template <class M>
constexpr std::size_t var_index(std::string_view name) noexcept {
  for (std::size_t i = 0; i < M::var_info.size(); ++i)
    if (M::var_info[i].name == name) return i;
  return M::var_info.size();
}

/// How many valuations the vars have (product of their ranges).
template <class M>
constexpr std::size_t valuations() noexcept {
  std::size_t n = 1;
  for (const auto& v : M::var_info) n *= static_cast<std::size_t>(v.hi - v.lo + 1);
  return n;
}

/// Calls f(Config) for every valuation of state s; false as soon as f does.
template <class M, class F>
constexpr bool every_valuation(typename M::State s, F&& f) noexcept {
  const std::size_t n = valuations<M>();
  for (std::size_t k = 0; k < n; ++k) {
    typename M::Config c{};
    c.state = s;
    std::size_t rest = k;
    for (std::size_t i = 0; i < M::var_info.size(); ++i) {
      const auto span = static_cast<std::size_t>(M::var_info[i].hi - M::var_info[i].lo + 1);
      M::set_var(c.vars, i, M::var_info[i].lo + static_cast<int>(rest % span));
      rest /= span;
    }
    if (!f(c)) return false;
  }
  return true;
}

/// Calls f(Config) for every state and every valuation; false as soon as f does.
template <class M, class F>
constexpr bool every_config(F&& f) noexcept {
  for (std::size_t s = 0; s < M::state_count; ++s)
    if (!every_valuation<M>(static_cast<typename M::State>(s), f)) return false;
  return true;
}

/// Whether no event leaves state s, for any valuation (terminal states absorb: the
/// generator checks it).
template <class M>
constexpr bool absorbing(typename M::State s) noexcept {
  return every_valuation<M>(s, [s](const typename M::Config& from) {
    for (std::size_t e = 0; e < M::event_count; ++e) {
      typename M::Config c = from;
      if (M::step(c, static_cast<typename M::Event>(e)).to != s) return false;
    }
    return true;
  });
}

/// Whether `e` is a transition in state s for some valuation.
template <class M>
constexpr bool can_move(typename M::State s, typename M::Event e) noexcept {
  return !every_valuation<M>(s, [e](const typename M::Config& from) {
    typename M::Config c = from;
    return M::step(c, e).disposition != Disposition::transition;
  });
}

template <class R>
constexpr bool proved_by_generator() noexcept {
  if constexpr (requires { R::proved_by_generator; })
    return R::proved_by_generator;
  else
    return false;
}

template <class R>
constexpr bool has_queue() noexcept {
  return !R::queue.empty();
}

// --- channel roles ------------------------------------------------------------------

/// The queue var exists, counts from 0 and is bounded by queue_bound; no queue, no item events.
template <class R>
constexpr bool queue_declared() noexcept {
  using M = typename R::Machine;
  if (!has_queue<R>()) return R::enqueue.empty() && R::dequeue.empty();
  const std::size_t q = var_index<M>(R::queue);
  return q < M::var_info.size() && M::var_info[q].lo == 0 && M::var_info[q].hi == R::queue_bound &&
         R::queue_bound > 0 && !R::enqueue.empty() && !R::dequeue.empty();
}

/// The table mirrors the queue var in the entry's ring, so it relies on exactly these
/// effects, over every cell and valuation: an enqueue transition adds one, a dequeue
/// transition removes one, a discard transition keeps the count or empties it (the table
/// then discards the queue, counted), any other event and every non-transition keep it.
template <class R>
constexpr bool queue_effects() noexcept {
  using M = typename R::Machine;
  if (!has_queue<R>()) return true;
  const std::size_t qv = var_index<M>(R::queue);
  return every_config<M>([&](const typename M::Config& from) {
    for (std::size_t e = 0; e < M::event_count; ++e) {
      const auto event = static_cast<typename M::Event>(e);
      typename M::Config c = from;
      const int q = M::get_var(c.vars, qv);
      const auto o = M::step(c, event);
      const int after = M::get_var(c.vars, qv);
      if (o.disposition != Disposition::transition) {
        if (after != q) return false;
      } else if (contains(R::enqueue, event)) {
        if (after != q + 1) return false;
      } else if (contains(R::dequeue, event)) {
        if (after != q - 1) return false;
      } else if (contains(R::discard, event)) {
        if (after != q && after != 0) return false;
      } else if (after != q) {
        return false;
      }
    }
    return true;
  });
}

/// A tombstone (absorbing state, empty queue) stays one until it is reclaimed: no enqueue
/// event moves in an absorbing state, so its queue cannot fill again. The tombstone list
/// is therefore only appended to and taken from its oldest end.
template <class R>
constexpr bool tombstones_stay() noexcept {
  using M = typename R::Machine;
  for (std::size_t s = 0; s < M::state_count; ++s) {
    const auto st = static_cast<typename M::State>(s);
    if (!absorbing<M>(st)) continue;
    for (const auto e : R::enqueue)
      if (can_move<M>(st, e)) return false;
  }
  return true;
}

/// Who sends what: items come from the peer, are taken locally; release is local; fail
/// comes from the session; attach is local.
template <class R>
constexpr bool sources() noexcept {
  using M = typename R::Machine;
  auto src = [](typename M::Event e) { return M::event_source[static_cast<std::size_t>(e)]; };
  for (const auto e : R::enqueue)
    if (src(e) == Source::local) return false;
  for (const auto e : R::dequeue)
    if (src(e) != Source::local) return false;
  for (const auto e : R::attach)
    if (src(e) != Source::local) return false;
  for (const auto e : R::release)
    if (src(e) != Source::local || (has_queue<R>() && !contains(R::discard, e))) return false;
  return src(R::fail) == Source::session && R::attach.size() <= 1 && R::release.size() <= 1;
}

/// Without explicit open, the initial state is "no channel": not terminal, empty queue.
template <class R>
constexpr bool initial_state() noexcept {
  using M = typename R::Machine;
  const typename M::Config init{};
  if (absorbing<M>(init.state)) return false;
  return !has_queue<R>() || M::get_var(init.vars, var_index<M>(R::queue)) == 0;
}

/// The `empty` code: a dequeue answers it only with the queue empty, and as `ignored`
/// (nothing changes: a waiting consumer may ask again). Only the bridge needs it.
template <class R>
constexpr bool empty_code() noexcept {
  using M = typename R::Machine;
  if (!has_queue<R>()) return false;
  const std::size_t qv = var_index<M>(R::queue);
  return every_config<M>([&](const typename M::Config& from) {
    typename M::Config c = from;
    const auto o = M::step(c, R::dequeue[0]);
    if (o.code != R::empty) return true;
    return o.disposition == Disposition::ignored && M::get_var(from.vars, qv) == 0;
  });
}

// Each proof is its own constant expression: clang evaluates one long expression much
// more slowly than the same work split (what it keeps for the whole evaluation grows).
template <class R, bool exhaustive = !proved_by_generator<R>()>
struct channel_proofs {
  static constexpr bool queue = queue_declared<R>();
  static constexpr bool src = sources<R>();
  static constexpr bool ok = queue && src;
};
template <class R>
struct channel_proofs<R, true> {
  static_assert(R::Machine::state_count * valuations<typename R::Machine>() <= proof_limit,
                "too many configurations to prove the roles at compile time: prove them in the generator "
                "and declare proved_by_generator");
  static constexpr bool queue = queue_declared<R>();
  static constexpr bool effects = queue_effects<R>();
  static constexpr bool tombstones = tombstones_stay<R>();
  static constexpr bool src = sources<R>();
  static constexpr bool initial = initial_state<R>();
  static constexpr bool ok = queue && effects && tombstones && src && initial;
};

template <class R>
constexpr bool channel_roles_hold() noexcept {
  return channel_proofs<R>::ok;
}

// --- session roles ------------------------------------------------------------------

/// A gate event moves only in a routing state, and there it stays in its state and emits
/// none of the actions the runtime performs (it may update the session's vars, e.g. a
/// connection window, and emit actions for the owner); a routing state routes for some
/// valuation (a guard may refuse, e.g. an exhausted window: a violation). In the live
/// states a gate event is a transition or a violation, elsewhere it is ignored.
template <class R>
constexpr bool gate() noexcept {
  using M = typename R::Machine;
  typename M::ActionSet runtime_actions = M::bit(R::fail_channels);
  for (const auto a : R::begin_generation) runtime_actions |= M::bit(a);
  if (R::frames.empty()) return false;
  for (const auto frame : R::frames) {
    const bool ok = every_config<M>([&](const typename M::Config& from) {
      typename M::Config c = from;
      const auto o = M::step(c, frame);
      const bool routes = contains(R::routes, from.state), live = contains(R::live, from.state);
      if (routes && !(live && can_move<M>(from.state, frame))) return false;
      if (o.disposition == Disposition::transition &&
          (!routes || c.state != from.state || (o.actions & runtime_actions) != 0))
        return false;
      return live ? o.disposition == Disposition::transition || o.disposition == Disposition::violation
                  : o.disposition == Disposition::ignored;
    });
    if (!ok) return false;
  }
  return true;
}

/// The actions are performed in declaration order, the channels failed before a new
/// generation begins; only a generational machine begins generations. The gate events
/// come from outside, the escalation from us.
template <class R>
constexpr bool session_actions() noexcept {
  using M = typename R::Machine;
  for (const auto a : R::begin_generation)
    if (!M::generational || static_cast<std::size_t>(R::fail_channels) >= static_cast<std::size_t>(a)) return false;
  for (const auto f : R::frames)
    if (M::event_source[static_cast<std::size_t>(f)] == Source::local) return false;
  return R::begin_generation.size() <= 1 && M::event_source[static_cast<std::size_t>(R::escalate)] == Source::local;
}

template <class R>
constexpr bool session_roles_hold() noexcept {
  using M = typename R::Machine;
  if constexpr (proved_by_generator<R>()) {
    return session_actions<R>();
  } else {
    static_assert(M::state_count * valuations<M>() <= proof_limit,
                  "too many configurations to prove the roles at compile time: prove them in the generator "
                  "and declare proved_by_generator");
    return gate<R>() && session_actions<R>();
  }
}

}  // namespace phasegen::roles
