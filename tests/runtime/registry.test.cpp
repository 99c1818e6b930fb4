// The channel registry: one table keyed by (id, generation), driven by vox::rx_channel.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <random>
#include <utility>

#include "phasegen/vox/registry.hpp"

using phasegen::Disposition;
using phasegen::vox::ChannelRegistry;
using phasegen::vox::Reason;
namespace rx = vox::rx_channel;

namespace {
using Registry = ChannelRegistry<std::uint64_t>;
constexpr auto credit = static_cast<std::uint64_t>(rx::params::credit);

// Setup steps must succeed; every result is looked at (the outcome types are [[nodiscard]]).
template <class O>
void moves(const O& o) {
  REQUIRE(o.disposition == Disposition::transition);
}
template <class Item>
void moves(const phasegen::vox::Consumed<Item>& c) {
  REQUIRE(c.outcome.disposition == Disposition::transition);
}

void check_outcome(const phasegen::vox::ChannelOutcome& o, Disposition d, rx::Code c, rx::State to,
                   Reason r = Reason::none) {
  CHECK(o.disposition == d);
  CHECK(o.code == c);
  CHECK(o.to == to);
  CHECK(o.reason == r);
}
}  // namespace

TEST_CASE("the queue of a channel is its ring and holds exactly the credit") {
  static_assert(Registry::Queue::capacity() == static_cast<std::size_t>(rx::params::credit));
  Registry reg(4);
  REQUIRE(reg.announce(1, 0).disposition == Disposition::transition);
  for (std::uint64_t i = 0; i < credit; ++i) check_outcome(reg.on_item(1, 0, i), Disposition::transition, rx::Code::none, rx::State::Announced);
  CHECK(reg.queue_size(1, 0) == credit);  // the ring is full exactly now...
  // ...and the next item is the machine's violation, never a failed push or a drop.
  check_outcome(reg.on_item(1, 0, 99), Disposition::violation, rx::Code::credit_exceeded, rx::State::Announced);
  CHECK(reg.count(Reason::queue_overflow) == 0);
  CHECK(reg.items().refused == 1);
  CHECK(reg.items().accepted == credit);
  CHECK(reg.check_invariants());
}

TEST_CASE("items buffered before bind are handed to the receiver in order, none lost") {
  Registry reg(4);
  moves(reg.announce(7, 0));
  for (std::uint64_t i = 1; i <= 5; ++i) REQUIRE(reg.on_item(7, 0, i).disposition == Disposition::transition);
  check_outcome(reg.bind(7), Disposition::transition, rx::Code::none, rx::State::Open);
  CHECK(reg.queue_size(7, 0) == 5);
  REQUIRE(reg.on_item(7, 0, 6).disposition == Disposition::transition);
  for (std::uint64_t i = 1; i <= 6; ++i) {
    const auto c = reg.consume(7);
    REQUIRE(c.item.has_value());
    CHECK(*c.item == i);
    CHECK(c.outcome.emitted(rx::Action::grant_credit));  // one credit back per consumed item
  }
  check_outcome(reg.consume(7).outcome, Disposition::ignored, rx::Code::queue_empty, rx::State::Open);
  CHECK(reg.items().delivered == 6);
  CHECK(reg.check_invariants());
}

TEST_CASE("ids never announced are a violation and create no entry") {
  Registry reg(4);
  check_outcome(reg.on_item(3, 0, 1), Disposition::violation, rx::Code::unknown_channel, rx::State::Unknown);
  check_outcome(reg.on_close(3, 0), Disposition::violation, rx::Code::unknown_channel, rx::State::Unknown);
  check_outcome(reg.consume(3).outcome, Disposition::rejected, rx::Code::not_registered, rx::State::Unknown);
  CHECK(reg.size() == 0);
  CHECK(reg.items().refused == 1);
  CHECK(reg.count(Disposition::violation) == 2);
}

