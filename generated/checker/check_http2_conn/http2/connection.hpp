// DO NOT EDIT: generated from spec/http2/connection.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// check_http2_conn::http2::connection: 4 states x 8 events = 32 cells, every one explicit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "phasegen/table.hpp"

static_assert(PHASEGEN_TABLE_FORMAT == 1,
              "spec/http2/connection.yaml was generated for phasegen table format 1; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

// One HTTP/2 connection as the receiving endpoint's session (RFC 9113): it waits for the
// peer's connection preface and SETTINGS (§3.4), then gates every stream frame. Stream
// frames (`frame`) pass while the connection is open or going away; DATA (`data_frame`)
// also spends the connection's receive window (§6.9), which our WINDOW_UPDATEs (`credit`,
// one frame as each DATA frame leaves its stream) return; DATA past it is a
// FLOW_CONTROL_ERROR, which ends the connection with GOAWAY. A GOAWAY received (§6.8)
// moves to GoingAway, which still carries the streams up to its last stream id (the owner
// fails the others). A connection does not resume: no generations.
namespace check_http2_conn::http2::connection {

namespace params {
inline constexpr int window = 3;  ///< The connection's receive window (in DATA frames).
}  // namespace params

enum class State : std::uint8_t {
  Preface,  ///< (initial)
  Open,
  GoingAway,
  Closed,  ///< (terminal)
};
inline constexpr std::size_t state_count = 4;

enum class Event : std::uint8_t {
  settings,  ///< from peer
  frame,  ///< from peer
  data_frame,  ///< from peer
  goaway,  ///< from peer
  credit,  ///< from local
  violation,  ///< from local
  shutdown,  ///< from local
  conduit_break,  ///< from transport
};
inline constexpr std::size_t event_count = 8;

/// The source of every event, by event id.
inline constexpr std::array<phasegen::Source, event_count> event_source = {
    phasegen::Source::peer,  // settings
    phasegen::Source::peer,  // frame
    phasegen::Source::peer,  // data_frame
    phasegen::Source::peer,  // goaway
    phasegen::Source::local,  // credit
    phasegen::Source::local,  // violation
    phasegen::Source::local,  // shutdown
    phasegen::Source::transport,  // conduit_break
};

/// Ignore reasons, reject codes and violated rules.
enum class Code : std::uint8_t {
  none,
  preface,
  flow_control,
  nothing_read,
  not_open,
  closed,
};
inline constexpr std::size_t code_count = 6;

enum class Action : std::uint8_t {
  send_goaway,  ///< Send GOAWAY with the error code.
  fail_streams,  ///< Fail every live stream (connection_error).
  send_window_update,  ///< Send WINDOW_UPDATE on stream 0.
};
inline constexpr std::size_t action_count = 3;
/// Bit i is set when Action i was emitted; actions are performed in declaration order.
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(ActionSet{1} << static_cast<unsigned>(a)); }

struct Vars {
  std::uint8_t conn_window = 3;  ///< [0, 3] DATA frames the peer may still send on the connection.
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};

struct Config {
  State state = State::Preface;
  [[no_unique_address]] Vars vars{};  // takes no space when the machine has no vars
  friend constexpr bool operator==(const Config&, const Config&) = default;
};

using Outcome = phasegen::Outcome<State, Code, ActionSet>;

/// Guards of the transition table, by index (0 is "always").
[[nodiscard]] constexpr bool guard_holds([[maybe_unused]] std::uint16_t guard, [[maybe_unused]] const Vars& v) noexcept {
  switch (guard) {
    case 1: return v.conn_window > 0;
    case 2: return v.conn_window == 0;
    case 3: return v.conn_window < params::window;
    case 4: return v.conn_window == params::window;
    default: return true;
  }
}

/// Updates of the transition table, by index (0 is "none"); applied in the order written.
constexpr void apply_updates([[maybe_unused]] std::uint16_t update, [[maybe_unused]] Vars& v) noexcept {
  switch (update) {
    case 1: v.conn_window = static_cast<std::uint8_t>(v.conn_window - 1); return;
    case 2: v.conn_window = static_cast<std::uint8_t>(v.conn_window + 1); return;
    default: return;
  }
}

using TableRow = phasegen::Row<State, Code, ActionSet>;
using phasegen::Disposition;

/// Every row of every cell, cell by cell (state-major); each names its spec line.
inline constexpr std::array<TableRow, 36> rows = {{
    {Disposition::transition, State::Open, Code::none, 0, 0, 0},  // Preface x settings: spec/http2/connection.yaml:43
    {Disposition::violation, State::Preface, Code::preface, 0, 0, 0},  // Preface x frame: spec/http2/connection.yaml:45
    {Disposition::violation, State::Preface, Code::preface, 0, 0, 0},  // Preface x data_frame: spec/http2/connection.yaml:45
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_streams)},  // Preface x goaway: spec/http2/connection.yaml:49
    {Disposition::rejected, State::Preface, Code::not_open, 0, 0, 0},  // Preface x credit: spec/http2/connection.yaml:53
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::send_goaway) | bit(Action::fail_streams)},  // Preface x violation: spec/http2/connection.yaml:54
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::send_goaway) | bit(Action::fail_streams)},  // Preface x shutdown: spec/http2/connection.yaml:54
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_streams)},  // Preface x conduit_break: spec/http2/connection.yaml:55
    {Disposition::transition, State::Open, Code::none, 0, 0, 0},  // Open x settings: spec/http2/connection.yaml:44
    {Disposition::transition, State::Open, Code::none, 0, 0, 0},  // Open x frame: spec/http2/connection.yaml:46
    {Disposition::transition, State::Open, Code::none, 1, 1, 0},  // Open x data_frame: spec/http2/connection.yaml:47
    {Disposition::violation, State::Open, Code::flow_control, 2, 0, 0},  // Open x data_frame: spec/http2/connection.yaml:48
    {Disposition::transition, State::GoingAway, Code::none, 0, 0, 0},  // Open x goaway: spec/http2/connection.yaml:50
    {Disposition::transition, State::Open, Code::none, 3, 2, bit(Action::send_window_update)},  // Open x credit: spec/http2/connection.yaml:51
    {Disposition::rejected, State::Open, Code::nothing_read, 4, 0, 0},  // Open x credit: spec/http2/connection.yaml:52
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::send_goaway) | bit(Action::fail_streams)},  // Open x violation: spec/http2/connection.yaml:54
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::send_goaway) | bit(Action::fail_streams)},  // Open x shutdown: spec/http2/connection.yaml:54
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_streams)},  // Open x conduit_break: spec/http2/connection.yaml:55
    {Disposition::transition, State::GoingAway, Code::none, 0, 0, 0},  // GoingAway x settings: spec/http2/connection.yaml:44
    {Disposition::transition, State::GoingAway, Code::none, 0, 0, 0},  // GoingAway x frame: spec/http2/connection.yaml:46
    {Disposition::transition, State::GoingAway, Code::none, 1, 1, 0},  // GoingAway x data_frame: spec/http2/connection.yaml:47
    {Disposition::violation, State::GoingAway, Code::flow_control, 2, 0, 0},  // GoingAway x data_frame: spec/http2/connection.yaml:48
    {Disposition::transition, State::GoingAway, Code::none, 0, 0, 0},  // GoingAway x goaway: spec/http2/connection.yaml:50
    {Disposition::transition, State::GoingAway, Code::none, 3, 2, bit(Action::send_window_update)},  // GoingAway x credit: spec/http2/connection.yaml:51
    {Disposition::rejected, State::GoingAway, Code::nothing_read, 4, 0, 0},  // GoingAway x credit: spec/http2/connection.yaml:52
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::send_goaway) | bit(Action::fail_streams)},  // GoingAway x violation: spec/http2/connection.yaml:54
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::send_goaway) | bit(Action::fail_streams)},  // GoingAway x shutdown: spec/http2/connection.yaml:54
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_streams)},  // GoingAway x conduit_break: spec/http2/connection.yaml:55
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x settings: spec/http2/connection.yaml:56
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x frame: spec/http2/connection.yaml:56
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x data_frame: spec/http2/connection.yaml:56
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x goaway: spec/http2/connection.yaml:56
    {Disposition::rejected, State::Closed, Code::closed, 0, 0, 0},  // Closed x credit: spec/http2/connection.yaml:57
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x violation: spec/http2/connection.yaml:56
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x shutdown: spec/http2/connection.yaml:56
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x conduit_break: spec/http2/connection.yaml:56
}};

