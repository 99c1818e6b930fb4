// phasegen runtime, vox: a consumer thread talking to the owner of the channels.
//
// phasegen::Bridge (phasegen/bridge.hpp) over the receiving channels (RxRoles): a consume
// request is answered with items, each a `consume` transition (which emits grant_credit
// for the owner's on_answer to put on the wire), or with the outcome that says why there
// are none (queue-empty, channel-closed, channel-failed, receiver-dropped, ...); a
// waiting request waits on queue-empty. Request::Kind::drop_receiver is the release
// request (drop_receiver). See the generic header for the guarantees: at most N waiting,
// one cut short, exactly one final delivery per request.
#pragma once

#include <cstddef>

#include "phasegen/bridge.hpp"
#include "phasegen/vox/registry.hpp"

namespace phasegen::vox {

using phasegen::Request;

template <class Item, std::size_t K = 8>
using Delivery = phasegen::Delivery<rx::Machine, Item, K>;

template <class Item, std::size_t N = 256, std::size_t K = 8>
using Bridge = phasegen::Bridge<RxRoles, Item, N, K>;

}  // namespace phasegen::vox
