// DO NOT EDIT: generated from spec/vox/session.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// check_vox_channels::vox::session: 4 states x 10 events = 40 cells, every one explicit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "phasegen/table.hpp"

static_assert(PHASEGEN_TABLE_FORMAT == 1,
              "spec/vox/session.yaml was generated for phasegen table format 1; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

// A vox session over a sequence of conduits. Each successful resume begins a new
// generation: every event carries the generation it targets, and the runtime classifies an
// event of an older generation as stale before this table is consulted. Channels are never
// resumed: a disconnect fails every live channel (the consumer sees channel-failed, not a
// graceful end), and the next generation starts with no channels. Decision: a keepalive
// timeout is a disconnect like a conduit break (resumable); vox today tears the session
// down on it, unlike on a conduit error.
namespace check_vox_channels::vox::session {

namespace params {
inline constexpr int max_attempts = 2;  ///< Resume attempts before the session gives up and closes.
}  // namespace params

enum class State : std::uint8_t {
  Handshaking,  ///< (initial)
  Established,
  Disconnected,
  Closed,  ///< (terminal)
};
inline constexpr std::size_t state_count = 4;

enum class Event : std::uint8_t {
  handshake_ok,  ///< from peer
  handshake_sorry,  ///< from peer
  frame,  ///< from peer
  protocol_error,  ///< from peer
  conduit_break,  ///< from transport
  keepalive_timeout,  ///< from timer
  resume_ok,  ///< from transport
  resume_failed,  ///< from transport
  violation,  ///< from local
  shutdown,  ///< from local
};
inline constexpr std::size_t event_count = 10;

/// The source of every event, by event id.
inline constexpr std::array<phasegen::Source, event_count> event_source = {
    phasegen::Source::peer,  // handshake_ok
    phasegen::Source::peer,  // handshake_sorry
    phasegen::Source::peer,  // frame
    phasegen::Source::peer,  // protocol_error
    phasegen::Source::transport,  // conduit_break
    phasegen::Source::timer,  // keepalive_timeout
    phasegen::Source::transport,  // resume_ok
    phasegen::Source::transport,  // resume_failed
    phasegen::Source::local,  // violation
    phasegen::Source::local,  // shutdown
};

/// Ignore reasons, reject codes and violated rules.
enum class Code : std::uint8_t {
  none,
  frame_before_handshake,
  not_disconnected,
  unexpected_handshake,
  conduit_broken,
  already_disconnected,
  already_closed,
  session_closed,
};
inline constexpr std::size_t code_count = 8;

enum class Action : std::uint8_t {
  send_protocol_error,  ///< Tell the peer which rule it broke, then tear the session down.
  fail_channels,  ///< Deliver disconnect to every live channel of this generation.
  begin_generation,  ///< Advance the session generation; older events become stale.
};
inline constexpr std::size_t action_count = 3;
/// Bit i is set when Action i was emitted; actions are performed in declaration order.
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(ActionSet{1} << static_cast<unsigned>(a)); }

struct Vars {
  std::uint8_t attempts = 0;  ///< [0, 2] Failed resume attempts since the last disconnect.
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};

struct Config {
  State state = State::Handshaking;
  [[no_unique_address]] Vars vars{};  // takes no space when the machine has no vars
  friend constexpr bool operator==(const Config&, const Config&) = default;
};

using Outcome = phasegen::Outcome<State, Code, ActionSet>;

/// Guards of the transition table, by index (0 is "always").
[[nodiscard]] constexpr bool guard_holds([[maybe_unused]] std::uint16_t guard, [[maybe_unused]] const Vars& v) noexcept {
  switch (guard) {
    case 1: return v.attempts + 1 < params::max_attempts;
    case 2: return v.attempts + 1 >= params::max_attempts;
    default: return true;
  }
}

/// Updates of the transition table, by index (0 is "none"); applied in the order written.
constexpr void apply_updates([[maybe_unused]] std::uint16_t update, [[maybe_unused]] Vars& v) noexcept {
  switch (update) {
    case 1: v.attempts = static_cast<std::uint8_t>(0); return;
    case 2: v.attempts = static_cast<std::uint8_t>(v.attempts + 1); return;
    default: return;
  }
}

using TableRow = phasegen::Row<State, Code, ActionSet>;
using phasegen::Disposition;

/// Every row of every cell, cell by cell (state-major); each names its spec line.
inline constexpr std::array<TableRow, 41> rows = {{
    {Disposition::transition, State::Established, Code::none, 0, 0, 0},  // Handshaking x handshake_ok: spec/vox/session.yaml:79
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_channels)},  // Handshaking x handshake_sorry: spec/vox/session.yaml:80
    {Disposition::violation, State::Handshaking, Code::frame_before_handshake, 0, 0, 0},  // Handshaking x frame: spec/vox/session.yaml:81
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_channels)},  // Handshaking x protocol_error: spec/vox/session.yaml:82
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_channels)},  // Handshaking x conduit_break: spec/vox/session.yaml:82
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_channels)},  // Handshaking x keepalive_timeout: spec/vox/session.yaml:82
    {Disposition::rejected, State::Handshaking, Code::not_disconnected, 0, 0, 0},  // Handshaking x resume_ok: spec/vox/session.yaml:88
    {Disposition::rejected, State::Handshaking, Code::not_disconnected, 0, 0, 0},  // Handshaking x resume_failed: spec/vox/session.yaml:88
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::send_protocol_error) | bit(Action::fail_channels)},  // Handshaking x violation: spec/vox/session.yaml:87
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_channels)},  // Handshaking x shutdown: spec/vox/session.yaml:82
    {Disposition::violation, State::Established, Code::unexpected_handshake, 0, 0, 0},  // Established x handshake_ok: spec/vox/session.yaml:93
    {Disposition::violation, State::Established, Code::unexpected_handshake, 0, 0, 0},  // Established x handshake_sorry: spec/vox/session.yaml:93
    {Disposition::transition, State::Established, Code::none, 0, 0, 0},  // Established x frame: spec/vox/session.yaml:94
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_channels)},  // Established x protocol_error: spec/vox/session.yaml:96
    {Disposition::transition, State::Disconnected, Code::none, 0, 1, bit(Action::fail_channels)},  // Established x conduit_break: spec/vox/session.yaml:95
    {Disposition::transition, State::Disconnected, Code::none, 0, 1, bit(Action::fail_channels)},  // Established x keepalive_timeout: spec/vox/session.yaml:95
    {Disposition::rejected, State::Established, Code::not_disconnected, 0, 0, 0},  // Established x resume_ok: spec/vox/session.yaml:88
    {Disposition::rejected, State::Established, Code::not_disconnected, 0, 0, 0},  // Established x resume_failed: spec/vox/session.yaml:88
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::send_protocol_error) | bit(Action::fail_channels)},  // Established x violation: spec/vox/session.yaml:97
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_channels)},  // Established x shutdown: spec/vox/session.yaml:96
    {Disposition::ignored, State::Disconnected, Code::conduit_broken, 0, 0, 0},  // Disconnected x handshake_ok: spec/vox/session.yaml:99
    {Disposition::ignored, State::Disconnected, Code::conduit_broken, 0, 0, 0},  // Disconnected x handshake_sorry: spec/vox/session.yaml:99
    {Disposition::ignored, State::Disconnected, Code::conduit_broken, 0, 0, 0},  // Disconnected x frame: spec/vox/session.yaml:99
    {Disposition::ignored, State::Disconnected, Code::conduit_broken, 0, 0, 0},  // Disconnected x protocol_error: spec/vox/session.yaml:99
    {Disposition::ignored, State::Disconnected, Code::already_disconnected, 0, 0, 0},  // Disconnected x conduit_break: spec/vox/session.yaml:103
    {Disposition::ignored, State::Disconnected, Code::already_disconnected, 0, 0, 0},  // Disconnected x keepalive_timeout: spec/vox/session.yaml:103
    {Disposition::transition, State::Established, Code::none, 0, 1, bit(Action::begin_generation)},  // Disconnected x resume_ok: spec/vox/session.yaml:104
    {Disposition::transition, State::Disconnected, Code::none, 1, 2, 0},  // Disconnected x resume_failed: spec/vox/session.yaml:105
    {Disposition::transition, State::Closed, Code::none, 2, 0, bit(Action::fail_channels)},  // Disconnected x resume_failed: spec/vox/session.yaml:106
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_channels)},  // Disconnected x violation: spec/vox/session.yaml:107
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::fail_channels)},  // Disconnected x shutdown: spec/vox/session.yaml:107
    {Disposition::ignored, State::Closed, Code::session_closed, 0, 0, 0},  // Closed x handshake_ok: spec/vox/session.yaml:113
    {Disposition::ignored, State::Closed, Code::session_closed, 0, 0, 0},  // Closed x handshake_sorry: spec/vox/session.yaml:113
    {Disposition::ignored, State::Closed, Code::session_closed, 0, 0, 0},  // Closed x frame: spec/vox/session.yaml:113
    {Disposition::ignored, State::Closed, Code::session_closed, 0, 0, 0},  // Closed x protocol_error: spec/vox/session.yaml:113
    {Disposition::ignored, State::Closed, Code::session_closed, 0, 0, 0},  // Closed x conduit_break: spec/vox/session.yaml:117
    {Disposition::ignored, State::Closed, Code::session_closed, 0, 0, 0},  // Closed x keepalive_timeout: spec/vox/session.yaml:117
    {Disposition::rejected, State::Closed, Code::session_closed, 0, 0, 0},  // Closed x resume_ok: spec/vox/session.yaml:110
    {Disposition::rejected, State::Closed, Code::session_closed, 0, 0, 0},  // Closed x resume_failed: spec/vox/session.yaml:110
    {Disposition::ignored, State::Closed, Code::already_closed, 0, 0, 0},  // Closed x violation: spec/vox/session.yaml:109
    {Disposition::ignored, State::Closed, Code::already_closed, 0, 0, 0},  // Closed x shutdown: spec/vox/session.yaml:109
}};

