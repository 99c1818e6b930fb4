// Threads: the owner performs every transition; a consumer thread talks to it only through
// the bridge's two SPSC rings. Bounded (stops by itself) and run under ThreadSanitizer by
// tools/run-tests (suite 'threads'). Asserts conservation: every item the peer sent was
// delivered to the consumer, answered with an outcome (refused or discarded), or is still
// queued; and per channel, delivery order is send order.
#include <doctest/doctest.h>

#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <thread>

#include "phasegen/spsc.hpp"
#include "phasegen/vox/bridge.hpp"
#include "phasegen/vox/registry.hpp"

using phasegen::Disposition;
using phasegen::Push;
namespace rx = vox::rx_channel;
namespace pv = phasegen::vox;

TEST_CASE("SPSC ring: one producer and one consumer thread see every value once, in order") {
  constexpr std::uint64_t n = 300000;
  phasegen::SpscRing<std::uint64_t, 64> q;
  std::uint64_t full_answers = 0;
  std::thread producer([&] {
    for (std::uint64_t i = 0; i < n;) {
      if (q.try_push(i) == Push::pushed)
        ++i;
      else
        ++full_answers, std::this_thread::yield();
    }
  });
  std::uint64_t expect = 0;
  bool in_order = true;
  while (expect < n) {
    if (auto v = q.try_pop()) {
      in_order = in_order && *v == expect;
      ++expect;
    } else {
      std::this_thread::yield();
    }
  }
  producer.join();
  CHECK(in_order);
  CHECK(expect == n);
  CHECK(!q.try_pop().has_value());
  MESSAGE("producer saw 'full' " << full_answers << " times");
}

TEST_CASE("SPSC ring: items built in place and taken in batches arrive once, in order") {
  constexpr std::uint64_t n = 300000;
  phasegen::SpscRing<std::uint64_t, 256> q;
  std::thread producer([&] {
    for (std::uint64_t i = 0; i < n;) {
      if (q.try_push_with([&](std::uint64_t& slot) noexcept { slot = i; }) == Push::pushed)
        ++i;
      else
        std::this_thread::yield();
    }
  });
  std::uint64_t expect = 0;
  bool in_order = true;
  while (expect < n) {
    const std::size_t k = q.try_pop_n(1 + expect % 50, [&](std::uint64_t&& v) noexcept {
      in_order = in_order && v == expect;
      ++expect;
    });
    if (k == 0) std::this_thread::yield();
  }
  producer.join();
  CHECK(in_order);
  CHECK(expect == n);
  CHECK(!q.try_pop().has_value());
}

namespace {

struct Item {
  std::uint32_t channel = 0;
  std::uint32_t seq = 0;
};
constexpr std::uint32_t hostile_seq = 0xffffffffu;  // never deliverable
constexpr std::uint64_t channels = 8;               // ids 1..8
constexpr std::uint64_t dropped_channel = 3;        // the consumer drops this receiver midway
constexpr std::uint64_t items_to_send = 200000;

struct Sender {  // the peer's view of one channel
  int window = rx::params::credit;
  std::uint32_t seq = 0;
  bool reset = false;
  bool closed = false;
};

struct ConsumerView {
  std::uint32_t next_seq = 0;
  int outstanding = 0;
  bool done = false;
  bool drop_sent = false;
};

}  // namespace