TEST_CASE("data after close is a violation, also once the channel is a terminal tombstone") {
  Registry reg(4);
  moves(reg.bind(5));
  moves(reg.on_item(5, 0, 10));
  check_outcome(reg.on_close(5, 0), Disposition::transition, rx::Code::none, rx::State::Draining);
  check_outcome(reg.on_item(5, 0, 11), Disposition::violation, rx::Code::data_after_close, rx::State::Draining);
  const auto last = reg.consume(5);
  REQUIRE(last.item.has_value());
  CHECK(*last.item == 10);
  CHECK(last.outcome.to == rx::State::Closed);
  CHECK_FALSE(last.outcome.emitted(rx::Action::grant_credit));  // the peer closed: no credit back
  check_outcome(reg.consume(5).outcome, Disposition::rejected, rx::Code::channel_closed, rx::State::Closed);
  CHECK(reg.tombstones() == 1);
  check_outcome(reg.on_item(5, 0, 12), Disposition::violation, rx::Code::data_after_close, rx::State::Closed);
  check_outcome(reg.on_close(5, 0), Disposition::violation, rx::Code::duplicate_close, rx::State::Closed);
  check_outcome(reg.announce(5, 0), Disposition::violation, rx::Code::channel_id_reuse, rx::State::Closed);
  CHECK(reg.check_invariants());
}

TEST_CASE("disconnect fails live channels; queued items are delivered, then channel-failed, unlike a close") {
  Registry reg(8);
  moves(reg.bind(1));  // open, two items queued
  moves(reg.on_item(1, 0, 100));
  moves(reg.on_item(1, 0, 101));
  moves(reg.bind(2));  // closed gracefully, drained
  moves(reg.on_close(2, 0));
  moves(reg.bind(3));  // peer closed, one item left: the stream is complete
  moves(reg.on_item(3, 0, 300));
  moves(reg.on_close(3, 0));
  moves(reg.announce(4, 0));  // never bound

  const auto sum = reg.disconnect_all();
  CHECK(sum.delivered == 3);  // 1, 3, 4; 2 is terminal
  CHECK(sum.failed == 2);
  CHECK(sum.unchanged == 1);
  CHECK(reg.state(1, 0) == rx::State::Failing);
  CHECK(reg.state(3, 0) == rx::State::Draining);
  CHECK(reg.state(4, 0) == rx::State::Failed);

  CHECK(*reg.consume(1).item == 100);
  CHECK(*reg.consume(1).item == 101);
  check_outcome(reg.consume(1).outcome, Disposition::rejected, rx::Code::channel_failed, rx::State::Failed);
  check_outcome(reg.consume(2).outcome, Disposition::rejected, rx::Code::channel_closed, rx::State::Closed);
  CHECK(*reg.consume(3).item == 300);
  check_outcome(reg.consume(3).outcome, Disposition::rejected, rx::Code::channel_closed, rx::State::Closed);
  check_outcome(reg.on_item(1, 0, 102), Disposition::ignored, rx::Code::channel_failed, rx::State::Failed);
  CHECK(reg.items().conserved());
}

TEST_CASE("dropping the receiver discards its queue (counted) and answers the peer with reset") {
  Registry reg(4);
  moves(reg.bind(9));
  for (std::uint64_t i = 0; i < 3; ++i) moves(reg.on_item(9, 0, i));
  const auto d = reg.drop_receiver(9);
  CHECK(d.discarded == 3);
  CHECK(d.outcome.to == rx::State::ResetSent);
  CHECK(d.outcome.emitted(rx::Action::send_reset));
  check_outcome(reg.on_item(9, 0, 4), Disposition::ignored, rx::Code::reset_race, rx::State::ResetSent);
  check_outcome(reg.consume(9).outcome, Disposition::rejected, rx::Code::receiver_dropped, rx::State::ResetSent);
  check_outcome(reg.on_close(9, 0), Disposition::transition, rx::Code::none, rx::State::Closed);
  CHECK(reg.items().discarded == 3);
  CHECK(reg.items().refused == 1);
  CHECK(reg.items().conserved());
}

TEST_CASE("reset and grant travel the other way: wrong-direction") {
  Registry reg(4);
  moves(reg.bind(2));
  check_outcome(reg.on_reset(2, 0), Disposition::violation, rx::Code::wrong_direction, rx::State::Open);
  check_outcome(reg.on_grant(2, 0), Disposition::violation, rx::Code::wrong_direction, rx::State::Open);
}