/// cells[state * event_count + event]: the cell's range in rows.
inline constexpr std::array<phasegen::Cell, state_count * event_count> cells = {{
    {0, 1},  // Handshaking x handshake_ok
    {1, 1},  // Handshaking x handshake_sorry
    {2, 1},  // Handshaking x frame
    {3, 1},  // Handshaking x protocol_error
    {4, 1},  // Handshaking x conduit_break
    {5, 1},  // Handshaking x keepalive_timeout
    {6, 1},  // Handshaking x resume_ok
    {7, 1},  // Handshaking x resume_failed
    {8, 1},  // Handshaking x violation
    {9, 1},  // Handshaking x shutdown
    {10, 1},  // Established x handshake_ok
    {11, 1},  // Established x handshake_sorry
    {12, 1},  // Established x frame
    {13, 1},  // Established x protocol_error
    {14, 1},  // Established x conduit_break
    {15, 1},  // Established x keepalive_timeout
    {16, 1},  // Established x resume_ok
    {17, 1},  // Established x resume_failed
    {18, 1},  // Established x violation
    {19, 1},  // Established x shutdown
    {20, 1},  // Disconnected x handshake_ok
    {21, 1},  // Disconnected x handshake_sorry
    {22, 1},  // Disconnected x frame
    {23, 1},  // Disconnected x protocol_error
    {24, 1},  // Disconnected x conduit_break
    {25, 1},  // Disconnected x keepalive_timeout
    {26, 1},  // Disconnected x resume_ok
    {27, 2},  // Disconnected x resume_failed
    {29, 1},  // Disconnected x violation
    {30, 1},  // Disconnected x shutdown
    {31, 1},  // Closed x handshake_ok
    {32, 1},  // Closed x handshake_sorry
    {33, 1},  // Closed x frame
    {34, 1},  // Closed x protocol_error
    {35, 1},  // Closed x conduit_break
    {36, 1},  // Closed x keepalive_timeout
    {37, 1},  // Closed x resume_ok
    {38, 1},  // Closed x resume_failed
    {39, 1},  // Closed x violation
    {40, 1},  // Closed x shutdown
}};

