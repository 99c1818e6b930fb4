// The session wrapper: the session machine gates channel frames, performs its actions on
// the registry, and escalates violations.
#include <doctest/doctest.h>

#include <cstdint>
#include <limits>
#include <vector>

#include "phasegen/vox/session.hpp"

using phasegen::Disposition;
using phasegen::vox::Reason;
namespace rx = vox::rx_channel;
namespace ses = vox::session;

namespace {
using Session = phasegen::vox::Session<std::uint64_t>;

template <class O>
void moves(const O& o) {
  REQUIRE(o.disposition == Disposition::transition);
}
void moves(const phasegen::vox::SessionOutcome& o) { REQUIRE(o.outcome.disposition == Disposition::transition); }

void establish(Session& s) { moves(s.dispatch(ses::Event::handshake_ok)); }
}  // namespace

TEST_CASE("a frame before the handshake is a violation that closes the session with a protocol error") {
  Session s(8);
  const auto f = s.announce(1, 0);
  CHECK(f.disposition == Disposition::violation);
  CHECK(f.gate.code == ses::Code::frame_before_handshake);
  CHECK(f.channel.reason == Reason::not_routed);
  REQUIRE(f.escalated);
  CHECK(f.send_protocol_error());
  CHECK(s.state() == ses::State::Closed);
  CHECK(s.channels().size() == 0);
}

TEST_CASE("a new local channel needs a session that can carry it") {
  Session s(8);
  moves(s.bind(3));  // before the handshake ends: allowed, and failed if the session never starts
  establish(s);
  moves(s.bind(4));
  moves(s.dispatch(ses::Event::conduit_break));
  const auto o = s.bind(5);
  CHECK(o.disposition == Disposition::rejected);
  CHECK(o.reason == Reason::session_not_live);
  CHECK(s.bind(4).code == rx::Code::channel_failed);  // an existing channel answers for itself
  CHECK(s.session_not_live() == 1);
}

TEST_CASE("every way into Closed fails the channels, also before the handshake ended") {
  Session s(8);
  moves(s.bind(3));
  const auto sorry = s.dispatch(ses::Event::handshake_sorry);
  CHECK(sorry.outcome.to == ses::State::Closed);
  CHECK(sorry.failed.failed == 1);
  CHECK(s.consume(3).outcome.code == rx::Code::channel_failed);
}

TEST_CASE("a channel violation escalates: protocol error, every live channel fails, session closed") {
  Session s(8);
  establish(s);
  moves(s.bind(1));  // will be failed by the escalation
  moves(s.on_item(1, 0, 10));
  moves(s.bind(2));  // closed gracefully before
  moves(s.on_close(2, 0));
  moves(s.announce(3, 0));
  for (int i = 0; i < rx::params::credit; ++i) moves(s.on_item(3, 0, 30));
  const auto f = s.on_item(3, 0, 31);  // one beyond the credit
  CHECK(f.disposition == Disposition::violation);
  CHECK(f.channel.code == rx::Code::credit_exceeded);
  REQUIRE(f.escalated);
  CHECK(f.escalation.outcome.to == ses::State::Closed);
  CHECK(f.send_protocol_error());
  CHECK(f.escalation.emitted(ses::Action::fail_channels));
  CHECK(f.escalation.failed.failed == 2);  // channels 1 and 3

  // The consumer tells failure from a graceful end.
  const auto item = s.consume(1);
  REQUIRE(item.item.has_value());
  CHECK(*item.item == 10);
  CHECK(s.consume(1).outcome.code == rx::Code::channel_failed);
  CHECK(s.consume(2).outcome.code == rx::Code::channel_closed);
  // Frames after the end are ignored by the session and never reach a channel.
  const auto late = s.on_item(1, 0, 11);
  CHECK(late.disposition == Disposition::ignored);
  CHECK(late.gate.code == ses::Code::session_closed);
  CHECK(late.channel.reason == Reason::not_routed);
  CHECK_FALSE(late.escalated);
  CHECK(s.items_conserved());
}

