// vox::rx_channel written by hand as a nested switch, the way one would without phasegen:
// same 90 cells and guards as spec/vox/rx_channel.yaml, refusals grouped where a state
// refuses several events the same way.
#pragma once

#include <cstdint>

#include "common.hpp"

namespace bench::hand {

struct Channel {
  State state = State::Unknown;
  std::uint8_t queued = 0;
};

constexpr Outcome step(Channel& c, Event e) noexcept {
  const State s = c.state;
  const auto go = [&c, s](State to, ActionSet actions = 0) {
    c.state = to;
    return Outcome{Disposition::transition, s, to, Code::none, actions};
  };
  const auto ignore = [s](Code code) { return Outcome{Disposition::ignored, s, s, code, 0}; };
  const auto reject = [s](Code code) { return Outcome{Disposition::rejected, s, s, code, 0}; };
  const auto violation = [s](Code code) { return Outcome{Disposition::violation, s, s, code, 0}; };

  switch (s) {
    case State::Unknown:
      switch (e) {
        case Event::announce: return go(State::Announced);
        case Event::bind: return go(State::Open);
        case Event::item:
        case Event::close: return violation(Code::unknown_channel);
        case Event::consume:
        case Event::drop_receiver: return reject(Code::not_registered);
        case Event::disconnect: return ignore(Code::not_live);
        default: return violation(Code::wrong_direction);
      }
    case State::Announced:
      switch (e) {
        case Event::announce: return violation(Code::channel_id_reuse);
        case Event::bind: return go(State::Open);
        case Event::item:
          if (c.queued == credit) return violation(Code::credit_exceeded);
          ++c.queued;
          return go(State::Announced);
        case Event::close: return go(State::AnnouncedClosed);
        case Event::consume: return reject(Code::not_registered);
        case Event::drop_receiver: c.queued = 0; return go(State::ResetSent, send_reset);
        case Event::disconnect: return go(c.queued > 0 ? State::AnnouncedFailing : State::Failed);
        default: return violation(Code::wrong_direction);
      }
    case State::AnnouncedClosed:
      switch (e) {
        case Event::announce: return violation(Code::channel_id_reuse);
        case Event::bind: return go(c.queued > 0 ? State::Draining : State::Closed);
        case Event::item: return violation(Code::data_after_close);
        case Event::close: return violation(Code::duplicate_close);
        case Event::consume: return reject(Code::not_registered);
        case Event::drop_receiver: c.queued = 0; return go(State::Closed);
        case Event::disconnect: return ignore(Code::stream_complete);
        default: return violation(Code::wrong_direction);
      }
    case State::Open:
      switch (e) {
        case Event::announce: return violation(Code::channel_id_reuse);
        case Event::bind: return reject(Code::already_registered);
        case Event::item:
          if (c.queued == credit) return violation(Code::credit_exceeded);
          ++c.queued;
          return go(State::Open);
        case Event::close: return go(c.queued > 0 ? State::Draining : State::Closed);
        case Event::consume:
          if (c.queued == 0) return ignore(Code::queue_empty);
          --c.queued;
          return go(State::Open, grant_credit);
        case Event::drop_receiver: c.queued = 0; return go(State::ResetSent, send_reset);
        case Event::disconnect: return go(c.queued > 0 ? State::Failing : State::Failed);
        default: return violation(Code::wrong_direction);
      }
    case State::Draining:
      switch (e) {
        case Event::announce: return violation(Code::channel_id_reuse);
        case Event::bind: return reject(Code::already_registered);
        case Event::item: return violation(Code::data_after_close);
        case Event::close: return violation(Code::duplicate_close);
        case Event::consume:
          if (c.queued == 0) return ignore(Code::queue_empty);
          if (--c.queued > 0) return go(State::Draining);
          return go(State::Closed);
        case Event::drop_receiver: c.queued = 0; return go(State::Closed);
        case Event::disconnect: return ignore(Code::stream_complete);
        default: return violation(Code::wrong_direction);
      }
    case State::ResetSent:
      switch (e) {
        case Event::announce: return violation(Code::channel_id_reuse);
        case Event::bind: return reject(Code::already_registered);
        case Event::item: return ignore(Code::reset_race);
        case Event::close: return go(State::Closed);
        case Event::consume:
        case Event::drop_receiver: return reject(Code::receiver_dropped);
        case Event::disconnect: c.queued = 0; return go(State::Failed);
        default: return violation(Code::wrong_direction);
      }
    case State::Closed:
      switch (e) {
        case Event::announce: return violation(Code::channel_id_reuse);
        case Event::bind:
        case Event::consume: return reject(Code::channel_closed);
        case Event::item: return violation(Code::data_after_close);
        case Event::close: return violation(Code::duplicate_close);
        case Event::drop_receiver:
        case Event::disconnect: return ignore(Code::already_closed);
        default: return violation(Code::wrong_direction);
      }
    case State::AnnouncedFailing:
      switch (e) {
        case Event::announce:
        case Event::item:
        case Event::close: return ignore(Code::channel_failed);
        case Event::bind: return go(c.queued > 0 ? State::Failing : State::Failed);
        case Event::consume: return reject(Code::not_registered);
        case Event::drop_receiver: c.queued = 0; return go(State::Failed);
        case Event::disconnect: return ignore(Code::already_failed);
        default: return violation(Code::wrong_direction);
      }
    case State::Failing:
      switch (e) {
        case Event::announce:
        case Event::item:
        case Event::close: return ignore(Code::channel_failed);
        case Event::bind: return reject(Code::already_registered);
        case Event::consume:
          if (c.queued == 0) return ignore(Code::queue_empty);
          if (--c.queued > 0) return go(State::Failing);
          return go(State::Failed);
        case Event::drop_receiver: c.queued = 0; return go(State::Failed);
        case Event::disconnect: return ignore(Code::already_failed);
        default: return violation(Code::wrong_direction);
      }
    case State::Failed:
      switch (e) {
        case Event::announce:
        case Event::item:
        case Event::close: return ignore(Code::channel_failed);
        case Event::bind:
        case Event::consume: return reject(Code::channel_failed);
        case Event::drop_receiver:
        case Event::disconnect: return ignore(Code::already_failed);
        default: return violation(Code::wrong_direction);
      }
  }
  return violation(Code::none);  // not reached for valid states
}

}  // namespace bench::hand
