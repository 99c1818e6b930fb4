// DO NOT EDIT: generated from spec/vox/bind_race.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// vox::bind_race: 3 states x 3 events = 9 cells, every one explicit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "phasegen/table.hpp"

static_assert(PHASEGEN_TABLE_FORMAT == 1,
              "spec/vox/bind_race.yaml was generated for phasegen table format 1; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

// A monitor of one channel for the vox seed's race: it counts the items the peer sent
// before the receiver was bound and that have not arrived yet, and reaches Raced when one
// of them arrives after the bind (it was on the wire during the bind).
namespace vox::bind_race {

namespace params {
inline constexpr int most = 3;
}  // namespace params

enum class State : std::uint8_t {
  Unbound,  ///< (initial)
  Bound,
  Raced,
};
inline constexpr std::size_t state_count = 3;

enum class Event : std::uint8_t {
  sent,  ///< from local
  arrived,  ///< from local
  bound,  ///< from local
};
inline constexpr std::size_t event_count = 3;

/// The source of every event, by event id.
inline constexpr std::array<phasegen::Source, event_count> event_source = {
    phasegen::Source::local,  // sent
    phasegen::Source::local,  // arrived
    phasegen::Source::local,  // bound
};

/// Ignore reasons, reject codes and violated rules.
enum class Code : std::uint8_t {
  none,
  beyond_the_bound,
  not_counted,
  sent_after_the_bind,
  after_the_bind,
  seen,
};
inline constexpr std::size_t code_count = 6;

enum class Action : std::uint8_t {
};
inline constexpr std::size_t action_count = 0;
/// Bit i is set when Action i was emitted; actions are performed in declaration order.
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(ActionSet{1} << static_cast<unsigned>(a)); }

struct Vars {
  std::uint8_t early = 0;  ///< [0, 3] Items sent before the bind and still on the wire.
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};

struct Config {
  State state = State::Unbound;
  [[no_unique_address]] Vars vars{};  // takes no space when the machine has no vars
  friend constexpr bool operator==(const Config&, const Config&) = default;
};

using Outcome = phasegen::Outcome<State, Code, ActionSet>;

/// Guards of the transition table, by index (0 is "always").
[[nodiscard]] constexpr bool guard_holds([[maybe_unused]] std::uint16_t guard, [[maybe_unused]] const Vars& v) noexcept {
  switch (guard) {
    case 1: return v.early < params::most;
    case 2: return v.early > 0;
    case 3: return v.early == params::most;
    case 4: return v.early == 0;
    default: return true;
  }
}

/// Updates of the transition table, by index (0 is "none"); applied in the order written.
constexpr void apply_updates([[maybe_unused]] std::uint16_t update, [[maybe_unused]] Vars& v) noexcept {
  switch (update) {
    case 1: v.early = static_cast<std::uint8_t>(v.early + 1); return;
    case 2: v.early = static_cast<std::uint8_t>(v.early - 1); return;
    default: return;
  }
}

using TableRow = phasegen::Row<State, Code, ActionSet>;
using phasegen::Disposition;

/// Every row of every cell, cell by cell (state-major); each names its spec line.
inline constexpr std::array<TableRow, 12> rows = {{
    {Disposition::transition, State::Unbound, Code::none, 1, 1, 0},  // Unbound x sent: spec/vox/bind_race.yaml:21
    {Disposition::ignored, State::Unbound, Code::beyond_the_bound, 3, 0, 0},  // Unbound x sent: spec/vox/bind_race.yaml:25
    {Disposition::transition, State::Unbound, Code::none, 2, 2, 0},  // Unbound x arrived: spec/vox/bind_race.yaml:22
    {Disposition::ignored, State::Unbound, Code::not_counted, 4, 0, 0},  // Unbound x arrived: spec/vox/bind_race.yaml:26
    {Disposition::transition, State::Bound, Code::none, 0, 0, 0},  // Unbound x bound: spec/vox/bind_race.yaml:23
    {Disposition::ignored, State::Bound, Code::after_the_bind, 0, 0, 0},  // Bound x sent: spec/vox/bind_race.yaml:28
    {Disposition::transition, State::Raced, Code::none, 2, 2, 0},  // Bound x arrived: spec/vox/bind_race.yaml:24
    {Disposition::ignored, State::Bound, Code::sent_after_the_bind, 4, 0, 0},  // Bound x arrived: spec/vox/bind_race.yaml:27
    {Disposition::ignored, State::Bound, Code::after_the_bind, 0, 0, 0},  // Bound x bound: spec/vox/bind_race.yaml:28
    {Disposition::ignored, State::Raced, Code::seen, 0, 0, 0},  // Raced x sent: spec/vox/bind_race.yaml:29
    {Disposition::ignored, State::Raced, Code::seen, 0, 0, 0},  // Raced x arrived: spec/vox/bind_race.yaml:29
    {Disposition::ignored, State::Raced, Code::seen, 0, 0, 0},  // Raced x bound: spec/vox/bind_race.yaml:29
}};

/// cells[state * event_count + event]: the cell's range in rows.
inline constexpr std::array<phasegen::Cell, state_count * event_count> cells = {{
    {0, 2},  // Unbound x sent
    {2, 2},  // Unbound x arrived
    {4, 1},  // Unbound x bound
    {5, 1},  // Bound x sent
    {6, 2},  // Bound x arrived
    {8, 1},  // Bound x bound
    {9, 1},  // Raced x sent
    {10, 1},  // Raced x arrived
    {11, 1},  // Raced x bound
}};

static_assert(rows.size() == 12 && cells.size() == 9, "table sizes");
static_assert(cells.back().first + cells.back().count == rows.size(), "cells cover rows densely");
static_assert(static_cast<std::size_t>(State::Raced) + 1 == state_count, "dense state ids");
static_assert(static_cast<std::size_t>(Event::bound) + 1 == event_count, "dense event ids");

namespace detail {
/// The step as a generated switch; `steps` below is computed from it, and step() uses
/// it for a configuration outside the declared ranges.
[[nodiscard]] constexpr Outcome switch_step(Config& c, Event e) noexcept {
  [[maybe_unused]] Vars& v = c.vars;
  const State from = c.state;
  switch (from) {
    case State::Unbound:
      switch (e) {
        case Event::sent:
          if (v.early < params::most) {  // spec/vox/bind_race.yaml:21
            v.early = static_cast<std::uint8_t>(v.early + 1);
            c.state = State::Unbound;
            return {Disposition::transition, from, State::Unbound, Code::none, 0};
          }
          // v.early == params::most: spec/vox/bind_race.yaml:25
          return {Disposition::ignored, from, State::Unbound, Code::beyond_the_bound, 0};
        case Event::arrived:
          if (v.early > 0) {  // spec/vox/bind_race.yaml:22
            v.early = static_cast<std::uint8_t>(v.early - 1);
            c.state = State::Unbound;
            return {Disposition::transition, from, State::Unbound, Code::none, 0};
          }
          // v.early == 0: spec/vox/bind_race.yaml:26
          return {Disposition::ignored, from, State::Unbound, Code::not_counted, 0};
        case Event::bound:
          // spec/vox/bind_race.yaml:23
          c.state = State::Bound;
          return {Disposition::transition, from, State::Bound, Code::none, 0};
      }
      break;
    case State::Bound:
      switch (e) {
        case Event::sent:
        case Event::bound:
          // spec/vox/bind_race.yaml:28
          return {Disposition::ignored, from, State::Bound, Code::after_the_bind, 0};
        case Event::arrived:
          if (v.early > 0) {  // spec/vox/bind_race.yaml:24
            v.early = static_cast<std::uint8_t>(v.early - 1);
            c.state = State::Raced;
            return {Disposition::transition, from, State::Raced, Code::none, 0};
          }
          // v.early == 0: spec/vox/bind_race.yaml:27
          return {Disposition::ignored, from, State::Bound, Code::sent_after_the_bind, 0};
      }
      break;
    case State::Raced:
      switch (e) {
        case Event::sent:
        case Event::arrived:
        case Event::bound:
          // spec/vox/bind_race.yaml:29
          return {Disposition::ignored, from, State::Raced, Code::seen, 0};
      }
      break;
  }
  // Not reached for valid State and Event values.
  return {Disposition::violation, from, from, Code::none, 0};
}

/// detail::switch_step out of line, for step() on a configuration or event outside the
/// declared ranges: kept off the table's path, which then stays a few instructions.
[[gnu::cold, gnu::noinline]] constexpr Outcome switch_step_outside(Config& c, Event e) noexcept {
  return switch_step(c, e);
}

/// Whether `c` is in the declared ranges.
[[nodiscard]] constexpr bool in_range(const Config& c) noexcept {
  return static_cast<std::size_t>(c.state) < state_count &&
         static_cast<std::uint64_t>(c.vars.early) < 4u;
}

/// The index of a configuration in the declared ranges: the state is the lowest digit,
/// then each var's offset from its lower bound, in mixed radix.
[[nodiscard]] constexpr std::size_t index_of(const Config& c) noexcept {
  std::size_t i = static_cast<std::size_t>(c.vars.early);
  return i * state_count + static_cast<std::size_t>(c.state);
}
}  // namespace detail

/// How many configurations the declared ranges hold (states times each var's values).
inline constexpr std::size_t config_count = 12;

/// Every configuration, by index (detail::index_of).
inline constexpr std::array<Config, config_count> configs = [] {
  std::array<Config, config_count> t{};
  for (std::size_t i = 0; i < config_count; ++i) {
    t[i].state = static_cast<State>(i % state_count);
    std::size_t rest = i / state_count;
    t[i].vars.early = static_cast<std::uint8_t>(static_cast<int>(rest % 4));
  }
  return t;
}();

/// The outcome of one (event, configuration) pair, the vars after it and the index of the
/// configuration after it; 8 bytes, so that an index scales in the address.
struct alignas(8) StepEntry {
  Outcome outcome;
  Vars vars;
  std::uint8_t next;
};
static_assert(sizeof(StepEntry) == 8, "StepEntry layout");

/// steps[event * config_count + configuration index]: every pair, computed from
/// detail::switch_step. Event-major: an event's column is one contiguous run.
inline constexpr std::array<StepEntry, 36> steps = [] {
  std::array<StepEntry, 36> t{};
  for (std::size_t e = 0; e < event_count; ++e) {
    for (std::size_t i = 0; i < config_count; ++i) {
      Config c = configs[i];
      const Outcome o = detail::switch_step(c, static_cast<Event>(e));
      t[e * config_count + i] = StepEntry{o, c.vars, static_cast<std::uint8_t>(detail::index_of(c))};
    }
  }
  return t;
}();

/// A configuration as its index in `configs`: one byte, always in the declared
/// ranges (made only by from(), by step() and as the initial configuration), so that
/// step() on it is one load with no range check, the next index coming from that load.
class Packed {
 public:
  /// The initial configuration.
  constexpr Packed() noexcept = default;
  /// `c` packed, or std::nullopt when it is outside the declared ranges.
  [[nodiscard]] static constexpr std::optional<Packed> from(const Config& c) noexcept {
    if (!detail::in_range(c)) return std::nullopt;
    return Packed(static_cast<std::uint8_t>(detail::index_of(c)));
  }
  [[nodiscard]] constexpr const Config& config() const noexcept { return configs[index_]; }
  [[nodiscard]] constexpr State state() const noexcept { return configs[index_].state; }
  [[nodiscard]] constexpr std::size_t index() const noexcept { return index_; }
  friend constexpr bool operator==(const Packed&, const Packed&) = default;

 private:
  constexpr explicit Packed(std::uint8_t index) noexcept : index_(index) {}
  friend constexpr Outcome step(Packed& p, Event e) noexcept;
  std::uint8_t index_ = 0;
};

/// One step: dispatch `e` in configuration `c`, updating `c` in place. One load from
/// `steps`, no branch on state, event or guard; a configuration or event outside the
/// declared ranges goes to detail::switch_step. It agrees with table_step on every cell
/// (tested).
[[nodiscard]] constexpr Outcome step(Config& c, Event e) noexcept {
  if (static_cast<std::size_t>(e) >= event_count || !detail::in_range(c)) [[unlikely]]
    return detail::switch_step_outside(c, e);
  const StepEntry& x = steps[static_cast<std::size_t>(e) * config_count + detail::index_of(c)];
  c.state = x.outcome.to;
  c.vars = x.vars;
  return x.outcome;
}

/// One step on a packed configuration: one load, which gives the outcome and the next
/// index. `e` must be a declared event (an Event made from unchecked input goes through
/// step(Config&, Event), which answers it).
[[nodiscard]] constexpr Outcome step(Packed& p, Event e) noexcept {
  const StepEntry& x = steps[static_cast<std::size_t>(e) * config_count + p.index_];
  p.index_ = x.next;
  return x.outcome;
}

constexpr std::string_view to_string(State s) noexcept {
  switch (s) {
    case State::Unbound: return "Unbound";
    case State::Bound: return "Bound";
    case State::Raced: return "Raced";
  }
  return "?";
}

constexpr std::string_view to_string(Event e) noexcept {
  switch (e) {
    case Event::sent: return "sent";
    case Event::arrived: return "arrived";
    case Event::bound: return "bound";
  }
  return "?";
}

constexpr std::string_view to_string(Code c) noexcept {
  switch (c) {
    case Code::none: return "none";
    case Code::beyond_the_bound: return "beyond-the-bound";
    case Code::not_counted: return "not-counted";
    case Code::sent_after_the_bind: return "sent-after-the-bind";
    case Code::after_the_bind: return "after-the-bind";
    case Code::seen: return "seen";
  }
  return "?";
}

constexpr std::string_view to_string(Action a) noexcept {
  switch (a) {
  }
  return "?";
}

/// The actions a machine emits, as an interface an application can implement.
class Actions {
 public:
  virtual ~Actions() = default;
};

/// Calls h.<action>() for every action in `set`, in declaration order. H may be an
/// Actions or any type with those member functions.
template <class H>
constexpr void perform([[maybe_unused]] ActionSet set, [[maybe_unused]] H& h) {
}

/// Reflection of one var, for tools and tests that enumerate valuations.
struct VarInfo {
  std::string_view name;
  int lo;
  int hi;
};

inline constexpr std::array<VarInfo, 1> var_info = {{
    {"early", 0, 3},
}};

[[nodiscard]] constexpr int get_var([[maybe_unused]] const Vars& v, [[maybe_unused]] std::size_t i) noexcept {
  switch (i) {
    case 0: return v.early;
  }
  return 0;
}

constexpr void set_var([[maybe_unused]] Vars& v, [[maybe_unused]] std::size_t i, [[maybe_unused]] int x) noexcept {
  switch (i) {
    case 0: v.early = static_cast<std::uint8_t>(x); return;
  }
}

/// The machine as one type, for phasegen::Driver, table_step and tools.
struct Machine {
  using State = ::vox::bind_race::State;
  using Event = ::vox::bind_race::Event;
  using Code = ::vox::bind_race::Code;
  using Action = ::vox::bind_race::Action;
  using ActionSet = ::vox::bind_race::ActionSet;
  using Vars = ::vox::bind_race::Vars;
  using Config = ::vox::bind_race::Config;
  using Outcome = ::vox::bind_race::Outcome;
  using Packed = ::vox::bind_race::Packed;  ///< a configuration as its index in `configs`; step(Packed&, Event) is one load
  static constexpr std::string_view name = "vox::bind_race";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = ::vox::bind_race::state_count;
  static constexpr std::size_t event_count = ::vox::bind_race::event_count;
  static constexpr std::size_t code_count = ::vox::bind_race::code_count;
  static constexpr std::size_t action_count = ::vox::bind_race::action_count;
  static constexpr const auto& rows = ::vox::bind_race::rows;
  static constexpr const auto& cells = ::vox::bind_race::cells;
  static constexpr const auto& var_info = ::vox::bind_race::var_info;
  static constexpr const auto& event_source = ::vox::bind_race::event_source;
  [[nodiscard]] static constexpr Outcome step(Config& c, Event e) noexcept { return ::vox::bind_race::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return ::vox::bind_race::bit(a); }
  [[nodiscard]] static constexpr bool guard_holds(std::uint16_t g, const Vars& v) noexcept { return ::vox::bind_race::guard_holds(g, v); }
  static constexpr void apply_updates(std::uint16_t u, Vars& v) noexcept { ::vox::bind_race::apply_updates(u, v); }
  [[nodiscard]] static constexpr int get_var(const Vars& v, std::size_t i) noexcept { return ::vox::bind_race::get_var(v, i); }
  static constexpr void set_var(Vars& v, std::size_t i, int x) noexcept { ::vox::bind_race::set_var(v, i, x); }
};

}  // namespace vox::bind_race