static_assert(rows.size() == 41 && cells.size() == 40, "table sizes");
static_assert(cells.back().first + cells.back().count == rows.size(), "cells cover rows densely");
static_assert(static_cast<std::size_t>(State::Closed) + 1 == state_count, "dense state ids");
static_assert(static_cast<std::size_t>(Event::shutdown) + 1 == event_count, "dense event ids");

namespace detail {
/// The step as a generated switch; `steps` below is computed from it, and step() uses
/// it for a configuration outside the declared ranges.
[[nodiscard]] constexpr Outcome switch_step(Config& c, Event e) noexcept {
  [[maybe_unused]] Vars& v = c.vars;
  const State from = c.state;
  switch (from) {
    case State::Handshaking:
      switch (e) {
        case Event::handshake_ok:
          // spec/vox/session.yaml:79
          c.state = State::Established;
          return {Disposition::transition, from, State::Established, Code::none, 0};
        case Event::handshake_sorry:
          // spec/vox/session.yaml:80
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::fail_channels)};
        case Event::frame:
          // spec/vox/session.yaml:81
          return {Disposition::violation, from, State::Handshaking, Code::frame_before_handshake, 0};
        case Event::protocol_error:
        case Event::conduit_break:
        case Event::keepalive_timeout:
        case Event::shutdown:
          // spec/vox/session.yaml:82
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::fail_channels)};
        case Event::resume_ok:
        case Event::resume_failed:
          // spec/vox/session.yaml:88
          return {Disposition::rejected, from, State::Handshaking, Code::not_disconnected, 0};
        case Event::violation:
          // spec/vox/session.yaml:87
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::send_protocol_error) | bit(Action::fail_channels)};
      }
      break;
    case State::Established:
      switch (e) {
        case Event::handshake_ok:
        case Event::handshake_sorry:
          // spec/vox/session.yaml:93
          return {Disposition::violation, from, State::Established, Code::unexpected_handshake, 0};
        case Event::frame:
          // spec/vox/session.yaml:94
          c.state = State::Established;
          return {Disposition::transition, from, State::Established, Code::none, 0};
        case Event::protocol_error:
        case Event::shutdown:
          // spec/vox/session.yaml:96
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::fail_channels)};
        case Event::conduit_break:
        case Event::keepalive_timeout:
          // spec/vox/session.yaml:95
          v.attempts = static_cast<std::uint8_t>(0);
          c.state = State::Disconnected;
          return {Disposition::transition, from, State::Disconnected, Code::none, bit(Action::fail_channels)};
        case Event::resume_ok:
        case Event::resume_failed:
          // spec/vox/session.yaml:88
          return {Disposition::rejected, from, State::Established, Code::not_disconnected, 0};
        case Event::violation:
          // spec/vox/session.yaml:97
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::send_protocol_error) | bit(Action::fail_channels)};
      }
      break;
    case State::Disconnected:
      switch (e) {
        case Event::handshake_ok:
        case Event::handshake_sorry:
        case Event::frame:
        case Event::protocol_error:
          // spec/vox/session.yaml:99
          return {Disposition::ignored, from, State::Disconnected, Code::conduit_broken, 0};
        case Event::conduit_break:
        case Event::keepalive_timeout:
          // spec/vox/session.yaml:103
          return {Disposition::ignored, from, State::Disconnected, Code::already_disconnected, 0};
        case Event::resume_ok:
          // spec/vox/session.yaml:104
          v.attempts = static_cast<std::uint8_t>(0);
          c.state = State::Established;
          return {Disposition::transition, from, State::Established, Code::none, bit(Action::begin_generation)};
        case Event::resume_failed:
          if (v.attempts + 1 < params::max_attempts) {  // spec/vox/session.yaml:105
            v.attempts = static_cast<std::uint8_t>(v.attempts + 1);
            c.state = State::Disconnected;
            return {Disposition::transition, from, State::Disconnected, Code::none, 0};
          }
          // v.attempts + 1 >= params::max_attempts: spec/vox/session.yaml:106
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::fail_channels)};
        case Event::violation:
        case Event::shutdown:
          // spec/vox/session.yaml:107
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::fail_channels)};
      }
      break;
    case State::Closed:
      switch (e) {
        case Event::handshake_ok:
        case Event::handshake_sorry:
        case Event::frame:
        case Event::protocol_error:
          // spec/vox/session.yaml:113 (default)
          return {Disposition::ignored, from, State::Closed, Code::session_closed, 0};
        case Event::conduit_break:
        case Event::keepalive_timeout:
          // spec/vox/session.yaml:117 (default)
          return {Disposition::ignored, from, State::Closed, Code::session_closed, 0};
        case Event::resume_ok:
        case Event::resume_failed:
          // spec/vox/session.yaml:110
          return {Disposition::rejected, from, State::Closed, Code::session_closed, 0};
        case Event::violation:
        case Event::shutdown:
          // spec/vox/session.yaml:109
          return {Disposition::ignored, from, State::Closed, Code::already_closed, 0};
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
         static_cast<std::uint64_t>(c.vars.attempts) < 3u;
}

