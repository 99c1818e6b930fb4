// The fixed-capacity ring and the SPSC ring, single-threaded.
#include <doctest/doctest.h>

#include <cstdint>
#include <memory>

#include "phasegen/ring.hpp"
#include "phasegen/spsc.hpp"

TEST_CASE("a ring is FIFO, refuses a push when full without changing, and wraps around") {
  phasegen::Ring<int, 3> r;
  CHECK(r.empty());
  CHECK(!r.pop().has_value());
  CHECK(r.push(1));
  CHECK(r.push(2));
  CHECK(r.push(3));
  CHECK(r.full());
  int four = 4;
  CHECK_FALSE(r.push(four));
  CHECK(r.size() == 3);
  CHECK(*r.front() == 1);
  for (int round = 0; round < 10; ++round) {  // wraps many times, order kept
    const auto x = r.pop();
    REQUIRE(x.has_value());
    CHECK(r.push(*x + 3));
    CHECK(*r.front() == *x + 1);
  }
  CHECK(r.clear() == 3);
  CHECK(r.empty());
  CHECK(r.front() == nullptr);
}

TEST_CASE("a ring moves move-only items and keeps a refused one intact") {
  phasegen::Ring<std::unique_ptr<int>, 1> r;
  CHECK(r.push(std::make_unique<int>(1)));
  auto two = std::make_unique<int>(2);
  CHECK_FALSE(r.push(std::move(two)));
  REQUIRE(two != nullptr);  // not consumed by the failed push
  CHECK(*two == 2);
  auto one = r.pop();
  REQUIRE(one.has_value());
  CHECK(**one == 1);
}

TEST_CASE("an SPSC ring answers full and empty explicitly and keeps order across wrap-around") {
  phasegen::SpscRing<std::uint32_t, 4> q;
  CHECK(q.capacity() == 4);
  CHECK(!q.try_pop().has_value());
  std::uint32_t next_in = 0, next_out = 0;
  for (int round = 0; round < 50; ++round) {
    while (q.has_room()) REQUIRE(q.try_push(next_in++) == phasegen::Push::pushed);
    CHECK(q.try_push(std::uint32_t{999}) == phasegen::Push::full);
    for (int k = 0; k < 3; ++k) {
      const auto x = q.try_pop();
      REQUIRE(x.has_value());
      CHECK(*x == next_out++);
    }
  }
  while (auto x = q.try_pop()) CHECK(*x == next_out++);
  CHECK(next_out == next_in);
}

TEST_CASE("an SPSC ring leaves a refused move-only item intact") {
  phasegen::SpscRing<std::unique_ptr<int>, 2> q;
  CHECK(q.try_push(std::make_unique<int>(1)) == phasegen::Push::pushed);
  CHECK(q.try_push(std::make_unique<int>(2)) == phasegen::Push::pushed);
  auto three = std::make_unique<int>(3);
  CHECK(q.try_push(std::move(three)) == phasegen::Push::full);
  REQUIRE(three != nullptr);
  CHECK(*three == 3);
}

TEST_CASE("an SPSC ring hands taken slots back in batches, and at once when it finds itself empty") {
  using Q = phasegen::SpscRing<std::uint32_t, 64>;
  static_assert(Q::release_batch == 8);
  static_assert(phasegen::SpscRing<std::uint32_t, 8>::release_batch == 1);  // small rings: every slot at once
  Q q;
  for (std::uint32_t i = 0; i < 64; ++i) REQUIRE(q.try_push(i) == phasegen::Push::pushed);
  CHECK_FALSE(q.has_room());
  for (std::uint32_t i = 0; i < 7; ++i) REQUIRE(*q.try_pop() == i);
  CHECK_FALSE(q.has_room());  // 7 taken, not yet handed back: `full` is still the answer
  CHECK(q.try_push(std::uint32_t{999}) == phasegen::Push::full);
  REQUIRE(*q.try_pop() == 7);  // the 8th completes a batch
  CHECK(q.has_room());
  for (std::uint32_t i = 0; i < 8; ++i) REQUIRE(q.try_push(64 + i) == phasegen::Push::pushed);
  CHECK_FALSE(q.has_room());
  REQUIRE(*q.try_pop() == 8);
  q.release();  // hands back the one taken slot now
  CHECK(q.has_room());
  REQUIRE(q.try_push(std::uint32_t{72}) == phasegen::Push::pushed);
  // Drain: the pop that finds the ring empty hands back everything.
  std::uint32_t next = 9;
  while (auto x = q.try_pop()) CHECK(*x == next++);
  CHECK(next == 73);
  for (std::uint32_t i = 0; i < 64; ++i) REQUIRE(q.try_push(i) == phasegen::Push::pushed);
  CHECK(q.try_push(std::uint32_t{999}) == phasegen::Push::full);
}

TEST_CASE("an SPSC ring takes many items at once in order, and builds an item in its slot") {
  phasegen::SpscRing<std::uint32_t, 16> q;
  std::uint32_t next_in = 0, next_out = 0;
  for (int round = 0; round < 20; ++round) {
    const int k = round % 7 + 1;
    for (int i = 0; i < k; ++i)
      REQUIRE(q.try_push_with([&](std::uint32_t& slot) noexcept { slot = next_in++; }) == phasegen::Push::pushed);
    std::size_t got = 0;
    while (const std::size_t t = q.try_pop_n(3, [&](std::uint32_t&& v) noexcept { CHECK(v == next_out++); })) {
      CHECK(t <= 3);
      got += t;
    }
    CHECK(got == static_cast<std::size_t>(k));
  }
  CHECK(next_out == next_in);
  CHECK(q.try_pop_n(8, [](std::uint32_t&&) noexcept {}) == 0);
  while (q.has_room()) REQUIRE(q.try_push(next_in++) == phasegen::Push::pushed);
  bool called = false;
  CHECK(q.try_push_with([&](std::uint32_t&) noexcept { called = true; }) == phasegen::Push::full);
  CHECK_FALSE(called);  // full: the slot is not touched
  CHECK(q.try_pop_n(100, [&](std::uint32_t&& v) noexcept { CHECK(v == next_out++); }) == 16);
}