/// cells[state * event_count + event]: the cell's range in rows.
inline constexpr std::array<phasegen::Cell, state_count * event_count> cells = {{
    {0, 1},  // Preface x settings
    {1, 1},  // Preface x frame
    {2, 1},  // Preface x data_frame
    {3, 1},  // Preface x goaway
    {4, 1},  // Preface x credit
    {5, 1},  // Preface x violation
    {6, 1},  // Preface x shutdown
    {7, 1},  // Preface x conduit_break
    {8, 1},  // Open x settings
    {9, 1},  // Open x frame
    {10, 2},  // Open x data_frame
    {12, 1},  // Open x goaway
    {13, 2},  // Open x credit
    {15, 1},  // Open x violation
    {16, 1},  // Open x shutdown
    {17, 1},  // Open x conduit_break
    {18, 1},  // GoingAway x settings
    {19, 1},  // GoingAway x frame
    {20, 2},  // GoingAway x data_frame
    {22, 1},  // GoingAway x goaway
    {23, 2},  // GoingAway x credit
    {25, 1},  // GoingAway x violation
    {26, 1},  // GoingAway x shutdown
    {27, 1},  // GoingAway x conduit_break
    {28, 1},  // Closed x settings
    {29, 1},  // Closed x frame
    {30, 1},  // Closed x data_frame
    {31, 1},  // Closed x goaway
    {32, 1},  // Closed x credit
    {33, 1},  // Closed x violation
    {34, 1},  // Closed x shutdown
    {35, 1},  // Closed x conduit_break
}};

