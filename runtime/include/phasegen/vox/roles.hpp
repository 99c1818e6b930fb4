// phasegen runtime, vox: the roles of the vox machines (phasegen/roles.hpp), by hand.
//
// What the generic runtime needs to know about vox's machines, in the specs' own names.
// The generator is to emit exactly these structs from a `runtime:` section of
// spec/vox/system.yaml (docs/architecture.md, "Runtime roles"); until then they are
// written here, and the proofs in phasegen/roles.hpp hold them to the generated tables.
#pragma once

#include <array>
#include <string_view>

#include "phasegen/roles.hpp"
#include "vox/rx_channel.hpp"
#include "vox/session.hpp"
#include "vox/tx_channel.hpp"

namespace phasegen::vox {

/// The receiving side: items queue in the entry before and after bind.
struct RxRoles {
  using Machine = ::vox::rx_channel::Machine;
  using Event = ::vox::rx_channel::Event;
  static constexpr bool explicit_open = false;  // Unknown: no entry
  static constexpr std::string_view queue = "queued";
  static constexpr int queue_bound = ::vox::rx_channel::params::credit;
  static constexpr std::array enqueue = {Event::item};
  static constexpr std::array dequeue = {Event::consume};
  static constexpr std::array discard = {Event::drop_receiver, Event::disconnect};
  static constexpr std::array attach = {Event::bind};
  static constexpr std::array release = {Event::drop_receiver};
  static constexpr Event fail = Event::disconnect;
  static constexpr ::vox::rx_channel::Code empty = ::vox::rx_channel::Code::queue_empty;
};

/// The sending side: no queue (the application's send spends credit, the peer's grants
/// return it); a Tx exists from the moment the application opens it.
struct TxRoles {
  using Machine = ::vox::tx_channel::Machine;
  using Event = ::vox::tx_channel::Event;
  static constexpr bool explicit_open = true;  // Open is initial: the table creates the entry on open()
  static constexpr std::string_view queue = {};
  static constexpr int queue_bound = 0;
  static constexpr std::array<Event, 0> enqueue = {};
  static constexpr std::array<Event, 0> dequeue = {};
  static constexpr std::array<Event, 0> discard = {};
  static constexpr std::array<Event, 0> attach = {};
  static constexpr std::array<Event, 0> release = {};
  static constexpr Event fail = Event::disconnect;
};

struct SessionRoles {
  using Machine = ::vox::session::Machine;
  using State = ::vox::session::State;
  using Event = ::vox::session::Event;
  using Action = ::vox::session::Action;
  static constexpr std::array frames = {Event::frame};
  static constexpr std::array routes = {State::Established};
  static constexpr std::array live = {State::Handshaking, State::Established};
  static constexpr Event escalate = Event::violation;
  static constexpr Action fail_channels = Action::fail_channels;
  static constexpr std::array begin_generation = {Action::begin_generation};
  static constexpr Action protocol_error = Action::send_protocol_error;
};

static_assert(roles::channel_roles_hold<RxRoles>(), "vox::rx_channel no longer matches RxRoles");
static_assert(roles::channel_roles_hold<TxRoles>(), "vox::tx_channel no longer matches TxRoles");
static_assert(roles::session_roles_hold<SessionRoles>(), "vox::session no longer matches SessionRoles");

}  // namespace phasegen::vox
