// The bridge, driven from one thread: what each request is answered with, and when.
// (tests/runtime/stress.test.cpp runs it across two threads.)
#include <doctest/doctest.h>

#include <cstdint>
#include <vector>

#include "phasegen/vox/bridge.hpp"
#include "phasegen/vox/registry.hpp"
#include "phasegen/vox/session.hpp"

using phasegen::Disposition;
using phasegen::Push;
namespace pv = phasegen::vox;
namespace rx = vox::rx_channel;

namespace {
using Item = std::uint64_t;

struct Got {
  std::vector<pv::Delivery<Item>> all;
  std::size_t grants = 0;
};

template <class Bridge, class Channels>
std::size_t pump(Bridge& b, Channels& ch, Got& got) {
  const std::size_t n = b.pump(ch, [&](const pv::Request&, const pv::ChannelOutcome& o) {
    got.grants += o.emitted(rx::Action::grant_credit);  // once per transition
  });
  while (auto d = b.poll()) got.all.push_back(*d);
  return n;
}

std::vector<Item> items_of(const pv::Delivery<Item>& d) { return {d.begin(), d.end()}; }

pv::Request consume(std::uint64_t id, std::uint32_t count, bool wait) {
  return {pv::Request::Kind::consume, 0, id, count, wait};
}
}  // namespace

TEST_CASE("bridge: a waiting consume for many items is answered as they arrive, then with the end") {
  pv::ChannelRegistry<Item> reg(8);
  pv::Bridge<Item, 16> bridge;
  REQUIRE(reg.bind(1).disposition == Disposition::transition);
  Got got;

  REQUIRE(bridge.request(consume(1, 5, true)) == Push::pushed);
  CHECK(pump(bridge, reg, got) == 0);  // nothing queued: it waits, unanswered
  CHECK(bridge.in_progress() == 1);
  CHECK(reg.count(Disposition::ignored) == 0);  // and waiting is not a stream of queue-empty answers

  for (Item i = 0; i < 3; ++i) REQUIRE(reg.on_item(1, 0, i).disposition == Disposition::transition);
  CHECK(pump(bridge, reg, got) == 1);  // the three queued items, in one delivery
  REQUIRE(got.all.size() == 1);
  CHECK(items_of(got.all[0]) == std::vector<Item>{0, 1, 2});
  CHECK_FALSE(got.all[0].final);
  CHECK(got.all[0].outcome.disposition == Disposition::transition);
  CHECK(got.grants == 3);  // credit goes back as each item is handed out
  for (Item i = 3; i < 7; ++i) REQUIRE(reg.on_item(1, 0, i).disposition == Disposition::transition);
  CHECK(pump(bridge, reg, got) == 1);  // the request wanted 5: two more, final
  REQUIRE(got.all.size() == 2);
  CHECK(items_of(got.all[1]) == std::vector<Item>{3, 4});
  CHECK(got.all[1].final);
  CHECK(got.all[1].outcome.disposition == Disposition::transition);
  CHECK(bridge.in_progress() == 0);
  CHECK(reg.queue_size(1, 0) == 2);

  // Without `wait`: what is queued now, and the outcome that says why it stopped.
  REQUIRE(bridge.request(consume(1, 10, false)) == Push::pushed);
  CHECK(pump(bridge, reg, got) == 1);
  REQUIRE(got.all.size() == 3);
  CHECK(items_of(got.all[2]) == std::vector<Item>{5, 6});
  CHECK(got.all[2].outcome.disposition == Disposition::ignored);
  CHECK(got.all[2].outcome.code == rx::Code::queue_empty);
  CHECK(got.all[2].final);

  // A waiting request ends when the machine's answer is no longer queue-empty: the peer closed.
  REQUIRE(bridge.request(consume(1, 3, true)) == Push::pushed);
  CHECK(pump(bridge, reg, got) == 0);
  REQUIRE(reg.on_close(1, 0).disposition == Disposition::transition);
  CHECK(pump(bridge, reg, got) == 1);
  REQUIRE(got.all.size() == 4);
  CHECK(got.all[3].count == 0);
  CHECK(got.all[3].outcome.code == rx::Code::channel_closed);
  CHECK(got.all[3].final);
  CHECK(got.grants == 7);
  CHECK(bridge.in_progress() == 0);
  CHECK(reg.items().delivered == 7);
  CHECK(reg.items().conserved());
}

