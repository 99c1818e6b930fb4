// The generated switch (Machine::step) and the constexpr table (phasegen::table_step)
// agree on every (state, event) cell for every valuation of the vars.
#include <doctest/doctest.h>

#include <cstddef>
#include <string>

#include "machines.hpp"

namespace {

// Calls f(vars) for every valuation in the vars' declared ranges.
template <class M, class F>
void for_each_valuation(F&& f) {
  typename M::Vars v{};
  for (std::size_t i = 0; i < M::var_info.size(); ++i) M::set_var(v, i, M::var_info[i].lo);
  while (true) {
    f(v);
    std::size_t i = 0;
    for (; i < M::var_info.size(); ++i) {
      const int x = M::get_var(v, i);
      if (x < M::var_info[i].hi) {
        M::set_var(v, i, x + 1);
        break;
      }
      M::set_var(v, i, M::var_info[i].lo);
    }
    if (i == M::var_info.size()) return;
  }
}

}  // namespace

TEST_CASE_TEMPLATE("step and table_step agree on every cell and valuation", M, PHASEGEN_TEST_MACHINES) {
  std::size_t compared = 0;
  for (std::size_t s = 0; s < M::state_count; ++s) {
    for (std::size_t e = 0; e < M::event_count; ++e) {
      for_each_valuation<M>([&](const typename M::Vars& vars) {
        typename M::Config a{static_cast<typename M::State>(s), vars};
        typename M::Config b = a;
        const auto oa = M::step(a, static_cast<typename M::Event>(e));
        const auto ob = phasegen::table_step<M>(b, static_cast<typename M::Event>(e));
        if (!(oa == ob) || !(a == b)) {
          FAIL_CHECK(std::string(M::name) << ": cell (" << to_string(static_cast<typename M::State>(s)) << ", "
                                          << to_string(static_cast<typename M::Event>(e)) << ") disagrees");
        }
        ++compared;
      });
    }
  }
  CHECK(compared >= M::state_count * M::event_count);
}

TEST_CASE_TEMPLATE("a non-transition outcome leaves state and vars untouched", M, PHASEGEN_TEST_MACHINES) {
  for (std::size_t s = 0; s < M::state_count; ++s) {
    for (std::size_t e = 0; e < M::event_count; ++e) {
      for_each_valuation<M>([&](const typename M::Vars& vars) {
        const typename M::Config before{static_cast<typename M::State>(s), vars};
        typename M::Config c = before;
        const auto o = M::step(c, static_cast<typename M::Event>(e));
        if (o.disposition != phasegen::Disposition::transition) {
          CHECK(c == before);
          CHECK(o.actions == 0);
          CHECK(o.code != typename M::Code{});
        } else {
          CHECK(o.code == typename M::Code{});
        }
        CHECK(o.disposition != phasegen::Disposition::stale);
      });
    }
  }
}

TEST_CASE_TEMPLATE("step on a packed configuration agrees with step on its Config", M, PHASEGEN_TEST_MACHINES) {
  if constexpr (requires { typename M::Packed; }) {
    using Packed = typename M::Packed;
    CHECK(Packed{}.config() == typename M::Config{});
    for (std::size_t s = 0; s < M::state_count; ++s) {
      for (std::size_t e = 0; e < M::event_count; ++e) {
        for_each_valuation<M>([&](const typename M::Vars& vars) {
          typename M::Config c{static_cast<typename M::State>(s), vars};
          const auto packed = Packed::from(c);
          REQUIRE(packed.has_value());
          Packed p = *packed;
          CHECK(p.config() == c);
          CHECK(p.state() == c.state);
          const auto oc = M::step(c, static_cast<typename M::Event>(e));
          const auto op = step(p, static_cast<typename M::Event>(e));
          if (!(oc == op) || !(p.config() == c) || !(Packed::from(c) == p)) {
            FAIL_CHECK(std::string(M::name) << ": cell (" << to_string(static_cast<typename M::State>(s)) << ", "
                                            << to_string(static_cast<typename M::Event>(e)) << ") disagrees packed");
          }
        });
      }
    }
    typename M::Config outside{};
    outside.state = static_cast<typename M::State>(M::state_count);
    CHECK_FALSE(Packed::from(outside).has_value());
  }
}
