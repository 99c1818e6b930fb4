// vox::rx_channel as the packed table an expert writes by hand: a channel is one byte (the
// state and `queued` packed as state * 17 + queued), and the table, event-major so that
// an event's column is contiguous, holds for every (event, channel byte) the outcome and
// the next channel byte in 8 bytes: one load per step, whose result is the next index.
// Filled at compile time from the hand-written switch (hand_switch.hpp).
#pragma once

#include <array>
#include <cstdint>

#include "common.hpp"
#include "hand_switch.hpp"

namespace bench::hand_table {

constexpr unsigned spans = credit + 1;                          // values of queued
constexpr unsigned packed_count = rx::state_count * spans;  // 170 channel bytes

struct Channel {
  std::uint8_t packed = 0;  // Unknown, queued 0
};

struct Entry {
  Outcome outcome;
  std::uint8_t next;
  std::uint8_t pad[2];
};
static_assert(sizeof(Entry) == 8);

inline constexpr std::array<Entry, rx::event_count * packed_count> table = [] {
  std::array<Entry, rx::event_count * packed_count> t{};
  for (unsigned e = 0; e < rx::event_count; ++e) {
    for (unsigned p = 0; p < packed_count; ++p) {
      hand::Channel c{static_cast<State>(p / spans), static_cast<std::uint8_t>(p % spans)};
      const Outcome o = hand::step(c, static_cast<Event>(e));
      t[e * packed_count + p] = Entry{o, static_cast<std::uint8_t>(static_cast<unsigned>(c.state) * spans + c.queued), {}};
    }
  }
  return t;
}();

inline Outcome step(Channel& c, Event e) noexcept {
  const Entry& x = table[static_cast<unsigned>(e) * packed_count + c.packed];
  c.packed = x.next;
  return x.outcome;
}

}  // namespace bench::hand_table
