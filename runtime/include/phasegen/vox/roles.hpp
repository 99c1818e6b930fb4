// phasegen runtime, vox: the roles of the vox machines (phasegen/roles.hpp).
//
// What the generic runtime needs to know about vox's machines, in the specs' own names:
// generated from the `runtime:` section of spec/vox/system.yaml (vox/vox_channels.roles.hpp,
// which phasegen proved when it read the file and which static_asserts them against the
// generated tables); here they get the names vox's code uses.
#pragma once

#include "vox/vox_channels.roles.hpp"

namespace phasegen::vox {

/// The receiving side: items queue in the entry before and after bind.
using RxRoles = ::vox::rx_channel::Roles;

/// The sending side: no queue (the application's send spends credit, the peer's grants
/// return it); a Tx exists from the moment the application opens it.
using TxRoles = ::vox::tx_channel::Roles;

using SessionRoles = ::vox::session::SessionRoles;

}  // namespace phasegen::vox
