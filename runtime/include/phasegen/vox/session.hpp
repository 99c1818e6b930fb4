// phasegen runtime, vox: one session and its channels, driven by one owner.
//
// phasegen::Session (phasegen/session.hpp) over vox::session with the roles in
// phasegen/vox/roles.hpp: the session gates every channel frame (event `frame`): before
// the handshake a frame is a violation, after a conduit break it is ignored
// (conduit-broken), after the end it is ignored (session-closed), and a frame of an older
// generation is stale; only a frame the session accepts reaches a channel table. The
// session performs fail_channels (live channels fail: channel-failed, which the consumer
// tells apart from channel-closed) and begin_generation, returns send_protocol_error to
// the caller, and escalates any violation (Established: ProtocolError, channels failed,
// closed). Generations never wrap around (Reason::generations_exhausted).
//
// What is vox's here is the vocabulary: the frames under the spec's names, and where
// they go. Item and Close travel sender -> receiver and go to the receiving table.
// Reset and GrantCredit travel receiver -> sender: for a channel we send on (one opened
// with open_tx in this generation) they go to the sending table, otherwise to the
// receiving one, which answers wrong-direction. A GrantCredit{n} frame is n grants.
// Channels announced in an older generation and never bound stay until the owner binds
// or releases them (for_each_unbound, release_unbound).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "phasegen/session.hpp"
#include "phasegen/vox/registry.hpp"
#include "phasegen/vox/roles.hpp"

namespace phasegen::vox {

namespace ses = ::vox::session;

using SessionOutcome = phasegen::SessionOutcome<ses::Machine>;
using FrameOutcome = phasegen::FrameOutcome<ses::Machine, rx::Machine>;
using TxFrameOutcome = phasegen::FrameOutcome<ses::Machine, tx::Machine>;

template <class Item>
class Session : public phasegen::Session<SessionRoles, ChannelRegistry<Item>, TxTable<>> {
  using Base = phasegen::Session<SessionRoles, ChannelRegistry<Item>, TxTable<>>;

 public:
  using Registry = ChannelRegistry<Item>;
  using Base::Base;

  // --- channel frames from the peer, each tagged with the generation it belongs to.
  FrameOutcome announce(std::uint64_t id, std::uint32_t gen) noexcept { return this->rx_frame(rx::Event::announce, id, gen); }
  FrameOutcome on_item(std::uint64_t id, std::uint32_t gen, Item item) noexcept {
    return this->rx_item(id, gen, std::move(item));
  }
  FrameOutcome on_close(std::uint64_t id, std::uint32_t gen) noexcept { return this->rx_frame(rx::Event::close, id, gen); }
  /// A ChannelReset for a channel we receive on: the machine answers wrong-direction.
  FrameOutcome on_reset(std::uint64_t id, std::uint32_t gen) noexcept { return this->rx_frame(rx::Event::reset, id, gen); }
  FrameOutcome on_grant(std::uint64_t id, std::uint32_t gen) noexcept { return this->rx_frame(rx::Event::grant, id, gen); }

  /// Reset and GrantCredit{n} as they come off the wire: to the sending table when we
  /// send on (id, gen), otherwise to the receiving one (wrong-direction).
  bool sends_on(std::uint64_t id, std::uint32_t gen) const noexcept { return this->tx().contains(id, gen); }
  TxFrameOutcome on_tx_reset(std::uint64_t id, std::uint32_t gen) noexcept {
    return this->tx_frame(tx::Event::reset, id, gen);
  }
  TxFrameOutcome on_tx_grant(std::uint64_t id, std::uint32_t gen, std::uint32_t n = 1) noexcept {
    return this->tx_frame(tx::Event::grant, id, gen, n);
  }

  // --- local operations on receiving channels.
  /// Binds a receiver. A new channel needs a session that can still carry it (Handshaking
  /// or Established: the spec fails channels bound before the handshake ends, too); a
  /// channel that already has an entry is answered by its machine (e.g. channel-failed).
  ChannelOutcome bind(std::uint64_t id) noexcept { return this->rx_local(rx::Event::bind, id); }
  Consumed<Item> consume(std::uint64_t id) noexcept { return this->rx().consume(id); }
  Consumed<Item> consume(std::uint64_t id, std::uint32_t gen) noexcept { return this->rx().consume(id, gen); }
  Dropped drop_receiver(std::uint64_t id) noexcept { return this->rx().drop_receiver(id); }
  Dropped drop_receiver(std::uint64_t id, std::uint32_t gen) noexcept { return this->rx().drop_receiver(id, gen); }

  // --- local operations on sending channels (current generation).
  TxOutcome open_tx(std::uint64_t id) noexcept { return this->tx_open(id); }
  /// One item: a transition emits send_item (put it on the wire); no-credit is backpressure.
  TxOutcome send(std::uint64_t id) noexcept { return this->tx().apply(tx::Event::send, id, this->generation()); }
  TxOutcome close_tx(std::uint64_t id) noexcept { return this->tx().apply(tx::Event::close, id, this->generation()); }

  /// Channels the peer announced and no receiver was bound to, in every generation:
  /// f(const UnboundChannel&). After a resume, those of older generations wait for a bind
  /// that only the owner can still make; see release_unbound().
  template <class F>
  void for_each_unbound(F&& f) const {
    this->rx().for_each_unbound(std::forward<F>(f));
  }
  /// Releases the unbound channels of every generation before the current one: each gets
  /// drop_receiver, its buffered items are discarded (counted), and its entry becomes a
  /// tombstone the next channel can reclaim. O(capacity).
  Released release_unbound() noexcept { return this->rx().release_unbound(); }

  const Registry& channels() const noexcept { return this->rx(); }
};

}  // namespace phasegen::vox
