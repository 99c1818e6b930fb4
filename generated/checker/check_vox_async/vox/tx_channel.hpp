// DO NOT EDIT: generated from spec/vox/tx_channel.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// check_vox_async::vox::tx_channel: 4 states x 7 events = 28 cells, every one explicit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "phasegen/table.hpp"

static_assert(PHASEGEN_TABLE_FORMAT == 1,
              "spec/vox/tx_channel.yaml was generated for phasegen table format 1; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

// The sending side of one vox channel (we hold the Tx), for one channel id in one session
// generation. Sending spends one credit; the peer's GrantCredit returns credit one item at
// a time (the runtime validates a GrantCredit{n} frame and dispatches n grants, n is at
// most the credit). Close is emitted at most once, and nothing is sent after Close, after
// the peer's Reset, or after the session failed the channel.
namespace check_vox_async::vox::tx_channel {

namespace params {
inline constexpr int credit = 2;  ///< Initial credit; a compliant receiver never grants beyond it.
}  // namespace params

enum class State : std::uint8_t {
  Open,  ///< (initial)
  Closed,  ///< (terminal)
  PeerReset,  ///< (terminal)
  Failed,  ///< (terminal)
};
inline constexpr std::size_t state_count = 4;

enum class Event : std::uint8_t {
  send,  ///< from local
  close,  ///< from local
  grant,  ///< from peer
  reset,  ///< from peer
  item,  ///< from peer
  peer_close,  ///< from peer
  disconnect,  ///< from session
};
inline constexpr std::size_t event_count = 7;

/// The source of every event, by event id.
inline constexpr std::array<phasegen::Source, event_count> event_source = {
    phasegen::Source::local,  // send
    phasegen::Source::local,  // close
    phasegen::Source::peer,  // grant
    phasegen::Source::peer,  // reset
    phasegen::Source::peer,  // item
    phasegen::Source::peer,  // peer_close
    phasegen::Source::session,  // disconnect
};

/// Ignore reasons, reject codes and violated rules.
enum class Code : std::uint8_t {
  none,
  no_credit,
  credit_overflow,
  channel_closed,
  already_closed,
  late_grant,
  late_reset,
  peer_reset,
  after_reset,
  duplicate_reset,
  channel_failed,
  wrong_direction,
};
inline constexpr std::size_t code_count = 12;

enum class Action : std::uint8_t {
  send_item,  ///< Put one ChannelItem frame on the wire.
  send_close,  ///< Put the ChannelClose frame on the wire.
};
inline constexpr std::size_t action_count = 2;
/// Bit i is set when Action i was emitted; actions are performed in declaration order.
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(ActionSet{1} << static_cast<unsigned>(a)); }

struct Vars {
  std::uint8_t window = 2;  ///< [0, 2] Items we may still send before the peer grants more.
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};

struct Config {
  State state = State::Open;
  [[no_unique_address]] Vars vars{};  // takes no space when the machine has no vars
  friend constexpr bool operator==(const Config&, const Config&) = default;
};

using Outcome = phasegen::Outcome<State, Code, ActionSet>;

/// Guards of the transition table, by index (0 is "always").
[[nodiscard]] constexpr bool guard_holds([[maybe_unused]] std::uint16_t guard, [[maybe_unused]] const Vars& v) noexcept {
  switch (guard) {
    case 1: return v.window > 0;
    case 2: return v.window == 0;
    case 3: return v.window < params::credit;
    case 4: return v.window == params::credit;
    default: return true;
  }
}

/// Updates of the transition table, by index (0 is "none"); applied in the order written.
constexpr void apply_updates([[maybe_unused]] std::uint16_t update, [[maybe_unused]] Vars& v) noexcept {
  switch (update) {
    case 1: v.window = static_cast<std::uint8_t>(v.window - 1); return;
    case 2: v.window = static_cast<std::uint8_t>(v.window + 1); return;
    default: return;
  }
}

using TableRow = phasegen::Row<State, Code, ActionSet>;
using phasegen::Disposition;

/// Every row of every cell, cell by cell (state-major); each names its spec line.
inline constexpr std::array<TableRow, 30> rows = {{
    {Disposition::transition, State::Open, Code::none, 1, 1, bit(Action::send_item)},  // Open x send: spec/vox/tx_channel.yaml:69
    {Disposition::rejected, State::Open, Code::no_credit, 2, 0, 0},  // Open x send: spec/vox/tx_channel.yaml:70
    {Disposition::transition, State::Closed, Code::none, 0, 0, bit(Action::send_close)},  // Open x close: spec/vox/tx_channel.yaml:78
    {Disposition::transition, State::Open, Code::none, 3, 2, 0},  // Open x grant: spec/vox/tx_channel.yaml:75
    {Disposition::violation, State::Open, Code::credit_overflow, 4, 0, 0},  // Open x grant: spec/vox/tx_channel.yaml:76
    {Disposition::transition, State::PeerReset, Code::none, 0, 0, 0},  // Open x reset: spec/vox/tx_channel.yaml:77
    {Disposition::violation, State::Open, Code::wrong_direction, 0, 0, 0},  // Open x item: spec/vox/tx_channel.yaml:99
    {Disposition::violation, State::Open, Code::wrong_direction, 0, 0, 0},  // Open x peer_close: spec/vox/tx_channel.yaml:99
    {Disposition::transition, State::Failed, Code::none, 0, 0, 0},  // Open x disconnect: spec/vox/tx_channel.yaml:79
    {Disposition::rejected, State::Closed, Code::channel_closed, 0, 0, 0},  // Closed x send: spec/vox/tx_channel.yaml:81
    {Disposition::ignored, State::Closed, Code::already_closed, 0, 0, 0},  // Closed x close: spec/vox/tx_channel.yaml:82
    {Disposition::ignored, State::Closed, Code::late_grant, 0, 0, 0},  // Closed x grant: spec/vox/tx_channel.yaml:83
    {Disposition::ignored, State::Closed, Code::late_reset, 0, 0, 0},  // Closed x reset: spec/vox/tx_channel.yaml:84
    {Disposition::violation, State::Closed, Code::wrong_direction, 0, 0, 0},  // Closed x item: spec/vox/tx_channel.yaml:99
    {Disposition::violation, State::Closed, Code::wrong_direction, 0, 0, 0},  // Closed x peer_close: spec/vox/tx_channel.yaml:99
    {Disposition::ignored, State::Closed, Code::already_closed, 0, 0, 0},  // Closed x disconnect: spec/vox/tx_channel.yaml:88
    {Disposition::rejected, State::PeerReset, Code::peer_reset, 0, 0, 0},  // PeerReset x send: spec/vox/tx_channel.yaml:90
    {Disposition::ignored, State::PeerReset, Code::after_reset, 0, 0, 0},  // PeerReset x close: spec/vox/tx_channel.yaml:91
    {Disposition::ignored, State::PeerReset, Code::late_grant, 0, 0, 0},  // PeerReset x grant: spec/vox/tx_channel.yaml:83
    {Disposition::violation, State::PeerReset, Code::duplicate_reset, 0, 0, 0},  // PeerReset x reset: spec/vox/tx_channel.yaml:92
    {Disposition::violation, State::PeerReset, Code::wrong_direction, 0, 0, 0},  // PeerReset x item: spec/vox/tx_channel.yaml:99
    {Disposition::violation, State::PeerReset, Code::wrong_direction, 0, 0, 0},  // PeerReset x peer_close: spec/vox/tx_channel.yaml:99
    {Disposition::ignored, State::PeerReset, Code::after_reset, 0, 0, 0},  // PeerReset x disconnect: spec/vox/tx_channel.yaml:93
    {Disposition::rejected, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x send: spec/vox/tx_channel.yaml:95
    {Disposition::ignored, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x close: spec/vox/tx_channel.yaml:96
    {Disposition::ignored, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x grant: spec/vox/tx_channel.yaml:103
    {Disposition::ignored, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x reset: spec/vox/tx_channel.yaml:103
    {Disposition::violation, State::Failed, Code::wrong_direction, 0, 0, 0},  // Failed x item: spec/vox/tx_channel.yaml:99
    {Disposition::violation, State::Failed, Code::wrong_direction, 0, 0, 0},  // Failed x peer_close: spec/vox/tx_channel.yaml:99
    {Disposition::ignored, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x disconnect: spec/vox/tx_channel.yaml:96
}};

/// cells[state * event_count + event]: the cell's range in rows.
inline constexpr std::array<phasegen::Cell, state_count * event_count> cells = {{
    {0, 2},  // Open x send
    {2, 1},  // Open x close
    {3, 2},  // Open x grant
    {5, 1},  // Open x reset
    {6, 1},  // Open x item
    {7, 1},  // Open x peer_close
    {8, 1},  // Open x disconnect
    {9, 1},  // Closed x send
    {10, 1},  // Closed x close
    {11, 1},  // Closed x grant
    {12, 1},  // Closed x reset
    {13, 1},  // Closed x item
    {14, 1},  // Closed x peer_close
    {15, 1},  // Closed x disconnect
    {16, 1},  // PeerReset x send
    {17, 1},  // PeerReset x close
    {18, 1},  // PeerReset x grant
    {19, 1},  // PeerReset x reset
    {20, 1},  // PeerReset x item
    {21, 1},  // PeerReset x peer_close
    {22, 1},  // PeerReset x disconnect
    {23, 1},  // Failed x send
    {24, 1},  // Failed x close
    {25, 1},  // Failed x grant
    {26, 1},  // Failed x reset
    {27, 1},  // Failed x item
    {28, 1},  // Failed x peer_close
    {29, 1},  // Failed x disconnect
}};

static_assert(rows.size() == 30 && cells.size() == 28, "table sizes");
static_assert(cells.back().first + cells.back().count == rows.size(), "cells cover rows densely");
static_assert(static_cast<std::size_t>(State::Failed) + 1 == state_count, "dense state ids");
static_assert(static_cast<std::size_t>(Event::disconnect) + 1 == event_count, "dense event ids");

namespace detail {
/// The step as a generated switch; `steps` below is computed from it, and step() uses
/// it for a configuration outside the declared ranges.
[[nodiscard]] constexpr Outcome switch_step(Config& c, Event e) noexcept {
  [[maybe_unused]] Vars& v = c.vars;
  const State from = c.state;
  switch (from) {
    case State::Open:
      switch (e) {
        case Event::send:
          if (v.window > 0) {  // spec/vox/tx_channel.yaml:69
            v.window = static_cast<std::uint8_t>(v.window - 1);
            c.state = State::Open;
            return {Disposition::transition, from, State::Open, Code::none, bit(Action::send_item)};
          }
          // v.window == 0: spec/vox/tx_channel.yaml:70
          return {Disposition::rejected, from, State::Open, Code::no_credit, 0};
        case Event::close:
          // spec/vox/tx_channel.yaml:78
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::send_close)};
        case Event::grant:
          if (v.window < params::credit) {  // spec/vox/tx_channel.yaml:75
            v.window = static_cast<std::uint8_t>(v.window + 1);
            c.state = State::Open;
            return {Disposition::transition, from, State::Open, Code::none, 0};
          }
          // v.window == params::credit: spec/vox/tx_channel.yaml:76
          return {Disposition::violation, from, State::Open, Code::credit_overflow, 0};
        case Event::reset:
          // spec/vox/tx_channel.yaml:77
          c.state = State::PeerReset;
          return {Disposition::transition, from, State::PeerReset, Code::none, 0};
        case Event::item:
        case Event::peer_close:
          // spec/vox/tx_channel.yaml:99 (default)
          return {Disposition::violation, from, State::Open, Code::wrong_direction, 0};
        case Event::disconnect:
          // spec/vox/tx_channel.yaml:79
          c.state = State::Failed;
          return {Disposition::transition, from, State::Failed, Code::none, 0};
      }
      break;
    case State::Closed:
      switch (e) {
        case Event::send:
          // spec/vox/tx_channel.yaml:81
          return {Disposition::rejected, from, State::Closed, Code::channel_closed, 0};
        case Event::close:
          // spec/vox/tx_channel.yaml:82
          return {Disposition::ignored, from, State::Closed, Code::already_closed, 0};
        case Event::grant:
          // spec/vox/tx_channel.yaml:83
          return {Disposition::ignored, from, State::Closed, Code::late_grant, 0};
        case Event::reset:
          // spec/vox/tx_channel.yaml:84
          return {Disposition::ignored, from, State::Closed, Code::late_reset, 0};
        case Event::item:
        case Event::peer_close:
          // spec/vox/tx_channel.yaml:99 (default)
          return {Disposition::violation, from, State::Closed, Code::wrong_direction, 0};
        case Event::disconnect:
          // spec/vox/tx_channel.yaml:88
          return {Disposition::ignored, from, State::Closed, Code::already_closed, 0};
      }
      break;
    case State::PeerReset:
      switch (e) {
        case Event::send:
          // spec/vox/tx_channel.yaml:90
          return {Disposition::rejected, from, State::PeerReset, Code::peer_reset, 0};
        case Event::close:
          // spec/vox/tx_channel.yaml:91
          return {Disposition::ignored, from, State::PeerReset, Code::after_reset, 0};
        case Event::grant:
          // spec/vox/tx_channel.yaml:83
          return {Disposition::ignored, from, State::PeerReset, Code::late_grant, 0};
        case Event::reset:
          // spec/vox/tx_channel.yaml:92
          return {Disposition::violation, from, State::PeerReset, Code::duplicate_reset, 0};
        case Event::item:
        case Event::peer_close:
          // spec/vox/tx_channel.yaml:99 (default)
          return {Disposition::violation, from, State::PeerReset, Code::wrong_direction, 0};
        case Event::disconnect:
          // spec/vox/tx_channel.yaml:93
          return {Disposition::ignored, from, State::PeerReset, Code::after_reset, 0};
      }
      break;
    case State::Failed:
      switch (e) {
        case Event::send:
          // spec/vox/tx_channel.yaml:95
          return {Disposition::rejected, from, State::Failed, Code::channel_failed, 0};
        case Event::close:
        case Event::disconnect:
          // spec/vox/tx_channel.yaml:96
          return {Disposition::ignored, from, State::Failed, Code::channel_failed, 0};
        case Event::grant:
        case Event::reset:
          // spec/vox/tx_channel.yaml:103 (default)
          return {Disposition::ignored, from, State::Failed, Code::channel_failed, 0};
        case Event::item:
        case Event::peer_close:
          // spec/vox/tx_channel.yaml:99 (default)
          return {Disposition::violation, from, State::Failed, Code::wrong_direction, 0};
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
         static_cast<std::uint64_t>(c.vars.window) < 3u;
}

/// The index of a configuration in the declared ranges: the state is the lowest digit,
/// then each var's offset from its lower bound, in mixed radix.
[[nodiscard]] constexpr std::size_t index_of(const Config& c) noexcept {
  std::size_t i = static_cast<std::size_t>(c.vars.window);
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
    t[i].vars.window = static_cast<std::uint8_t>(static_cast<int>(rest % 3));
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
inline constexpr std::array<StepEntry, 84> steps = [] {
  std::array<StepEntry, 84> t{};
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
  std::uint8_t index_ = 8;
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
    case State::Open: return "Open";
    case State::Closed: return "Closed";
    case State::PeerReset: return "PeerReset";
    case State::Failed: return "Failed";
  }
  return "?";
}

constexpr std::string_view to_string(Event e) noexcept {
  switch (e) {
    case Event::send: return "send";
    case Event::close: return "close";
    case Event::grant: return "grant";
    case Event::reset: return "reset";
    case Event::item: return "item";
    case Event::peer_close: return "peer_close";
    case Event::disconnect: return "disconnect";
  }
  return "?";
}

constexpr std::string_view to_string(Code c) noexcept {
  switch (c) {
    case Code::none: return "none";
    case Code::no_credit: return "no-credit";
    case Code::credit_overflow: return "credit-overflow";
    case Code::channel_closed: return "channel-closed";
    case Code::already_closed: return "already-closed";
    case Code::late_grant: return "late-grant";
    case Code::late_reset: return "late-reset";
    case Code::peer_reset: return "peer-reset";
    case Code::after_reset: return "after-reset";
    case Code::duplicate_reset: return "duplicate-reset";
    case Code::channel_failed: return "channel-failed";
    case Code::wrong_direction: return "wrong-direction";
  }
  return "?";
}

constexpr std::string_view to_string(Action a) noexcept {
  switch (a) {
    case Action::send_item: return "send_item";
    case Action::send_close: return "send_close";
  }
  return "?";
}

/// The actions a machine emits, as an interface an application can implement.
class Actions {
 public:
  virtual ~Actions() = default;
  virtual void send_item() = 0;
  virtual void send_close() = 0;
};

/// Calls h.<action>() for every action in `set`, in declaration order. H may be an
/// Actions or any type with those member functions.
template <class H>
constexpr void perform([[maybe_unused]] ActionSet set, [[maybe_unused]] H& h) {
  if (set & bit(Action::send_item)) h.send_item();
  if (set & bit(Action::send_close)) h.send_close();
}

/// Reflection of one var, for tools and tests that enumerate valuations.
struct VarInfo {
  std::string_view name;
  int lo;
  int hi;
};

inline constexpr std::array<VarInfo, 1> var_info = {{
    {"window", 0, 2},
}};

[[nodiscard]] constexpr int get_var([[maybe_unused]] const Vars& v, [[maybe_unused]] std::size_t i) noexcept {
  switch (i) {
    case 0: return v.window;
  }
  return 0;
}

constexpr void set_var([[maybe_unused]] Vars& v, [[maybe_unused]] std::size_t i, [[maybe_unused]] int x) noexcept {
  switch (i) {
    case 0: v.window = static_cast<std::uint8_t>(x); return;
  }
}

/// The machine as one type, for phasegen::Driver, table_step and tools.
struct Machine {
  using State = ::check_vox_async::vox::tx_channel::State;
  using Event = ::check_vox_async::vox::tx_channel::Event;
  using Code = ::check_vox_async::vox::tx_channel::Code;
  using Action = ::check_vox_async::vox::tx_channel::Action;
  using ActionSet = ::check_vox_async::vox::tx_channel::ActionSet;
  using Vars = ::check_vox_async::vox::tx_channel::Vars;
  using Config = ::check_vox_async::vox::tx_channel::Config;
  using Outcome = ::check_vox_async::vox::tx_channel::Outcome;
  using Packed = ::check_vox_async::vox::tx_channel::Packed;  ///< a configuration as its index in `configs`; step(Packed&, Event) is one load
  static constexpr std::string_view name = "check_vox_async::vox::tx_channel";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = ::check_vox_async::vox::tx_channel::state_count;
  static constexpr std::size_t event_count = ::check_vox_async::vox::tx_channel::event_count;
  static constexpr std::size_t code_count = ::check_vox_async::vox::tx_channel::code_count;
  static constexpr std::size_t action_count = ::check_vox_async::vox::tx_channel::action_count;
  static constexpr const auto& rows = ::check_vox_async::vox::tx_channel::rows;
  static constexpr const auto& cells = ::check_vox_async::vox::tx_channel::cells;
  static constexpr const auto& var_info = ::check_vox_async::vox::tx_channel::var_info;
  static constexpr const auto& event_source = ::check_vox_async::vox::tx_channel::event_source;
  [[nodiscard]] static constexpr Outcome step(Config& c, Event e) noexcept { return ::check_vox_async::vox::tx_channel::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return ::check_vox_async::vox::tx_channel::bit(a); }
  [[nodiscard]] static constexpr bool guard_holds(std::uint16_t g, const Vars& v) noexcept { return ::check_vox_async::vox::tx_channel::guard_holds(g, v); }
  static constexpr void apply_updates(std::uint16_t u, Vars& v) noexcept { ::check_vox_async::vox::tx_channel::apply_updates(u, v); }
  [[nodiscard]] static constexpr int get_var(const Vars& v, std::size_t i) noexcept { return ::check_vox_async::vox::tx_channel::get_var(v, i); }
  static constexpr void set_var(Vars& v, std::size_t i, int x) noexcept { ::check_vox_async::vox::tx_channel::set_var(v, i, x); }
};

}  // namespace check_vox_async::vox::tx_channel
