// A hostile peer cannot make the runtime allocate: this binary replaces the global
// operator new/delete with counting versions, builds the sessions and a registry, and
// then feeds well over a million hostile frames (random ids, announces beyond the table,
// items beyond the credit, stale and future generations, wrong-direction frames, broken
// framing) plus local operations and disconnect/resume cycles, and asserts that not one
// allocation happened while it ran. Checks inside the window only bump plain counters
// (a doctest assertion may allocate); they are asserted afterwards.
#include <doctest/doctest.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <new>
#include <random>
#include <vector>

#include "../../examples/net_frames.hpp"
#include "phasegen/vox/registry.hpp"
#include "phasegen/vox/session.hpp"
#include "../counting_new.hpp"

using counting_new::allocations;  // tests/counting_new.cpp: the replaced operator new counts
using counting_new::counting;

namespace {

namespace nf = netframes;
namespace rx = vox::rx_channel;
namespace ses = vox::session;
namespace pv = phasegen::vox;
using phasegen::Disposition;
using Session = pv::Session<std::uint64_t>;

constexpr std::uint64_t frames_per_target = 1'100'000;

struct Tally {
  std::array<std::uint64_t, 5> by_disposition{};
  std::uint64_t escalations = 0, bad = 0;
  void see(Disposition d) { ++by_disposition[static_cast<std::size_t>(d)]; }
};

// One hostile frame: mostly channel frames with random ids and generations.
nf::Frame hostile(std::mt19937_64& rng, std::uint32_t generation) {
  nf::Frame f;
  const auto r = rng();
  const std::uint8_t kinds[] = {1, 2, 2, 2, 2, 3, 4, 5};  // announce, item x4, close, reset, grant
  f.type = static_cast<nf::Type>(kinds[r % 8]);
  f.channel = (r >> 8) % 4096;  // far more ids than any table holds
  const auto g = (r >> 20) % 16;
  f.generation = g == 0 && generation > 0 ? generation - 1 : g == 1 ? generation + 1 : generation;
  f.value = r >> 32;
  return f;
}

}  // namespace

TEST_CASE("the counting operator new is the one in use (in every build configuration)") {
  counting.store(true);
  void* p = ::operator new(sizeof(int));  // a call, not a new-expression: no compiler may elide it
  counting.store(false);
  ::operator delete(p);
  REQUIRE(allocations.load() == 1);
  allocations.store(0);
}

