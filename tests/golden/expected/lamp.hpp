// DO NOT EDIT: generated from tests/golden/minimal.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out tests/golden/expected tests/golden/tiny.yaml tests/golden/minimal.yaml
//
// lamp: 2 states x 1 events = 2 cells, every one explicit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "phasegen/table.hpp"

static_assert(PHASEGEN_TABLE_FORMAT == 1,
              "tests/golden/minimal.yaml was generated for phasegen table format 1; regenerate with: phasegen generate --namespace-dirs --emit all --out tests/golden/expected tests/golden/tiny.yaml tests/golden/minimal.yaml");

namespace lamp {

namespace params {
}  // namespace params

enum class State : std::uint8_t {
  Off,  ///< (initial)
  Broken,  ///< (terminal)
};
inline constexpr std::size_t state_count = 2;

enum class Event : std::uint8_t {
  smash,  ///< from local
};
inline constexpr std::size_t event_count = 1;

/// The source of every event, by event id.
inline constexpr std::array<phasegen::Source, event_count> event_source = {
    phasegen::Source::local,  // smash
};

/// Ignore reasons, reject codes and violated rules.
enum class Code : std::uint8_t {
  none,
  already_broken,
};
inline constexpr std::size_t code_count = 2;

enum class Action : std::uint8_t {
};
inline constexpr std::size_t action_count = 0;
/// Bit i is set when Action i was emitted; actions are performed in declaration order.
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(ActionSet{1} << static_cast<unsigned>(a)); }

struct Vars {
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};

struct Config {
  State state = State::Off;
  [[no_unique_address]] Vars vars{};  // takes no space when the machine has no vars
  friend constexpr bool operator==(const Config&, const Config&) = default;
};

using Outcome = phasegen::Outcome<State, Code, ActionSet>;

/// Guards of the transition table, by index (0 is "always").
[[nodiscard]] constexpr bool guard_holds([[maybe_unused]] std::uint16_t guard, [[maybe_unused]] const Vars& v) noexcept {
  return true;
}

/// Updates of the transition table, by index (0 is "none"); applied in the order written.
constexpr void apply_updates([[maybe_unused]] std::uint16_t update, [[maybe_unused]] Vars& v) noexcept {
}

using TableRow = phasegen::Row<State, Code, ActionSet>;
using phasegen::Disposition;

/// Every row of every cell, cell by cell (state-major); each names its spec line.
inline constexpr std::array<TableRow, 2> rows = {{
    {Disposition::transition, State::Broken, Code::none, 0, 0, 0},  // Off x smash: tests/golden/minimal.yaml:10
    {Disposition::ignored, State::Broken, Code::already_broken, 0, 0, 0},  // Broken x smash: tests/golden/minimal.yaml:11
}};

/// cells[state * event_count + event]: the cell's range in rows.
inline constexpr std::array<phasegen::Cell, state_count * event_count> cells = {{
    {0, 1},  // Off x smash
    {1, 1},  // Broken x smash
}};

static_assert(rows.size() == 2 && cells.size() == 2, "table sizes");
static_assert(cells.back().first + cells.back().count == rows.size(), "cells cover rows densely");
static_assert(static_cast<std::size_t>(State::Broken) + 1 == state_count, "dense state ids");
static_assert(static_cast<std::size_t>(Event::smash) + 1 == event_count, "dense event ids");

namespace detail {
/// The step as a generated switch; `steps` below is computed from it, and step() uses
/// it for a configuration outside the declared ranges.
[[nodiscard]] constexpr Outcome switch_step(Config& c, Event e) noexcept {
  [[maybe_unused]] Vars& v = c.vars;
  const State from = c.state;
  switch (from) {
    case State::Off:
      switch (e) {
        case Event::smash:
          // tests/golden/minimal.yaml:10
          c.state = State::Broken;
          return {Disposition::transition, from, State::Broken, Code::none, 0};
      }
      break;
    case State::Broken:
      switch (e) {
        case Event::smash:
          // tests/golden/minimal.yaml:11
          return {Disposition::ignored, from, State::Broken, Code::already_broken, 0};
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
  return static_cast<std::size_t>(c.state) < state_count;
}

/// The index of a configuration in the declared ranges: the state is the lowest digit,
/// then each var's offset from its lower bound, in mixed radix.
[[nodiscard]] constexpr std::size_t index_of(const Config& c) noexcept {
  return static_cast<std::size_t>(c.state);
}
}  // namespace detail

/// How many configurations the declared ranges hold (states times each var's values).
inline constexpr std::size_t config_count = 2;

/// Every configuration, by index (detail::index_of).
inline constexpr std::array<Config, config_count> configs = [] {
  std::array<Config, config_count> t{};
  for (std::size_t i = 0; i < config_count; ++i) {
    t[i].state = static_cast<State>(i % state_count);
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
inline constexpr std::array<StepEntry, 2> steps = [] {
  std::array<StepEntry, 2> t{};
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
    case State::Off: return "Off";
    case State::Broken: return "Broken";
  }
  return "?";
}

constexpr std::string_view to_string(Event e) noexcept {
  switch (e) {
    case Event::smash: return "smash";
  }
  return "?";
}

constexpr std::string_view to_string(Code c) noexcept {
  switch (c) {
    case Code::none: return "none";
    case Code::already_broken: return "already-broken";
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

inline constexpr std::array<VarInfo, 0> var_info = {{
}};

[[nodiscard]] constexpr int get_var([[maybe_unused]] const Vars& v, [[maybe_unused]] std::size_t i) noexcept {
  return 0;
}

constexpr void set_var([[maybe_unused]] Vars& v, [[maybe_unused]] std::size_t i, [[maybe_unused]] int x) noexcept {
}

/// The machine as one type, for phasegen::Driver, table_step and tools.
struct Machine {
  using State = ::lamp::State;
  using Event = ::lamp::Event;
  using Code = ::lamp::Code;
  using Action = ::lamp::Action;
  using ActionSet = ::lamp::ActionSet;
  using Vars = ::lamp::Vars;
  using Config = ::lamp::Config;
  using Outcome = ::lamp::Outcome;
  using Packed = ::lamp::Packed;  ///< a configuration as its index in `configs`; step(Packed&, Event) is one load
  static constexpr std::string_view name = "lamp";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = ::lamp::state_count;
  static constexpr std::size_t event_count = ::lamp::event_count;
  static constexpr std::size_t code_count = ::lamp::code_count;
  static constexpr std::size_t action_count = ::lamp::action_count;
  static constexpr const auto& rows = ::lamp::rows;
  static constexpr const auto& cells = ::lamp::cells;
  static constexpr const auto& var_info = ::lamp::var_info;
  static constexpr const auto& event_source = ::lamp::event_source;
  [[nodiscard]] static constexpr Outcome step(Config& c, Event e) noexcept { return ::lamp::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return ::lamp::bit(a); }
  [[nodiscard]] static constexpr bool guard_holds(std::uint16_t g, const Vars& v) noexcept { return ::lamp::guard_holds(g, v); }
  static constexpr void apply_updates(std::uint16_t u, Vars& v) noexcept { ::lamp::apply_updates(u, v); }
  [[nodiscard]] static constexpr int get_var(const Vars& v, std::size_t i) noexcept { return ::lamp::get_var(v, i); }
  static constexpr void set_var(Vars& v, std::size_t i, int x) noexcept { ::lamp::set_var(v, i, x); }
};

}  // namespace lamp