TEST_CASE("a full table answers too-many-channels, and reclaims only drained terminal entries, oldest first") {
  Registry reg(2);
  moves(reg.announce(1, 0));
  moves(reg.announce(2, 0));
  check_outcome(reg.announce(3, 0), Disposition::violation, rx::Code::none, rx::State::Unknown, Reason::too_many_channels);
  check_outcome(reg.bind(3), Disposition::rejected, rx::Code::none, rx::State::Unknown, Reason::too_many_channels);
  CHECK(reg.count(Reason::too_many_channels) == 2);
  CHECK(reg.state(3, 0) == rx::State::Unknown);

  // Channel 1 fails, never bound, with an undelivered item (AnnouncedFailing): not reclaimable.
  moves(reg.on_item(1, 0, 11));
  CHECK(reg.disconnect_all().failed == 2);
  CHECK(reg.state(1, 0) == rx::State::AnnouncedFailing);
  CHECK(reg.state(2, 0) == rx::State::Failed);
  CHECK(reg.tombstones() == 1);  // only 2: its queue is empty
  check_outcome(reg.announce(3, 0), Disposition::transition, rx::Code::none, rx::State::Announced);
  CHECK(reg.reclaimed() == 1);
  CHECK(reg.state(2, 0) == rx::State::Unknown);  // gone: a late frame is now unknown-channel
  CHECK(reg.state(1, 0) == rx::State::AnnouncedFailing);  // kept: its item is still deliverable
  CHECK(reg.announce(4, 0).reason == Reason::too_many_channels);
  check_outcome(reg.consume(1).outcome, Disposition::rejected, rx::Code::not_registered, rx::State::AnnouncedFailing);
  moves(reg.bind(1));                 // a late bind still gets the item
  CHECK(*reg.consume(1).item == 11);  // drained now: reclaimable
  CHECK(reg.tombstones() == 1);
  CHECK(reg.announce(4, 0).disposition == Disposition::transition);
  CHECK(reg.check_invariants());
}

TEST_CASE("frames of an older generation are stale and never applied; old entries stay drainable") {
  Registry reg(8);
  moves(reg.bind(1));
  moves(reg.on_item(1, 0, 42));
  const auto bump = reg.begin_generation();  // nobody failed channel 1 first: the bump does
  CHECK(bump.failed == 1);
  CHECK(reg.generation() == 1);
  const auto before = reg.config(1, 0);
  const auto stale = reg.on_item(1, 0, 43);
  CHECK(stale.disposition == Disposition::stale);
  CHECK(stale.reason == Reason::stale);
  CHECK(reg.config(1, 0) == before);
  CHECK(reg.on_close(1, 0).disposition == Disposition::stale);
  CHECK(reg.announce(8, 0).disposition == Disposition::stale);
  CHECK(reg.count(Disposition::stale) == 3);
  CHECK(reg.items().refused == 1);

  // The consumer of the old generation drains what was queued before the failure.
  CHECK(*reg.consume(1, 0).item == 42);
  CHECK(reg.consume(1, 0).outcome.code == rx::Code::channel_failed);
  // A local op on an old generation cannot create an entry there.
  CHECK(reg.bind(5, 0).disposition == Disposition::stale);

  // The same id in the new generation is a new channel.
  CHECK(reg.state(1, 1) == rx::State::Unknown);
  CHECK(reg.announce(1, 1).to == rx::State::Announced);
  // A generation that has not begun: the peer's violation, a local caller's bug.
  const auto future = reg.on_item(1, 2, 0);
  CHECK(future.disposition == Disposition::violation);
  CHECK(future.reason == Reason::future_generation);
  CHECK(reg.bind(6, 2).disposition == Disposition::rejected);
  CHECK(reg.check_invariants());
}

