// DO NOT EDIT: generated from spec/tcp/endpoint.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// tcp::endpoint: 12 states x 8 events = 96 cells, every one explicit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "phasegen/table.hpp"

static_assert(PHASEGEN_TABLE_FORMAT == 1,
              "spec/tcp/endpoint.yaml was generated for phasegen table format 1; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

// A TCP-like endpoint's connection lifecycle (RFC 9293 section 3.3.2, without sequence
// numbers, retransmission or resets): open actively (connect) or passively (listen), the
// three-way handshake, simultaneous open, and both orders of close, with TIME-WAIT left on
// a timeout. Segments arrive as events (syn, syn_ack, ack, fin); the segments it sends are
// its actions.
namespace tcp::endpoint {

namespace params {
}  // namespace params

enum class State : std::uint8_t {
  Closed,  ///< (initial)
  Listen,
  SynSent,
  SynReceived,
  Established,
  FinWait1,
  FinWait2,
  Closing,
  TimeWait,
  CloseWait,
  LastAck,
  Done,  ///< (terminal)
};
inline constexpr std::size_t state_count = 12;

enum class Event : std::uint8_t {
  connect,  ///< from local
  listen,  ///< from local
  close,  ///< from local
  timeout,  ///< from local
  syn,  ///< from peer
  syn_ack,  ///< from peer
  ack,  ///< from peer
  fin,  ///< from peer
};
inline constexpr std::size_t event_count = 8;

/// The source of every event, by event id.
inline constexpr std::array<phasegen::Source, event_count> event_source = {
    phasegen::Source::local,  // connect
    phasegen::Source::local,  // listen
    phasegen::Source::local,  // close
    phasegen::Source::local,  // timeout
    phasegen::Source::peer,  // syn
    phasegen::Source::peer,  // syn_ack
    phasegen::Source::peer,  // ack
    phasegen::Source::peer,  // fin
};

/// Ignore reasons, reject codes and violated rules.
enum class Code : std::uint8_t {
  none,
  no_timer,
  duplicate_ack,
  ack_of_nothing,
  stray_fin,
  stray_syn,
  stray_syn_ack,
  already_open,
  already_closing,
};
inline constexpr std::size_t code_count = 9;

enum class Action : std::uint8_t {
  send_syn,
  send_syn_ack,
  send_ack,
  send_fin,
};
inline constexpr std::size_t action_count = 4;
/// Bit i is set when Action i was emitted; actions are performed in declaration order.
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(ActionSet{1} << static_cast<unsigned>(a)); }

struct Vars {
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};

struct Config {
  State state = State::Closed;
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
inline constexpr std::array<TableRow, 96> rows = {{
    {Disposition::transition, State::SynSent, Code::none, 0, 0, bit(Action::send_syn)},  // Closed x connect: spec/tcp/endpoint.yaml:40
    {Disposition::transition, State::Listen, Code::none, 0, 0, 0},  // Closed x listen: spec/tcp/endpoint.yaml:41
    {Disposition::transition, State::Done, Code::none, 0, 0, 0},  // Closed x close: spec/tcp/endpoint.yaml:42
    {Disposition::ignored, State::Closed, Code::no_timer, 0, 0, 0},  // Closed x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::ignored, State::Closed, Code::stray_syn, 0, 0, 0},  // Closed x syn: spec/tcp/endpoint.yaml:60
    {Disposition::ignored, State::Closed, Code::stray_syn_ack, 0, 0, 0},  // Closed x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::ignored, State::Closed, Code::duplicate_ack, 0, 0, 0},  // Closed x ack: spec/tcp/endpoint.yaml:57
    {Disposition::ignored, State::Closed, Code::stray_fin, 0, 0, 0},  // Closed x fin: spec/tcp/endpoint.yaml:59
    {Disposition::rejected, State::Listen, Code::already_open, 0, 0, 0},  // Listen x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::Listen, Code::already_open, 0, 0, 0},  // Listen x listen: spec/tcp/endpoint.yaml:63
    {Disposition::transition, State::Done, Code::none, 0, 0, 0},  // Listen x close: spec/tcp/endpoint.yaml:43
    {Disposition::ignored, State::Listen, Code::no_timer, 0, 0, 0},  // Listen x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::transition, State::SynReceived, Code::none, 0, 0, bit(Action::send_syn_ack)},  // Listen x syn: spec/tcp/endpoint.yaml:44
    {Disposition::ignored, State::Listen, Code::stray_syn_ack, 0, 0, 0},  // Listen x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::ignored, State::Listen, Code::duplicate_ack, 0, 0, 0},  // Listen x ack: spec/tcp/endpoint.yaml:57
    {Disposition::ignored, State::Listen, Code::stray_fin, 0, 0, 0},  // Listen x fin: spec/tcp/endpoint.yaml:59
    {Disposition::rejected, State::SynSent, Code::already_open, 0, 0, 0},  // SynSent x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::SynSent, Code::already_open, 0, 0, 0},  // SynSent x listen: spec/tcp/endpoint.yaml:63
    {Disposition::transition, State::Done, Code::none, 0, 0, 0},  // SynSent x close: spec/tcp/endpoint.yaml:43
    {Disposition::ignored, State::SynSent, Code::no_timer, 0, 0, 0},  // SynSent x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::transition, State::SynReceived, Code::none, 0, 0, bit(Action::send_syn_ack)},  // SynSent x syn: spec/tcp/endpoint.yaml:44
    {Disposition::transition, State::Established, Code::none, 0, 0, bit(Action::send_ack)},  // SynSent x syn_ack: spec/tcp/endpoint.yaml:45
    {Disposition::ignored, State::SynSent, Code::ack_of_nothing, 0, 0, 0},  // SynSent x ack: spec/tcp/endpoint.yaml:58
    {Disposition::ignored, State::SynSent, Code::stray_fin, 0, 0, 0},  // SynSent x fin: spec/tcp/endpoint.yaml:59
    {Disposition::rejected, State::SynReceived, Code::already_open, 0, 0, 0},  // SynReceived x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::SynReceived, Code::already_open, 0, 0, 0},  // SynReceived x listen: spec/tcp/endpoint.yaml:63
    {Disposition::transition, State::FinWait1, Code::none, 0, 0, bit(Action::send_fin)},  // SynReceived x close: spec/tcp/endpoint.yaml:47
    {Disposition::ignored, State::SynReceived, Code::no_timer, 0, 0, 0},  // SynReceived x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::ignored, State::SynReceived, Code::stray_syn, 0, 0, 0},  // SynReceived x syn: spec/tcp/endpoint.yaml:60
    {Disposition::transition, State::Established, Code::none, 0, 0, bit(Action::send_ack)},  // SynReceived x syn_ack: spec/tcp/endpoint.yaml:45
    {Disposition::transition, State::Established, Code::none, 0, 0, 0},  // SynReceived x ack: spec/tcp/endpoint.yaml:46
    {Disposition::transition, State::CloseWait, Code::none, 0, 0, bit(Action::send_ack)},  // SynReceived x fin: spec/tcp/endpoint.yaml:48
    {Disposition::rejected, State::Established, Code::already_open, 0, 0, 0},  // Established x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::Established, Code::already_open, 0, 0, 0},  // Established x listen: spec/tcp/endpoint.yaml:63
    {Disposition::transition, State::FinWait1, Code::none, 0, 0, bit(Action::send_fin)},  // Established x close: spec/tcp/endpoint.yaml:47
    {Disposition::ignored, State::Established, Code::no_timer, 0, 0, 0},  // Established x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::ignored, State::Established, Code::stray_syn, 0, 0, 0},  // Established x syn: spec/tcp/endpoint.yaml:60
    {Disposition::ignored, State::Established, Code::stray_syn_ack, 0, 0, 0},  // Established x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::ignored, State::Established, Code::duplicate_ack, 0, 0, 0},  // Established x ack: spec/tcp/endpoint.yaml:57
    {Disposition::transition, State::CloseWait, Code::none, 0, 0, bit(Action::send_ack)},  // Established x fin: spec/tcp/endpoint.yaml:48
    {Disposition::rejected, State::FinWait1, Code::already_open, 0, 0, 0},  // FinWait1 x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::FinWait1, Code::already_open, 0, 0, 0},  // FinWait1 x listen: spec/tcp/endpoint.yaml:63
    {Disposition::rejected, State::FinWait1, Code::already_closing, 0, 0, 0},  // FinWait1 x close: spec/tcp/endpoint.yaml:64
    {Disposition::ignored, State::FinWait1, Code::no_timer, 0, 0, 0},  // FinWait1 x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::ignored, State::FinWait1, Code::stray_syn, 0, 0, 0},  // FinWait1 x syn: spec/tcp/endpoint.yaml:60
    {Disposition::ignored, State::FinWait1, Code::stray_syn_ack, 0, 0, 0},  // FinWait1 x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::transition, State::FinWait2, Code::none, 0, 0, 0},  // FinWait1 x ack: spec/tcp/endpoint.yaml:49
    {Disposition::transition, State::Closing, Code::none, 0, 0, bit(Action::send_ack)},  // FinWait1 x fin: spec/tcp/endpoint.yaml:50
    {Disposition::rejected, State::FinWait2, Code::already_open, 0, 0, 0},  // FinWait2 x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::FinWait2, Code::already_open, 0, 0, 0},  // FinWait2 x listen: spec/tcp/endpoint.yaml:63
    {Disposition::rejected, State::FinWait2, Code::already_closing, 0, 0, 0},  // FinWait2 x close: spec/tcp/endpoint.yaml:64
    {Disposition::ignored, State::FinWait2, Code::no_timer, 0, 0, 0},  // FinWait2 x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::ignored, State::FinWait2, Code::stray_syn, 0, 0, 0},  // FinWait2 x syn: spec/tcp/endpoint.yaml:60
    {Disposition::ignored, State::FinWait2, Code::stray_syn_ack, 0, 0, 0},  // FinWait2 x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::ignored, State::FinWait2, Code::duplicate_ack, 0, 0, 0},  // FinWait2 x ack: spec/tcp/endpoint.yaml:57
    {Disposition::transition, State::TimeWait, Code::none, 0, 0, bit(Action::send_ack)},  // FinWait2 x fin: spec/tcp/endpoint.yaml:51
    {Disposition::rejected, State::Closing, Code::already_open, 0, 0, 0},  // Closing x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::Closing, Code::already_open, 0, 0, 0},  // Closing x listen: spec/tcp/endpoint.yaml:63
    {Disposition::rejected, State::Closing, Code::already_closing, 0, 0, 0},  // Closing x close: spec/tcp/endpoint.yaml:64
    {Disposition::ignored, State::Closing, Code::no_timer, 0, 0, 0},  // Closing x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::ignored, State::Closing, Code::stray_syn, 0, 0, 0},  // Closing x syn: spec/tcp/endpoint.yaml:60
    {Disposition::ignored, State::Closing, Code::stray_syn_ack, 0, 0, 0},  // Closing x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::transition, State::TimeWait, Code::none, 0, 0, 0},  // Closing x ack: spec/tcp/endpoint.yaml:52
    {Disposition::ignored, State::Closing, Code::stray_fin, 0, 0, 0},  // Closing x fin: spec/tcp/endpoint.yaml:59
    {Disposition::rejected, State::TimeWait, Code::already_open, 0, 0, 0},  // TimeWait x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::TimeWait, Code::already_open, 0, 0, 0},  // TimeWait x listen: spec/tcp/endpoint.yaml:63
    {Disposition::rejected, State::TimeWait, Code::already_closing, 0, 0, 0},  // TimeWait x close: spec/tcp/endpoint.yaml:64
    {Disposition::transition, State::Done, Code::none, 0, 0, 0},  // TimeWait x timeout: spec/tcp/endpoint.yaml:55
    {Disposition::ignored, State::TimeWait, Code::stray_syn, 0, 0, 0},  // TimeWait x syn: spec/tcp/endpoint.yaml:60
    {Disposition::ignored, State::TimeWait, Code::stray_syn_ack, 0, 0, 0},  // TimeWait x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::ignored, State::TimeWait, Code::duplicate_ack, 0, 0, 0},  // TimeWait x ack: spec/tcp/endpoint.yaml:57
    {Disposition::ignored, State::TimeWait, Code::stray_fin, 0, 0, 0},  // TimeWait x fin: spec/tcp/endpoint.yaml:59
    {Disposition::rejected, State::CloseWait, Code::already_open, 0, 0, 0},  // CloseWait x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::CloseWait, Code::already_open, 0, 0, 0},  // CloseWait x listen: spec/tcp/endpoint.yaml:63
    {Disposition::transition, State::LastAck, Code::none, 0, 0, bit(Action::send_fin)},  // CloseWait x close: spec/tcp/endpoint.yaml:53
    {Disposition::ignored, State::CloseWait, Code::no_timer, 0, 0, 0},  // CloseWait x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::ignored, State::CloseWait, Code::stray_syn, 0, 0, 0},  // CloseWait x syn: spec/tcp/endpoint.yaml:60
    {Disposition::ignored, State::CloseWait, Code::stray_syn_ack, 0, 0, 0},  // CloseWait x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::ignored, State::CloseWait, Code::duplicate_ack, 0, 0, 0},  // CloseWait x ack: spec/tcp/endpoint.yaml:57
    {Disposition::ignored, State::CloseWait, Code::stray_fin, 0, 0, 0},  // CloseWait x fin: spec/tcp/endpoint.yaml:59
    {Disposition::rejected, State::LastAck, Code::already_open, 0, 0, 0},  // LastAck x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::LastAck, Code::already_open, 0, 0, 0},  // LastAck x listen: spec/tcp/endpoint.yaml:63
    {Disposition::rejected, State::LastAck, Code::already_closing, 0, 0, 0},  // LastAck x close: spec/tcp/endpoint.yaml:64
    {Disposition::ignored, State::LastAck, Code::no_timer, 0, 0, 0},  // LastAck x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::ignored, State::LastAck, Code::stray_syn, 0, 0, 0},  // LastAck x syn: spec/tcp/endpoint.yaml:60
    {Disposition::ignored, State::LastAck, Code::stray_syn_ack, 0, 0, 0},  // LastAck x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::transition, State::Done, Code::none, 0, 0, 0},  // LastAck x ack: spec/tcp/endpoint.yaml:54
    {Disposition::ignored, State::LastAck, Code::stray_fin, 0, 0, 0},  // LastAck x fin: spec/tcp/endpoint.yaml:59
    {Disposition::rejected, State::Done, Code::already_open, 0, 0, 0},  // Done x connect: spec/tcp/endpoint.yaml:62
    {Disposition::rejected, State::Done, Code::already_open, 0, 0, 0},  // Done x listen: spec/tcp/endpoint.yaml:63
    {Disposition::rejected, State::Done, Code::already_closing, 0, 0, 0},  // Done x close: spec/tcp/endpoint.yaml:64
    {Disposition::ignored, State::Done, Code::no_timer, 0, 0, 0},  // Done x timeout: spec/tcp/endpoint.yaml:56
    {Disposition::ignored, State::Done, Code::stray_syn, 0, 0, 0},  // Done x syn: spec/tcp/endpoint.yaml:60
    {Disposition::ignored, State::Done, Code::stray_syn_ack, 0, 0, 0},  // Done x syn_ack: spec/tcp/endpoint.yaml:61
    {Disposition::ignored, State::Done, Code::duplicate_ack, 0, 0, 0},  // Done x ack: spec/tcp/endpoint.yaml:57
    {Disposition::ignored, State::Done, Code::stray_fin, 0, 0, 0},  // Done x fin: spec/tcp/endpoint.yaml:59
}};

/// cells[state * event_count + event]: the cell's range in rows.
inline constexpr std::array<phasegen::Cell, state_count * event_count> cells = {{
    {0, 1},  // Closed x connect
    {1, 1},  // Closed x listen
    {2, 1},  // Closed x close
    {3, 1},  // Closed x timeout
    {4, 1},  // Closed x syn
    {5, 1},  // Closed x syn_ack
    {6, 1},  // Closed x ack
    {7, 1},  // Closed x fin
    {8, 1},  // Listen x connect
    {9, 1},  // Listen x listen
    {10, 1},  // Listen x close
    {11, 1},  // Listen x timeout
    {12, 1},  // Listen x syn
    {13, 1},  // Listen x syn_ack
    {14, 1},  // Listen x ack
    {15, 1},  // Listen x fin
    {16, 1},  // SynSent x connect
    {17, 1},  // SynSent x listen
    {18, 1},  // SynSent x close
    {19, 1},  // SynSent x timeout
    {20, 1},  // SynSent x syn
    {21, 1},  // SynSent x syn_ack
    {22, 1},  // SynSent x ack
    {23, 1},  // SynSent x fin
    {24, 1},  // SynReceived x connect
    {25, 1},  // SynReceived x listen
    {26, 1},  // SynReceived x close
    {27, 1},  // SynReceived x timeout
    {28, 1},  // SynReceived x syn
    {29, 1},  // SynReceived x syn_ack
    {30, 1},  // SynReceived x ack
    {31, 1},  // SynReceived x fin
    {32, 1},  // Established x connect
    {33, 1},  // Established x listen
    {34, 1},  // Established x close
    {35, 1},  // Established x timeout
    {36, 1},  // Established x syn
    {37, 1},  // Established x syn_ack
    {38, 1},  // Established x ack
    {39, 1},  // Established x fin
    {40, 1},  // FinWait1 x connect
    {41, 1},  // FinWait1 x listen
    {42, 1},  // FinWait1 x close
    {43, 1},  // FinWait1 x timeout
    {44, 1},  // FinWait1 x syn
    {45, 1},  // FinWait1 x syn_ack
    {46, 1},  // FinWait1 x ack
    {47, 1},  // FinWait1 x fin
    {48, 1},  // FinWait2 x connect
    {49, 1},  // FinWait2 x listen
    {50, 1},  // FinWait2 x close
    {51, 1},  // FinWait2 x timeout
    {52, 1},  // FinWait2 x syn
    {53, 1},  // FinWait2 x syn_ack
    {54, 1},  // FinWait2 x ack
    {55, 1},  // FinWait2 x fin
    {56, 1},  // Closing x connect
    {57, 1},  // Closing x listen
    {58, 1},  // Closing x close
    {59, 1},  // Closing x timeout
    {60, 1},  // Closing x syn
    {61, 1},  // Closing x syn_ack
    {62, 1},  // Closing x ack
    {63, 1},  // Closing x fin
    {64, 1},  // TimeWait x connect
    {65, 1},  // TimeWait x listen
    {66, 1},  // TimeWait x close
    {67, 1},  // TimeWait x timeout
    {68, 1},  // TimeWait x syn
    {69, 1},  // TimeWait x syn_ack
    {70, 1},  // TimeWait x ack
    {71, 1},  // TimeWait x fin
    {72, 1},  // CloseWait x connect
    {73, 1},  // CloseWait x listen
    {74, 1},  // CloseWait x close
    {75, 1},  // CloseWait x timeout
    {76, 1},  // CloseWait x syn
    {77, 1},  // CloseWait x syn_ack
    {78, 1},  // CloseWait x ack
    {79, 1},  // CloseWait x fin
    {80, 1},  // LastAck x connect
    {81, 1},  // LastAck x listen
    {82, 1},  // LastAck x close
    {83, 1},  // LastAck x timeout
    {84, 1},  // LastAck x syn
    {85, 1},  // LastAck x syn_ack
    {86, 1},  // LastAck x ack
    {87, 1},  // LastAck x fin
    {88, 1},  // Done x connect
    {89, 1},  // Done x listen
    {90, 1},  // Done x close
    {91, 1},  // Done x timeout
    {92, 1},  // Done x syn
    {93, 1},  // Done x syn_ack
    {94, 1},  // Done x ack
    {95, 1},  // Done x fin
}};

static_assert(rows.size() == 96 && cells.size() == 96, "table sizes");
static_assert(cells.back().first + cells.back().count == rows.size(), "cells cover rows densely");
static_assert(static_cast<std::size_t>(State::Done) + 1 == state_count, "dense state ids");
static_assert(static_cast<std::size_t>(Event::fin) + 1 == event_count, "dense event ids");

namespace detail {
/// The step as a generated switch; `steps` below is computed from it, and step() uses
/// it for a configuration outside the declared ranges.
[[nodiscard]] constexpr Outcome switch_step(Config& c, Event e) noexcept {
  [[maybe_unused]] Vars& v = c.vars;
  const State from = c.state;
  switch (from) {
    case State::Closed:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:40
          c.state = State::SynSent;
          return {Disposition::transition, from, State::SynSent, Code::none, bit(Action::send_syn)};
        case Event::listen:
          // spec/tcp/endpoint.yaml:41
          c.state = State::Listen;
          return {Disposition::transition, from, State::Listen, Code::none, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:42
          c.state = State::Done;
          return {Disposition::transition, from, State::Done, Code::none, 0};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::Closed, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::Closed, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::Closed, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:57
          return {Disposition::ignored, from, State::Closed, Code::duplicate_ack, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:59
          return {Disposition::ignored, from, State::Closed, Code::stray_fin, 0};
      }
      break;
    case State::Listen:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::Listen, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::Listen, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:43
          c.state = State::Done;
          return {Disposition::transition, from, State::Done, Code::none, 0};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::Listen, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:44
          c.state = State::SynReceived;
          return {Disposition::transition, from, State::SynReceived, Code::none, bit(Action::send_syn_ack)};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::Listen, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:57
          return {Disposition::ignored, from, State::Listen, Code::duplicate_ack, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:59
          return {Disposition::ignored, from, State::Listen, Code::stray_fin, 0};
      }
      break;
    case State::SynSent:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::SynSent, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::SynSent, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:43
          c.state = State::Done;
          return {Disposition::transition, from, State::Done, Code::none, 0};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::SynSent, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:44
          c.state = State::SynReceived;
          return {Disposition::transition, from, State::SynReceived, Code::none, bit(Action::send_syn_ack)};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:45
          c.state = State::Established;
          return {Disposition::transition, from, State::Established, Code::none, bit(Action::send_ack)};
        case Event::ack:
          // spec/tcp/endpoint.yaml:58
          return {Disposition::ignored, from, State::SynSent, Code::ack_of_nothing, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:59
          return {Disposition::ignored, from, State::SynSent, Code::stray_fin, 0};
      }
      break;
    case State::SynReceived:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::SynReceived, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::SynReceived, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:47
          c.state = State::FinWait1;
          return {Disposition::transition, from, State::FinWait1, Code::none, bit(Action::send_fin)};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::SynReceived, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::SynReceived, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:45
          c.state = State::Established;
          return {Disposition::transition, from, State::Established, Code::none, bit(Action::send_ack)};
        case Event::ack:
          // spec/tcp/endpoint.yaml:46
          c.state = State::Established;
          return {Disposition::transition, from, State::Established, Code::none, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:48
          c.state = State::CloseWait;
          return {Disposition::transition, from, State::CloseWait, Code::none, bit(Action::send_ack)};
      }
      break;
    case State::Established:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::Established, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::Established, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:47
          c.state = State::FinWait1;
          return {Disposition::transition, from, State::FinWait1, Code::none, bit(Action::send_fin)};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::Established, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::Established, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::Established, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:57
          return {Disposition::ignored, from, State::Established, Code::duplicate_ack, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:48
          c.state = State::CloseWait;
          return {Disposition::transition, from, State::CloseWait, Code::none, bit(Action::send_ack)};
      }
      break;
    case State::FinWait1:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::FinWait1, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::FinWait1, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:64
          return {Disposition::rejected, from, State::FinWait1, Code::already_closing, 0};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::FinWait1, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::FinWait1, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::FinWait1, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:49
          c.state = State::FinWait2;
          return {Disposition::transition, from, State::FinWait2, Code::none, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:50
          c.state = State::Closing;
          return {Disposition::transition, from, State::Closing, Code::none, bit(Action::send_ack)};
      }
      break;
    case State::FinWait2:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::FinWait2, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::FinWait2, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:64
          return {Disposition::rejected, from, State::FinWait2, Code::already_closing, 0};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::FinWait2, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::FinWait2, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::FinWait2, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:57
          return {Disposition::ignored, from, State::FinWait2, Code::duplicate_ack, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:51
          c.state = State::TimeWait;
          return {Disposition::transition, from, State::TimeWait, Code::none, bit(Action::send_ack)};
      }
      break;
    case State::Closing:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::Closing, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::Closing, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:64
          return {Disposition::rejected, from, State::Closing, Code::already_closing, 0};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::Closing, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::Closing, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::Closing, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:52
          c.state = State::TimeWait;
          return {Disposition::transition, from, State::TimeWait, Code::none, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:59
          return {Disposition::ignored, from, State::Closing, Code::stray_fin, 0};
      }
      break;
    case State::TimeWait:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::TimeWait, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::TimeWait, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:64
          return {Disposition::rejected, from, State::TimeWait, Code::already_closing, 0};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:55
          c.state = State::Done;
          return {Disposition::transition, from, State::Done, Code::none, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::TimeWait, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::TimeWait, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:57
          return {Disposition::ignored, from, State::TimeWait, Code::duplicate_ack, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:59
          return {Disposition::ignored, from, State::TimeWait, Code::stray_fin, 0};
      }
      break;
    case State::CloseWait:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::CloseWait, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::CloseWait, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:53
          c.state = State::LastAck;
          return {Disposition::transition, from, State::LastAck, Code::none, bit(Action::send_fin)};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::CloseWait, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::CloseWait, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::CloseWait, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:57
          return {Disposition::ignored, from, State::CloseWait, Code::duplicate_ack, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:59
          return {Disposition::ignored, from, State::CloseWait, Code::stray_fin, 0};
      }
      break;
    case State::LastAck:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::LastAck, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::LastAck, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:64
          return {Disposition::rejected, from, State::LastAck, Code::already_closing, 0};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::LastAck, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::LastAck, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::LastAck, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:54
          c.state = State::Done;
          return {Disposition::transition, from, State::Done, Code::none, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:59
          return {Disposition::ignored, from, State::LastAck, Code::stray_fin, 0};
      }
      break;
    case State::Done:
      switch (e) {
        case Event::connect:
          // spec/tcp/endpoint.yaml:62
          return {Disposition::rejected, from, State::Done, Code::already_open, 0};
        case Event::listen:
          // spec/tcp/endpoint.yaml:63
          return {Disposition::rejected, from, State::Done, Code::already_open, 0};
        case Event::close:
          // spec/tcp/endpoint.yaml:64
          return {Disposition::rejected, from, State::Done, Code::already_closing, 0};
        case Event::timeout:
          // spec/tcp/endpoint.yaml:56
          return {Disposition::ignored, from, State::Done, Code::no_timer, 0};
        case Event::syn:
          // spec/tcp/endpoint.yaml:60
          return {Disposition::ignored, from, State::Done, Code::stray_syn, 0};
        case Event::syn_ack:
          // spec/tcp/endpoint.yaml:61
          return {Disposition::ignored, from, State::Done, Code::stray_syn_ack, 0};
        case Event::ack:
          // spec/tcp/endpoint.yaml:57
          return {Disposition::ignored, from, State::Done, Code::duplicate_ack, 0};
        case Event::fin:
          // spec/tcp/endpoint.yaml:59
          return {Disposition::ignored, from, State::Done, Code::stray_fin, 0};
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
inline constexpr std::size_t config_count = 12;

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
inline constexpr std::array<StepEntry, 96> steps = [] {
  std::array<StepEntry, 96> t{};
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
    case State::Closed: return "Closed";
    case State::Listen: return "Listen";
    case State::SynSent: return "SynSent";
    case State::SynReceived: return "SynReceived";
    case State::Established: return "Established";
    case State::FinWait1: return "FinWait1";
    case State::FinWait2: return "FinWait2";
    case State::Closing: return "Closing";
    case State::TimeWait: return "TimeWait";
    case State::CloseWait: return "CloseWait";
    case State::LastAck: return "LastAck";
    case State::Done: return "Done";
  }
  return "?";
}

constexpr std::string_view to_string(Event e) noexcept {
  switch (e) {
    case Event::connect: return "connect";
    case Event::listen: return "listen";
    case Event::close: return "close";
    case Event::timeout: return "timeout";
    case Event::syn: return "syn";
    case Event::syn_ack: return "syn_ack";
    case Event::ack: return "ack";
    case Event::fin: return "fin";
  }
  return "?";
}

constexpr std::string_view to_string(Code c) noexcept {
  switch (c) {
    case Code::none: return "none";
    case Code::no_timer: return "no-timer";
    case Code::duplicate_ack: return "duplicate-ack";
    case Code::ack_of_nothing: return "ack-of-nothing";
    case Code::stray_fin: return "stray-fin";
    case Code::stray_syn: return "stray-syn";
    case Code::stray_syn_ack: return "stray-syn-ack";
    case Code::already_open: return "already-open";
    case Code::already_closing: return "already-closing";
  }
  return "?";
}

constexpr std::string_view to_string(Action a) noexcept {
  switch (a) {
    case Action::send_syn: return "send_syn";
    case Action::send_syn_ack: return "send_syn_ack";
    case Action::send_ack: return "send_ack";
    case Action::send_fin: return "send_fin";
  }
  return "?";
}

/// The actions a machine emits, as an interface an application can implement.
class Actions {
 public:
  virtual ~Actions() = default;
  virtual void send_syn() = 0;
  virtual void send_syn_ack() = 0;
  virtual void send_ack() = 0;
  virtual void send_fin() = 0;
};

/// Calls h.<action>() for every action in `set`, in declaration order. H may be an
/// Actions or any type with those member functions.
template <class H>
constexpr void perform([[maybe_unused]] ActionSet set, [[maybe_unused]] H& h) {
  if (set & bit(Action::send_syn)) h.send_syn();
  if (set & bit(Action::send_syn_ack)) h.send_syn_ack();
  if (set & bit(Action::send_ack)) h.send_ack();
  if (set & bit(Action::send_fin)) h.send_fin();
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
  using State = ::tcp::endpoint::State;
  using Event = ::tcp::endpoint::Event;
  using Code = ::tcp::endpoint::Code;
  using Action = ::tcp::endpoint::Action;
  using ActionSet = ::tcp::endpoint::ActionSet;
  using Vars = ::tcp::endpoint::Vars;
  using Config = ::tcp::endpoint::Config;
  using Outcome = ::tcp::endpoint::Outcome;
  using Packed = ::tcp::endpoint::Packed;  ///< a configuration as its index in `configs`; step(Packed&, Event) is one load
  static constexpr std::string_view name = "tcp::endpoint";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = ::tcp::endpoint::state_count;
  static constexpr std::size_t event_count = ::tcp::endpoint::event_count;
  static constexpr std::size_t code_count = ::tcp::endpoint::code_count;
  static constexpr std::size_t action_count = ::tcp::endpoint::action_count;
  static constexpr const auto& rows = ::tcp::endpoint::rows;
  static constexpr const auto& cells = ::tcp::endpoint::cells;
  static constexpr const auto& var_info = ::tcp::endpoint::var_info;
  static constexpr const auto& event_source = ::tcp::endpoint::event_source;
  [[nodiscard]] static constexpr Outcome step(Config& c, Event e) noexcept { return ::tcp::endpoint::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return ::tcp::endpoint::bit(a); }
  [[nodiscard]] static constexpr bool guard_holds(std::uint16_t g, const Vars& v) noexcept { return ::tcp::endpoint::guard_holds(g, v); }
  static constexpr void apply_updates(std::uint16_t u, Vars& v) noexcept { ::tcp::endpoint::apply_updates(u, v); }
  [[nodiscard]] static constexpr int get_var(const Vars& v, std::size_t i) noexcept { return ::tcp::endpoint::get_var(v, i); }
  static constexpr void set_var(Vars& v, std::size_t i, int x) noexcept { ::tcp::endpoint::set_var(v, i, x); }
};

}  // namespace tcp::endpoint
