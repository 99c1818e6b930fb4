// DO NOT EDIT: generated from tests/golden/tiny.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out tests/golden/expected tests/golden/tiny.yaml tests/golden/minimal.yaml
//
// tiny::door: 3 states x 4 events = 12 cells, every one explicit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "phasegen/table.hpp"

static_assert(PHASEGEN_TABLE_FORMAT == 1,
              "tests/golden/tiny.yaml was generated for phasegen table format 1; regenerate with: phasegen generate --namespace-dirs --emit all --out tests/golden/expected tests/golden/tiny.yaml tests/golden/minimal.yaml");

// A door with a bounded number of knocks.
namespace tiny::door {

namespace params {
inline constexpr int limit = 3;
inline constexpr int spare = 1;  ///< Knocks tolerated beyond the limit.
}  // namespace params

enum class State : std::uint8_t {
  Shut,  ///< (initial)
  Ajar,
  Gone,  ///< (terminal)
};
inline constexpr std::size_t state_count = 3;

enum class Event : std::uint8_t {
  knock,  ///< from peer
  open,  ///< from local
  on,  ///< from local
  remove,  ///< from session
};
inline constexpr std::size_t event_count = 4;

/// The source of every event, by event id.
inline constexpr std::array<phasegen::Source, event_count> event_source = {
    phasegen::Source::peer,  // knock
    phasegen::Source::local,  // open
    phasegen::Source::local,  // on
    phasegen::Source::session,  // remove
};

/// Ignore reasons, reject codes and violated rules.
enum class Code : std::uint8_t {
  none,
  too_many_knocks,
  worn_out,
  already_open,
  not_ajar,
  door_gone,
};
inline constexpr std::size_t code_count = 6;

enum class Action : std::uint8_t {
  ring,
  log,  ///< Write a log line.
};
inline constexpr std::size_t action_count = 2;
/// Bit i is set when Action i was emitted; actions are performed in declaration order.
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(ActionSet{1} << static_cast<unsigned>(a)); }

struct Vars {
  std::uint8_t knocks = 0;  ///< [0, 4] Knocks since the door last opened.
  std::int8_t opened = -1;  ///< [-1, 2] Times opened; starts at its lower bound.
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};

struct Config {
  State state = State::Shut;
  [[no_unique_address]] Vars vars{};  // takes no space when the machine has no vars
  friend constexpr bool operator==(const Config&, const Config&) = default;
};

using Outcome = phasegen::Outcome<State, Code, ActionSet>;

/// Guards of the transition table, by index (0 is "always").
[[nodiscard]] constexpr bool guard_holds([[maybe_unused]] std::uint16_t guard, [[maybe_unused]] const Vars& v) noexcept {
  switch (guard) {
    case 1: return v.knocks < params::limit;
    case 2: return v.knocks >= params::limit && v.knocks < params::limit + params::spare;
    case 3: return !(v.knocks < params::limit + params::spare);
    case 4: return v.opened < 2 || (v.knocks == 0 && v.opened < 2);
    case 5: return v.opened == 2;
    default: return true;
  }
}

/// Updates of the transition table, by index (0 is "none"); applied in the order written.
constexpr void apply_updates([[maybe_unused]] std::uint16_t update, [[maybe_unused]] Vars& v) noexcept {
  switch (update) {
    case 1: v.knocks = static_cast<std::uint8_t>(v.knocks + 1); return;
    case 2: v.opened = static_cast<std::int8_t>(v.opened + 1); v.knocks = static_cast<std::uint8_t>(0); return;
    case 3: v.knocks = static_cast<std::uint8_t>(v.knocks - v.knocks); return;
    default: return;
  }
}

using TableRow = phasegen::Row<State, Code, ActionSet>;
using phasegen::Disposition;