/// The index of a configuration in the declared ranges: the state is the lowest digit,
/// then each var's offset from its lower bound, in mixed radix.
[[nodiscard]] constexpr std::size_t index_of(const Config& c) noexcept {
  std::size_t i = static_cast<std::size_t>(c.vars.attempts);
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
    t[i].vars.attempts = static_cast<std::uint8_t>(static_cast<int>(rest % 3));
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
inline constexpr std::array<StepEntry, 120> steps = [] {
  std::array<StepEntry, 120> t{};
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
    case State::Handshaking: return "Handshaking";
    case State::Established: return "Established";
    case State::Disconnected: return "Disconnected";
    case State::Closed: return "Closed";
  }
  return "?";
}

constexpr std::string_view to_string(Event e) noexcept {
  switch (e) {
    case Event::handshake_ok: return "handshake_ok";
    case Event::handshake_sorry: return "handshake_sorry";
    case Event::frame: return "frame";
    case Event::protocol_error: return "protocol_error";
    case Event::conduit_break: return "conduit_break";
    case Event::keepalive_timeout: return "keepalive_timeout";
    case Event::resume_ok: return "resume_ok";
    case Event::resume_failed: return "resume_failed";
    case Event::violation: return "violation";
    case Event::shutdown: return "shutdown";
  }
  return "?";
}