TEST_CASE("the registry agrees with the machine and a model queue on random operations") {
  // Reference: one rx_channel configuration and one std::deque per (id, generation).
  // Capacity is large enough that no tombstone is reclaimed, so the model needs none.
  std::mt19937_64 rng(20240601);
  Registry reg(256);
  std::map<std::pair<std::uint64_t, std::uint32_t>, std::pair<rx::Config, std::deque<std::uint64_t>>> model;
  std::uint64_t next_item = 0;
  for (int step = 0; step < 20000; ++step) {
    const std::uint32_t cur = reg.generation();
    const std::uint64_t id = rng() % 12;
    std::uint32_t gen = cur;
    if (cur > 0 && rng() % 8 == 0) gen = cur - 1;
    auto& [config, queue] = model[{id, gen}];
    const bool old = gen < cur;
    const rx::Config before = config;
    const int op = static_cast<int>(rng() % 100);
    if (op < 2 && cur < 6) {
      const auto bumped = reg.begin_generation();
      std::size_t want_failed = 0;
      for (auto& [key, m] : model)
        if (key.second == cur) {
          rx::Config probe = m.first;
          if (rx::step(probe, rx::Event::disconnect).disposition == Disposition::transition) {
            m.first = probe;
            ++want_failed;
          }
        }
      CHECK(bumped.failed == want_failed);
      continue;
    }
    if (op < 4) {
      const auto sum = reg.disconnect_all();
      std::size_t want_delivered = 0;
      for (auto& [key, m] : model) {
        if (key.second != cur || m.first.state == rx::State::Closed || m.first.state == rx::State::Failed ||
            m.first.state == rx::State::Unknown)
          continue;
        ++want_delivered;
        CHECK(rx::step(m.first, rx::Event::disconnect).disposition != Disposition::violation);
      }
      CHECK(sum.delivered == want_delivered);
      continue;
    }
    if (op < 40) {
      const std::uint64_t item = next_item++;
      const auto o = reg.on_item(id, gen, item);
      if (old) {
        CHECK(o.disposition == Disposition::stale);
        continue;
      }
      const auto want = rx::step(config, rx::Event::item);
      REQUIRE(o.disposition == want.disposition);
      CHECK(o.code == want.code);
      if (want.disposition == Disposition::transition) queue.push_back(item);
    } else if (op < 65) {
      const auto c = reg.consume(id, gen);
      if (old && before.state == rx::State::Unknown) {
        CHECK(c.outcome.disposition == Disposition::stale);
        continue;
      }
      const auto want = rx::step(config, rx::Event::consume);
      REQUIRE(c.outcome.disposition == want.disposition);
      CHECK(c.outcome.code == want.code);
      REQUIRE(c.item.has_value() == (want.disposition == Disposition::transition));
      if (c.item) {
        REQUIRE(!queue.empty());
        CHECK(*c.item == queue.front());
        queue.pop_front();
      }
    } else {
      const rx::Event events[] = {rx::Event::announce, rx::Event::bind, rx::Event::close, rx::Event::drop_receiver,
                                  rx::Event::reset, rx::Event::grant};
      const auto e = events[rng() % 6];
      phasegen::vox::ChannelOutcome o;
      std::size_t discarded = 0;
      switch (e) {
        case rx::Event::announce: o = reg.announce(id, gen); break;
        case rx::Event::bind: o = reg.bind(id, gen); break;
        case rx::Event::close: o = reg.on_close(id, gen); break;
        case rx::Event::reset: o = reg.on_reset(id, gen); break;
        case rx::Event::grant: o = reg.on_grant(id, gen); break;
        default: {
          const auto d = reg.drop_receiver(id, gen);
          o = d.outcome;
          discarded = d.discarded;
        }
      }
      const bool peer = e != rx::Event::bind && e != rx::Event::drop_receiver;
      if (old && (peer || before.state == rx::State::Unknown)) {
        CHECK(o.disposition == Disposition::stale);
        continue;
      }
      const auto want = rx::step(config, e);
      REQUIRE(o.disposition == want.disposition);
      CHECK(o.code == want.code);
      CHECK(o.actions == want.actions);
      if (e == rx::Event::drop_receiver && want.disposition == Disposition::transition) {
        CHECK(discarded == queue.size());
        queue.clear();
      }
    }
    REQUIRE(reg.config(id, gen) == config);
    REQUIRE(reg.queue_size(id, gen) == queue.size());
  }
  CHECK(reg.reclaimed() == 0);
  CHECK(reg.check_invariants());
  CHECK(reg.items().offered == next_item);
}

