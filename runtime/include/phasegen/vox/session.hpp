// phasegen runtime, vox: one session and its receiving channels, driven by one owner.
//
// The generated vox::session machine gates every channel frame (event `frame`): before
// the handshake a frame is a violation, after a conduit break it is ignored
// (conduit-broken), after the end it is ignored (session-closed), and a frame of an older
// generation is stale; only a frame the session accepts reaches the channel registry.
// The session's actions are performed here, in the order the machine declares them:
//   fail_channels      -> registry.disconnect_all(): live channels fail (channel-failed,
//                         which the consumer tells apart from channel-closed);
//   begin_generation   -> the driver and the registry start the next generation; frames
//                         of the old one are stale from now on;
//   send_protocol_error -> returned to the caller, who owns the wire.
// A violation answered by the session gate or by a channel escalates: the session gets
// event `violation` (Established: emits send_protocol_error + fail_channels, closes).
//
// Generations are 32 bits, as on the wire, and never wrap around: a resume that would
// begin a generation after the last one (2^32 - 1) is refused before the machine sees it
// (rejected, Reason::generations_exhausted; the session stays Disconnected and its
// owner should shut it down). Otherwise generation 0's channels would be current again.
// Channels announced in an older generation and never bound stay in the table until the
// owner binds or releases them: for_each_unbound() lists them, release_unbound() drops
// them (their buffered items are discarded, counted).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

#include "phasegen/driver.hpp"
#include "phasegen/trace_record.hpp"
#include "phasegen/vox/registry.hpp"
#include "vox/session.hpp"

namespace phasegen::vox {

namespace ses = ::vox::session;

/// What one session event did, including the actions performed for it.
struct [[nodiscard]] SessionOutcome {
  ses::Outcome outcome{};             ///< the machine's answer; actions = what it emitted
  Reason reason = Reason::none;       ///< generations_exhausted: refused before the machine (rejected)
  DisconnectSummary failed;           ///< fail_channels, when emitted
  DisconnectSummary failed_at_bump;   ///< channels still live when the generation ended (normally none)
  bool generation_began = false;      ///< begin_generation was performed

  bool emitted(ses::Action a) const noexcept { return (outcome.actions & ses::bit(a)) != 0; }
  /// The caller must send ProtocolError and tear the conduit down.
  bool send_protocol_error() const noexcept { return emitted(ses::Action::send_protocol_error); }
};

/// What one channel frame did: the session gate, the channel, and any escalation.
struct [[nodiscard]] FrameOutcome {
  Disposition disposition = Disposition::transition;  ///< the verdict: the gate's unless it let the frame through
  Reason reason = Reason::none;
  ses::Outcome gate{};     ///< the session's answer to `frame`
  ChannelOutcome channel;  ///< the channel's answer; reason not-routed / stale when the gate refused
  bool escalated = false;  ///< a violation was reported to the session as event `violation`
  SessionOutcome escalation;

  bool send_protocol_error() const noexcept { return escalated && escalation.send_protocol_error(); }
};

template <class Item>
class Session {
 public:
  using Registry = ChannelRegistry<Item>;
  using Driver = phasegen::Driver<ses::Machine>;

  /// `channel_capacity`: the registry's table size (live channels + tombstones). `key`
  /// keys the registry's index hash: random per session unless a test or a reproducible
  /// run passes one. `first_generation`: a test hook (the last generations); 0 otherwise.
  explicit Session(std::size_t channel_capacity, std::uint64_t instance = 0, TraceHook trace = {},
                   HashKey key = HashKey::random(), std::uint32_t first_generation = 0)
      : trace_(trace),
        driver_(instance, trace ? trace_hooks<ses::Machine>(trace_) : Driver::Hooks{}, first_generation),
        registry_(channel_capacity, trace, instance, key, first_generation) {}
  // The driver's trace hook points into this object.
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  /// A session event (handshake, conduit break, resume, shutdown, ...) of the current generation.
  SessionOutcome dispatch(ses::Event e) noexcept { return dispatch(e, driver_.generation()); }
  SessionOutcome dispatch(ses::Event e, std::uint32_t gen) noexcept {
    SessionOutcome so;
    if (gen == driver_.generation() && gen == Driver::last_generation && would_begin_generation(e)) {
      ++generations_refused_;
      const auto st = driver_.state();
      so.outcome = {Disposition::rejected, st, st, ses::Code::none, 0};
      so.reason = Reason::generations_exhausted;
      return so;
    }
    so.outcome = driver_.dispatch(e, gen);
    if (so.outcome.disposition != Disposition::transition) return so;
    if (so.emitted(ses::Action::fail_channels)) so.failed = registry_.disconnect_all();
    if (so.emitted(ses::Action::begin_generation)) {
      (void)driver_.begin_generation();  // not the last generation: checked above
      so.failed_at_bump = registry_.begin_generation();
      so.generation_began = true;
    }
    return so;
  }

  // --- channel frames from the peer, each tagged with the generation it belongs to.
  FrameOutcome announce(std::uint64_t id, std::uint32_t gen) noexcept {
    return frame(id, gen, [&] { return registry_.announce(id, gen); });
  }
  FrameOutcome on_item(std::uint64_t id, std::uint32_t gen, Item item) noexcept {
    ++items_offered_;
    FrameOutcome f = frame(id, gen, [&] { return registry_.on_item(id, gen, std::move(item)); });
    if (f.gate.disposition != Disposition::transition) ++items_refused_at_gate_;
    return f;
  }
  FrameOutcome on_close(std::uint64_t id, std::uint32_t gen) noexcept {
    return frame(id, gen, [&] { return registry_.on_close(id, gen); });
  }
  FrameOutcome on_reset(std::uint64_t id, std::uint32_t gen) noexcept {
    return frame(id, gen, [&] { return registry_.on_reset(id, gen); });
  }
  FrameOutcome on_grant(std::uint64_t id, std::uint32_t gen) noexcept {
    return frame(id, gen, [&] { return registry_.on_grant(id, gen); });
  }