constexpr std::string_view to_string(Code c) noexcept {
  switch (c) {
    case Code::none: return "none";
    case Code::frame_before_handshake: return "frame-before-handshake";
    case Code::not_disconnected: return "not-disconnected";
    case Code::unexpected_handshake: return "unexpected-handshake";
    case Code::conduit_broken: return "conduit-broken";
    case Code::already_disconnected: return "already-disconnected";
    case Code::already_closed: return "already-closed";
    case Code::session_closed: return "session-closed";
  }
  return "?";
}

constexpr std::string_view to_string(Action a) noexcept {
  switch (a) {
    case Action::send_protocol_error: return "send_protocol_error";
    case Action::fail_channels: return "fail_channels";
    case Action::begin_generation: return "begin_generation";
  }
  return "?";
}

/// The actions a machine emits, as an interface an application can implement.
class Actions {
 public:
  virtual ~Actions() = default;
  virtual void send_protocol_error() = 0;
  virtual void fail_channels() = 0;
  virtual void begin_generation() = 0;
};

/// Calls h.<action>() for every action in `set`, in declaration order. H may be an
/// Actions or any type with those member functions.
template <class H>
constexpr void perform([[maybe_unused]] ActionSet set, [[maybe_unused]] H& h) {
  if (set & bit(Action::send_protocol_error)) h.send_protocol_error();
  if (set & bit(Action::fail_channels)) h.fail_channels();
  if (set & bit(Action::begin_generation)) h.begin_generation();
}