TEST_CASE("a small table under churn keeps its index, tombstones and item accounting consistent") {
  std::mt19937_64 rng(7);
  Registry reg(16, {}, 0, {0x1234, 0});
  std::array<std::uint64_t, 5> seen{};  // every outcome, by disposition, as the caller saw it
  const auto see = [&](const phasegen::vox::ChannelOutcome& o) { ++seen[static_cast<std::size_t>(o.disposition)]; };
  for (int step = 0; step < 50000; ++step) {
    const std::uint64_t id = rng() % 64;
    const std::uint32_t gen = reg.generation();
    switch (rng() % 8) {
      case 0: see(reg.announce(id, gen)); break;
      case 1: see(reg.bind(id)); break;
      case 2: see(reg.on_item(id, gen, id)); break;
      case 3: see(reg.on_close(id, gen)); break;
      case 4: see(reg.consume(id).outcome); break;
      case 5: see(reg.drop_receiver(id).outcome); break;
      case 6:
        if (rng() % 50 == 0) {
          const auto sum = reg.disconnect_all();
          seen[static_cast<std::size_t>(Disposition::transition)] += sum.failed;
          seen[static_cast<std::size_t>(Disposition::ignored)] += sum.unchanged;
        }
        break;
      default:
        if (rng() % 200 == 0) seen[static_cast<std::size_t>(Disposition::transition)] += reg.begin_generation().failed;
        break;
    }
    if (step % 97 == 0) REQUIRE(reg.check_invariants());
  }
  for (std::size_t d = 0; d < seen.size(); ++d) CHECK(reg.count(static_cast<Disposition>(d)) == seen[d]);
  CHECK(reg.size() <= reg.capacity());
  CHECK(reg.reclaimed() > 0);
  CHECK(reg.check_invariants());
}

TEST_CASE("the index hash is SipHash-1-3 of (id, generation) under a key from the OS") {
  // Known answer, computed with a straightforward SipHash-c-d (checked against the
  // paper's SipHash-2-4 vector): key 00..0f, message 00..0b (id 00..07, generation 08..0b).
  constexpr phasegen::vox::HashKey key{0x0706050403020100ULL, 0x0f0e0d0c0b0a0908ULL};
  static_assert(phasegen::vox::detail::siphash13(key, 0x0706050403020100ULL, 0x0b0a0908u) == 0x78a384b157b4d9a2ULL);
  static_assert(phasegen::vox::detail::siphash13({}, 0, 0) == 0x21ce683a865794dfULL);
  CHECK(phasegen::vox::KeyedHash{key}(0x0706050403020100ULL, 0x0b0a0908u) == 0x78a384b157b4d9a2ULL);
  const auto a = phasegen::vox::HashKey::random(), b = phasegen::vox::HashKey::random();
  CHECK((a.k0 != b.k0 || a.k1 != b.k1));  // equal with probability 2^-128
  // Keys differ per registry; what a registry answers does not depend on its key.
  Registry r1(64, {}, 0, {1, 2}), r2(64);
  for (std::uint64_t id = 0; id < 200; ++id) {
    const auto o1 = r1.announce(id * 0x9e3779b97f4a7c15ULL, 0), o2 = r2.announce(id * 0x9e3779b97f4a7c15ULL, 0);
    REQUIRE(o1.disposition == o2.disposition);
    REQUIRE(o1.reason == o2.reason);
  }
  CHECK(r1.size() == 64);
  CHECK(r1.check_invariants());
  CHECK(r2.check_invariants());
}

TEST_CASE("an entry holds rx_channel's configuration packed; an undeclared event leaves it as it was") {
  // The generated machine has a flat step table, so an entry holds Machine::Packed: one
  // byte, stepped with one load. Any event value, declared or not, gets the machine's answer.
  using Slot = phasegen::detail::ConfigSlot<rx::Machine>;
  static_assert(sizeof(Slot) == sizeof(rx::Packed));
  Slot slot;
  CHECK(slot.config() == rx::Config{});
  rx::Config reference{};
  for (const auto e : {rx::Event::announce, rx::Event::item, rx::Event::item, rx::Event::bind, rx::Event::consume}) {
    const auto want = rx::step(reference, e);
    const auto got = slot.step(e);
    CHECK(got.disposition == want.disposition);
    CHECK(got.to == want.to);
    CHECK(got.code == want.code);
    CHECK(slot.config() == reference);
  }
  CHECK(reference.vars.queued == 1);
  const auto undeclared = slot.step(static_cast<rx::Event>(200));
  CHECK(undeclared.disposition == Disposition::violation);
  CHECK(slot.config() == reference);
}