TEST_CASE("owner and consumer threads: nothing dropped, nothing reordered, every outcome observed") {
  pv::ChannelRegistry<Item> reg(64);
  pv::Bridge<Item, 256> bridge;
  std::atomic<bool> consumer_done{false};

  for (std::uint64_t c = 1; c <= channels; ++c) {
    REQUIRE(reg.announce(c, 0).disposition == Disposition::transition);
    REQUIRE(reg.bind(c).disposition == Disposition::transition);
  }

  // --- consumer thread: requests items, checks order, drops one receiver midway.
  std::uint64_t delivered = 0, discarded_by_drop = 0, requests = 0, answers = 0, consumer_bad = 0;
  std::thread consumer([&] {
    std::array<ConsumerView, channels + 1> view{};
    std::size_t finished = 0;
    std::uint64_t paused_at = 0;
    int outstanding = 0;  // all channels: the consumer leaves only when every request was answered
    while (finished < channels || outstanding > 0) {
      for (std::uint64_t c = 1; c <= channels; ++c) {
        auto& v = view[c];
        if (v.done || v.drop_sent) continue;
        if (c == dropped_channel && v.next_seq >= 5000) {
          // Stop taking items from this channel; once others moved on (and the peer filled
          // this queue up to its credit), drop the receiver with items still queued.
          if (v.outstanding > 0 || delivered < paused_at + 4000) continue;
          if (bridge.request({pv::Request::Kind::drop_receiver, 0, c}) == Push::pushed) {
            v.drop_sent = true;
            ++v.outstanding;
            ++outstanding;
            ++requests;
          }
          continue;
        }
        while (v.outstanding < 4 && bridge.request({pv::Request::Kind::consume, 0, c}) == Push::pushed) {
          ++v.outstanding;
          ++outstanding;
          ++requests;
        }
      }
      bool progress = false;
      while (auto d = bridge.poll()) {
        progress = true;
        ++answers;
        auto& v = view[d->request.id];
        --v.outstanding;
        --outstanding;
        const auto& o = d->outcome;
        if (d->request.kind == pv::Request::Kind::drop_receiver) {
          if (o.to != rx::State::ResetSent || !o.emitted(rx::Action::send_reset)) ++consumer_bad;
          discarded_by_drop += d->discarded;
        } else {
          for (const Item& item : *d) {
            if (item.channel != d->request.id || item.seq != v.next_seq) ++consumer_bad;  // order and identity
            ++v.next_seq;
            ++delivered;
            if (d->request.id == dropped_channel && v.next_seq == 5000) paused_at = delivered;
          }
          if (o.disposition == Disposition::transition) {
            // the request got every item it asked for
          } else if (o.code == rx::Code::channel_closed) {
            if (!v.done) v.done = true, ++finished;
          } else if (o.code == rx::Code::receiver_dropped) {
            // a consume posted before the drop's answer arrived
          } else if (o.code != rx::Code::queue_empty) {
            ++consumer_bad;
          }
        }
        if (v.drop_sent && v.outstanding == 0 && !v.done) v.done = true, ++finished;
      }
      if (!progress) std::this_thread::yield();
    }
    consumer_done.store(true, std::memory_order_release);
  });

  // --- owner thread (this one): plays the peer, performs every transition, answers requests.
  std::array<Sender, channels + 1> peer{};
  std::uint64_t sent = 0, hostile = 0, hostile_refused = 0, pumped = 0, owner_bad = 0;
  std::uint64_t next = 1;
  bool all_closed = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(240);
  while (!consumer_done.load(std::memory_order_acquire)) {
    REQUIRE(std::chrono::steady_clock::now() < deadline);  // stops by itself; never hangs the suite
    for (int burst = 0; burst < 32 && sent < items_to_send; ++burst) {
      const std::uint64_t c = next;
      next = next % channels + 1;
      auto& s = peer[c];
      if (s.reset) continue;
      if (s.window > 0) {
        const auto o = reg.on_item(c, 0, Item{static_cast<std::uint32_t>(c), s.seq});
        ++sent;
        --s.window;
        if (o.disposition == Disposition::transition)
          ++s.seq;
        else if (o.code != rx::Code::reset_race)  // an item in flight when the reset was sent
          ++owner_bad;
      } else if (sent % 7 == 0) {  // hostile: one item beyond the credit
        const auto o = reg.on_item(c, 0, Item{static_cast<std::uint32_t>(c), hostile_seq});
        ++sent;
        ++hostile;
        if (o.code == rx::Code::credit_exceeded || o.code == rx::Code::reset_race) ++hostile_refused;
      }
      if (sent % 1000 == 0) {  // hostile: an id nobody announced
        const auto o = reg.on_item(1000 + sent, 0, Item{0, hostile_seq});
        ++sent;
        ++hostile;
        if (o.code == rx::Code::unknown_channel) ++hostile_refused;
      }
    }
    pumped += bridge.pump(reg, [&](const pv::Request& r, const pv::ChannelOutcome& o) {
      auto& s = peer[r.id];
      if (o.emitted(rx::Action::grant_credit)) ++s.window;
      if (o.emitted(rx::Action::send_reset)) s.reset = true;
    });
    if (sent >= items_to_send && !all_closed) {
      for (std::uint64_t c = 1; c <= channels; ++c) {
        const auto o = reg.on_close(c, 0);
        if (o.disposition != Disposition::transition) ++owner_bad;
        peer[c].closed = true;
      }
      all_closed = true;
    }
    if (sent >= items_to_send) std::this_thread::yield();
  }
  consumer.join();

  const auto& items = reg.items();
  MESSAGE("sent " << sent << " (hostile " << hostile << "), delivered " << delivered << ", refused " << items.refused
                  << ", discarded " << items.discarded << ", queued " << items.queued);
  CHECK(owner_bad == 0);
  CHECK(consumer_bad == 0);
  CHECK(sent == items.offered);
  CHECK(sent == delivered + items.refused + items.discarded + items.queued);  // conservation
  CHECK(items.delivered == delivered);
  CHECK(items.discarded == discarded_by_drop);
  CHECK(items.queued == 0);  // every channel ended Closed, drained
  CHECK(items.discarded == static_cast<std::uint64_t>(rx::params::credit));  // the dropped receiver's full queue
  CHECK(reg.count(Disposition::violation) == hostile);
  CHECK(hostile_refused == hostile);
  CHECK(requests == answers);
  CHECK(pumped == answers);
  CHECK(reg.count(pv::Reason::queue_overflow) == 0);
  CHECK(reg.check_invariants());
  for (std::uint64_t c = 1; c <= channels; ++c) CHECK(reg.state(c, 0) == rx::State::Closed);
}