/// Reflection of one var, for tools and tests that enumerate valuations.
struct VarInfo {
  std::string_view name;
  int lo;
  int hi;
};

inline constexpr std::array<VarInfo, 1> var_info = {{
    {"attempts", 0, 2},
}};

[[nodiscard]] constexpr int get_var([[maybe_unused]] const Vars& v, [[maybe_unused]] std::size_t i) noexcept {
  switch (i) {
    case 0: return v.attempts;
  }
  return 0;
}

constexpr void set_var([[maybe_unused]] Vars& v, [[maybe_unused]] std::size_t i, [[maybe_unused]] int x) noexcept {
  switch (i) {
    case 0: v.attempts = static_cast<std::uint8_t>(x); return;
  }
}

/// The machine as one type, for phasegen::Driver, table_step and tools.
struct Machine {
  using State = ::check_vox_channels::vox::session::State;
  using Event = ::check_vox_channels::vox::session::Event;
  using Code = ::check_vox_channels::vox::session::Code;
  using Action = ::check_vox_channels::vox::session::Action;
  using ActionSet = ::check_vox_channels::vox::session::ActionSet;
  using Vars = ::check_vox_channels::vox::session::Vars;
  using Config = ::check_vox_channels::vox::session::Config;
  using Outcome = ::check_vox_channels::vox::session::Outcome;
  using Packed = ::check_vox_channels::vox::session::Packed;  ///< a configuration as its index in `configs`; step(Packed&, Event) is one load
  static constexpr std::string_view name = "check_vox_channels::vox::session";
  static constexpr bool generational = true;
  static constexpr std::size_t state_count = ::check_vox_channels::vox::session::state_count;
  static constexpr std::size_t event_count = ::check_vox_channels::vox::session::event_count;
  static constexpr std::size_t code_count = ::check_vox_channels::vox::session::code_count;
  static constexpr std::size_t action_count = ::check_vox_channels::vox::session::action_count;
  static constexpr const auto& rows = ::check_vox_channels::vox::session::rows;
  static constexpr const auto& cells = ::check_vox_channels::vox::session::cells;
  static constexpr const auto& var_info = ::check_vox_channels::vox::session::var_info;
  static constexpr const auto& event_source = ::check_vox_channels::vox::session::event_source;
  [[nodiscard]] static constexpr Outcome step(Config& c, Event e) noexcept { return ::check_vox_channels::vox::session::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return ::check_vox_channels::vox::session::bit(a); }
  [[nodiscard]] static constexpr bool guard_holds(std::uint16_t g, const Vars& v) noexcept { return ::check_vox_channels::vox::session::guard_holds(g, v); }
  static constexpr void apply_updates(std::uint16_t u, Vars& v) noexcept { ::check_vox_channels::vox::session::apply_updates(u, v); }
  [[nodiscard]] static constexpr int get_var(const Vars& v, std::size_t i) noexcept { return ::check_vox_channels::vox::session::get_var(v, i); }
  static constexpr void set_var(Vars& v, std::size_t i, int x) noexcept { ::check_vox_channels::vox::session::set_var(v, i, x); }
};

}  // namespace check_vox_channels::vox::session
