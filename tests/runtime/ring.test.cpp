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
