// phasegen runtime: the types that generated machines and the runtime share.
//
// Generated headers check PHASEGEN_TABLE_FORMAT against the format they were generated
// for, so a header from another phasegen version fails to compile instead of misbehaving.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#define PHASEGEN_TABLE_FORMAT 1

namespace phasegen {

/// What a dispatch did. Every dispatch returns exactly one of these; nothing is silent.
enum class Disposition : std::uint8_t {
  transition,  ///< a row fired: state and vars may have changed, actions were emitted
  ignored,     ///< an explicit no-op, returned and counted (e.g. a reset-race item)
  rejected,    ///< local misuse (e.g. send after close); state unchanged
  violation,   ///< the peer broke the protocol; state unchanged; the caller escalates
  stale,       ///< the event targets an older generation; classified, never applied
};

constexpr std::string_view to_string(Disposition d) noexcept {
  switch (d) {
    case Disposition::transition: return "transition";
    case Disposition::ignored: return "ignored";
    case Disposition::rejected: return "rejected";
    case Disposition::violation: return "violation";
    case Disposition::stale: return "stale";
  }
  return "?";
}

/// Where an event comes from (the spec's `source`). Only `local` events are the
/// application's own; the others arrive from outside and may be stale or hostile.
enum class Source : std::uint8_t { peer, local, session, transport, timer };

/// The result of one step of a generated machine.
template <class State, class Code, class ActionSet>
struct Outcome {
  Disposition disposition;
  State from;
  State to;
  Code code;          ///< the ignore reason, reject code or violated rule; Code::none otherwise
  ActionSet actions;  ///< bit i set: action i was emitted (by a transition, an ignore or a reject)

  friend constexpr bool operator==(const Outcome&, const Outcome&) = default;
};

/// One row of a cell in a generated transition table. `next` is the state after the row
/// fires (the same state for every disposition but transition).
template <class State, class Code, class ActionSet>
struct Row {
  Disposition disposition;
  State next;
  Code code;
  std::uint16_t guard;   ///< index for Machine::guard_holds; 0 means "always"
  std::uint16_t update;  ///< index for Machine::apply_updates; 0 means "none"
  ActionSet actions;
};

/// The rows of cell (state, event) are rows[first, first + count), tried in order.
struct Cell {
  std::uint32_t first;
  std::uint32_t count;
};

/// Steps a generated machine by interpreting its constexpr table instead of calling its
/// generated switch. Tests prove the two agree on every cell and valuation; the checker
/// and tools use this form for reflection.
/// `args`: for a machine whose events carry data (M::Args), the event's arguments.
template <class M, class... A>
[[nodiscard]] constexpr typename M::Outcome table_step(typename M::Config& c, typename M::Event e,
                                                       const A&... args) noexcept {
  static_assert(sizeof...(A) <= 1, "table_step takes a configuration, an event and at most its arguments");
  if constexpr (requires { typename M::Args; }) {  // arguments outside the event's ranges: as step()
    if constexpr (sizeof...(A) == 0) {
      return table_step<M>(c, e, typename M::Args{});
    } else if (!M::args_in_range(e, args...)) {
      return {Disposition::violation, c.state, c.state, typename M::Code{}, 0};
    }
  }
  const Cell cell = M::cells[static_cast<std::size_t>(c.state) * M::event_count + static_cast<std::size_t>(e)];
  const auto from = c.state;
  for (std::size_t i = cell.first; i < std::size_t{cell.first} + cell.count; ++i) {
    const auto& row = M::rows[i];
    if (!M::guard_holds(row.guard, c.vars, args...)) continue;
    if (row.disposition == Disposition::transition) {
      M::apply_updates(row.update, c.vars, args...);
      c.state = row.next;
    }
    return {row.disposition, from, c.state, row.code, row.actions};
  }
  // Not reached: the generator proved every cell total for every valuation.
  return {Disposition::violation, from, from, typename M::Code{}, 0};
}

}  // namespace phasegen