  // --- local channel operations.
  /// Binds a receiver. A new channel needs a session that can still carry it (Handshaking
  /// or Established: the spec fails channels bound before the handshake ends, too); a
  /// channel that already has an entry is answered by its machine (e.g. channel-failed).
  ChannelOutcome bind(std::uint64_t id) noexcept {
    const std::uint32_t gen = registry_.generation();
    const auto st = driver_.state();
    if ((st == ses::State::Disconnected || st == ses::State::Closed) && registry_.state(id, gen) == rx::Config{}.state) {
      ++session_not_live_;
      const auto s = rx::Config{}.state;
      return {Disposition::rejected, rx::Code::none, Reason::session_not_live, s, s, 0, id, gen};
    }
    return registry_.bind(id, gen);
  }
  Consumed<Item> consume(std::uint64_t id) noexcept { return registry_.consume(id); }
  Consumed<Item> consume(std::uint64_t id, std::uint32_t gen) noexcept { return registry_.consume(id, gen); }
  Dropped drop_receiver(std::uint64_t id) noexcept { return registry_.drop_receiver(id); }
  Dropped drop_receiver(std::uint64_t id, std::uint32_t gen) noexcept { return registry_.drop_receiver(id, gen); }

  /// Channels the peer announced and no receiver was bound to, in every generation:
  /// f(const UnboundChannel&). After a resume, those of older generations wait for a bind
  /// that only the owner can still make; see release_unbound().
  template <class F>
  void for_each_unbound(F&& f) const {
    registry_.for_each_unbound(std::forward<F>(f));
  }
  /// Releases the unbound channels of every generation before the current one: each gets
  /// drop_receiver, its buffered items are discarded (counted), and its entry becomes a
  /// tombstone the next channel can reclaim. O(capacity).
  Released release_unbound() noexcept { return registry_.release_unbound(); }

  // --- inspection
  const Registry& channels() const noexcept { return registry_; }
  const Driver& driver() const noexcept { return driver_; }
  ses::State state() const noexcept { return driver_.state(); }
  std::uint32_t generation() const noexcept { return driver_.generation(); }
  std::uint64_t escalations() const noexcept { return escalations_; }
  std::uint64_t session_not_live() const noexcept { return session_not_live_; }
  /// Resumes refused because the current generation is the last (Reason::generations_exhausted).
  std::uint64_t generations_refused() const noexcept { return generations_refused_; }
  /// Items offered to the session; conservation: offered == registry items offered + refused at the gate.
  std::uint64_t items_offered() const noexcept { return items_offered_; }
  std::uint64_t items_refused_at_gate() const noexcept { return items_refused_at_gate_; }
  bool items_conserved() const noexcept {
    return registry_.items().conserved() && items_offered_ == registry_.items().offered + items_refused_at_gate_;
  }

 private:
  /// Whether `e` would begin a generation, asked of a copy: nothing changes, nothing is counted.
  bool would_begin_generation(ses::Event e) const noexcept {
    ses::Config probe = driver_.config();
    const auto o = ses::step(probe, e);
    return o.disposition == Disposition::transition && (o.actions & ses::bit(ses::Action::begin_generation)) != 0;
  }

  template <class ToChannel>
  FrameOutcome frame(std::uint64_t id, std::uint32_t gen, ToChannel&& to_channel) noexcept {
    FrameOutcome f;
    f.gate = driver_.dispatch(ses::Event::frame, gen);
    if (f.gate.disposition == Disposition::transition) {
      f.channel = to_channel();
      f.disposition = f.channel.disposition;
      f.reason = f.channel.reason;
    } else {
      // The driver answers a generation that has not begun with `rejected` (a caller bug
      // for local events). A peer frame claiming one is the peer's violation while the
      // session takes frames; once it is Disconnected or Closed it is ignored like any other.
      const bool future = gen > driver_.generation();
      const bool taking = driver_.state() == ses::State::Handshaking || driver_.state() == ses::State::Established;
      f.disposition = !future ? f.gate.disposition : taking ? Disposition::violation : Disposition::ignored;
      f.reason = future                                      ? Reason::future_generation
                 : f.gate.disposition == Disposition::stale ? Reason::stale
                                                             : Reason::not_routed;
      const auto s = registry_.state(id, gen);
      f.channel = {f.disposition, rx::Code::none, f.reason, s, s, 0, id, gen};
    }
    if (f.disposition == Disposition::violation) {
      f.escalated = true;
      ++escalations_;
      f.escalation = dispatch(ses::Event::violation);
    }
    return f;
  }

  TraceHook trace_;  // before driver_: the driver's hooks point at it
  Driver driver_;
  Registry registry_;
  std::uint64_t escalations_ = 0;
  std::uint64_t session_not_live_ = 0;
  std::uint64_t generations_refused_ = 0;
  std::uint64_t items_offered_ = 0;
  std::uint64_t items_refused_at_gate_ = 0;
};

}  // namespace phasegen::vox