TEST_CASE("owner and consumer threads: waiting requests for many items, answers taken in batches, then the end") {
  constexpr std::uint64_t chans = 3;
  constexpr std::uint64_t per_channel = 60000;
  pv::ChannelRegistry<Item> reg(16);
  pv::Bridge<Item, 64> bridge;
  for (std::uint64_t c = 1; c <= chans; ++c) REQUIRE(reg.bind(c).disposition == Disposition::transition);
  std::atomic<bool> consumer_done{false};
  std::uint64_t delivered = 0, bad = 0, ended = 0;
  std::thread consumer([&] {
    std::array<std::uint32_t, chans + 1> next{};
    std::array<int, chans + 1> outstanding{};
    std::array<bool, chans + 1> closed{};
    std::uint64_t closed_count = 0;
    int total = 0;
    while (closed_count < chans || total > 0) {
      for (std::uint64_t c = 1; c <= chans; ++c)
        while (!closed[c] && outstanding[c] < 2 &&
               bridge.request({pv::Request::Kind::consume, 0, c, 1 + static_cast<std::uint32_t>(c * 37), true}) ==
                   Push::pushed)
          ++outstanding[c], ++total;
      const std::size_t got = bridge.poll_n(1 + delivered % 40, [&](pv::Delivery<Item>&& d) noexcept {
        const std::uint64_t c = d.request.id;
        for (const Item& item : d) {
          bad += item.channel != c || item.seq != next[c]++;
          ++delivered;
        }
        bad += d.count == 0 && d.outcome.disposition == Disposition::transition;  // no empty answers
        if (d.outcome.disposition != Disposition::transition) {
          if (d.outcome.code == rx::Code::channel_closed) {
            if (!closed[c]) closed[c] = true, ++closed_count;
            ++ended;
          } else {
            ++bad;  // a waiting request ends only with items or the channel's end
          }
        }
        if (d.final) --outstanding[c], --total;
      });
      if (got == 0) std::this_thread::yield();
    }
    consumer_done.store(true, std::memory_order_release);
  });
  std::array<int, chans + 1> window{};
  window.fill(rx::params::credit);
  std::array<std::uint32_t, chans + 1> seq{};
  std::uint64_t refused = 0, sent = 0;
  bool closing = false;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(240);
  while (!consumer_done.load(std::memory_order_acquire)) {
    REQUIRE(std::chrono::steady_clock::now() < deadline);
    for (std::uint64_t c = 1; c <= chans; ++c)
      for (int k = 0; window[c] > 0 && seq[c] < per_channel && k < 5; ++k, --window[c], ++sent)
        refused += reg.on_item(c, 0, Item{static_cast<std::uint32_t>(c), seq[c]++}).disposition != Disposition::transition;
    if (sent == chans * per_channel && !closing) {
      for (std::uint64_t c = 1; c <= chans; ++c) refused += reg.on_close(c, 0).disposition != Disposition::transition;
      closing = true;
    }
    if (bridge.pump(reg, [&](const pv::Request& r, const pv::ChannelOutcome& o) {
          if (o.emitted(rx::Action::grant_credit)) ++window[r.id];
        }) == 0)
      std::this_thread::yield();
  }
  consumer.join();
  CHECK(bad == 0);
  CHECK(refused == 0);
  CHECK(delivered == chans * per_channel);
  CHECK(ended >= chans);
  CHECK(bridge.in_progress() == 0);
  CHECK(reg.items().delivered == chans * per_channel);
  CHECK(reg.items().queued == 0);
  CHECK(reg.items().conserved());
  CHECK(reg.count(Disposition::ignored) == 0);  // waiting never answered (nor counted) queue-empty
  for (std::uint64_t c = 1; c <= chans; ++c) CHECK(reg.state(c, 0) == rx::State::Closed);
}