TEST_CASE("disconnect, resume: old-generation frames are stale and counted, new ones flow") {
  Session s(8);
  establish(s);
  moves(s.bind(1));
  moves(s.on_item(1, 0, 100));
  moves(s.bind(2));

  const auto brk = s.dispatch(ses::Event::conduit_break);
  CHECK(brk.emitted(ses::Action::fail_channels));
  CHECK(brk.failed.failed == 2);
  CHECK(s.channels().state(1, 0) == rx::State::Failing);  // its item is still deliverable
  CHECK(s.channels().state(2, 0) == rx::State::Failed);

  const auto broken = s.on_item(2, 0, 200);  // read from the broken conduit before the break was noticed
  CHECK(broken.disposition == Disposition::ignored);
  CHECK(broken.gate.code == ses::Code::conduit_broken);

  const auto resumed = s.dispatch(ses::Event::resume_ok);
  CHECK(resumed.generation_began);
  CHECK(resumed.failed_at_bump.delivered == 0);  // fail_channels already did it
  CHECK(s.generation() == 1);
  CHECK(s.channels().generation() == 1);

  const auto stale = s.on_item(1, 0, 101);
  CHECK(stale.disposition == Disposition::stale);
  CHECK(stale.reason == Reason::stale);
  CHECK_FALSE(stale.escalated);
  CHECK(s.driver().count(Disposition::stale) == 1);
  CHECK(s.state() == ses::State::Established);

  // Generation 1 starts with no channels; the old one still drains.
  const auto fresh = s.on_item(1, 1, 1);
  CHECK(fresh.channel.code == rx::Code::unknown_channel);  // a violation: escalates
  CHECK(s.state() == ses::State::Closed);
  CHECK(*s.consume(1, 0).item == 100);
  CHECK(s.consume(1, 0).outcome.code == rx::Code::channel_failed);
  CHECK(s.items_conserved());
  CHECK(s.items_refused_at_gate() == 2);
}

TEST_CASE("a new generation carries new channels; a frame of a future generation is a violation") {
  Session s(8);
  establish(s);
  moves(s.dispatch(ses::Event::conduit_break));
  moves(s.dispatch(ses::Event::resume_ok));
  moves(s.announce(4, 1));
  moves(s.on_item(4, 1, 5));
  moves(s.bind(4));
  CHECK(*s.consume(4).item == 5);
  const auto future = s.on_close(4, 2);
  CHECK(future.disposition == Disposition::violation);
  CHECK(future.reason == Reason::future_generation);
  CHECK(future.escalated);
  CHECK(s.state() == ses::State::Closed);
  CHECK(s.channels().state(4, 1) == rx::State::Failed);
}

TEST_CASE("resume attempts run out and close the session") {
  Session s(4);
  establish(s);
  moves(s.dispatch(ses::Event::keepalive_timeout));
  for (int i = 0; i + 1 < ses::params::max_attempts; ++i) moves(s.dispatch(ses::Event::resume_failed));
  const auto last = s.dispatch(ses::Event::resume_failed);
  CHECK(last.outcome.to == ses::State::Closed);
  CHECK(s.dispatch(ses::Event::resume_ok).outcome.code == ses::Code::session_closed);
}

// --- issue 10: generations never wrap around; unbound channels can be listed and released.

