// DO NOT EDIT: generated from spec/http2/system.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// http2_conn: the runtime roles of its machines (phasegen/roles.hpp), from the system
// file's `runtime:` section, in the spec's names. phasegen proved them when it read the
// file, over every state, valuation and event argument value; the static_asserts below
// prove them again against the generated tables (structurally only where a struct
// says proved_by_generator: a machine too large for the compile-time proofs, or one whose
// events carry arguments).
#pragma once

#include <array>
#include <string_view>

#include "phasegen/roles.hpp"
#include "http2/connection.hpp"
#include "http2/stream.hpp"

namespace http2::stream {

/// The runtime roles of 'st' (spec/http2/system.yaml:110:5).
struct Roles {
  using Machine = ::http2::stream::Machine;
  static constexpr bool explicit_open = false;
  static constexpr std::string_view queue = "buffered";
  static constexpr int queue_bound = 4;
  static constexpr std::array<Event, 1> enqueue = {Event::data};
  static constexpr std::array<Event, 1> dequeue = {Event::read};
  static constexpr std::array<Event, 3> discard = {Event::rst_stream, Event::cancel, Event::connection_error};
  static constexpr std::array<Event, 0> attach = {};
  static constexpr std::array<Event, 1> release = {Event::cancel};
  static constexpr Event fail = Event::connection_error;
  static constexpr Code empty = Code::empty;
  static constexpr bool proved_by_generator = true;
};
static_assert(phasegen::roles::channel_roles_hold<Roles>(),
              "spec/http2/system.yaml:110:5: http2::stream no longer plays the runtime roles of 'st'; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

}  // namespace http2::stream

namespace http2::connection {

/// The runtime roles of 'conn' (spec/http2/system.yaml:119:3).
struct SessionRoles {
  using Machine = ::http2::connection::Machine;
  static constexpr std::array<Event, 2> frames = {Event::frame, Event::data_frame};
  static constexpr std::array<State, 2> routes = {State::Open, State::GoingAway};
  static constexpr std::array<State, 3> live = {State::Preface, State::Open, State::GoingAway};
  static constexpr Event escalate = Event::violation;
  static constexpr Action fail_channels = Action::fail_streams;
  static constexpr std::array<Action, 0> begin_generation = {};
  static constexpr Action protocol_error = Action::send_goaway;
};
static_assert(phasegen::roles::session_roles_hold<SessionRoles>(),
              "spec/http2/system.yaml:119:3: http2::connection no longer plays the runtime roles of 'conn'; regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2");

}  // namespace http2::connection
