// DO NOT EDIT: generated from spec/vox/rx_channel.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// check_vox_async::vox::rx_channel: 10 states x 9 events = 90 cells, every one explicit.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "phasegen/table.hpp"

static_assert(PHASEGEN_TABLE_FORMAT == 1,
              "spec/vox/rx_channel.yaml was generated for phasegen table format 1; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

// The receiving side of one vox channel (we hold or serve the Rx), for one channel id in
// one session generation. Items are accounted with item-based credit: the peer may have at
// most `credit` items that we received and the consumer has not taken yet, so the receive
// queue (capacity >= credit) can never overflow for a compliant peer, and an item beyond
// the credit is a violation, never a drop. Every consumed item grants one credit back (the
// runtime may coalesce grants into one GrantCredit frame). An item is accepted exactly
// when its outcome is a transition; it is then queued.
namespace check_vox_async::vox::rx_channel {

namespace params {
inline constexpr int credit = 2;  ///< Initial (and maximum) credit of a channel; vox's DEFAULT_CHANNEL_CREDIT.
}  // namespace params

enum class State : std::uint8_t {
  Unknown,  ///< (initial)
  Announced,
  AnnouncedClosed,
  Open,
  Draining,
  ResetSent,
  Closed,  ///< (terminal)
  AnnouncedFailing,
  Failing,
  Failed,  ///< (terminal)
};
inline constexpr std::size_t state_count = 10;

enum class Event : std::uint8_t {
  announce,  ///< from peer
  bind,  ///< from local
  item,  ///< from peer
  close,  ///< from peer
  reset,  ///< from peer
  grant,  ///< from peer
  consume,  ///< from local
  drop_receiver,  ///< from local
  disconnect,  ///< from session
};
inline constexpr std::size_t event_count = 9;

/// The source of every event, by event id.
inline constexpr std::array<phasegen::Source, event_count> event_source = {
    phasegen::Source::peer,  // announce
    phasegen::Source::local,  // bind
    phasegen::Source::peer,  // item
    phasegen::Source::peer,  // close
    phasegen::Source::peer,  // reset
    phasegen::Source::peer,  // grant
    phasegen::Source::local,  // consume
    phasegen::Source::local,  // drop_receiver
    phasegen::Source::session,  // disconnect
};

/// Ignore reasons, reject codes and violated rules.
enum class Code : std::uint8_t {
  none,
  unknown_channel,
  not_registered,
  not_live,
  channel_id_reuse,
  credit_exceeded,
  data_after_close,
  duplicate_close,
  already_registered,
  queue_empty,
  stream_complete,
  reset_race,
  receiver_dropped,
  already_failed,
  channel_closed,
  already_closed,
  channel_failed,
  wrong_direction,
};
inline constexpr std::size_t code_count = 18;

enum class Action : std::uint8_t {
  send_reset,  ///< Send ChannelReset so that the peer stops sending.
  grant_credit,  ///< Grant the peer one more item of credit (coalescing into GrantCredit frames is allowed).
};
inline constexpr std::size_t action_count = 2;
/// Bit i is set when Action i was emitted; actions are performed in declaration order.
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(ActionSet{1} << static_cast<unsigned>(a)); }

struct Vars {
  std::uint8_t queued = 0;  ///< [0, 2] Items received and not yet taken by the consumer (pre-registration buffer or queue).
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};

struct Config {
  State state = State::Unknown;
  [[no_unique_address]] Vars vars{};  // takes no space when the machine has no vars
  friend constexpr bool operator==(const Config&, const Config&) = default;
};

using Outcome = phasegen::Outcome<State, Code, ActionSet>;

/// Guards of the transition table, by index (0 is "always").
[[nodiscard]] constexpr bool guard_holds([[maybe_unused]] std::uint16_t guard, [[maybe_unused]] const Vars& v) noexcept {
  switch (guard) {
    case 1: return v.queued < params::credit;
    case 2: return v.queued == params::credit;
    case 3: return v.queued > 0;
    case 4: return v.queued == 0;
    case 5: return v.queued > 1;
    case 6: return v.queued == 1;
    default: return true;
  }
}

/// Updates of the transition table, by index (0 is "none"); applied in the order written.
constexpr void apply_updates([[maybe_unused]] std::uint16_t update, [[maybe_unused]] Vars& v) noexcept {
  switch (update) {
    case 1: v.queued = static_cast<std::uint8_t>(v.queued + 1); return;
    case 2: v.queued = static_cast<std::uint8_t>(0); return;
    case 3: v.queued = static_cast<std::uint8_t>(v.queued - 1); return;
    default: return;
  }
}

using TableRow = phasegen::Row<State, Code, ActionSet>;
using phasegen::Disposition;

/// Every row of every cell, cell by cell (state-major); each names its spec line.
inline constexpr std::array<TableRow, 103> rows = {{
    {Disposition::transition, State::Announced, Code::none, 0, 0, 0},  // Unknown x announce: spec/vox/rx_channel.yaml:99
    {Disposition::transition, State::Open, Code::none, 0, 0, 0},  // Unknown x bind: spec/vox/rx_channel.yaml:100
    {Disposition::violation, State::Unknown, Code::unknown_channel, 0, 0, 0},  // Unknown x item: spec/vox/rx_channel.yaml:104
    {Disposition::violation, State::Unknown, Code::unknown_channel, 0, 0, 0},  // Unknown x close: spec/vox/rx_channel.yaml:105
    {Disposition::violation, State::Unknown, Code::wrong_direction, 0, 0, 0},  // Unknown x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::Unknown, Code::wrong_direction, 0, 0, 0},  // Unknown x grant: spec/vox/rx_channel.yaml:185
    {Disposition::rejected, State::Unknown, Code::not_registered, 0, 0, 0},  // Unknown x consume: spec/vox/rx_channel.yaml:106
    {Disposition::rejected, State::Unknown, Code::not_registered, 0, 0, 0},  // Unknown x drop_receiver: spec/vox/rx_channel.yaml:107
    {Disposition::ignored, State::Unknown, Code::not_live, 0, 0, 0},  // Unknown x disconnect: spec/vox/rx_channel.yaml:108
    {Disposition::violation, State::Announced, Code::channel_id_reuse, 0, 0, 0},  // Announced x announce: spec/vox/rx_channel.yaml:111
    {Disposition::transition, State::Open, Code::none, 0, 0, 0},  // Announced x bind: spec/vox/rx_channel.yaml:119
    {Disposition::transition, State::Announced, Code::none, 1, 1, 0},  // Announced x item: spec/vox/rx_channel.yaml:116
    {Disposition::violation, State::Announced, Code::credit_exceeded, 2, 0, 0},  // Announced x item: spec/vox/rx_channel.yaml:117
    {Disposition::transition, State::AnnouncedClosed, Code::none, 0, 0, 0},  // Announced x close: spec/vox/rx_channel.yaml:118
    {Disposition::violation, State::Announced, Code::wrong_direction, 0, 0, 0},  // Announced x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::Announced, Code::wrong_direction, 0, 0, 0},  // Announced x grant: spec/vox/rx_channel.yaml:185
    {Disposition::rejected, State::Announced, Code::not_registered, 0, 0, 0},  // Announced x consume: spec/vox/rx_channel.yaml:120
    {Disposition::transition, State::ResetSent, Code::none, 0, 2, bit(Action::send_reset)},  // Announced x drop_receiver: spec/vox/rx_channel.yaml:123
    {Disposition::transition, State::AnnouncedFailing, Code::none, 3, 0, 0},  // Announced x disconnect: spec/vox/rx_channel.yaml:160
    {Disposition::transition, State::Failed, Code::none, 4, 0, 0},  // Announced x disconnect: spec/vox/rx_channel.yaml:167
    {Disposition::violation, State::AnnouncedClosed, Code::channel_id_reuse, 0, 0, 0},  // AnnouncedClosed x announce: spec/vox/rx_channel.yaml:111
    {Disposition::transition, State::Draining, Code::none, 3, 0, 0},  // AnnouncedClosed x bind: spec/vox/rx_channel.yaml:130
    {Disposition::transition, State::Closed, Code::none, 4, 0, 0},  // AnnouncedClosed x bind: spec/vox/rx_channel.yaml:131
    {Disposition::violation, State::AnnouncedClosed, Code::data_after_close, 0, 0, 0},  // AnnouncedClosed x item: spec/vox/rx_channel.yaml:132
    {Disposition::violation, State::AnnouncedClosed, Code::duplicate_close, 0, 0, 0},  // AnnouncedClosed x close: spec/vox/rx_channel.yaml:133
    {Disposition::violation, State::AnnouncedClosed, Code::wrong_direction, 0, 0, 0},  // AnnouncedClosed x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::AnnouncedClosed, Code::wrong_direction, 0, 0, 0},  // AnnouncedClosed x grant: spec/vox/rx_channel.yaml:185
    {Disposition::rejected, State::AnnouncedClosed, Code::not_registered, 0, 0, 0},  // AnnouncedClosed x consume: spec/vox/rx_channel.yaml:120
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // AnnouncedClosed x drop_receiver: spec/vox/rx_channel.yaml:134
    {Disposition::ignored, State::AnnouncedClosed, Code::stream_complete, 0, 0, 0},  // AnnouncedClosed x disconnect: spec/vox/rx_channel.yaml:148
    {Disposition::violation, State::Open, Code::channel_id_reuse, 0, 0, 0},  // Open x announce: spec/vox/rx_channel.yaml:111
    {Disposition::rejected, State::Open, Code::already_registered, 0, 0, 0},  // Open x bind: spec/vox/rx_channel.yaml:140
    {Disposition::violation, State::Open, Code::credit_exceeded, 2, 0, 0},  // Open x item: spec/vox/rx_channel.yaml:117
    {Disposition::transition, State::Open, Code::none, 1, 1, 0},  // Open x item: spec/vox/rx_channel.yaml:137
    {Disposition::transition, State::Draining, Code::none, 3, 0, 0},  // Open x close: spec/vox/rx_channel.yaml:138
    {Disposition::transition, State::Closed, Code::none, 4, 0, 0},  // Open x close: spec/vox/rx_channel.yaml:139
    {Disposition::violation, State::Open, Code::wrong_direction, 0, 0, 0},  // Open x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::Open, Code::wrong_direction, 0, 0, 0},  // Open x grant: spec/vox/rx_channel.yaml:185
    {Disposition::transition, State::Open, Code::none, 3, 3, bit(Action::grant_credit)},  // Open x consume: spec/vox/rx_channel.yaml:141
    {Disposition::ignored, State::Open, Code::queue_empty, 4, 0, 0},  // Open x consume: spec/vox/rx_channel.yaml:142
    {Disposition::transition, State::ResetSent, Code::none, 0, 2, bit(Action::send_reset)},  // Open x drop_receiver: spec/vox/rx_channel.yaml:143
    {Disposition::transition, State::Failing, Code::none, 3, 0, 0},  // Open x disconnect: spec/vox/rx_channel.yaml:161
    {Disposition::transition, State::Failed, Code::none, 4, 0, 0},  // Open x disconnect: spec/vox/rx_channel.yaml:167
    {Disposition::violation, State::Draining, Code::channel_id_reuse, 0, 0, 0},  // Draining x announce: spec/vox/rx_channel.yaml:111
    {Disposition::rejected, State::Draining, Code::already_registered, 0, 0, 0},  // Draining x bind: spec/vox/rx_channel.yaml:140
    {Disposition::violation, State::Draining, Code::data_after_close, 0, 0, 0},  // Draining x item: spec/vox/rx_channel.yaml:132
    {Disposition::violation, State::Draining, Code::duplicate_close, 0, 0, 0},  // Draining x close: spec/vox/rx_channel.yaml:133
    {Disposition::violation, State::Draining, Code::wrong_direction, 0, 0, 0},  // Draining x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::Draining, Code::wrong_direction, 0, 0, 0},  // Draining x grant: spec/vox/rx_channel.yaml:185
    {Disposition::ignored, State::Draining, Code::queue_empty, 4, 0, 0},  // Draining x consume: spec/vox/rx_channel.yaml:142
    {Disposition::transition, State::Draining, Code::none, 5, 3, 0},  // Draining x consume: spec/vox/rx_channel.yaml:145
    {Disposition::transition, State::Closed, Code::none, 6, 2, 0},  // Draining x consume: spec/vox/rx_channel.yaml:146
    {Disposition::transition, State::Closed, Code::none, 0, 2, 0},  // Draining x drop_receiver: spec/vox/rx_channel.yaml:147
    {Disposition::ignored, State::Draining, Code::stream_complete, 0, 0, 0},  // Draining x disconnect: spec/vox/rx_channel.yaml:148
    {Disposition::violation, State::ResetSent, Code::channel_id_reuse, 0, 0, 0},  // ResetSent x announce: spec/vox/rx_channel.yaml:111
    {Disposition::rejected, State::ResetSent, Code::already_registered, 0, 0, 0},  // ResetSent x bind: spec/vox/rx_channel.yaml:140
    {Disposition::ignored, State::ResetSent, Code::reset_race, 0, 0, 0},  // ResetSent x item: spec/vox/rx_channel.yaml:154
    {Disposition::transition, State::Closed, Code::none, 0, 0, 0},  // ResetSent x close: spec/vox/rx_channel.yaml:155
    {Disposition::violation, State::ResetSent, Code::wrong_direction, 0, 0, 0},  // ResetSent x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::ResetSent, Code::wrong_direction, 0, 0, 0},  // ResetSent x grant: spec/vox/rx_channel.yaml:185
    {Disposition::rejected, State::ResetSent, Code::receiver_dropped, 0, 0, 0},  // ResetSent x consume: spec/vox/rx_channel.yaml:156
    {Disposition::rejected, State::ResetSent, Code::receiver_dropped, 0, 0, 0},  // ResetSent x drop_receiver: spec/vox/rx_channel.yaml:157
    {Disposition::transition, State::Failed, Code::none, 4, 0, 0},  // ResetSent x disconnect: spec/vox/rx_channel.yaml:167
    {Disposition::transition, State::Failed, Code::none, 3, 2, 0},  // ResetSent x disconnect: spec/vox/rx_channel.yaml:168
    {Disposition::violation, State::Closed, Code::channel_id_reuse, 0, 0, 0},  // Closed x announce: spec/vox/rx_channel.yaml:111
    {Disposition::rejected, State::Closed, Code::channel_closed, 0, 0, 0},  // Closed x bind: spec/vox/rx_channel.yaml:175
    {Disposition::violation, State::Closed, Code::data_after_close, 0, 0, 0},  // Closed x item: spec/vox/rx_channel.yaml:132
    {Disposition::violation, State::Closed, Code::duplicate_close, 0, 0, 0},  // Closed x close: spec/vox/rx_channel.yaml:133
    {Disposition::violation, State::Closed, Code::wrong_direction, 0, 0, 0},  // Closed x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::Closed, Code::wrong_direction, 0, 0, 0},  // Closed x grant: spec/vox/rx_channel.yaml:185
    {Disposition::rejected, State::Closed, Code::channel_closed, 0, 0, 0},  // Closed x consume: spec/vox/rx_channel.yaml:176
    {Disposition::ignored, State::Closed, Code::already_closed, 0, 0, 0},  // Closed x drop_receiver: spec/vox/rx_channel.yaml:177
    {Disposition::ignored, State::Closed, Code::already_closed, 0, 0, 0},  // Closed x disconnect: spec/vox/rx_channel.yaml:178
    {Disposition::ignored, State::AnnouncedFailing, Code::channel_failed, 0, 0, 0},  // AnnouncedFailing x announce: spec/vox/rx_channel.yaml:189
    {Disposition::transition, State::Failing, Code::none, 3, 0, 0},  // AnnouncedFailing x bind: spec/vox/rx_channel.yaml:162
    {Disposition::transition, State::Failed, Code::none, 4, 0, 0},  // AnnouncedFailing x bind: spec/vox/rx_channel.yaml:163
    {Disposition::ignored, State::AnnouncedFailing, Code::channel_failed, 0, 0, 0},  // AnnouncedFailing x item: spec/vox/rx_channel.yaml:189
    {Disposition::ignored, State::AnnouncedFailing, Code::channel_failed, 0, 0, 0},  // AnnouncedFailing x close: spec/vox/rx_channel.yaml:189
    {Disposition::violation, State::AnnouncedFailing, Code::wrong_direction, 0, 0, 0},  // AnnouncedFailing x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::AnnouncedFailing, Code::wrong_direction, 0, 0, 0},  // AnnouncedFailing x grant: spec/vox/rx_channel.yaml:185
    {Disposition::rejected, State::AnnouncedFailing, Code::not_registered, 0, 0, 0},  // AnnouncedFailing x consume: spec/vox/rx_channel.yaml:164
    {Disposition::transition, State::Failed, Code::none, 0, 2, 0},  // AnnouncedFailing x drop_receiver: spec/vox/rx_channel.yaml:165
    {Disposition::ignored, State::AnnouncedFailing, Code::already_failed, 0, 0, 0},  // AnnouncedFailing x disconnect: spec/vox/rx_channel.yaml:166
    {Disposition::ignored, State::Failing, Code::channel_failed, 0, 0, 0},  // Failing x announce: spec/vox/rx_channel.yaml:189
    {Disposition::rejected, State::Failing, Code::already_registered, 0, 0, 0},  // Failing x bind: spec/vox/rx_channel.yaml:171
    {Disposition::ignored, State::Failing, Code::channel_failed, 0, 0, 0},  // Failing x item: spec/vox/rx_channel.yaml:189
    {Disposition::ignored, State::Failing, Code::channel_failed, 0, 0, 0},  // Failing x close: spec/vox/rx_channel.yaml:189
    {Disposition::violation, State::Failing, Code::wrong_direction, 0, 0, 0},  // Failing x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::Failing, Code::wrong_direction, 0, 0, 0},  // Failing x grant: spec/vox/rx_channel.yaml:185
    {Disposition::ignored, State::Failing, Code::queue_empty, 4, 0, 0},  // Failing x consume: spec/vox/rx_channel.yaml:142
    {Disposition::transition, State::Failing, Code::none, 5, 3, 0},  // Failing x consume: spec/vox/rx_channel.yaml:169
    {Disposition::transition, State::Failed, Code::none, 6, 2, 0},  // Failing x consume: spec/vox/rx_channel.yaml:170
    {Disposition::transition, State::Failed, Code::none, 0, 2, 0},  // Failing x drop_receiver: spec/vox/rx_channel.yaml:172
    {Disposition::ignored, State::Failing, Code::already_failed, 0, 0, 0},  // Failing x disconnect: spec/vox/rx_channel.yaml:166
    {Disposition::ignored, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x announce: spec/vox/rx_channel.yaml:189
    {Disposition::rejected, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x bind: spec/vox/rx_channel.yaml:179
    {Disposition::ignored, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x item: spec/vox/rx_channel.yaml:189
    {Disposition::ignored, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x close: spec/vox/rx_channel.yaml:189
    {Disposition::violation, State::Failed, Code::wrong_direction, 0, 0, 0},  // Failed x reset: spec/vox/rx_channel.yaml:185
    {Disposition::violation, State::Failed, Code::wrong_direction, 0, 0, 0},  // Failed x grant: spec/vox/rx_channel.yaml:185
    {Disposition::rejected, State::Failed, Code::channel_failed, 0, 0, 0},  // Failed x consume: spec/vox/rx_channel.yaml:180
    {Disposition::ignored, State::Failed, Code::already_failed, 0, 0, 0},  // Failed x drop_receiver: spec/vox/rx_channel.yaml:181
    {Disposition::ignored, State::Failed, Code::already_failed, 0, 0, 0},  // Failed x disconnect: spec/vox/rx_channel.yaml:182
}};

/// cells[state * event_count + event]: the cell's range in rows.
inline constexpr std::array<phasegen::Cell, state_count * event_count> cells = {{
    {0, 1},  // Unknown x announce
    {1, 1},  // Unknown x bind
    {2, 1},  // Unknown x item
    {3, 1},  // Unknown x close
    {4, 1},  // Unknown x reset
    {5, 1},  // Unknown x grant
    {6, 1},  // Unknown x consume
    {7, 1},  // Unknown x drop_receiver
    {8, 1},  // Unknown x disconnect
    {9, 1},  // Announced x announce
    {10, 1},  // Announced x bind
    {11, 2},  // Announced x item
    {13, 1},  // Announced x close
    {14, 1},  // Announced x reset
    {15, 1},  // Announced x grant
    {16, 1},  // Announced x consume
    {17, 1},  // Announced x drop_receiver
    {18, 2},  // Announced x disconnect
    {20, 1},  // AnnouncedClosed x announce
    {21, 2},  // AnnouncedClosed x bind
    {23, 1},  // AnnouncedClosed x item
    {24, 1},  // AnnouncedClosed x close
    {25, 1},  // AnnouncedClosed x reset
    {26, 1},  // AnnouncedClosed x grant
    {27, 1},  // AnnouncedClosed x consume
    {28, 1},  // AnnouncedClosed x drop_receiver
    {29, 1},  // AnnouncedClosed x disconnect
    {30, 1},  // Open x announce
    {31, 1},  // Open x bind
    {32, 2},  // Open x item
    {34, 2},  // Open x close
    {36, 1},  // Open x reset
    {37, 1},  // Open x grant
    {38, 2},  // Open x consume
    {40, 1},  // Open x drop_receiver
    {41, 2},  // Open x disconnect
    {43, 1},  // Draining x announce
    {44, 1},  // Draining x bind
    {45, 1},  // Draining x item
    {46, 1},  // Draining x close
    {47, 1},  // Draining x reset
    {48, 1},  // Draining x grant
    {49, 3},  // Draining x consume
    {52, 1},  // Draining x drop_receiver
    {53, 1},  // Draining x disconnect
    {54, 1},  // ResetSent x announce
    {55, 1},  // ResetSent x bind
    {56, 1},  // ResetSent x item
    {57, 1},  // ResetSent x close
    {58, 1},  // ResetSent x reset
    {59, 1},  // ResetSent x grant
    {60, 1},  // ResetSent x consume
    {61, 1},  // ResetSent x drop_receiver
    {62, 2},  // ResetSent x disconnect
    {64, 1},  // Closed x announce
    {65, 1},  // Closed x bind
    {66, 1},  // Closed x item
    {67, 1},  // Closed x close
    {68, 1},  // Closed x reset
    {69, 1},  // Closed x grant
    {70, 1},  // Closed x consume
    {71, 1},  // Closed x drop_receiver
    {72, 1},  // Closed x disconnect
    {73, 1},  // AnnouncedFailing x announce
    {74, 2},  // AnnouncedFailing x bind
    {76, 1},  // AnnouncedFailing x item
    {77, 1},  // AnnouncedFailing x close
    {78, 1},  // AnnouncedFailing x reset
    {79, 1},  // AnnouncedFailing x grant
    {80, 1},  // AnnouncedFailing x consume
    {81, 1},  // AnnouncedFailing x drop_receiver
    {82, 1},  // AnnouncedFailing x disconnect
    {83, 1},  // Failing x announce
    {84, 1},  // Failing x bind
    {85, 1},  // Failing x item
    {86, 1},  // Failing x close
    {87, 1},  // Failing x reset
    {88, 1},  // Failing x grant
    {89, 3},  // Failing x consume
    {92, 1},  // Failing x drop_receiver
    {93, 1},  // Failing x disconnect
    {94, 1},  // Failed x announce
    {95, 1},  // Failed x bind
    {96, 1},  // Failed x item
    {97, 1},  // Failed x close
    {98, 1},  // Failed x reset
    {99, 1},  // Failed x grant
    {100, 1},  // Failed x consume
    {101, 1},  // Failed x drop_receiver
    {102, 1},  // Failed x disconnect
}};

static_assert(rows.size() == 103 && cells.size() == 90, "table sizes");
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
    case State::Unknown:
      switch (e) {
        case Event::announce:
          // spec/vox/rx_channel.yaml:99
          c.state = State::Announced;
          return {Disposition::transition, from, State::Announced, Code::none, 0};
        case Event::bind:
          // spec/vox/rx_channel.yaml:100
          c.state = State::Open;
          return {Disposition::transition, from, State::Open, Code::none, 0};
        case Event::item:
          // spec/vox/rx_channel.yaml:104
          return {Disposition::violation, from, State::Unknown, Code::unknown_channel, 0};
        case Event::close:
          // spec/vox/rx_channel.yaml:105
          return {Disposition::violation, from, State::Unknown, Code::unknown_channel, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::Unknown, Code::wrong_direction, 0};
        case Event::consume:
          // spec/vox/rx_channel.yaml:106
          return {Disposition::rejected, from, State::Unknown, Code::not_registered, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:107
          return {Disposition::rejected, from, State::Unknown, Code::not_registered, 0};
        case Event::disconnect:
          // spec/vox/rx_channel.yaml:108
          return {Disposition::ignored, from, State::Unknown, Code::not_live, 0};
      }
      break;
    case State::Announced:
      switch (e) {
        case Event::announce:
          // spec/vox/rx_channel.yaml:111
          return {Disposition::violation, from, State::Announced, Code::channel_id_reuse, 0};
        case Event::bind:
          // spec/vox/rx_channel.yaml:119
          c.state = State::Open;
          return {Disposition::transition, from, State::Open, Code::none, 0};
        case Event::item:
          if (v.queued < params::credit) {  // spec/vox/rx_channel.yaml:116
            v.queued = static_cast<std::uint8_t>(v.queued + 1);
            c.state = State::Announced;
            return {Disposition::transition, from, State::Announced, Code::none, 0};
          }
          // v.queued == params::credit: spec/vox/rx_channel.yaml:117
          return {Disposition::violation, from, State::Announced, Code::credit_exceeded, 0};
        case Event::close:
          // spec/vox/rx_channel.yaml:118
          c.state = State::AnnouncedClosed;
          return {Disposition::transition, from, State::AnnouncedClosed, Code::none, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::Announced, Code::wrong_direction, 0};
        case Event::consume:
          // spec/vox/rx_channel.yaml:120
          return {Disposition::rejected, from, State::Announced, Code::not_registered, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:123
          v.queued = static_cast<std::uint8_t>(0);
          c.state = State::ResetSent;
          return {Disposition::transition, from, State::ResetSent, Code::none, bit(Action::send_reset)};
        case Event::disconnect:
          if (v.queued > 0) {  // spec/vox/rx_channel.yaml:160
            c.state = State::AnnouncedFailing;
            return {Disposition::transition, from, State::AnnouncedFailing, Code::none, 0};
          }
          // v.queued == 0: spec/vox/rx_channel.yaml:167
          c.state = State::Failed;
          return {Disposition::transition, from, State::Failed, Code::none, 0};
      }
      break;
    case State::AnnouncedClosed:
      switch (e) {
        case Event::announce:
          // spec/vox/rx_channel.yaml:111
          return {Disposition::violation, from, State::AnnouncedClosed, Code::channel_id_reuse, 0};
        case Event::bind:
          if (v.queued > 0) {  // spec/vox/rx_channel.yaml:130
            c.state = State::Draining;
            return {Disposition::transition, from, State::Draining, Code::none, 0};
          }
          // v.queued == 0: spec/vox/rx_channel.yaml:131
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::item:
          // spec/vox/rx_channel.yaml:132
          return {Disposition::violation, from, State::AnnouncedClosed, Code::data_after_close, 0};
        case Event::close:
          // spec/vox/rx_channel.yaml:133
          return {Disposition::violation, from, State::AnnouncedClosed, Code::duplicate_close, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::AnnouncedClosed, Code::wrong_direction, 0};
        case Event::consume:
          // spec/vox/rx_channel.yaml:120
          return {Disposition::rejected, from, State::AnnouncedClosed, Code::not_registered, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:134
          v.queued = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::disconnect:
          // spec/vox/rx_channel.yaml:148
          return {Disposition::ignored, from, State::AnnouncedClosed, Code::stream_complete, 0};
      }
      break;
    case State::Open:
      switch (e) {
        case Event::announce:
          // spec/vox/rx_channel.yaml:111
          return {Disposition::violation, from, State::Open, Code::channel_id_reuse, 0};
        case Event::bind:
          // spec/vox/rx_channel.yaml:140
          return {Disposition::rejected, from, State::Open, Code::already_registered, 0};
        case Event::item:
          if (v.queued == params::credit) {  // spec/vox/rx_channel.yaml:117
            return {Disposition::violation, from, State::Open, Code::credit_exceeded, 0};
          }
          // v.queued < params::credit: spec/vox/rx_channel.yaml:137
          v.queued = static_cast<std::uint8_t>(v.queued + 1);
          c.state = State::Open;
          return {Disposition::transition, from, State::Open, Code::none, 0};
        case Event::close:
          if (v.queued > 0) {  // spec/vox/rx_channel.yaml:138
            c.state = State::Draining;
            return {Disposition::transition, from, State::Draining, Code::none, 0};
          }
          // v.queued == 0: spec/vox/rx_channel.yaml:139
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::Open, Code::wrong_direction, 0};
        case Event::consume:
          if (v.queued > 0) {  // spec/vox/rx_channel.yaml:141
            v.queued = static_cast<std::uint8_t>(v.queued - 1);
            c.state = State::Open;
            return {Disposition::transition, from, State::Open, Code::none, bit(Action::grant_credit)};
          }
          // v.queued == 0: spec/vox/rx_channel.yaml:142
          return {Disposition::ignored, from, State::Open, Code::queue_empty, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:143
          v.queued = static_cast<std::uint8_t>(0);
          c.state = State::ResetSent;
          return {Disposition::transition, from, State::ResetSent, Code::none, bit(Action::send_reset)};
        case Event::disconnect:
          if (v.queued > 0) {  // spec/vox/rx_channel.yaml:161
            c.state = State::Failing;
            return {Disposition::transition, from, State::Failing, Code::none, 0};
          }
          // v.queued == 0: spec/vox/rx_channel.yaml:167
          c.state = State::Failed;
          return {Disposition::transition, from, State::Failed, Code::none, 0};
      }
      break;
    case State::Draining:
      switch (e) {
        case Event::announce:
          // spec/vox/rx_channel.yaml:111
          return {Disposition::violation, from, State::Draining, Code::channel_id_reuse, 0};
        case Event::bind:
          // spec/vox/rx_channel.yaml:140
          return {Disposition::rejected, from, State::Draining, Code::already_registered, 0};
        case Event::item:
          // spec/vox/rx_channel.yaml:132
          return {Disposition::violation, from, State::Draining, Code::data_after_close, 0};
        case Event::close:
          // spec/vox/rx_channel.yaml:133
          return {Disposition::violation, from, State::Draining, Code::duplicate_close, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::Draining, Code::wrong_direction, 0};
        case Event::consume:
          if (v.queued == 0) {  // spec/vox/rx_channel.yaml:142
            return {Disposition::ignored, from, State::Draining, Code::queue_empty, 0};
          }
          if (v.queued > 1) {  // spec/vox/rx_channel.yaml:145
            v.queued = static_cast<std::uint8_t>(v.queued - 1);
            c.state = State::Draining;
            return {Disposition::transition, from, State::Draining, Code::none, 0};
          }
          // v.queued == 1: spec/vox/rx_channel.yaml:146
          v.queued = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:147
          v.queued = static_cast<std::uint8_t>(0);
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::disconnect:
          // spec/vox/rx_channel.yaml:148
          return {Disposition::ignored, from, State::Draining, Code::stream_complete, 0};
      }
      break;
    case State::ResetSent:
      switch (e) {
        case Event::announce:
          // spec/vox/rx_channel.yaml:111
          return {Disposition::violation, from, State::ResetSent, Code::channel_id_reuse, 0};
        case Event::bind:
          // spec/vox/rx_channel.yaml:140
          return {Disposition::rejected, from, State::ResetSent, Code::already_registered, 0};
        case Event::item:
          // spec/vox/rx_channel.yaml:154
          return {Disposition::ignored, from, State::ResetSent, Code::reset_race, 0};
        case Event::close:
          // spec/vox/rx_channel.yaml:155
          c.state = State::Closed;
          return {Disposition::transition, from, State::Closed, Code::none, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::ResetSent, Code::wrong_direction, 0};
        case Event::consume:
          // spec/vox/rx_channel.yaml:156
          return {Disposition::rejected, from, State::ResetSent, Code::receiver_dropped, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:157
          return {Disposition::rejected, from, State::ResetSent, Code::receiver_dropped, 0};
        case Event::disconnect:
          if (v.queued == 0) {  // spec/vox/rx_channel.yaml:167
            c.state = State::Failed;
            return {Disposition::transition, from, State::Failed, Code::none, 0};
          }
          // v.queued > 0: spec/vox/rx_channel.yaml:168
          v.queued = static_cast<std::uint8_t>(0);
          c.state = State::Failed;
          return {Disposition::transition, from, State::Failed, Code::none, 0};
      }
      break;
    case State::Closed:
      switch (e) {
        case Event::announce:
          // spec/vox/rx_channel.yaml:111
          return {Disposition::violation, from, State::Closed, Code::channel_id_reuse, 0};
        case Event::bind:
          // spec/vox/rx_channel.yaml:175
          return {Disposition::rejected, from, State::Closed, Code::channel_closed, 0};
        case Event::item:
          // spec/vox/rx_channel.yaml:132
          return {Disposition::violation, from, State::Closed, Code::data_after_close, 0};
        case Event::close:
          // spec/vox/rx_channel.yaml:133
          return {Disposition::violation, from, State::Closed, Code::duplicate_close, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::Closed, Code::wrong_direction, 0};
        case Event::consume:
          // spec/vox/rx_channel.yaml:176
          return {Disposition::rejected, from, State::Closed, Code::channel_closed, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:177
          return {Disposition::ignored, from, State::Closed, Code::already_closed, 0};
        case Event::disconnect:
          // spec/vox/rx_channel.yaml:178
          return {Disposition::ignored, from, State::Closed, Code::already_closed, 0};
      }
      break;
    case State::AnnouncedFailing:
      switch (e) {
        case Event::announce:
        case Event::item:
        case Event::close:
          // spec/vox/rx_channel.yaml:189 (default)
          return {Disposition::ignored, from, State::AnnouncedFailing, Code::channel_failed, 0};
        case Event::bind:
          if (v.queued > 0) {  // spec/vox/rx_channel.yaml:162
            c.state = State::Failing;
            return {Disposition::transition, from, State::Failing, Code::none, 0};
          }
          // v.queued == 0: spec/vox/rx_channel.yaml:163
          c.state = State::Failed;
          return {Disposition::transition, from, State::Failed, Code::none, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::AnnouncedFailing, Code::wrong_direction, 0};
        case Event::consume:
          // spec/vox/rx_channel.yaml:164
          return {Disposition::rejected, from, State::AnnouncedFailing, Code::not_registered, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:165
          v.queued = static_cast<std::uint8_t>(0);
          c.state = State::Failed;
          return {Disposition::transition, from, State::Failed, Code::none, 0};
        case Event::disconnect:
          // spec/vox/rx_channel.yaml:166
          return {Disposition::ignored, from, State::AnnouncedFailing, Code::already_failed, 0};
      }
      break;
    case State::Failing:
      switch (e) {
        case Event::announce:
        case Event::item:
        case Event::close:
          // spec/vox/rx_channel.yaml:189 (default)
          return {Disposition::ignored, from, State::Failing, Code::channel_failed, 0};
        case Event::bind:
          // spec/vox/rx_channel.yaml:171
          return {Disposition::rejected, from, State::Failing, Code::already_registered, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::Failing, Code::wrong_direction, 0};
        case Event::consume:
          if (v.queued == 0) {  // spec/vox/rx_channel.yaml:142
            return {Disposition::ignored, from, State::Failing, Code::queue_empty, 0};
          }
          if (v.queued > 1) {  // spec/vox/rx_channel.yaml:169
            v.queued = static_cast<std::uint8_t>(v.queued - 1);
            c.state = State::Failing;
            return {Disposition::transition, from, State::Failing, Code::none, 0};
          }
          // v.queued == 1: spec/vox/rx_channel.yaml:170
          v.queued = static_cast<std::uint8_t>(0);
          c.state = State::Failed;
          return {Disposition::transition, from, State::Failed, Code::none, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:172
          v.queued = static_cast<std::uint8_t>(0);
          c.state = State::Failed;
          return {Disposition::transition, from, State::Failed, Code::none, 0};
        case Event::disconnect:
          // spec/vox/rx_channel.yaml:166
          return {Disposition::ignored, from, State::Failing, Code::already_failed, 0};
      }
      break;
    case State::Failed:
      switch (e) {
        case Event::announce:
        case Event::item:
        case Event::close:
          // spec/vox/rx_channel.yaml:189 (default)
          return {Disposition::ignored, from, State::Failed, Code::channel_failed, 0};
        case Event::bind:
          // spec/vox/rx_channel.yaml:179
          return {Disposition::rejected, from, State::Failed, Code::channel_failed, 0};
        case Event::reset:
        case Event::grant:
          // spec/vox/rx_channel.yaml:185 (default)
          return {Disposition::violation, from, State::Failed, Code::wrong_direction, 0};
        case Event::consume:
          // spec/vox/rx_channel.yaml:180
          return {Disposition::rejected, from, State::Failed, Code::channel_failed, 0};
        case Event::drop_receiver:
          // spec/vox/rx_channel.yaml:181
          return {Disposition::ignored, from, State::Failed, Code::already_failed, 0};
        case Event::disconnect:
          // spec/vox/rx_channel.yaml:182
          return {Disposition::ignored, from, State::Failed, Code::already_failed, 0};
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
         static_cast<std::uint64_t>(c.vars.queued) < 3u;
}

/// The index of a configuration in the declared ranges: the state is the lowest digit,
/// then each var's offset from its lower bound, in mixed radix.
[[nodiscard]] constexpr std::size_t index_of(const Config& c) noexcept {
  std::size_t i = static_cast<std::size_t>(c.vars.queued);
  return i * state_count + static_cast<std::size_t>(c.state);
}
}  // namespace detail

/// How many configurations the declared ranges hold (states times each var's values).
inline constexpr std::size_t config_count = 30;

/// Every configuration, by index (detail::index_of).
inline constexpr std::array<Config, config_count> configs = [] {
  std::array<Config, config_count> t{};
  for (std::size_t i = 0; i < config_count; ++i) {
    t[i].state = static_cast<State>(i % state_count);
    std::size_t rest = i / state_count;
    t[i].vars.queued = static_cast<std::uint8_t>(static_cast<int>(rest % 3));
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
inline constexpr std::array<StepEntry, 270> steps = [] {
  std::array<StepEntry, 270> t{};
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
    case State::Unknown: return "Unknown";
    case State::Announced: return "Announced";
    case State::AnnouncedClosed: return "AnnouncedClosed";
    case State::Open: return "Open";
    case State::Draining: return "Draining";
    case State::ResetSent: return "ResetSent";
    case State::Closed: return "Closed";
    case State::AnnouncedFailing: return "AnnouncedFailing";
    case State::Failing: return "Failing";
    case State::Failed: return "Failed";
  }
  return "?";
}

constexpr std::string_view to_string(Event e) noexcept {
  switch (e) {
    case Event::announce: return "announce";
    case Event::bind: return "bind";
    case Event::item: return "item";
    case Event::close: return "close";
    case Event::reset: return "reset";
    case Event::grant: return "grant";
    case Event::consume: return "consume";
    case Event::drop_receiver: return "drop_receiver";
    case Event::disconnect: return "disconnect";
  }
  return "?";
}

constexpr std::string_view to_string(Code c) noexcept {
  switch (c) {
    case Code::none: return "none";
    case Code::unknown_channel: return "unknown-channel";
    case Code::not_registered: return "not-registered";
    case Code::not_live: return "not-live";
    case Code::channel_id_reuse: return "channel-id-reuse";
    case Code::credit_exceeded: return "credit-exceeded";
    case Code::data_after_close: return "data-after-close";
    case Code::duplicate_close: return "duplicate-close";
    case Code::already_registered: return "already-registered";
    case Code::queue_empty: return "queue-empty";
    case Code::stream_complete: return "stream-complete";
    case Code::reset_race: return "reset-race";
    case Code::receiver_dropped: return "receiver-dropped";
    case Code::already_failed: return "already-failed";
    case Code::channel_closed: return "channel-closed";
    case Code::already_closed: return "already-closed";
    case Code::channel_failed: return "channel-failed";
    case Code::wrong_direction: return "wrong-direction";
  }
  return "?";
}

constexpr std::string_view to_string(Action a) noexcept {
  switch (a) {
    case Action::send_reset: return "send_reset";
    case Action::grant_credit: return "grant_credit";
  }
  return "?";
}

/// The actions a machine emits, as an interface an application can implement.
class Actions {
 public:
  virtual ~Actions() = default;
  virtual void send_reset() = 0;
  virtual void grant_credit() = 0;
};

/// Calls h.<action>() for every action in `set`, in declaration order. H may be an
/// Actions or any type with those member functions.
template <class H>
constexpr void perform([[maybe_unused]] ActionSet set, [[maybe_unused]] H& h) {
  if (set & bit(Action::send_reset)) h.send_reset();
  if (set & bit(Action::grant_credit)) h.grant_credit();
}

/// Reflection of one var, for tools and tests that enumerate valuations.
struct VarInfo {
  std::string_view name;
  int lo;
  int hi;
};

inline constexpr std::array<VarInfo, 1> var_info = {{
    {"queued", 0, 2},
}};

[[nodiscard]] constexpr int get_var([[maybe_unused]] const Vars& v, [[maybe_unused]] std::size_t i) noexcept {
  switch (i) {
    case 0: return v.queued;
  }
  return 0;
}

constexpr void set_var([[maybe_unused]] Vars& v, [[maybe_unused]] std::size_t i, [[maybe_unused]] int x) noexcept {
  switch (i) {
    case 0: v.queued = static_cast<std::uint8_t>(x); return;
  }
}

/// The machine as one type, for phasegen::Driver, table_step and tools.
struct Machine {
  using State = ::check_vox_async::vox::rx_channel::State;
  using Event = ::check_vox_async::vox::rx_channel::Event;
  using Code = ::check_vox_async::vox::rx_channel::Code;
  using Action = ::check_vox_async::vox::rx_channel::Action;
  using ActionSet = ::check_vox_async::vox::rx_channel::ActionSet;
  using Vars = ::check_vox_async::vox::rx_channel::Vars;
  using Config = ::check_vox_async::vox::rx_channel::Config;
  using Outcome = ::check_vox_async::vox::rx_channel::Outcome;
  using Packed = ::check_vox_async::vox::rx_channel::Packed;  ///< a configuration as its index in `configs`; step(Packed&, Event) is one load
  static constexpr std::string_view name = "check_vox_async::vox::rx_channel";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = ::check_vox_async::vox::rx_channel::state_count;
  static constexpr std::size_t event_count = ::check_vox_async::vox::rx_channel::event_count;
  static constexpr std::size_t code_count = ::check_vox_async::vox::rx_channel::code_count;
  static constexpr std::size_t action_count = ::check_vox_async::vox::rx_channel::action_count;
  static constexpr const auto& rows = ::check_vox_async::vox::rx_channel::rows;
  static constexpr const auto& cells = ::check_vox_async::vox::rx_channel::cells;
  static constexpr const auto& var_info = ::check_vox_async::vox::rx_channel::var_info;
  static constexpr const auto& event_source = ::check_vox_async::vox::rx_channel::event_source;
  [[nodiscard]] static constexpr Outcome step(Config& c, Event e) noexcept { return ::check_vox_async::vox::rx_channel::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return ::check_vox_async::vox::rx_channel::bit(a); }
  [[nodiscard]] static constexpr bool guard_holds(std::uint16_t g, const Vars& v) noexcept { return ::check_vox_async::vox::rx_channel::guard_holds(g, v); }
  static constexpr void apply_updates(std::uint16_t u, Vars& v) noexcept { ::check_vox_async::vox::rx_channel::apply_updates(u, v); }
  [[nodiscard]] static constexpr int get_var(const Vars& v, std::size_t i) noexcept { return ::check_vox_async::vox::rx_channel::get_var(v, i); }
  static constexpr void set_var(Vars& v, std::size_t i, int x) noexcept { ::check_vox_async::vox::rx_channel::set_var(v, i, x); }
};

}  // namespace check_vox_async::vox::rx_channel
