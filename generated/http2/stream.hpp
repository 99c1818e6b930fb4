// DO NOT EDIT: generated from spec/http2/stream.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// http2::stream: 9 states x 15 events = 135 cells, every one explicit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "phasegen/table.hpp"

static_assert(PHASEGEN_TABLE_FORMAT == 1,
              "spec/http2/stream.yaml was generated for phasegen table format 1; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

// One HTTP/2 stream (RFC 9113 §5.1), both directions in one machine, as the receiving
// endpoint's runtime runs it: Idle stands for "no stream yet", so a frame for an idle
// stream is classified here. Received DATA is queued until the application reads it
// (`buffered`, bounded by the receive window we advertise: DATA beyond it is a
// FLOW_CONTROL_ERROR, §6.9); each read returns one unit of window (WINDOW_UPDATE). The
// send window is spent by our DATA and returned by the peer's WINDOW_UPDATE, whose
// increment is an event argument; past its maximum it is a FLOW_CONTROL_ERROR. A
// RST_STREAM (§6.4) received closes the stream, one we send (cancel) tolerates the frames
// already in flight. A header block that ends the stream (a request without a body, or
// trailers, §8.1) is headers_end; a second one that does not is malformed. We may send a
// header block (a response's) while our side is open. PRIORITY is ignored in every state
// (§5.3.2). The PUSH_PROMISE frame's own stream is not modelled: push_promise stands for
// the promise that reserves this stream.
namespace http2::stream {

namespace params {
inline constexpr int buf = 4;  ///< Received DATA frames the application may leave unread (our receive window, in frames).
inline constexpr int max_window = 4;  ///< The send window's maximum (2^31 - 1 in the RFC, in frames here).
inline constexpr int initial_window = 2;  ///< The send window at the start (SETTINGS_INITIAL_WINDOW_SIZE, in frames).
}  // namespace params

enum class State : std::uint8_t {
  Idle,  ///< (initial)
  ReservedLocal,
  ReservedRemote,
  Open,
  HalfClosedLocal,
  HalfClosedRemote,
  Draining,
  Closed,  ///< (terminal)
  ResetSent,  ///< (terminal)
};
inline constexpr std::size_t state_count = 9;

enum class Event : std::uint8_t {
  headers,  ///< from peer
  headers_end,  ///< from peer
  push_promise,  ///< from peer
  data,  ///< from peer
  end_stream,  ///< from peer
  rst_stream,  ///< from peer
  priority,  ///< from peer
  window_update,  ///< from peer
  read,  ///< from local
  cancel,  ///< from local
  send_headers,  ///< from local
  send_push_promise,  ///< from local
  send_data,  ///< from local
  send_end_stream,  ///< from local
  connection_error,  ///< from session
};
inline constexpr std::size_t event_count = 15;

/// The source of every event, by event id.
inline constexpr std::array<phasegen::Source, event_count> event_source = {
    phasegen::Source::peer,  // headers
    phasegen::Source::peer,  // headers_end
    phasegen::Source::peer,  // push_promise
    phasegen::Source::peer,  // data
    phasegen::Source::peer,  // end_stream
    phasegen::Source::peer,  // rst_stream
    phasegen::Source::peer,  // priority
    phasegen::Source::peer,  // window_update
    phasegen::Source::local,  // read
    phasegen::Source::local,  // cancel
    phasegen::Source::local,  // send_headers
    phasegen::Source::local,  // send_push_promise
    phasegen::Source::local,  // send_data
    phasegen::Source::local,  // send_end_stream
    phasegen::Source::session,  // connection_error
};

/// Ignore reasons, reject codes and violated rules.
enum class Code : std::uint8_t {
  none,
  protocol_error,
  stream_closed,
  flow_control,
  after_reset,
  closed,
  priority,
  empty,
  end_of_stream,
  not_open,
  reserved_remote,
  end_stream_sent,
  not_idle,
  blocked,
  idle,
};
inline constexpr std::size_t code_count = 15;

enum class Action : std::uint8_t {
  window_update_out,  ///< Send WINDOW_UPDATE for this stream (one frame of receive window back).
  send_rst,  ///< Send RST_STREAM (CANCEL).
};
inline constexpr std::size_t action_count = 2;
/// Bit i is set when Action i was emitted; actions are performed in declaration order.
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(ActionSet{1} << static_cast<unsigned>(a)); }

struct Vars {
  std::uint8_t buffered = 0;  ///< [0, 4] DATA frames received and not yet read.
  std::uint8_t send_window = 2;  ///< [0, 4] DATA frames we may still send on this stream.
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};

/// The arguments of the events that carry data; each is at its lowest value unless given.
struct Args {
  std::uint8_t n = 1;  ///< [1, 4] of window_update
};

/// Whether `a` holds arguments in the ranges of event `e`: the checks cover those only, so
/// a step with others is a violation (Code::none) that changes nothing.
[[nodiscard]] constexpr bool args_in_range(Event e, [[maybe_unused]] const Args& a) noexcept {
  switch (e) {
    case Event::window_update: return a.n >= 1 && a.n <= 4;
    default: return true;
  }
}

/// Whether event `e` carries arguments: the runtime refuses such an event given without
/// them (Reason::wrong_operation), rather than step it with each at its lowest value.
[[nodiscard]] constexpr bool takes_args(Event e) noexcept {
  switch (e) {
    case Event::window_update:
      return true;
    default:
      return false;
  }
}

struct Config {
  State state = State::Idle;
  [[no_unique_address]] Vars vars{};  // takes no space when the machine has no vars
  friend constexpr bool operator==(const Config&, const Config&) = default;
};

using Outcome = phasegen::Outcome<State, Code, ActionSet>;

/// Guards of the transition table, by index (0 is "always").
[[nodiscard]] constexpr bool guard_holds([[maybe_unused]] std::uint16_t guard, [[maybe_unused]] const Vars& v, [[maybe_unused]] const Args& a = Args{}) noexcept {
  switch (guard) {
    case 1: return v.buffered > 0;
    case 2: return v.buffered == 0;
    case 3: return v.buffered < params::buf;
    case 4: return v.buffered == params::buf;
    case 5: return v.send_window + a.n <= params::max_window;
    case 6: return v.send_window + a.n > params::max_window;
    case 7: return v.buffered > 1;
    case 8: return v.buffered == 1;
    case 9: return v.send_window > 0;
    case 10: return v.send_window == 0;
    default: return true;
  }
}

/// Updates of the transition table, by index (0 is "none"); applied in the order written.
constexpr void apply_updates([[maybe_unused]] std::uint16_t update, [[maybe_unused]] Vars& v, [[maybe_unused]] const Args& a = Args{}) noexcept {
  switch (update) {
    case 1: v.buffered = static_cast<std::uint8_t>(v.buffered + 1); return;
    case 2: v.buffered = static_cast<std::uint8_t>(0); return;
    case 3: v.send_window = static_cast<std::uint8_t>(v.send_window + a.n); return;
    case 4: v.buffered = static_cast<std::uint8_t>(v.buffered - 1); return;
    case 5: v.send_window = static_cast<std::uint8_t>(v.send_window - 1); return;
    default: return;
  }
}

using TableRow = phasegen::Row<State, Code, ActionSet>;
using phasegen::Disposition;

/// Every row of every cell, cell by cell (state-major); each names its spec line.
inline constexpr std::array<TableRow, 152> rows = {{
    {Disposition::transition, State::Open, Code::none, 0, 0, 0},  // Idle x headers: spec/http2/stream.yaml:71
    {Disposition::transition, State::HalfClosedRemote, Code::none, 0, 0, 0},  // Idle x headers_end: spec/http2/stream.yaml:75
    {Disposition::transition, State::ReservedRemote, Code::none, 0, 0, 0},  // Idle x push_promise: spec/http2/stream.yaml:80
    {Disposition::violation, State::Idle, Code::protocol_error, 0, 0, 0},  // Idle x data: spec/http2/stream.yaml:88
    {Disposition::violation, State::Idle, Code::protocol_error, 0, 0, 0},  // Idle x end_stream: spec/http2/stream.yaml:88
    {Disposition::violation, State::Idle, Code::protocol_error, 0, 0, 0},  // Idle x rst_stream: spec/http2/stream.yaml:91
    {Disposition::ignored, State::Idle, Code::priority, 0, 0, 0},  // Idle x priority: spec/http2/stream.yaml:94
    {Disposition::violation, State::Idle, Code::protocol_error, 0, 0, 0},  // Idle x window_update: spec/http2/stream.yaml:95
    {Disposition::rejected, State::Idle, Code::not_open, 0, 0, 0},  // Idle x read: spec/http2/stream.yaml:106
    {Disposition::rejected, State::Idle, Code::not_open, 0, 0, 0},  // Idle x cancel: spec/http2/stream.yaml:106
    {Disposition::transition, State::Open, Code::none, 0, 0, 0},  // Idle x send_headers: spec/http2/stream.yaml:111
    {Disposition::transition, State::ReservedLocal, Code::none, 0, 0, 0},  // Idle x send_push_promise: spec/http2/stream.yaml:116
    {Disposition::rejected, State::Idle, Code::not_open, 0, 0, 0},  // Idle x send_data: spec/http2/stream.yaml:106
    {Disposition::rejected, State::Idle, Code::not_open, 0, 0, 0},  // Idle x send_end_stream: spec/http2/stream.yaml:106
    {Disposition::ignored, State::Idle, Code::idle, 0, 0, 0},  // Idle x connection_error: spec/http2/stream.yaml:125
    {Disposition::violation, State::ReservedLocal, Code::protocol_error, 0, 0, 0},  // ReservedLocal x headers: spec/http2/stream.yaml:73
    {Disposition::violation, State::ReservedLocal, Code::protocol_error, 0, 0, 0},  // ReservedLocal x headers_end: spec/http2/stream.yaml:79
    {Disposition::violation, State::ReservedLocal, Code::protocol_error, 0, 0, 0},  // ReservedLocal x push_promise: spec/http2/stream.yaml:81
    {Disposition::violation, State::ReservedLocal, Code::protocol_error, 0, 0, 0},  // ReservedLocal x data: spec/http2/stream.yaml:88
    {Disposition::violation, State::ReservedLocal, Code::protocol_error, 0, 0, 0},  // ReservedLocal x end_stream: spec/http2/stream.yaml:88
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // ReservedLocal x rst_stream: spec/http2/stream.yaml:92
    {Disposition::ignored, State::ReservedLocal, Code::priority, 0, 0, 0},  // ReservedLocal x priority: spec/http2/stream.yaml:94
    {Disposition::transition, State::ReservedLocal, Code::none, 5, 3, 0},  // ReservedLocal x window_update: spec/http2/stream.yaml:96
    {Disposition::violation, State::ReservedLocal, Code::flow_control, 6, 0, 0},  // ReservedLocal x window_update: spec/http2/stream.yaml:97
    {Disposition::rejected, State::ReservedLocal, Code::not_open, 0, 0, 0},  // ReservedLocal x read: spec/http2/stream.yaml:106
    {Disposition::rejected, State::ReservedLocal, Code::not_open, 0, 0, 0},  // ReservedLocal x cancel: spec/http2/stream.yaml:106
    {Disposition::transition, State::HalfClosedRemote, Code::none, 0, 0, 0},  // ReservedLocal x send_headers: spec/http2/stream.yaml:112
    {Disposition::rejected, State::ReservedLocal, Code::not_idle, 0, 0, 0},  // ReservedLocal x send_push_promise: spec/http2/stream.yaml:117
    {Disposition::rejected, State::ReservedLocal, Code::not_open, 0, 0, 0},  // ReservedLocal x send_data: spec/http2/stream.yaml:106
    {Disposition::rejected, State::ReservedLocal, Code::not_open, 0, 0, 0},  // ReservedLocal x send_end_stream: spec/http2/stream.yaml:106
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // ReservedLocal x connection_error: spec/http2/stream.yaml:126
    {Disposition::transition, State::HalfClosedLocal, Code::none, 0, 0, 0},  // ReservedRemote x headers: spec/http2/stream.yaml:72
    {Disposition::transition, State::Closed, Code::none, 0, 0, 0},  // ReservedRemote x headers_end: spec/http2/stream.yaml:76
    {Disposition::violation, State::ReservedRemote, Code::protocol_error, 0, 0, 0},  // ReservedRemote x push_promise: spec/http2/stream.yaml:81
    {Disposition::violation, State::ReservedRemote, Code::protocol_error, 0, 0, 0},  // ReservedRemote x data: spec/http2/stream.yaml:88
    {Disposition::violation, State::ReservedRemote, Code::protocol_error, 0, 0, 0},  // ReservedRemote x end_stream: spec/http2/stream.yaml:88
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // ReservedRemote x rst_stream: spec/http2/stream.yaml:92
    {Disposition::ignored, State::ReservedRemote, Code::priority, 0, 0, 0},  // ReservedRemote x priority: spec/http2/stream.yaml:94
    {Disposition::violation, State::ReservedRemote, Code::protocol_error, 0, 0, 0},  // ReservedRemote x window_update: spec/http2/stream.yaml:95
    {Disposition::rejected, State::ReservedRemote, Code::not_open, 0, 0, 0},  // ReservedRemote x read: spec/http2/stream.yaml:106
    {Disposition::rejected, State::ReservedRemote, Code::not_open, 0, 0, 0},  // ReservedRemote x cancel: spec/http2/stream.yaml:106
    {Disposition::rejected, State::ReservedRemote, Code::reserved_remote, 0, 0, 0},  // ReservedRemote x send_headers: spec/http2/stream.yaml:114
    {Disposition::rejected, State::ReservedRemote, Code::not_idle, 0, 0, 0},  // ReservedRemote x send_push_promise: spec/http2/stream.yaml:117
    {Disposition::rejected, State::ReservedRemote, Code::not_open, 0, 0, 0},  // ReservedRemote x send_data: spec/http2/stream.yaml:106
    {Disposition::rejected, State::ReservedRemote, Code::not_open, 0, 0, 0},  // ReservedRemote x send_end_stream: spec/http2/stream.yaml:106
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // ReservedRemote x connection_error: spec/http2/stream.yaml:126
    {Disposition::violation, State::Open, Code::protocol_error, 0, 0, 0},  // Open x headers: spec/http2/stream.yaml:73
    {Disposition::transition, State::HalfClosedRemote, Code::none, 0, 0, 0},  // Open x headers_end: spec/http2/stream.yaml:75
    {Disposition::violation, State::Open, Code::protocol_error, 0, 0, 0},  // Open x push_promise: spec/http2/stream.yaml:81
    {Disposition::transition, State::Open, Code::none, 3, 1, 0},  // Open x data: spec/http2/stream.yaml:83
    {Disposition::violation, State::Open, Code::flow_control, 4, 0, 0},  // Open x data: spec/http2/stream.yaml:84
    {Disposition::transition, State::HalfClosedRemote, Code::none, 0, 0, 0},  // Open x end_stream: spec/http2/stream.yaml:85
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // Open x rst_stream: spec/http2/stream.yaml:92
    {Disposition::ignored, State::Open, Code::priority, 0, 0, 0},  // Open x priority: spec/http2/stream.yaml:94
    {Disposition::transition, State::Open, Code::none, 5, 3, 0},  // Open x window_update: spec/http2/stream.yaml:96
    {Disposition::violation, State::Open, Code::flow_control, 6, 0, 0},  // Open x window_update: spec/http2/stream.yaml:97
    {Disposition::transition, State::Open, Code::none, 1, 4, bit(Action::window_update_out)},  // Open x read: spec/http2/stream.yaml:100
    {Disposition::ignored, State::Open, Code::empty, 2, 0, 0},  // Open x read: spec/http2/stream.yaml:101
    {Disposition::transition, State::ResetSent, Code::none, 0, 2, bit(Action::send_rst)},  // Open x cancel: spec/http2/stream.yaml:108
    {Disposition::transition, State::Open, Code::none, 0, 0, 0},  // Open x send_headers: spec/http2/stream.yaml:113
    {Disposition::rejected, State::Open, Code::not_idle, 0, 0, 0},  // Open x send_push_promise: spec/http2/stream.yaml:117
    {Disposition::transition, State::Open, Code::none, 9, 5, 0},  // Open x send_data: spec/http2/stream.yaml:118
    {Disposition::rejected, State::Open, Code::blocked, 10, 0, 0},  // Open x send_data: spec/http2/stream.yaml:119
    {Disposition::transition, State::HalfClosedLocal, Code::none, 0, 0, 0},  // Open x send_end_stream: spec/http2/stream.yaml:121
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // Open x connection_error: spec/http2/stream.yaml:126
    {Disposition::violation, State::HalfClosedLocal, Code::protocol_error, 0, 0, 0},  // HalfClosedLocal x headers: spec/http2/stream.yaml:73
    {Disposition::transition, State::Draining, Code::none, 1, 0, 0},  // HalfClosedLocal x headers_end: spec/http2/stream.yaml:77
    {Disposition::transition, State::Closed, Code::none, 2, 0, 0},  // HalfClosedLocal x headers_end: spec/http2/stream.yaml:78
    {Disposition::violation, State::HalfClosedLocal, Code::protocol_error, 0, 0, 0},  // HalfClosedLocal x push_promise: spec/http2/stream.yaml:81
    {Disposition::transition, State::HalfClosedLocal, Code::none, 3, 1, 0},  // HalfClosedLocal x data: spec/http2/stream.yaml:83
    {Disposition::violation, State::HalfClosedLocal, Code::flow_control, 4, 0, 0},  // HalfClosedLocal x data: spec/http2/stream.yaml:84
    {Disposition::transition, State::Draining, Code::none, 1, 0, 0},  // HalfClosedLocal x end_stream: spec/http2/stream.yaml:86
    {Disposition::transition, State::Closed, Code::none, 2, 0, 0},  // HalfClosedLocal x end_stream: spec/http2/stream.yaml:87
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // HalfClosedLocal x rst_stream: spec/http2/stream.yaml:92
    {Disposition::ignored, State::HalfClosedLocal, Code::priority, 0, 0, 0},  // HalfClosedLocal x priority: spec/http2/stream.yaml:94
    {Disposition::transition, State::HalfClosedLocal, Code::none, 5, 3, 0},  // HalfClosedLocal x window_update: spec/http2/stream.yaml:96
    {Disposition::violation, State::HalfClosedLocal, Code::flow_control, 6, 0, 0},  // HalfClosedLocal x window_update: spec/http2/stream.yaml:97
    {Disposition::transition, State::HalfClosedLocal, Code::none, 1, 4, bit(Action::window_update_out)},  // HalfClosedLocal x read: spec/http2/stream.yaml:100
    {Disposition::ignored, State::HalfClosedLocal, Code::empty, 2, 0, 0},  // HalfClosedLocal x read: spec/http2/stream.yaml:101
    {Disposition::transition, State::ResetSent, Code::none, 0, 2, bit(Action::send_rst)},  // HalfClosedLocal x cancel: spec/http2/stream.yaml:108
    {Disposition::rejected, State::HalfClosedLocal, Code::end_stream_sent, 0, 0, 0},  // HalfClosedLocal x send_headers: spec/http2/stream.yaml:115
    {Disposition::rejected, State::HalfClosedLocal, Code::not_idle, 0, 0, 0},  // HalfClosedLocal x send_push_promise: spec/http2/stream.yaml:117
    {Disposition::rejected, State::HalfClosedLocal, Code::end_stream_sent, 0, 0, 0},  // HalfClosedLocal x send_data: spec/http2/stream.yaml:120
    {Disposition::rejected, State::HalfClosedLocal, Code::end_stream_sent, 0, 0, 0},  // HalfClosedLocal x send_end_stream: spec/http2/stream.yaml:120
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // HalfClosedLocal x connection_error: spec/http2/stream.yaml:126
    {Disposition::violation, State::HalfClosedRemote, Code::stream_closed, 0, 0, 0},  // HalfClosedRemote x headers: spec/http2/stream.yaml:74
    {Disposition::violation, State::HalfClosedRemote, Code::stream_closed, 0, 0, 0},  // HalfClosedRemote x headers_end: spec/http2/stream.yaml:74
    {Disposition::violation, State::HalfClosedRemote, Code::protocol_error, 0, 0, 0},  // HalfClosedRemote x push_promise: spec/http2/stream.yaml:81
    {Disposition::violation, State::HalfClosedRemote, Code::stream_closed, 0, 0, 0},  // HalfClosedRemote x data: spec/http2/stream.yaml:89
    {Disposition::violation, State::HalfClosedRemote, Code::stream_closed, 0, 0, 0},  // HalfClosedRemote x end_stream: spec/http2/stream.yaml:74
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // HalfClosedRemote x rst_stream: spec/http2/stream.yaml:92
    {Disposition::ignored, State::HalfClosedRemote, Code::priority, 0, 0, 0},  // HalfClosedRemote x priority: spec/http2/stream.yaml:94
    {Disposition::transition, State::HalfClosedRemote, Code::none, 5, 3, 0},  // HalfClosedRemote x window_update: spec/http2/stream.yaml:96
    {Disposition::violation, State::HalfClosedRemote, Code::flow_control, 6, 0, 0},  // HalfClosedRemote x window_update: spec/http2/stream.yaml:97
    {Disposition::transition, State::HalfClosedRemote, Code::none, 1, 4, bit(Action::window_update_out)},  // HalfClosedRemote x read: spec/http2/stream.yaml:100
    {Disposition::rejected, State::HalfClosedRemote, Code::end_of_stream, 2, 0, 0},  // HalfClosedRemote x read: spec/http2/stream.yaml:102
    {Disposition::transition, State::Closed, Code::none, 0, 2, bit(Action::send_rst)},  // HalfClosedRemote x cancel: spec/http2/stream.yaml:109
    {Disposition::transition, State::HalfClosedRemote, Code::none, 0, 0, 0},  // HalfClosedRemote x send_headers: spec/http2/stream.yaml:113
    {Disposition::rejected, State::HalfClosedRemote, Code::not_idle, 0, 0, 0},  // HalfClosedRemote x send_push_promise: spec/http2/stream.yaml:117
    {Disposition::transition, State::HalfClosedRemote, Code::none, 9, 5, 0},  // HalfClosedRemote x send_data: spec/http2/stream.yaml:118
    {Disposition::rejected, State::HalfClosedRemote, Code::blocked, 10, 0, 0},  // HalfClosedRemote x send_data: spec/http2/stream.yaml:119
    {Disposition::transition, State::Closed, Code::none, 2, 0, 0},  // HalfClosedRemote x send_end_stream: spec/http2/stream.yaml:122
    {Disposition::transition, State::Draining, Code::none, 1, 0, 0},  // HalfClosedRemote x send_end_stream: spec/http2/stream.yaml:123
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // HalfClosedRemote x connection_error: spec/http2/stream.yaml:126
    {Disposition::violation, State::Draining, Code::stream_closed, 0, 0, 0},  // Draining x headers: spec/http2/stream.yaml:74
    {Disposition::violation, State::Draining, Code::stream_closed, 0, 0, 0},  // Draining x headers_end: spec/http2/stream.yaml:74
    {Disposition::violation, State::Draining, Code::protocol_error, 0, 0, 0},  // Draining x push_promise: spec/http2/stream.yaml:81
    {Disposition::violation, State::Draining, Code::stream_closed, 0, 0, 0},  // Draining x data: spec/http2/stream.yaml:89
    {Disposition::violation, State::Draining, Code::stream_closed, 0, 0, 0},  // Draining x end_stream: spec/http2/stream.yaml:74
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // Draining x rst_stream: spec/http2/stream.yaml:92
    {Disposition::ignored, State::Draining, Code::priority, 0, 0, 0},  // Draining x priority: spec/http2/stream.yaml:94
    {Disposition::transition, State::Draining, Code::none, 5, 3, 0},  // Draining x window_update: spec/http2/stream.yaml:96
    {Disposition::violation, State::Draining, Code::flow_control, 6, 0, 0},  // Draining x window_update: spec/http2/stream.yaml:97
    {Disposition::transition, State::Draining, Code::none, 7, 4, bit(Action::window_update_out)},  // Draining x read: spec/http2/stream.yaml:103
    {Disposition::transition, State::Closed, Code::none, 8, 2, bit(Action::window_update_out)},  // Draining x read: spec/http2/stream.yaml:104
    {Disposition::rejected, State::Draining, Code::end_of_stream, 2, 0, 0},  // Draining x read: spec/http2/stream.yaml:105
    {Disposition::transition, State::Closed, Code::none, 0, 2, bit(Action::send_rst)},  // Draining x cancel: spec/http2/stream.yaml:109
    {Disposition::rejected, State::Draining, Code::end_stream_sent, 0, 0, 0},  // Draining x send_headers: spec/http2/stream.yaml:115
    {Disposition::rejected, State::Draining, Code::not_idle, 0, 0, 0},  // Draining x send_push_promise: spec/http2/stream.yaml:117
    {Disposition::rejected, State::Draining, Code::end_stream_sent, 0, 0, 0},  // Draining x send_data: spec/http2/stream.yaml:120
    {Disposition::rejected, State::Draining, Code::end_stream_sent, 0, 0, 0},  // Draining x send_end_stream: spec/http2/stream.yaml:120
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // Draining x connection_error: spec/http2/stream.yaml:126
    {Disposition::violation, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x headers: spec/http2/stream.yaml:74
    {Disposition::violation, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x headers_end: spec/http2/stream.yaml:74
    {Disposition::violation, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x push_promise: spec/http2/stream.yaml:82
    {Disposition::violation, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x data: spec/http2/stream.yaml:89
    {Disposition::violation, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x end_stream: spec/http2/stream.yaml:74
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x rst_stream: spec/http2/stream.yaml:93
    {Disposition::ignored, State::Closed, Code::priority, 0, 0, 0},  // Closed x priority: spec/http2/stream.yaml:94
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x window_update: spec/http2/stream.yaml:98
    {Disposition::rejected, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x read: spec/http2/stream.yaml:107
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x cancel: spec/http2/stream.yaml:110
    {Disposition::rejected, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x send_headers: spec/http2/stream.yaml:107
    {Disposition::rejected, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x send_push_promise: spec/http2/stream.yaml:107
    {Disposition::rejected, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x send_data: spec/http2/stream.yaml:107
    {Disposition::rejected, State::Closed, Code::stream_closed, 0, 0, 0},  // Closed x send_end_stream: spec/http2/stream.yaml:107
    {Disposition::ignored, State::Closed, Code::closed, 0, 0, 0},  // Closed x connection_error: spec/http2/stream.yaml:127
    {Disposition::ignored, State::ResetSent, Code::after_reset, 0, 0, 0},  // ResetSent x headers: spec/http2/stream.yaml:90
    {Disposition::ignored, State::ResetSent, Code::after_reset, 0, 0, 0},  // ResetSent x headers_end: spec/http2/stream.yaml:90
    {Disposition::ignored, State::ResetSent, Code::after_reset, 0, 0, 0},  // ResetSent x push_promise: spec/http2/stream.yaml:90
    {Disposition::ignored, State::ResetSent, Code::after_reset, 0, 0, 0},  // ResetSent x data: spec/http2/stream.yaml:90
    {Disposition::ignored, State::ResetSent, Code::after_reset, 0, 0, 0},  // ResetSent x end_stream: spec/http2/stream.yaml:90
    {Disposition::ignored, State::ResetSent, Code::closed, 0, 0, 0},  // ResetSent x rst_stream: spec/http2/stream.yaml:93
    {Disposition::ignored, State::ResetSent, Code::priority, 0, 0, 0},  // ResetSent x priority: spec/http2/stream.yaml:94
    {Disposition::ignored, State::ResetSent, Code::closed, 0, 0, 0},  // ResetSent x window_update: spec/http2/stream.yaml:98
    {Disposition::rejected, State::ResetSent, Code::stream_closed, 0, 0, 0},  // ResetSent x read: spec/http2/stream.yaml:107
    {Disposition::ignored, State::ResetSent, Code::closed, 0, 0, 0},  // ResetSent x cancel: spec/http2/stream.yaml:110
    {Disposition::rejected, State::ResetSent, Code::stream_closed, 0, 0, 0},  // ResetSent x send_headers: spec/http2/stream.yaml:107
    {Disposition::rejected, State::ResetSent, Code::stream_closed, 0, 0, 0},  // ResetSent x send_push_promise: spec/http2/stream.yaml:107
    {Disposition::rejected, State::ResetSent, Code::stream_closed, 0, 0, 0},  // ResetSent x send_data: spec/http2/stream.yaml:107
    {Disposition::rejected, State::ResetSent, Code::stream_closed, 0, 0, 0},  // ResetSent x send_end_stream: spec/http2/stream.yaml:107
    {Disposition::ignored, State::ResetSent, Code::closed, 0, 0, 0},  // ResetSent x connection_error: spec/http2/stream.yaml:127
}};

/// cells[state * event_count + event]: the cell's range in rows.
inline constexpr std::array<phasegen::Cell, state_count * event_count> cells = {{
    {0, 1},  // Idle x headers
    {1, 1},  // Idle x headers_end
    {2, 1},  // Idle x push_promise
    {3, 1},  // Idle x data
    {4, 1},  // Idle x end_stream
    {5, 1},  // Idle x rst_stream
    {6, 1},  // Idle x priority
    {7, 1},  // Idle x window_update
    {8, 1},  // Idle x read
    {9, 1},  // Idle x cancel
    {10, 1},  // Idle x send_headers
    {11, 1},  // Idle x send_push_promise
    {12, 1},  // Idle x send_data
    {13, 1},  // Idle x send_end_stream
    {14, 1},  // Idle x connection_error
    {15, 1},  // ReservedLocal x headers
    {16, 1},  // ReservedLocal x headers_end
    {17, 1},  // ReservedLocal x push_promise
    {18, 1},  // ReservedLocal x data
    {19, 1},  // ReservedLocal x end_stream
    {20, 1},  // ReservedLocal x rst_stream
    {21, 1},  // ReservedLocal x priority
    {22, 2},  // ReservedLocal x window_update
    {24, 1},  // ReservedLocal x read
    {25, 1},  // ReservedLocal x cancel
    {26, 1},  // ReservedLocal x send_headers
    {27, 1},  // ReservedLocal x send_push_promise
    {28, 1},  // ReservedLocal x send_data
    {29, 1},  // ReservedLocal x send_end_stream
    {30, 1},  // ReservedLocal x connection_error
    {31, 1},  // ReservedRemote x headers
    {32, 1},  // ReservedRemote x headers_end
    {33, 1},  // ReservedRemote x push_promise
    {34, 1},  // ReservedRemote x data
    {35, 1},  // ReservedRemote x end_stream
    {36, 1},  // ReservedRemote x rst_stream
    {37, 1},  // ReservedRemote x priority
    {38, 1},  // ReservedRemote x window_update
    {39, 1},  // ReservedRemote x read
    {40, 1},  // ReservedRemote x cancel
    {41, 1},  // ReservedRemote x send_headers
    {42, 1},  // ReservedRemote x send_push_promise
    {43, 1},  // ReservedRemote x send_data
    {44, 1},  // ReservedRemote x send_end_stream
    {45, 1},  // ReservedRemote x connection_error
    {46, 1},  // Open x headers
    {47, 1},  // Open x headers_end
    {48, 1},  // Open x push_promise
    {49, 2},  // Open x data
    {51, 1},  // Open x end_stream
    {52, 1},  // Open x rst_stream
    {53, 1},  // Open x priority
    {54, 2},  // Open x window_update
    {56, 2},  // Open x read
    {58, 1},  // Open x cancel
    {59, 1},  // Open x send_headers
    {60, 1},  // Open x send_push_promise
    {61, 2},  // Open x send_data
    {63, 1},  // Open x send_end_stream
    {64, 1},  // Open x connection_error
    {65, 1},  // HalfClosedLocal x headers
    {66, 2},  // HalfClosedLocal x headers_end
    {68, 1},  // HalfClosedLocal x push_promise
    {69, 2},  // HalfClosedLocal x data
    {71, 2},  // HalfClosedLocal x end_stream
    {73, 1},  // HalfClosedLocal x rst_stream
    {74, 1},  // HalfClosedLocal x priority
    {75, 2},  // HalfClosedLocal x window_update
    {77, 2},  // HalfClosedLocal x read
    {79, 1},  // HalfClosedLocal x cancel
    {80, 1},  // HalfClosedLocal x send_headers
    {81, 1},  // HalfClosedLocal x send_push_promise
    {82, 1},  // HalfClosedLocal x send_data
    {83, 1},  // HalfClosedLocal x send_end_stream
    {84, 1},  // HalfClosedLocal x connection_error
    {85, 1},  // HalfClosedRemote x headers
    {86, 1},  // HalfClosedRemote x headers_end
    {87, 1},  // HalfClosedRemote x push_promise
    {88, 1},  // HalfClosedRemote x data
    {89, 1},  // HalfClosedRemote x end_stream
    {90, 1},  // HalfClosedRemote x rst_stream
    {91, 1},  // HalfClosedRemote x priority
    {92, 2},  // HalfClosedRemote x window_update
    {94, 2},  // HalfClosedRemote x read
    {96, 1},  // HalfClosedRemote x cancel
    {97, 1},  // HalfClosedRemote x send_headers
    {98, 1},  // HalfClosedRemote x send_push_promise
    {99, 2},  // HalfClosedRemote x send_data
    {101, 2},  // HalfClosedRemote x send_end_stream
    {103, 1},  // HalfClosedRemote x connection_error
    {104, 1},  // Draining x headers
    {105, 1},  // Draining x headers_end
    {106, 1},  // Draining x push_promise
    {107, 1},  // Draining x data
    {108, 1},  // Draining x end_stream
    {109, 1},  // Draining x rst_stream
    {110, 1},  // Draining x priority
    {111, 2},  // Draining x window_update
    {113, 3},  // Draining x read
    {116, 1},  // Draining x cancel
    {117, 1},  // Draining x send_headers
    {118, 1},  // Draining x send_push_promise
    {119, 1},  // Draining x send_data
    {120, 1},  // Draining x send_end_stream
    {121, 1},  // Draining x connection_error
    {122, 1},  // Closed x headers
    {123, 1},  // Closed x headers_end
    {124, 1},  // Closed x push_promise
    {125, 1},  // Closed x data
    {126, 1},  // Closed x end_stream
    {127, 1},  // Closed x rst_stream
    {128, 1},  // Closed x priority
    {129, 1},  // Closed x window_update
    {130, 1},  // Closed x read
    {131, 1},  // Closed x cancel
    {132, 1},  // Closed x send_headers
    {133, 1},  // Closed x send_push_promise
    {134, 1},  // Closed x send_data
    {135, 1},  // Closed x send_end_stream
    {136, 1},  // Closed x connection_error
    {137, 1},  // ResetSent x headers
    {138, 1},  // ResetSent x headers_end
    {139, 1},  // ResetSent x push_promise
    {140, 1},  // ResetSent x data
    {141, 1},  // ResetSent x end_stream
    {142, 1},  // ResetSent x rst_stream
    {143, 1},  // ResetSent x priority
    {144, 1},  // ResetSent x window_update
    {145, 1},  // ResetSent x read
    {146, 1},  // ResetSent x cancel
    {147, 1},  // ResetSent x send_headers
    {148, 1},  // ResetSent x send_push_promise
    {149, 1},  // ResetSent x send_data
    {150, 1},  // ResetSent x send_end_stream
    {151, 1},  // ResetSent x connection_error
}};

static_assert(rows.size() == 152 && cells.size() == 135, "table sizes");
static_assert(cells.back().first + cells.back().count == rows.size(), "cells cover rows densely");
static_assert(static_cast<std::size_t>(State::ResetSent) + 1 == state_count, "dense state ids");
static_assert(static_cast<std::size_t>(Event::connection_error) + 1 == event_count, "dense event ids");

/// One step: dispatch `e` in configuration `c`, updating `c` in place. Generated as a
/// switch so that the compiler sees the control flow; it agrees with table_step on every
/// cell (tested). The last row of each cell needs no test: totality was proven.
[[nodiscard]] constexpr Outcome step(Config& c, Event e, [[maybe_unused]] const Args& a = Args{}) noexcept {
  [[maybe_unused]] Vars& v = c.vars;
  const State from = c.state;
  if (!args_in_range(e, a)) [[unlikely]] return {Disposition::violation, from, from, Code::none, 0};
  switch (from) {
    case State::Idle:
      switch (e) {
        case Event::headers:
          // spec/http2/stream.yaml:71
          c.state = State::Open;
          return {Disposition::transition, from, State::Open, Code::none, 0};
        case Event::headers_end:
          // spec/http2/stream.yaml:75
          c.state = State::HalfClosedRemote;
          return {Disposition::transition, from, State::HalfClosedRemote, Code::none, 0};
        case Event::push_promise:
          // spec/http2/stream.yaml:80
          c.state = State::ReservedRemote;
          return {Disposition::transition, from, State::ReservedRemote, Code::none, 0};
        case Event::data:
        case Event::end_stream:
          // spec/http2/stream.yaml:88
          return {Disposition::violation, from, State::Idle, Code::protocol_error, 0};
        case Event::rst_stream:
          // spec/http2/stream.yaml:91
          return {Disposition::violation, from, State::Idle, Code::protocol_error, 0};
        case Event::priority:
          // spec/http2/stream.yaml:94
          return {Disposition::ignored, from, State::Idle, Code::priority, 0};
        case Event::window_update:
          // spec/http2/stream.yaml:95
          return {Disposition::violation, from, State::Idle, Code::protocol_error, 0};
        case Event::read:
        case Event::cancel:
        case Event::send_data:
        case Event::send_end_stream:
          // spec/http2/stream.yaml:106
          return {Disposition::rejected, from, State::Idle, Code::not_open, 0};
        case Event::send_headers:
          // spec/http2/stream.yaml:111
          c.state = State::Open;
          return {Disposition::transition, from, State::Open, Code::none, 0};
        case Event::send_push_promise:
          // spec/http2/stream.yaml:116
          c.state = State::ReservedLocal;
          return {Disposition::transition, from, State::ReservedLocal, Code::none, 0};
        case Event::connection_error:
          // spec/http2/stream.yaml:125
          return {Disposition::ignored, from, State::Idle, Code::idle, 0};
      }
      break;
    case State::ReservedLocal:
      switch (e) {
        case Event::headers:
          // spec/http2/stream.yaml:73
          return {Disposition::violation, from, State::ReservedLocal, Code::protocol_error, 0};
        case Event::headers_end:
          // spec/http2/stream.yaml:79
          return {Disposition::violation, from, State::ReservedLocal, Code::protocol_error, 0};
        case Event::push_promise:
          // spec/http2/stream.yaml:81
          return {Disposition::violation, from, State::ReservedLocal, Code::protocol_error, 0};
        case Event::data:
        case Event::end_stream:
          // spec/http2/stream.yaml:88
          return {Disposition::violation, from, State::ReservedLocal, Code::protocol_error, 0};
        case Event::rst_stream:
          // spec/http2/stream.yaml:92
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::priority:
          // spec/http2/stream.yaml:94
          return {Disposition::ignored, from, State::ReservedLocal, Code::priority, 0};
        case Event::window_update:
          if (v.send_window + a.n <= params::max_window) {  // spec/http2/stream.yaml:96
            v.send_window = static_cast<std::uint8_t>(v.send_window + a.n);
            c.state = State::ReservedLocal;
            return {Disposition::transition, from, State::ReservedLocal, Code::none, 0};
          }
          // v.send_window + a.n > params::max_window: spec/http2/stream.yaml:97
          return {Disposition::violation, from, State::ReservedLocal, Code::flow_control, 0};
        case Event::read:
        case Event::cancel:
        case Event::send_data:
        case Event::send_end_stream:
          // spec/http2/stream.yaml:106
          return {Disposition::rejected, from, State::ReservedLocal, Code::not_open, 0};
        case Event::send_headers:
          // spec/http2/stream.yaml:112
          c.state = State::HalfClosedRemote;
          return {Disposition::transition, from, State::HalfClosedRemote, Code::none, 0};
        case Event::send_push_promise:
          // spec/http2/stream.yaml:117
          return {Disposition::rejected, from, State::ReservedLocal, Code::not_idle, 0};
        case Event::connection_error:
          // spec/http2/stream.yaml:126
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
      }
      break;
    case State::ReservedRemote:
      switch (e) {
        case Event::headers:
          // spec/http2/stream.yaml:72
          c.state = State::HalfClosedLocal;
          return {Disposition::transition, from, State::HalfClosedLocal, Code::none, 0};
        case Event::headers_end:
          // spec/http2/stream.yaml:76
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::push_promise:
          // spec/http2/stream.yaml:81
          return {Disposition::violation, from, State::ReservedRemote, Code::protocol_error, 0};
        case Event::data:
        case Event::end_stream:
          // spec/http2/stream.yaml:88
          return {Disposition::violation, from, State::ReservedRemote, Code::protocol_error, 0};
        case Event::rst_stream:
          // spec/http2/stream.yaml:92
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::priority:
          // spec/http2/stream.yaml:94
          return {Disposition::ignored, from, State::ReservedRemote, Code::priority, 0};
        case Event::window_update:
          // spec/http2/stream.yaml:95
          return {Disposition::violation, from, State::ReservedRemote, Code::protocol_error, 0};
        case Event::read:
        case Event::cancel:
        case Event::send_data:
        case Event::send_end_stream:
          // spec/http2/stream.yaml:106
          return {Disposition::rejected, from, State::ReservedRemote, Code::not_open, 0};
        case Event::send_headers:
          // spec/http2/stream.yaml:114
          return {Disposition::rejected, from, State::ReservedRemote, Code::reserved_remote, 0};
        case Event::send_push_promise:
          // spec/http2/stream.yaml:117
          return {Disposition::rejected, from, State::ReservedRemote, Code::not_idle, 0};
        case Event::connection_error:
          // spec/http2/stream.yaml:126
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
      }
      break;
    case State::Open:
      switch (e) {
        case Event::headers:
          // spec/http2/stream.yaml:73
          return {Disposition::violation, from, State::Open, Code::protocol_error, 0};
        case Event::headers_end:
          // spec/http2/stream.yaml:75
          c.state = State::HalfClosedRemote;
          return {Disposition::transition, from, State::HalfClosedRemote, Code::none, 0};
        case Event::push_promise:
          // spec/http2/stream.yaml:81
          return {Disposition::violation, from, State::Open, Code::protocol_error, 0};
        case Event::data:
          if (v.buffered < params::buf) {  // spec/http2/stream.yaml:83
            v.buffered = static_cast<std::uint8_t>(v.buffered + 1);
            c.state = State::Open;
            return {Disposition::transition, from, State::Open, Code::none, 0};
          }
          // v.buffered == params::buf: spec/http2/stream.yaml:84
          return {Disposition::violation, from, State::Open, Code::flow_control, 0};
        case Event::end_stream:
          // spec/http2/stream.yaml:85
          c.state = State::HalfClosedRemote;
          return {Disposition::transition, from, State::HalfClosedRemote, Code::none, 0};
        case Event::rst_stream:
          // spec/http2/stream.yaml:92
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::priority:
          // spec/http2/stream.yaml:94
          return {Disposition::ignored, from, State::Open, Code::priority, 0};
        case Event::window_update:
          if (v.send_window + a.n <= params::max_window) {  // spec/http2/stream.yaml:96
            v.send_window = static_cast<std::uint8_t>(v.send_window + a.n);
            c.state = State::Open;
            return {Disposition::transition, from, State::Open, Code::none, 0};
          }
          // v.send_window + a.n > params::max_window: spec/http2/stream.yaml:97
          return {Disposition::violation, from, State::Open, Code::flow_control, 0};
        case Event::read:
          if (v.buffered > 0) {  // spec/http2/stream.yaml:100
            v.buffered = static_cast<std::uint8_t>(v.buffered - 1);
            c.state = State::Open;
            return {Disposition::transition, from, State::Open, Code::none, bit(Action::window_update_out)};
          }
          // v.buffered == 0: spec/http2/stream.yaml:101
          return {Disposition::ignored, from, State::Open, Code::empty, 0};
        case Event::cancel:
          // spec/http2/stream.yaml:108
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::ResetSent;
          return {Disposition::transition, from, State::ResetSent, Code::none, bit(Action::send_rst)};
        case Event::send_headers:
          // spec/http2/stream.yaml:113
          c.state = State::Open;
          return {Disposition::transition, from, State::Open, Code::none, 0};
        case Event::send_push_promise:
          // spec/http2/stream.yaml:117
          return {Disposition::rejected, from, State::Open, Code::not_idle, 0};
        case Event::send_data:
          if (v.send_window > 0) {  // spec/http2/stream.yaml:118
            v.send_window = static_cast<std::uint8_t>(v.send_window - 1);
            c.state = State::Open;
            return {Disposition::transition, from, State::Open, Code::none, 0};
          }
          // v.send_window == 0: spec/http2/stream.yaml:119
          return {Disposition::rejected, from, State::Open, Code::blocked, 0};
        case Event::send_end_stream:
          // spec/http2/stream.yaml:121
          c.state = State::HalfClosedLocal;
          return {Disposition::transition, from, State::HalfClosedLocal, Code::none, 0};
        case Event::connection_error:
          // spec/http2/stream.yaml:126
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
      }
      break;
    case State::HalfClosedLocal:
      switch (e) {
        case Event::headers:
          // spec/http2/stream.yaml:73
          return {Disposition::violation, from, State::HalfClosedLocal, Code::protocol_error, 0};
        case Event::headers_end:
          if (v.buffered > 0) {  // spec/http2/stream.yaml:77
            c.state = State::Draining;
            return {Disposition::transition, from, State::Draining, Code::none, 0};
          }
          // v.buffered == 0: spec/http2/stream.yaml:78
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::push_promise:
          // spec/http2/stream.yaml:81
          return {Disposition::violation, from, State::HalfClosedLocal, Code::protocol_error, 0};
        case Event::data:
          if (v.buffered < params::buf) {  // spec/http2/stream.yaml:83
            v.buffered = static_cast<std::uint8_t>(v.buffered + 1);
            c.state = State::HalfClosedLocal;
            return {Disposition::transition, from, State::HalfClosedLocal, Code::none, 0};
          }
          // v.buffered == params::buf: spec/http2/stream.yaml:84
          return {Disposition::violation, from, State::HalfClosedLocal, Code::flow_control, 0};
        case Event::end_stream:
          if (v.buffered > 0) {  // spec/http2/stream.yaml:86
            c.state = State::Draining;
            return {Disposition::transition, from, State::Draining, Code::none, 0};
          }
          // v.buffered == 0: spec/http2/stream.yaml:87
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::rst_stream:
          // spec/http2/stream.yaml:92
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::priority:
          // spec/http2/stream.yaml:94
          return {Disposition::ignored, from, State::HalfClosedLocal, Code::priority, 0};
        case Event::window_update:
          if (v.send_window + a.n <= params::max_window) {  // spec/http2/stream.yaml:96
            v.send_window = static_cast<std::uint8_t>(v.send_window + a.n);
            c.state = State::HalfClosedLocal;
            return {Disposition::transition, from, State::HalfClosedLocal, Code::none, 0};
          }
          // v.send_window + a.n > params::max_window: spec/http2/stream.yaml:97
          return {Disposition::violation, from, State::HalfClosedLocal, Code::flow_control, 0};
        case Event::read:
          if (v.buffered > 0) {  // spec/http2/stream.yaml:100
            v.buffered = static_cast<std::uint8_t>(v.buffered - 1);
            c.state = State::HalfClosedLocal;
            return {Disposition::transition, from, State::HalfClosedLocal, Code::none, bit(Action::window_update_out)};
          }
          // v.buffered == 0: spec/http2/stream.yaml:101
          return {Disposition::ignored, from, State::HalfClosedLocal, Code::empty, 0};
        case Event::cancel:
          // spec/http2/stream.yaml:108
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::ResetSent;
          return {Disposition::transition, from, State::ResetSent, Code::none, bit(Action::send_rst)};
        case Event::send_headers:
          // spec/http2/stream.yaml:115
          return {Disposition::rejected, from, State::HalfClosedLocal, Code::end_stream_sent, 0};
        case Event::send_push_promise:
          // spec/http2/stream.yaml:117
          return {Disposition::rejected, from, State::HalfClosedLocal, Code::not_idle, 0};
        case Event::send_data:
        case Event::send_end_stream:
          // spec/http2/stream.yaml:120
          return {Disposition::rejected, from, State::HalfClosedLocal, Code::end_stream_sent, 0};
        case Event::connection_error:
          // spec/http2/stream.yaml:126
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
      }
      break;
    case State::HalfClosedRemote:
      switch (e) {
        case Event::headers:
        case Event::headers_end:
        case Event::end_stream:
          // spec/http2/stream.yaml:74
          return {Disposition::violation, from, State::HalfClosedRemote, Code::stream_closed, 0};
        case Event::push_promise:
          // spec/http2/stream.yaml:81
          return {Disposition::violation, from, State::HalfClosedRemote, Code::protocol_error, 0};
        case Event::data:
          // spec/http2/stream.yaml:89
          return {Disposition::violation, from, State::HalfClosedRemote, Code::stream_closed, 0};
        case Event::rst_stream:
          // spec/http2/stream.yaml:92
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::priority:
          // spec/http2/stream.yaml:94
          return {Disposition::ignored, from, State::HalfClosedRemote, Code::priority, 0};
        case Event::window_update:
          if (v.send_window + a.n <= params::max_window) {  // spec/http2/stream.yaml:96
            v.send_window = static_cast<std::uint8_t>(v.send_window + a.n);
            c.state = State::HalfClosedRemote;
            return {Disposition::transition, from, State::HalfClosedRemote, Code::none, 0};
          }
          // v.send_window + a.n > params::max_window: spec/http2/stream.yaml:97
          return {Disposition::violation, from, State::HalfClosedRemote, Code::flow_control, 0};
        case Event::read:
          if (v.buffered > 0) {  // spec/http2/stream.yaml:100
            v.buffered = static_cast<std::uint8_t>(v.buffered - 1);
            c.state = State::HalfClosedRemote;
            return {Disposition::transition, from, State::HalfClosedRemote, Code::none, bit(Action::window_update_out)};
          }
          // v.buffered == 0: spec/http2/stream.yaml:102
          return {Disposition::rejected, from, State::HalfClosedRemote, Code::end_of_stream, 0};
        case Event::cancel:
          // spec/http2/stream.yaml:109
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::send_rst)};
        case Event::send_headers:
          // spec/http2/stream.yaml:113
          c.state = State::HalfClosedRemote;
          return {Disposition::transition, from, State::HalfClosedRemote, Code::none, 0};
        case Event::send_push_promise:
          // spec/http2/stream.yaml:117
          return {Disposition::rejected, from, State::HalfClosedRemote, Code::not_idle, 0};
        case Event::send_data:
          if (v.send_window > 0) {  // spec/http2/stream.yaml:118
            v.send_window = static_cast<std::uint8_t>(v.send_window - 1);
            c.state = State::HalfClosedRemote;
            return {Disposition::transition, from, State::HalfClosedRemote, Code::none, 0};
          }
          // v.send_window == 0: spec/http2/stream.yaml:119
          return {Disposition::rejected, from, State::HalfClosedRemote, Code::blocked, 0};
        case Event::send_end_stream:
          if (v.buffered == 0) {  // spec/http2/stream.yaml:122
            c.state = State::Closed;
            return {Disposition::transition, from, State::Closed, Code::none, 0};
          }
          // v.buffered > 0: spec/http2/stream.yaml:123
          c.state = State::Draining;
          return {Disposition::transition, from, State::Draining, Code::none, 0};
        case Event::connection_error:
          // spec/http2/stream.yaml:126
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
      }
      break;
    case State::Draining:
      switch (e) {
        case Event::headers:
        case Event::headers_end:
        case Event::end_stream:
          // spec/http2/stream.yaml:74
          return {Disposition::violation, from, State::Draining, Code::stream_closed, 0};
        case Event::push_promise:
          // spec/http2/stream.yaml:81
          return {Disposition::violation, from, State::Draining, Code::protocol_error, 0};
        case Event::data:
          // spec/http2/stream.yaml:89
          return {Disposition::violation, from, State::Draining, Code::stream_closed, 0};
        case Event::rst_stream:
          // spec/http2/stream.yaml:92
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::priority:
          // spec/http2/stream.yaml:94
          return {Disposition::ignored, from, State::Draining, Code::priority, 0};
        case Event::window_update:
          if (v.send_window + a.n <= params::max_window) {  // spec/http2/stream.yaml:96
            v.send_window = static_cast<std::uint8_t>(v.send_window + a.n);
            c.state = State::Draining;
            return {Disposition::transition, from, State::Draining, Code::none, 0};
          }
          // v.send_window + a.n > params::max_window: spec/http2/stream.yaml:97
          return {Disposition::violation, from, State::Draining, Code::flow_control, 0};
        case Event::read:
          if (v.buffered > 1) {  // spec/http2/stream.yaml:103
            v.buffered = static_cast<std::uint8_t>(v.buffered - 1);
            c.state = State::Draining;
            return {Disposition::transition, from, State::Draining, Code::none, bit(Action::window_update_out)};
          }
          if (v.buffered == 1) {  // spec/http2/stream.yaml:104
            v.buffered = static_cast<std::uint8_t>(0);
            c.state = State::Closed;
            return {Disposition::transition, from, State::Closed, Code::none, bit(Action::window_update_out)};
          }
          // v.buffered == 0: spec/http2/stream.yaml:105
          return {Disposition::rejected, from, State::Draining, Code::end_of_stream, 0};
        case Event::cancel:
          // spec/http2/stream.yaml:109
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, bit(Action::send_rst)};
        case Event::send_headers:
          // spec/http2/stream.yaml:115
          return {Disposition::rejected, from, State::Draining, Code::end_stream_sent, 0};
        case Event::send_push_promise:
          // spec/http2/stream.yaml:117
          return {Disposition::rejected, from, State::Draining, Code::not_idle, 0};
        case Event::send_data:
        case Event::send_end_stream:
          // spec/http2/stream.yaml:120
          return {Disposition::rejected, from, State::Draining, Code::end_stream_sent, 0};
        case Event::connection_error:
          // spec/http2/stream.yaml:126
          v.buffered = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
      }
      break;
    case State::Closed:
      switch (e) {
        case Event::headers:
        case Event::headers_end:
        case Event::end_stream:
          // spec/http2/stream.yaml:74
          return {Disposition::violation, from, State::Closed, Code::stream_closed, 0};
        case Event::push_promise:
          // spec/http2/stream.yaml:82
          return {Disposition::violation, from, State::Closed, Code::stream_closed, 0};
        case Event::data:
          // spec/http2/stream.yaml:89
          return {Disposition::violation, from, State::Closed, Code::stream_closed, 0};
        case Event::rst_stream:
          // spec/http2/stream.yaml:93
          return {Disposition::ignored, from, State::Closed, Code::closed, 0};
        case Event::priority:
          // spec/http2/stream.yaml:94
          return {Disposition::ignored, from, State::Closed, Code::priority, 0};
        case Event::window_update:
          // spec/http2/stream.yaml:98
          return {Disposition::ignored, from, State::Closed, Code::closed, 0};
        case Event::read:
        case Event::send_headers:
        case Event::send_push_promise:
        case Event::send_data:
        case Event::send_end_stream:
          // spec/http2/stream.yaml:107
          return {Disposition::rejected, from, State::Closed, Code::stream_closed, 0};
        case Event::cancel:
          // spec/http2/stream.yaml:110
          return {Disposition::ignored, from, State::Closed, Code::closed, 0};
        case Event::connection_error:
          // spec/http2/stream.yaml:127
          return {Disposition::ignored, from, State::Closed, Code::closed, 0};
      }
      break;
    case State::ResetSent:
      switch (e) {
        case Event::headers:
        case Event::headers_end:
        case Event::push_promise:
        case Event::data:
        case Event::end_stream:
          // spec/http2/stream.yaml:90
          return {Disposition::ignored, from, State::ResetSent, Code::after_reset, 0};
        case Event::rst_stream:
          // spec/http2/stream.yaml:93
          return {Disposition::ignored, from, State::ResetSent, Code::closed, 0};
        case Event::priority:
          // spec/http2/stream.yaml:94
          return {Disposition::ignored, from, State::ResetSent, Code::priority, 0};
        case Event::window_update:
          // spec/http2/stream.yaml:98
          return {Disposition::ignored, from, State::ResetSent, Code::closed, 0};
        case Event::read:
        case Event::send_headers:
        case Event::send_push_promise:
        case Event::send_data:
        case Event::send_end_stream:
          // spec/http2/stream.yaml:107
          return {Disposition::rejected, from, State::ResetSent, Code::stream_closed, 0};
        case Event::cancel:
          // spec/http2/stream.yaml:110
          return {Disposition::ignored, from, State::ResetSent, Code::closed, 0};
        case Event::connection_error:
          // spec/http2/stream.yaml:127
          return {Disposition::ignored, from, State::ResetSent, Code::closed, 0};
      }
      break;
  }
  // Not reached for valid State and Event values.
  return {Disposition::violation, from, from, Code::none, 0};
}

constexpr std::string_view to_string(State s) noexcept {
  switch (s) {
    case State::Idle: return "Idle";
    case State::ReservedLocal: return "ReservedLocal";
    case State::ReservedRemote: return "ReservedRemote";
    case State::Open: return "Open";
    case State::HalfClosedLocal: return "HalfClosedLocal";
    case State::HalfClosedRemote: return "HalfClosedRemote";
    case State::Draining: return "Draining";
    case State::Closed: return "Closed";
    case State::ResetSent: return "ResetSent";
  }
  return "?";
}

constexpr std::string_view to_string(Event e) noexcept {
  switch (e) {
    case Event::headers: return "headers";
    case Event::headers_end: return "headers_end";
    case Event::push_promise: return "push_promise";
    case Event::data: return "data";
    case Event::end_stream: return "end_stream";
    case Event::rst_stream: return "rst_stream";
    case Event::priority: return "priority";
    case Event::window_update: return "window_update";
    case Event::read: return "read";
    case Event::cancel: return "cancel";
    case Event::send_headers: return "send_headers";
    case Event::send_push_promise: return "send_push_promise";
    case Event::send_data: return "send_data";
    case Event::send_end_stream: return "send_end_stream";
    case Event::connection_error: return "connection_error";
  }
  return "?";
}

constexpr std::string_view to_string(Code c) noexcept {
  switch (c) {
    case Code::none: return "none";
    case Code::protocol_error: return "protocol-error";
    case Code::stream_closed: return "stream-closed";
    case Code::flow_control: return "flow-control";
    case Code::after_reset: return "after-reset";
    case Code::closed: return "closed";
    case Code::priority: return "priority";
    case Code::empty: return "empty";
    case Code::end_of_stream: return "end-of-stream";
    case Code::not_open: return "not-open";
    case Code::reserved_remote: return "reserved-remote";
    case Code::end_stream_sent: return "end-stream-sent";
    case Code::not_idle: return "not-idle";
    case Code::blocked: return "blocked";
    case Code::idle: return "idle";
  }
  return "?";
}

constexpr std::string_view to_string(Action a) noexcept {
  switch (a) {
    case Action::window_update_out: return "window_update_out";
    case Action::send_rst: return "send_rst";
  }
  return "?";
}

/// The actions a machine emits, as an interface an application can implement.
class Actions {
 public:
  virtual ~Actions() = default;
  virtual void window_update_out() = 0;
  virtual void send_rst() = 0;
};

/// Calls h.<action>() for every action in `set`, in declaration order. H may be an
/// Actions or any type with those member functions.
template <class H>
constexpr void perform([[maybe_unused]] ActionSet set, [[maybe_unused]] H& h) {
  if (set & bit(Action::window_update_out)) h.window_update_out();
  if (set & bit(Action::send_rst)) h.send_rst();
}

/// Reflection of one var, for tools and tests that enumerate valuations.
struct VarInfo {
  std::string_view name;
  int lo;
  int hi;
};

inline constexpr std::array<VarInfo, 2> var_info = {{
    {"buffered", 0, 4},
    {"send_window", 0, 4},
}};

[[nodiscard]] constexpr int get_var([[maybe_unused]] const Vars& v, [[maybe_unused]] std::size_t i) noexcept {
  switch (i) {
    case 0: return v.buffered;
    case 1: return v.send_window;
  }
  return 0;
}

constexpr void set_var([[maybe_unused]] Vars& v, [[maybe_unused]] std::size_t i, [[maybe_unused]] int x) noexcept {
  switch (i) {
    case 0: v.buffered = static_cast<std::uint8_t>(x); return;
    case 1: v.send_window = static_cast<std::uint8_t>(x); return;
  }
}

/// The machine as one type, for phasegen::Driver, table_step and tools.
struct Machine {
  using State = ::http2::stream::State;
  using Event = ::http2::stream::Event;
  using Code = ::http2::stream::Code;
  using Action = ::http2::stream::Action;
  using ActionSet = ::http2::stream::ActionSet;
  using Vars = ::http2::stream::Vars;
  using Config = ::http2::stream::Config;
  using Outcome = ::http2::stream::Outcome;
  using Args = ::http2::stream::Args;
  [[nodiscard]] static constexpr bool args_in_range(Event e, const Args& a) noexcept { return ::http2::stream::args_in_range(e, a); }
  [[nodiscard]] static constexpr bool takes_args(Event e) noexcept { return ::http2::stream::takes_args(e); }
  static constexpr std::string_view name = "http2::stream";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = ::http2::stream::state_count;
  static constexpr std::size_t event_count = ::http2::stream::event_count;
  static constexpr std::size_t code_count = ::http2::stream::code_count;
  static constexpr std::size_t action_count = ::http2::stream::action_count;
  static constexpr const auto& rows = ::http2::stream::rows;
  static constexpr const auto& cells = ::http2::stream::cells;
  static constexpr const auto& var_info = ::http2::stream::var_info;
  static constexpr const auto& event_source = ::http2::stream::event_source;
  [[nodiscard]] static constexpr Outcome step(Config& c, Event e, const Args& a = Args{}) noexcept { return ::http2::stream::step(c, e, a); }
  static constexpr ActionSet bit(Action a) noexcept { return ::http2::stream::bit(a); }
  [[nodiscard]] static constexpr bool guard_holds(std::uint16_t g, const Vars& v, const Args& a = Args{}) noexcept { return ::http2::stream::guard_holds(g, v, a); }
  static constexpr void apply_updates(std::uint16_t u, Vars& v, const Args& a = Args{}) noexcept { ::http2::stream::apply_updates(u, v, a); }
  [[nodiscard]] static constexpr int get_var(const Vars& v, std::size_t i) noexcept { return ::http2::stream::get_var(v, i); }
  static constexpr void set_var(Vars& v, std::size_t i, int x) noexcept { ::http2::stream::set_var(v, i, x); }
};

}  // namespace http2::stream
