// DO NOT EDIT: generated from spec/vox/system.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// vox_channels: the runtime roles of its machines (phasegen/roles.hpp), from the system
// file's `runtime:` section, in the spec's names. phasegen proved them when it read the
// file, over every state, valuation and event argument value; the static_asserts below
// prove them again against the generated tables.
#pragma once

#include <array>
#include <string_view>

#include "phasegen/roles.hpp"
#include "vox/rx_channel.hpp"
#include "vox/session.hpp"
#include "vox/tx_channel.hpp"

namespace vox::rx_channel {

/// The runtime roles of 'ch' (spec/vox/system.yaml:110:5).
struct Roles {
  using Machine = ::vox::rx_channel::Machine;
  static constexpr bool explicit_open = false;
  static constexpr std::string_view queue = "queued";
  static constexpr int queue_bound = 16;
  static constexpr std::array<Event, 1> enqueue = {Event::item};
  static constexpr std::array<Event, 1> dequeue = {Event::consume};
  static constexpr std::array<Event, 2> discard = {Event::drop_receiver, Event::disconnect};
  static constexpr std::array<Event, 1> attach = {Event::bind};
  static constexpr std::array<Event, 1> release = {Event::drop_receiver};
  static constexpr Event fail = Event::disconnect;
  static constexpr Code empty = Code::queue_empty;
};
static_assert(phasegen::roles::channel_roles_hold<Roles>(),
              "spec/vox/system.yaml:110:5: vox::rx_channel no longer plays the runtime roles of 'ch'; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

}  // namespace vox::rx_channel

namespace vox::tx_channel {

/// The runtime roles of 'peer' (spec/vox/system.yaml:120:5).
struct Roles {
  using Machine = ::vox::tx_channel::Machine;
  static constexpr bool explicit_open = true;
  static constexpr std::string_view queue = {};
  static constexpr int queue_bound = 0;
  static constexpr std::array<Event, 0> enqueue = {};
  static constexpr std::array<Event, 0> dequeue = {};
  static constexpr std::array<Event, 0> discard = {};
  static constexpr std::array<Event, 0> attach = {};
  static constexpr std::array<Event, 0> release = {};
  static constexpr Event fail = Event::disconnect;
};
static_assert(phasegen::roles::channel_roles_hold<Roles>(),
              "spec/vox/system.yaml:120:5: vox::tx_channel no longer plays the runtime roles of 'peer'; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

}  // namespace vox::tx_channel

namespace vox::session {

/// The runtime roles of 'session' (spec/vox/system.yaml:123:3).
struct SessionRoles {
  using Machine = ::vox::session::Machine;
  static constexpr std::array<Event, 1> frames = {Event::frame};
  static constexpr std::array<State, 1> routes = {State::Established};
  static constexpr std::array<State, 2> live = {State::Handshaking, State::Established};
  static constexpr Event escalate = Event::violation;
  static constexpr Action fail_channels = Action::fail_channels;
  static constexpr std::array<Action, 1> begin_generation = {Action::begin_generation};
  static constexpr Action protocol_error = Action::send_protocol_error;
};
static_assert(phasegen::roles::session_roles_hold<SessionRoles>(),
              "spec/vox/system.yaml:123:3: vox::session no longer plays the runtime roles of 'session'; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

}  // namespace vox::session
