// Shared by the hand-written implementations of vox::rx_channel in the dispatch benchmark.
// They reuse the generated enums (State, Event, Code, Outcome) so that every
// implementation's outcomes can be compared with operator==; the logic is written by hand.
#pragma once

#include <cstdint>

#include "vox/rx_channel.hpp"

namespace bench {

namespace rx = vox::rx_channel;
using phasegen::Disposition;
using rx::ActionSet;
using rx::Code;
using rx::Event;
using rx::Outcome;
using rx::State;

inline constexpr std::uint8_t credit = rx::params::credit;
inline constexpr ActionSet send_reset = rx::bit(rx::Action::send_reset);
inline constexpr ActionSet grant_credit = rx::bit(rx::Action::grant_credit);

/// The outcome of every cell that is not a transition, for the two libraries whose
/// transition tables list only transitions: Boost.MSM calls it from no_transition and
/// Boost.Statechart from unconsumed_event (an event no state reacts to, or one whose
/// reaction's guard failed). State and event are all it needs: where a cell's outcome
/// depends on `queued`, the library already tried the transition's guard.
constexpr Outcome refuse(State s, Event e) noexcept {
  const auto out = [s](Disposition d, Code c) { return Outcome{d, s, s, c, 0}; };
  if (e == Event::reset || e == Event::grant) return out(Disposition::violation, Code::wrong_direction);
  switch (s) {
    case State::Unknown:
      if (e == Event::item || e == Event::close) return out(Disposition::violation, Code::unknown_channel);
      if (e == Event::disconnect) return out(Disposition::ignored, Code::not_live);
      return out(Disposition::rejected, Code::not_registered);  // consume, drop_receiver
    case State::Announced:
      if (e == Event::announce) return out(Disposition::violation, Code::channel_id_reuse);
      if (e == Event::item) return out(Disposition::violation, Code::credit_exceeded);  // queued == credit
      return out(Disposition::rejected, Code::not_registered);                        // consume
    case State::AnnouncedClosed:
    case State::Draining:
    case State::Closed:
      switch (e) {
        case Event::announce: return out(Disposition::violation, Code::channel_id_reuse);
        case Event::item: return out(Disposition::violation, Code::data_after_close);
        case Event::close: return out(Disposition::violation, Code::duplicate_close);
        case Event::bind:
          return s == State::Closed ? out(Disposition::rejected, Code::channel_closed)
                                    : out(Disposition::rejected, Code::already_registered);  // Draining
        case Event::consume:
          if (s == State::AnnouncedClosed) return out(Disposition::rejected, Code::not_registered);
          if (s == State::Closed) return out(Disposition::rejected, Code::channel_closed);
          return out(Disposition::ignored, Code::queue_empty);  // Draining, queued == 0
        case Event::disconnect:
          return s == State::Closed ? out(Disposition::ignored, Code::already_closed)
                                    : out(Disposition::ignored, Code::stream_complete);
        default: return out(Disposition::ignored, Code::already_closed);  // Closed x drop_receiver
      }
    case State::Open:
      if (e == Event::announce) return out(Disposition::violation, Code::channel_id_reuse);
      if (e == Event::bind) return out(Disposition::rejected, Code::already_registered);
      if (e == Event::item) return out(Disposition::violation, Code::credit_exceeded);  // queued == credit
      return out(Disposition::ignored, Code::queue_empty);                             // consume, queued == 0
    case State::ResetSent:
      if (e == Event::announce) return out(Disposition::violation, Code::channel_id_reuse);
      if (e == Event::bind) return out(Disposition::rejected, Code::already_registered);
      if (e == Event::item) return out(Disposition::ignored, Code::reset_race);
      return out(Disposition::rejected, Code::receiver_dropped);  // consume, drop_receiver
    case State::AnnouncedFailing:
    case State::Failing:
    case State::Failed:
      switch (e) {
        case Event::announce:
        case Event::item:
        case Event::close: return out(Disposition::ignored, Code::channel_failed);
        case Event::bind:
          return s == State::Failed ? out(Disposition::rejected, Code::channel_failed)
                                    : out(Disposition::rejected, Code::already_registered);  // Failing
        case Event::consume:
          if (s == State::AnnouncedFailing) return out(Disposition::rejected, Code::not_registered);
          if (s == State::Failed) return out(Disposition::rejected, Code::channel_failed);
          return out(Disposition::ignored, Code::queue_empty);  // Failing, queued == 0
        default: return out(Disposition::ignored, Code::already_failed);  // drop_receiver (Failed), disconnect
      }
  }
  return out(Disposition::violation, Code::none);
}

}  // namespace bench
