// phasegen runtime, vox: the receiving channels of one session, in one table.
//
// phasegen::ChannelTable (phasegen/channels.hpp) over vox::rx_channel with the roles in
// phasegen/vox/roles.hpp: every receiving channel is one entry keyed by (channel id,
// session generation), holding the machine's configuration and the channel's queue, which
// is also the pre-registration buffer (`bind` hands buffered items to the receiver in
// place; vox's separate `channel_buffers` map is where its race lives). The memory bound,
// the tombstones, the keyed index and the accounting are the table's; see its header.
//
// What is vox's here is only the vocabulary: the frames and local operations under the
// names of the spec's events (announce, on_item, on_close, on_reset, on_grant, bind,
// consume, drop_receiver) and the session's fail action under vox's name
// (disconnect_all). Reset and GrantCredit travel receiver -> sender; sent to a receiving
// channel, the machine answers wrong-direction (the sending side is TxTable, below).
//
// Single owner: one thread calls every member function (see phasegen/bridge.hpp for
// talking to a consumer on another thread).
#pragma once

#include <cstddef>
#include <cstdint>

#include "phasegen/channels.hpp"
#include "phasegen/vox/roles.hpp"

namespace phasegen::vox {

namespace rx = ::vox::rx_channel;
namespace tx = ::vox::tx_channel;

using phasegen::DisconnectSummary;
using phasegen::HashKey;
using phasegen::ItemCounts;
using phasegen::KeyedHash;
using phasegen::Reason;
using phasegen::reason_count;
using phasegen::Released;
using phasegen::to_string;
namespace detail {
using phasegen::detail::siphash13;
}  // namespace detail

using ChannelOutcome = phasegen::ChannelOutcome<rx::Machine>;
template <class Item>
using Consumed = phasegen::Consumed<rx::Machine, Item>;
using Dropped = phasegen::Dropped<rx::Machine>;
using UnboundChannel = phasegen::UnboundChannel<rx::Machine>;

/// Every receiving channel of a session. `Hash`: see phasegen::ChannelTable.
template <class Item, class Hash = KeyedHash>
class ChannelRegistry : public ChannelTable<RxRoles, Item, Hash> {
  using Table = ChannelTable<RxRoles, Item, Hash>;

 public:
  using Table::Table;
  static constexpr std::size_t credit = static_cast<std::size_t>(rx::params::credit);

  // --- peer frames: each carries the generation it targets (announce defaults to the
  // current one: the driver parses the call on the current conduit).
  ChannelOutcome announce(std::uint64_t id) noexcept { return announce(id, this->generation()); }
  ChannelOutcome announce(std::uint64_t id, std::uint32_t gen) noexcept {
    return this->apply(rx::Event::announce, id, gen);
  }
  ChannelOutcome on_close(std::uint64_t id, std::uint32_t gen) noexcept {
    return this->apply(rx::Event::close, id, gen);
  }
  /// Reset and GrantCredit travel receiver -> sender; the machine answers wrong-direction.
  ChannelOutcome on_reset(std::uint64_t id, std::uint32_t gen) noexcept {
    return this->apply(rx::Event::reset, id, gen);
  }
  ChannelOutcome on_grant(std::uint64_t id, std::uint32_t gen) noexcept {
    return this->apply(rx::Event::grant, id, gen);
  }
  /// Inlined, like offer(): the per-item path.
  [[gnu::always_inline]] ChannelOutcome on_item(std::uint64_t id, std::uint32_t gen, Item item) noexcept {
    return this->offer(id, gen, std::move(item));
  }

  // --- local operations; without a generation they target the current one. An older
  // generation reaches only entries that still exist (to drain or drop a failed channel).
  ChannelOutcome bind(std::uint64_t id) noexcept { return bind(id, this->generation()); }
  ChannelOutcome bind(std::uint64_t id, std::uint32_t gen) noexcept {
    return this->apply(rx::Event::bind, id, gen);
  }
  Consumed<Item> consume(std::uint64_t id) noexcept { return this->take(id, this->generation()); }
  Consumed<Item> consume(std::uint64_t id, std::uint32_t gen) noexcept { return this->take(id, gen); }
  template <class Put>
  [[gnu::always_inline]] typename Table::Took consume_with(std::uint64_t id, std::uint32_t gen, ChannelOutcome& outcome,
                                                           Put&& put) noexcept {
    return this->take_with(id, gen, outcome, std::forward<Put>(put));
  }
  Dropped drop_receiver(std::uint64_t id) noexcept { return drop_receiver(id, this->generation()); }
  Dropped drop_receiver(std::uint64_t id, std::uint32_t gen) noexcept {
    return this->apply_discarding(rx::Event::drop_receiver, id, gen);
  }

  /// Delivers `disconnect` to every live (non-terminal) entry of the current generation:
  /// the session's fail_channels action.
  DisconnectSummary disconnect_all() noexcept { return this->fail_all(); }
};

/// Every sending channel of a session: opened by the application, no queue (send spends
/// credit, the peer's grants return it, its Reset ends the channel).
template <class Hash = KeyedHash>
using TxTable = ChannelTable<TxRoles, char, Hash>;
using TxOutcome = phasegen::ChannelOutcome<tx::Machine>;

}  // namespace phasegen::vox