static_assert(rows.size() == 36 && cells.size() == 32, "table sizes");
static_assert(cells.back().first + cells.back().count == rows.size(), "cells cover rows densely");
static_assert(static_cast<std::size_t>(State::Closed) + 1 == state_count, "dense state ids");
static_assert(static_cast<std::size_t>(Event::conduit_break) + 1 == event_count, "dense event ids");

namespace detail {
/// The step as a generated switch; `steps` below is computed from it, and step() uses
/// it for a configuration outside the declared ranges.
[[nodiscard]] constexpr Outcome switch_step(Config& c, Event e) noexcept {
  [[maybe_unused]] Vars& v = c.vars;
  const State from = c.state;
  switch (from) {
    case State::Preface:
      switch (e) {
        case Event::settings:
          // spec/http2/connection.yaml:43
          c.state = State::Open;
          return {Disposition::transition, from, State::Open, Code::none, 0};
        case Event::frame:
        case Event::data_frame:
          // spec/http2/connection.yaml:45
          return {Disposition::violation, from, State::Preface, Code::preface, 0};
        case Event::goaway:
          // spec/http2/connection.yaml:49
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::fail_streams)};
        case Event::credit:
          // spec/http2/connection.yaml:53
          return {Disposition::rejected, from, State::Preface, Code::not_open, 0};
        case Event::violation:
        case Event::shutdown:
          // spec/http2/connection.yaml:54
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::send_goaway) | bit(Action::fail_streams)};
        case Event::conduit_break:
          // spec/http2/connection.yaml:55
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::fail_streams)};
      }
      break;
    case State::Open:
      switch (e) {
        case Event::settings:
          // spec/http2/connection.yaml:44
          c.state = State::Open;
          return {Disposition::transition, from, State::Open, Code::none, 0};
        case Event::frame:
          // spec/http2/connection.yaml:46
          c.state = State::Open;
          return {Disposition::transition, from, State::Open, Code::none, 0};
        case Event::data_frame:
          if (v.conn_window > 0) {  // spec/http2/connection.yaml:47
            v.conn_window = static_cast<std::uint8_t>(v.conn_window - 1);
            c.state = State::Open;
            return {Disposition::transition, from, State::Open, Code::none, 0};
          }
          // v.conn_window == 0: spec/http2/connection.yaml:48
          return {Disposition::violation, from, State::Open, Code::flow_control, 0};
        case Event::goaway:
          // spec/http2/connection.yaml:50
          c.state = State::GoingAway;
          return {Disposition::transition, from, State::GoingAway, Code::none, 0};
        case Event::credit:
          if (v.conn_window < params::window) {  // spec/http2/connection.yaml:51
            v.conn_window = static_cast<std::uint8_t>(v.conn_window + 1);
            c.state = State::Open;
            return {Disposition::transition, from, State::Open, Code::none, bit(Action::send_window_update)};
          }
          // v.conn_window == params::window: spec/http2/connection.yaml:52
          return {Disposition::rejected, from, State::Open, Code::nothing_read, 0};
        case Event::violation:
        case Event::shutdown:
          // spec/http2/connection.yaml:54
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::send_goaway) | bit(Action::fail_streams)};
        case Event::conduit_break:
          // spec/http2/connection.yaml:55
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::fail_streams)};
      }
      break;
    case State::GoingAway:
      switch (e) {
        case Event::settings:
          // spec/http2/connection.yaml:44
          c.state = State::GoingAway;
          return {Disposition::transition, from, State::GoingAway, Code::none, 0};
        case Event::frame:
          // spec/http2/connection.yaml:46
          c.state = State::GoingAway;
          return {Disposition::transition, from, State::GoingAway, Code::none, 0};
        case Event::data_frame:
          if (v.conn_window > 0) {  // spec/http2/connection.yaml:47
            v.conn_window = static_cast<std::uint8_t>(v.conn_window - 1);
            c.state = State::GoingAway;
            return {Disposition::transition, from, State::GoingAway, Code::none, 0};
          }
          // v.conn_window == 0: spec/http2/connection.yaml:48
          return {Disposition::violation, from, State::GoingAway, Code::flow_control, 0};
        case Event::goaway:
          // spec/http2/connection.yaml:50
          c.state = State::GoingAway;
          return {Disposition::transition, from, State::GoingAway, Code::none, 0};
        case Event::credit:
          if (v.conn_window < params::window) {  // spec/http2/connection.yaml:51
            v.conn_window = static_cast<std::uint8_t>(v.conn_window + 1);
            c.state = State::GoingAway;
            return {Disposition::transition, from, State::GoingAway, Code::none, bit(Action::send_window_update)};
          }
          // v.conn_window == params::window: spec/http2/connection.yaml:52
          return {Disposition::rejected, from, State::GoingAway, Code::nothing_read, 0};
        case Event::violation:
        case Event::shutdown:
          // spec/http2/connection.yaml:54
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::send_goaway) | bit(Action::fail_streams)};
        case Event::conduit_break:
          // spec/http2/connection.yaml:55
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::fail_streams)};
      }
      break;
    case State::Closed:
      switch (e) {
        case Event::settings:
        case Event::frame:
        case Event::data_frame:
        case Event::goaway:
        case Event::violation:
        case Event::shutdown:
        case Event::conduit_break:
          // spec/http2/connection.yaml:56
          return {Disposition::ignored, from, State::Closed, Code::closed, 0};
        case Event::credit:
          // spec/http2/connection.yaml:57
          return {Disposition::rejected, from, State::Closed, Code::closed, 0};
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
         static_cast<std::uint64_t>(c.vars.conn_window) < 4u;
}