/// Every row of every cell, cell by cell (state-major); each names its spec line.
inline constexpr std::array<TableRow, 15> rows = {{
    {Disposition::transition, State::Shut, Code::none, 1, 1, bit(Action::ring) | bit(Action::log)},  // Shut x knock: tests/golden/tiny.yaml:27
    {Disposition::transition, State::Shut, Code::none, 2, 1, 0},  // Shut x knock: tests/golden/tiny.yaml:28
    {Disposition::violation, State::Shut, Code::too_many_knocks, 3, 0, 0},  // Shut x knock: tests/golden/tiny.yaml:29
    {Disposition::transition, State::Ajar, Code::none, 4, 2, 0},  // Shut x open: tests/golden/tiny.yaml:30
    {Disposition::rejected, State::Shut, Code::worn_out, 5, 0, 0},  // Shut x open: tests/golden/tiny.yaml:35
    {Disposition::ignored, State::Shut, Code::not_ajar, 0, 0, 0},  // Shut x on: tests/golden/tiny.yaml:40
    {Disposition::transition, State::Gone, Code::none, 0, 3, 0},  // Shut x remove: tests/golden/tiny.yaml:37
    {Disposition::ignored, State::Ajar, Code::already_open, 0, 0, 0},  // Ajar x knock: tests/golden/tiny.yaml:36
    {Disposition::ignored, State::Ajar, Code::already_open, 0, 0, 0},  // Ajar x open: tests/golden/tiny.yaml:36
    {Disposition::transition, State::Shut, Code::none, 0, 0, bit(Action::log)},  // Ajar x on: tests/golden/tiny.yaml:38
    {Disposition::transition, State::Gone, Code::none, 0, 3, 0},  // Ajar x remove: tests/golden/tiny.yaml:37
    {Disposition::violation, State::Gone, Code::door_gone, 0, 0, 0},  // Gone x knock: tests/golden/tiny.yaml:41
    {Disposition::rejected, State::Gone, Code::door_gone, 0, 0, 0},  // Gone x open: tests/golden/tiny.yaml:42
    {Disposition::rejected, State::Gone, Code::door_gone, 0, 0, 0},  // Gone x on: tests/golden/tiny.yaml:42
    {Disposition::rejected, State::Gone, Code::door_gone, 0, 0, 0},  // Gone x remove: tests/golden/tiny.yaml:42
}};

/// cells[state * event_count + event]: the cell's range in rows.
inline constexpr std::array<phasegen::Cell, state_count * event_count> cells = {{
    {0, 3},  // Shut x knock
    {3, 2},  // Shut x open
    {5, 1},  // Shut x on
    {6, 1},  // Shut x remove
    {7, 1},  // Ajar x knock
    {8, 1},  // Ajar x open
    {9, 1},  // Ajar x on
    {10, 1},  // Ajar x remove
    {11, 1},  // Gone x knock
    {12, 1},  // Gone x open
    {13, 1},  // Gone x on
    {14, 1},  // Gone x remove
}};

static_assert(rows.size() == 15 && cells.size() == 12, "table sizes");
static_assert(cells.back().first + cells.back().count == rows.size(), "cells cover rows densely");
static_assert(static_cast<std::size_t>(State::Gone) + 1 == state_count, "dense state ids");
static_assert(static_cast<std::size_t>(Event::remove) + 1 == event_count, "dense event ids");