TEST_CASE("a hostile peer cannot make the runtime allocate: over 1M frames each to a registry, to sessions and to their sending side") {
  std::mt19937_64 rng(0x5eed);
  // Everything is built before the window opens.
  pv::ChannelRegistry<std::uint64_t> reg(64);
  std::vector<std::unique_ptr<Session>> sessions;
  for (std::uint64_t i = 0; i < 1024; ++i) sessions.push_back(std::make_unique<Session>(8, i + 1));
  std::vector<std::unique_ptr<Session>> senders;  // step 3: the sending side
  for (std::uint64_t i = 0; i < 2048; ++i) senders.push_back(std::make_unique<Session>(8, i + 1));
  std::size_t sender = 0;
  std::uint64_t tx_frames = 0, tx_sent = 0;
  std::array<std::uint8_t, nf::max_frame> wire{};
  Tally t;
  std::size_t current = 0;
  std::uint64_t decoded = 0, undecodable = 0, session_frames = 0, delivered_sessions = 0;

  counting.store(true);
  // 1. The registry alone: never escalates, so every frame reaches a channel.
  for (std::uint64_t i = 0; i < frames_per_target; ++i) {
    const nf::Frame f = hostile(rng, reg.generation());
    switch (f.type) {
      case nf::Type::announce: t.see(reg.announce(f.channel, f.generation).disposition); break;
      case nf::Type::item: t.see(reg.on_item(f.channel % 96, f.generation, f.value).disposition); break;
      case nf::Type::close: t.see(reg.on_close(f.channel % 96, f.generation).disposition); break;
      case nf::Type::reset: t.see(reg.on_reset(f.channel, f.generation).disposition); break;
      default: t.see(reg.on_grant(f.channel, f.generation).disposition); break;
    }
    const auto local = rng() % 64;  // the owner's side keeps going too
    if (local < 4) t.see(reg.bind(rng() % 96).disposition);
    else if (local < 8) t.see(reg.consume(rng() % 96).outcome.disposition);
    else if (local == 8) t.see(reg.drop_receiver(rng() % 96).outcome.disposition);
    else if (local == 9 && rng() % 64 == 0) t.bad += reg.disconnect_all().delivered > reg.capacity();
    else if (local == 10 && rng() % 4096 == 0) t.bad += reg.begin_generation().delivered > reg.capacity();
  }
  // 2. Sessions, through the frame codec: live channel traffic (announce, 17 items, close;
  //    the owner binds after the first item and consumes one per frame) with a hostile frame mixed in now and then. A
  //    violation closes a session and the next one takes over; disconnect/resume cycles
  //    make frames of the old generation stale.
  std::uint64_t c = 0;
  for (std::uint64_t i = 0; i < frames_per_target; ++i, ++c) {
    if (sessions[current]->state() == ses::State::Closed && current + 1 < sessions.size()) ++current, c = 0;
    Session& s = *sessions[current];
    if (s.state() == ses::State::Handshaking) t.see(s.dispatch(ses::Event::handshake_ok).outcome.disposition);
    if (rng() % 20000 == 0) {
      t.see(s.dispatch(ses::Event::conduit_break).outcome.disposition);
      t.see(s.dispatch(ses::Event::resume_ok).outcome.disposition);
      std::size_t older = 0;  // the owner's sweep after a resume allocates nothing either
      s.for_each_unbound([&](const pv::UnboundChannel& u) { older += u.generation < s.generation(); });
      t.bad += s.release_unbound().channels != older;
    }
    nf::Frame f;
    const std::uint64_t id = c / 19 + 1, phase = c % 19;
    f.channel = id;
    f.generation = s.generation();
    f.type = phase == 0 ? nf::Type::announce : phase == 18 ? nf::Type::close : nf::Type::item;  // 17 items
    f.value = c;
    if (rng() % 1024 == 0) f = hostile(rng, s.generation());
    std::size_t n = nf::encode(f, wire.data());
    if (rng() % 8192 == 0) wire[0] = 0xff;  // broken framing now and then
    const nf::Decoded d = nf::decode(wire.data(), n);
    if (d.status != nf::Decode::frame) {
      ++undecodable;
      t.see(s.dispatch(ses::Event::violation).outcome.disposition);
      continue;
    }
    ++decoded;
    const auto a = nf::apply(s, d.frame);
    if (a.channel_frame) {
      ++session_frames;
      t.see(a.frame.disposition);
      t.escalations += a.frame.escalated;
    } else {
      t.see(a.session.outcome.disposition);
    }
    if (phase == 1) t.see(s.bind(id).disposition);
    if (phase >= 2) t.see(s.consume(id).outcome.disposition);
    if (rng() % 4096 == 0) t.see(s.drop_receiver(id).outcome.disposition);
    if (!s.items_conserved()) ++t.bad;
    if (s.channels().items().delivered > 0) ++delivered_sessions;
  }
  // 3. The sending side (Tx tables): the owner opens, sends and closes channels; the peer
  //    grants credit back and now and then resets a channel; a hostile Reset or
  //    GrantCredit{n} is mixed in (ids opened or not, any generation, n past the credit).
  //    A violation closes a session and the next one takes over.
  for (std::uint64_t i = 0; i < frames_per_target; ++i) {
    if (senders[sender]->state() == ses::State::Closed && sender + 1 < senders.size()) ++sender;
    Session& s = *senders[sender];
    if (s.state() == ses::State::Handshaking) t.see(s.dispatch(ses::Event::handshake_ok).outcome.disposition);
    const std::uint64_t id = rng() % 12;
    const auto r = rng() % 32;
    if (rng() % 1024 == 0) {
      ++tx_frames;
      const std::uint32_t gen = s.generation() + static_cast<std::uint32_t>(rng() % 3) - 1;
      if (r < 16)
        t.see(s.on_tx_grant(rng(), gen, static_cast<std::uint32_t>(rng() % 40)).disposition);
      else
        t.see(s.on_tx_reset(id, gen).disposition);
    } else if (r < 2) {
      t.see(s.open_tx(id).disposition);
    } else if (r < 24) {
      const auto o = s.send(id);
      t.see(o.disposition);
      tx_sent += o.emitted(vox::tx_channel::Action::send_item);
    } else if (r == 24) {
      t.see(s.close_tx(id).disposition);
    } else if (s.tx().state(id, s.generation()) == vox::tx_channel::State::Open && s.sends_on(id, s.generation())) {
      const int window = s.tx().config(id, s.generation()).vars.window;
      ++tx_frames;
      if (r < 31 && window < vox::tx_channel::params::credit)
        t.see(s.on_tx_grant(id, s.generation(), static_cast<std::uint32_t>(vox::tx_channel::params::credit - window)).disposition);
      else if (r == 31)
        t.see(s.on_tx_reset(id, s.generation()).disposition);
    }
    if (rng() % 8192 == 0) {
      t.see(s.dispatch(ses::Event::conduit_break).outcome.disposition);
      t.see(s.dispatch(ses::Event::resume_ok).outcome.disposition);
    }
  }
  counting.store(false);
  for (std::size_t i = 0; i <= sender; ++i) t.bad += !senders[i]->tx().check_invariants();

  CHECK(allocations.load() == 0);
  CHECK(t.bad == 0);
  CHECK(reg.items().conserved());
  CHECK(reg.check_invariants());
  CHECK(reg.size() <= reg.capacity());
  CHECK(reg.items().offered > 400'000);
  CHECK(reg.count(pv::Reason::too_many_channels) > 0);
  CHECK(reg.count(pv::Reason::stale) > 0);
  CHECK(reg.count(pv::Reason::future_generation) > 0);
  CHECK(reg.count(Disposition::violation) > 0);
  CHECK(decoded + undecodable == frames_per_target);
  CHECK(undecodable > 0);
  CHECK(t.escalations > 0);
  CHECK(current > 0);  // hostile frames closed sessions, and the next ones took over
  CHECK(delivered_sessions > frames_per_target / 2);  // most frames met a live session that delivered
  CHECK(sender > 0);
  CHECK(tx_sent > frames_per_target / 8);
  MESSAGE("sending side: " << tx_frames << " Reset/GrantCredit frames, " << tx_sent << " items sent over "
                           << sender + 1 << " sessions");
  MESSAGE("registry: " << reg.items().offered << " items offered, " << reg.count(pv::Reason::too_many_channels)
                       << " too-many-channels, " << reg.count(pv::Reason::stale) << " stale; sessions: " << session_frames
                       << " channel frames over " << current + 1 << " sessions, " << t.escalations << " escalations, "
                       << t.by_disposition[0] << " transitions in all");
}