TEST_CASE("bridge: a delivery carries at most K items; a full answer ring leaves items in their queue, in order") {
  pv::ChannelRegistry<Item> reg(8);
  pv::Bridge<Item, 2, 3> bridge;  // two answers in flight, three items each
  REQUIRE(reg.bind(1).disposition == Disposition::transition);
  REQUIRE(reg.bind(2).disposition == Disposition::transition);
  for (Item i = 0; i < 10; ++i) REQUIRE(reg.on_item(1, 0, i).disposition == Disposition::transition);
  REQUIRE(bridge.request(consume(1, 10, false)) == Push::pushed);
  REQUIRE(bridge.request({pv::Request::Kind::drop_receiver, 0, 2}) == Push::pushed);
  std::size_t calls = 0;
  auto on_answer = [&](const pv::Request&, const pv::ChannelOutcome&) { ++calls; };
  CHECK(bridge.pump(reg, on_answer) == 2);
  CHECK(reg.queue_size(1, 0) == 4);  // the ring is full: the rest waits in the channel's queue
  CHECK(calls == 6);
  std::vector<pv::Delivery<Item, 3>> got;
  std::size_t pumps = 0;
  while (got.size() < 5) {
    // Taking answers in batches hands the slots back at once.
    bridge.poll_n(16, [&](pv::Delivery<Item, 3>&& d) noexcept { got.push_back(std::move(d)); });
    CHECK(bridge.pump(reg, on_answer) <= 2);
    REQUIRE(++pumps < 10);
  }
  bridge.poll_n(16, [&](pv::Delivery<Item, 3>&& d) noexcept { got.push_back(std::move(d)); });
  REQUIRE(got.size() == 5);
  std::vector<Item> items;
  for (std::size_t k = 0; k < 4; ++k) {
    CHECK(got[k].request.id == 1);
    CHECK(got[k].count == (k < 3 ? 3 : 1));
    CHECK(got[k].final == (k == 3));  // ten items: the request is complete, no extra answer
    items.insert(items.end(), got[k].begin(), got[k].end());
  }
  CHECK(items == std::vector<Item>{0, 1, 2, 3, 4, 5, 6, 7, 8, 9});
  CHECK(got[3].outcome.disposition == Disposition::transition);
  // The drop, posted after, is answered after: requests are taken in order.
  CHECK(got[4].request.kind == pv::Request::Kind::drop_receiver);
  CHECK(got[4].outcome.to == rx::State::ResetSent);
  CHECK(got[4].count == 0);
  CHECK(got[4].final);
  CHECK(calls == 11);  // ten consumes and the drop
  CHECK(reg.items().delivered == 10);
  CHECK(reg.items().queued == 0);
}

TEST_CASE("bridge: with every waiting place taken, a waiting consume is answered at once") {
  pv::ChannelRegistry<Item> reg(8);
  pv::Bridge<Item, 4> bridge;
  for (std::uint64_t c = 1; c <= 5; ++c) REQUIRE(reg.bind(c).disposition == Disposition::transition);
  Got got;
  for (std::uint64_t c = 1; c <= 4; ++c) REQUIRE(bridge.request(consume(c, 1, true)) == Push::pushed);
  CHECK(pump(bridge, reg, got) == 0);
  CHECK(bridge.in_progress() == 4);
  REQUIRE(bridge.request(consume(5, 1, true)) == Push::pushed);
  CHECK(pump(bridge, reg, got) == 1);
  REQUIRE(got.all.size() == 1);
  CHECK(got.all[0].request.id == 5);
  CHECK(got.all[0].count == 0);
  CHECK(got.all[0].outcome.code == rx::Code::queue_empty);
  CHECK(got.all[0].final);
  // Through a Session, too: the bridge asks the session's registry whether a consume would wait.
  pv::Session<Item> session(8);
  REQUIRE(session.dispatch(vox::session::Event::handshake_ok).outcome.disposition == Disposition::transition);
  REQUIRE(session.bind(9).disposition == Disposition::transition);
  pv::Bridge<Item, 4> b2;
  Got got2;
  REQUIRE(b2.request(consume(9, 2, true)) == Push::pushed);
  CHECK(pump(b2, session, got2) == 0);
  REQUIRE(session.on_item(9, 0, 42).disposition == Disposition::transition);
  CHECK(pump(b2, session, got2) == 1);
  REQUIRE(got2.all.size() == 1);
  CHECK(items_of(got2.all[0]) == std::vector<Item>{42});
  CHECK_FALSE(got2.all[0].final);
  CHECK(b2.in_progress() == 1);
}