namespace detail {
/// The step as a generated switch; `steps` below is computed from it, and step() uses
/// it for a configuration outside the declared ranges.
[[nodiscard]] constexpr Outcome switch_step(Config& c, Event e) noexcept {
  [[maybe_unused]] Vars& v = c.vars;
  const State from = c.state;
  switch (from) {
    case State::Shut:
      switch (e) {
        case Event::knock:
          if (v.knocks < params::limit) {  // tests/golden/tiny.yaml:27
            v.knocks = static_cast<std::uint8_t>(v.knocks + 1);
            c.state = State::Shut;
            return {Disposition::transition, from, State::Shut, Code::none, bit(Action::ring) | bit(Action::log)};
          }
          if (v.knocks >= params::limit && v.knocks < params::limit + params::spare) {  // tests/golden/tiny.yaml:28
            v.knocks = static_cast<std::uint8_t>(v.knocks + 1);
            c.state = State::Shut;
            return {Disposition::transition, from, State::Shut, Code::none, 0};
          }
          // !(v.knocks < params::limit + params::spare): tests/golden/tiny.yaml:29
          return {Disposition::violation, from, State::Shut, Code::too_many_knocks, 0};
        case Event::open:
          if (v.opened < 2 || (v.knocks == 0 && v.opened < 2)) {  // tests/golden/tiny.yaml:30
            v.opened = static_cast<std::int8_t>(v.opened + 1);
            v.knocks = static_cast<std::uint8_t>(0);
            c.state = State::Ajar;
            return {Disposition::transition, from, State::Ajar, Code::none, 0};
          }
          // v.opened == 2: tests/golden/tiny.yaml:35
          return {Disposition::rejected, from, State::Shut, Code::worn_out, 0};
        case Event::on:
          // tests/golden/tiny.yaml:40 (default)
          return {Disposition::ignored, from, State::Shut, Code::not_ajar, 0};
        case Event::remove:
          // tests/golden/tiny.yaml:37
          v.knocks = static_cast<std::uint8_t>(v.knocks - v.knocks);
          c.state = State::Gone;
          return {Disposition::transition, from, State::Gone, Code::none, 0};
      }
      break;
    case State::Ajar:
      switch (e) {
        case Event::knock:
        case Event::open:
          // tests/golden/tiny.yaml:36
          return {Disposition::ignored, from, State::Ajar, Code::already_open, 0};
        case Event::on:
          // tests/golden/tiny.yaml:38
          c.state = State::Shut;
          return {Disposition::transition, from, State::Shut, Code::none, bit(Action::log)};
        case Event::remove:
          // tests/golden/tiny.yaml:37
          v.knocks = static_cast<std::uint8_t>(v.knocks - v.knocks);
          c.state = State::Gone;
          return {Disposition::transition, from, State::Gone, Code::none, 0};
      }
      break;
    case State::Gone:
      switch (e) {
        case Event::knock:
          // tests/golden/tiny.yaml:41 (default)
          return {Disposition::violation, from, State::Gone, Code::door_gone, 0};
        case Event::open:
        case Event::on:
        case Event::remove:
          // tests/golden/tiny.yaml:42 (default)
          return {Disposition::rejected, from, State::Gone, Code::door_gone, 0};
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
         static_cast<std::uint64_t>(c.vars.knocks) < 5u &&
         static_cast<std::uint64_t>(c.vars.opened - (-1)) < 4u;
}

/// The index of a configuration in the declared ranges: the state is the lowest digit,
/// then each var's offset from its lower bound, in mixed radix.
[[nodiscard]] constexpr std::size_t index_of(const Config& c) noexcept {
  std::size_t i = static_cast<std::size_t>(c.vars.opened - (-1));
  i = i * 5 + static_cast<std::size_t>(c.vars.knocks);
  return i * state_count + static_cast<std::size_t>(c.state);
}
}  // namespace detail

/// How many configurations the declared ranges hold (states times each var's values).
inline constexpr std::size_t config_count = 60;

/// Every configuration, by index (detail::index_of).
inline constexpr std::array<Config, config_count> configs = [] {
  std::array<Config, config_count> t{};
  for (std::size_t i = 0; i < config_count; ++i) {
    t[i].state = static_cast<State>(i % state_count);
    std::size_t rest = i / state_count;
    t[i].vars.knocks = static_cast<std::uint8_t>(static_cast<int>(rest % 5));
    rest /= 5;
    t[i].vars.opened = static_cast<std::int8_t>(-1 + static_cast<int>(rest % 4));
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
inline constexpr std::array<StepEntry, 240> steps = [] {
  std::array<StepEntry, 240> t{};
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
    case State::Shut: return "Shut";
    case State::Ajar: return "Ajar";
    case State::Gone: return "Gone";
  }
  return "?";
}

constexpr std::string_view to_string(Event e) noexcept {
  switch (e) {
    case Event::knock: return "knock";
    case Event::open: return "open";
    case Event::on: return "on";
    case Event::remove: return "remove";
  }
  return "?";
}

constexpr std::string_view to_string(Code c) noexcept {
  switch (c) {
    case Code::none: return "none";
    case Code::too_many_knocks: return "too-many-knocks";
    case Code::worn_out: return "worn-out";
    case Code::already_open: return "already-open";
    case Code::not_ajar: return "not-ajar";
    case Code::door_gone: return "door-gone";
  }
  return "?";
}

constexpr std::string_view to_string(Action a) noexcept {
  switch (a) {
    case Action::ring: return "ring";
    case Action::log: return "log";
  }
  return "?";
}

/// The actions a machine emits, as an interface an application can implement.
class Actions {
 public:
  virtual ~Actions() = default;
  virtual void ring() = 0;
  virtual void log() = 0;
};

/// Calls h.<action>() for every action in `set`, in declaration order. H may be an
/// Actions or any type with those member functions.
template <class H>
constexpr void perform([[maybe_unused]] ActionSet set, [[maybe_unused]] H& h) {
  if (set & bit(Action::ring)) h.ring();
  if (set & bit(Action::log)) h.log();
}

/// Reflection of one var, for tools and tests that enumerate valuations.
struct VarInfo {
  std::string_view name;
  int lo;
  int hi;
};

inline constexpr std::array<VarInfo, 2> var_info = {{
    {"knocks", 0, 4},
    {"opened", -1, 2},
}};

[[nodiscard]] constexpr int get_var([[maybe_unused]] const Vars& v, [[maybe_unused]] std::size_t i) noexcept {
  switch (i) {
    case 0: return v.knocks;
    case 1: return v.opened;
  }
  return 0;
}

constexpr void set_var([[maybe_unused]] Vars& v, [[maybe_unused]] std::size_t i, [[maybe_unused]] int x) noexcept {
  switch (i) {
    case 0: v.knocks = static_cast<std::uint8_t>(x); return;
    case 1: v.opened = static_cast<std::int8_t>(x); return;
  }
}

/// The machine as one type, for phasegen::Driver, table_step and tools.
struct Machine {
  using State = ::tiny::door::State;
  using Event = ::tiny::door::Event;
  using Code = ::tiny::door::Code;
  using Action = ::tiny::door::Action;
  using ActionSet = ::tiny::door::ActionSet;
  using Vars = ::tiny::door::Vars;
  using Config = ::tiny::door::Config;
  using Outcome = ::tiny::door::Outcome;
  using Packed = ::tiny::door::Packed;  ///< a configuration as its index in `configs`; step(Packed&, Event) is one load
  static constexpr std::string_view name = "tiny::door";
  static constexpr bool generational = true;
  static constexpr std::size_t state_count = ::tiny::door::state_count;
  static constexpr std::size_t event_count = ::tiny::door::event_count;
  static constexpr std::size_t code_count = ::tiny::door::code_count;
  static constexpr std::size_t action_count = ::tiny::door::action_count;
  static constexpr const auto& rows = ::tiny::door::rows;
  static constexpr const auto& cells = ::tiny::door::cells;
  static constexpr const auto& var_info = ::tiny::door::var_info;
  static constexpr const auto& event_source = ::tiny::door::event_source;
  [[nodiscard]] static constexpr Outcome step(Config& c, Event e) noexcept { return ::tiny::door::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return ::tiny::door::bit(a); }
  [[nodiscard]] static constexpr bool guard_holds(std::uint16_t g, const Vars& v) noexcept { return ::tiny::door::guard_holds(g, v); }
  static constexpr void apply_updates(std::uint16_t u, Vars& v) noexcept { ::tiny::door::apply_updates(u, v); }
  [[nodiscard]] static constexpr int get_var(const Vars& v, std::size_t i) noexcept { return ::tiny::door::get_var(v, i); }
  static constexpr void set_var(Vars& v, std::size_t i, int x) noexcept { ::tiny::door::set_var(v, i, x); }
};

}  // namespace tiny::door