TEST_CASE("the last generation refuses a resume instead of wrapping around to generation 0") {
  constexpr std::uint32_t last = std::numeric_limits<std::uint32_t>::max();
  Session s(8, 0, {}, phasegen::vox::HashKey{1, 2}, last - 1);  // the test hook: start near the end
  establish(s);
  moves(s.announce(1, last - 1));
  moves(s.on_item(1, last - 1, 10));
  moves(s.dispatch(ses::Event::conduit_break));
  const auto resumed = s.dispatch(ses::Event::resume_ok);
  moves(resumed);
  CHECK(resumed.generation_began);
  CHECK(s.generation() == last);
  CHECK(s.on_item(1, last - 1, 11).disposition == Disposition::stale);
  moves(s.announce(2, last));
  moves(s.on_item(2, last, 20));

  moves(s.dispatch(ses::Event::conduit_break));
  const auto refused = s.dispatch(ses::Event::resume_ok);
  CHECK(refused.outcome.disposition == Disposition::rejected);
  CHECK(refused.reason == Reason::generations_exhausted);
  CHECK_FALSE(refused.generation_began);
  CHECK(refused.outcome.actions == 0);
  CHECK(s.state() == ses::State::Disconnected);  // unchanged: the owner shuts it down
  CHECK(s.generation() == last);
  CHECK(s.generations_refused() == 1);
  // Generation 0 is not current again: its frames stay stale, its channels stay failed.
  CHECK(s.on_item(2, 0, 21).disposition == Disposition::stale);
  CHECK(s.channels().state(2, last) == rx::State::AnnouncedFailing);
  CHECK(s.dispatch(ses::Event::shutdown).outcome.to == ses::State::Closed);
  CHECK(s.items_conserved());

  // The layers below refuse on their own, too.
  phasegen::vox::ChannelRegistry<std::uint64_t> reg(4, {}, 0, {1, 2}, last);
  const auto bump = reg.begin_generation();
  CHECK(bump.refused);
  CHECK(reg.generation() == last);
  phasegen::Driver<ses::Machine> d(0, {}, last);
  CHECK_FALSE(d.begin_generation());
  CHECK(d.generation() == last);
}

namespace {
/// Announces channels 1..3 on generation 0 with items (1 has two), never binds them, and resumes.
void announce_and_resume(Session& s) {
  establish(s);
  for (std::uint64_t id = 1; id <= 3; ++id) {
    moves(s.announce(id, 0));
    moves(s.on_item(id, 0, id * 10));
  }
  moves(s.on_item(1, 0, 11));
  moves(s.dispatch(ses::Event::conduit_break));
  moves(s.dispatch(ses::Event::resume_ok));
  REQUIRE(s.generation() == 1);
}
}  // namespace

TEST_CASE("channels announced and never bound are listed after a resume and can be released") {
  // Without a release they hold 3 of the 4 entries: the second new channel does not fit,
  // and the peer's announce (a violation: too-many-channels) closes the session.
  Session stuck(4, 0, {}, phasegen::vox::HashKey{3, 4});
  announce_and_resume(stuck);
  moves(stuck.announce(10, 1));
  const auto full = stuck.announce(11, 1);
  CHECK(full.reason == Reason::too_many_channels);
  CHECK(full.escalated);
  CHECK(stuck.state() == ses::State::Closed);

  Session s(4, 0, {}, phasegen::vox::HashKey{3, 4});
  announce_and_resume(s);
  std::vector<phasegen::vox::UnboundChannel> seen;
  s.for_each_unbound([&](const phasegen::vox::UnboundChannel& u) { seen.push_back(u); });
  REQUIRE(seen.size() == 3);
  std::size_t buffered = 0;
  for (const auto& u : seen) {
    CHECK(u.generation == 0);
    CHECK(u.state == rx::State::AnnouncedFailing);
    buffered += u.queued;
  }
  CHECK(buffered == 4);
  moves(s.announce(10, 1));  // unbound too, but of the current generation: listed, not released
  seen.clear();
  s.for_each_unbound([&](const phasegen::vox::UnboundChannel& u) { seen.push_back(u); });
  CHECK(seen.size() == 4);

  const auto released = s.release_unbound();
  CHECK(released.channels == 3);
  CHECK(released.discarded == 4);
  CHECK(s.channels().items().discarded == 4);
  CHECK(s.channels().state(1, 0) == rx::State::Failed);
  seen.clear();
  s.for_each_unbound([&](const phasegen::vox::UnboundChannel& u) { seen.push_back(u); });
  REQUIRE(seen.size() == 1);
  CHECK(seen[0].id == 10);
  for (std::uint64_t id = 11; id <= 13; ++id) moves(s.announce(id, 1));  // the tombstones make room
  CHECK(s.channels().reclaimed() == 3);
  CHECK(s.state() == ses::State::Established);
  CHECK(s.items_conserved());
  CHECK(s.channels().check_invariants());
  CHECK(s.release_unbound().channels == 0);  // nothing older is left
}