/// The index of a configuration in the declared ranges: the state is the lowest digit,
/// then each var's offset from its lower bound, in mixed radix.
[[nodiscard]] constexpr std::size_t index_of(const Config& c) noexcept {
  std::size_t i = static_cast<std::size_t>(c.vars.conn_window);
  return i * state_count + static_cast<std::size_t>(c.state);
}
}  // namespace detail

/// How many configurations the declared ranges hold (states times each var's values).
inline constexpr std::size_t config_count = 16;

/// Every configuration, by index (detail::index_of).
inline constexpr std::array<Config, config_count> configs = [] {
  std::array<Config, config_count> t{};
  for (std::size_t i = 0; i < config_count; ++i) {
    t[i].state = static_cast<State>(i % state_count);
    std::size_t rest = i / state_count;
    t[i].vars.conn_window = static_cast<std::uint8_t>(static_cast<int>(rest % 4));
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
inline constexpr std::array<StepEntry, 128> steps = [] {
  std::array<StepEntry, 128> t{};
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
  std::uint8_t index_ = 12;
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
    case State::Preface: return "Preface";
    case State::Open: return "Open";
    case State::GoingAway: return "GoingAway";
    case State::Closed: return "Closed";
  }
  return "?";
}

constexpr std::string_view to_string(Event e) noexcept {
  switch (e) {
    case Event::settings: return "settings";
    case Event::frame: return "frame";
    case Event::data_frame: return "data_frame";
    case Event::goaway: return "goaway";
    case Event::credit: return "credit";
    case Event::violation: return "violation";
    case Event::shutdown: return "shutdown";
    case Event::conduit_break: return "conduit_break";
  }
  return "?";
}

constexpr std::string_view to_string(Code c) noexcept {
  switch (c) {
    case Code::none: return "none";
    case Code::preface: return "preface";
    case Code::flow_control: return "flow-control";
    case Code::nothing_read: return "nothing-read";
    case Code::not_open: return "not-open";
    case Code::closed: return "closed";
  }
  return "?";
}

constexpr std::string_view to_string(Action a) noexcept {
  switch (a) {
    case Action::send_goaway: return "send_goaway";
    case Action::fail_streams: return "fail_streams";
    case Action::send_window_update: return "send_window_update";
  }
  return "?";
}

/// The actions a machine emits, as an interface an application can implement.
class Actions {
 public:
  virtual ~Actions() = default;
  virtual void send_goaway() = 0;
  virtual void fail_streams() = 0;
  virtual void send_window_update() = 0;
};

/// Calls h.<action>() for every action in `set`, in declaration order. H may be an
/// Actions or any type with those member functions.
template <class H>
constexpr void perform([[maybe_unused]] ActionSet set, [[maybe_unused]] H& h) {
  if (set & bit(Action::send_goaway)) h.send_goaway();
  if (set & bit(Action::fail_streams)) h.fail_streams();
  if (set & bit(Action::send_window_update)) h.send_window_update();
}

/// Reflection of one var, for tools and tests that enumerate valuations.
struct VarInfo {
  std::string_view name;
  int lo;
  int hi;
};

inline constexpr std::array<VarInfo, 1> var_info = {{
    {"conn_window", 0, 3},
}};

[[nodiscard]] constexpr int get_var([[maybe_unused]] const Vars& v, [[maybe_unused]] std::size_t i) noexcept {
  switch (i) {
    case 0: return v.conn_window;
  }
  return 0;
}

constexpr void set_var([[maybe_unused]] Vars& v, [[maybe_unused]] std::size_t i, [[maybe_unused]] int x) noexcept {
  switch (i) {
    case 0: v.conn_window = static_cast<std::uint8_t>(x); return;
  }
}

/// The machine as one type, for phasegen::Driver, table_step and tools.
struct Machine {
  using State = ::check_http2_conn::http2::connection::State;
  using Event = ::check_http2_conn::http2::connection::Event;
  using Code = ::check_http2_conn::http2::connection::Code;
  using Action = ::check_http2_conn::http2::connection::Action;
  using ActionSet = ::check_http2_conn::http2::connection::ActionSet;
  using Vars = ::check_http2_conn::http2::connection::Vars;
  using Config = ::check_http2_conn::http2::connection::Config;
  using Outcome = ::check_http2_conn::http2::connection::Outcome;
  using Packed = ::check_http2_conn::http2::connection::Packed;  ///< a configuration as its index in `configs`; step(Packed&, Event) is one load
  static constexpr std::string_view name = "check_http2_conn::http2::connection";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = ::check_http2_conn::http2::connection::state_count;
  static constexpr std::size_t event_count = ::check_http2_conn::http2::connection::event_count;
  static constexpr std::size_t code_count = ::check_http2_conn::http2::connection::code_count;
  static constexpr std::size_t action_count = ::check_http2_conn::http2::connection::action_count;
  static constexpr const auto& rows = ::check_http2_conn::http2::connection::rows;
  static constexpr const auto& cells = ::check_http2_conn::http2::connection::cells;
  static constexpr const auto& var_info = ::check_http2_conn::http2::connection::var_info;
  static constexpr const auto& event_source = ::check_http2_conn::http2::connection::event_source;
  [[nodiscard]] static constexpr Outcome step(Config& c, Event e) noexcept { return ::check_http2_conn::http2::connection::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return ::check_http2_conn::http2::connection::bit(a); }
  [[nodiscard]] static constexpr bool guard_holds(std::uint16_t g, const Vars& v) noexcept { return ::check_http2_conn::http2::connection::guard_holds(g, v); }
  static constexpr void apply_updates(std::uint16_t u, Vars& v) noexcept { ::check_http2_conn::http2::connection::apply_updates(u, v); }
  [[nodiscard]] static constexpr int get_var(const Vars& v, std::size_t i) noexcept { return ::check_http2_conn::http2::connection::get_var(v, i); }
  static constexpr void set_var(Vars& v, std::size_t i, int x) noexcept { ::check_http2_conn::http2::connection::set_var(v, i, x); }
};

}  // namespace check_http2_conn::http2::connection
