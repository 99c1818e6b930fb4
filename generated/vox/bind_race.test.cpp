// DO NOT EDIT: generated from spec/vox/bind_race.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// One case per (state, event) cell and guard branch of vox::bind_race: the disposition, the
// code, the next state, the vars and the actions, through both the generated switch
// (step) and the table (phasegen::table_step). Expected values come from the reference
// interpreter (codegen/interp.py).
#include <doctest/doctest.h>

#include "bind_race.hpp"

// In the machine's namespace, so that no name outside it (a namespace spelled like a helper
// here, or like the machine) can capture a name the cases use.
namespace vox::bind_race {
namespace {

void expect(const Config& before, Event e, phasegen::Disposition kind, Code code, const Config& after,
            ActionSet actions) {
  for (const bool table : {false, true}) {
    CAPTURE(table);
    Config c = before;
    const Outcome o = table ? phasegen::table_step<Machine>(c, e) : step(c, e);
    CHECK(o.disposition == kind);
    CHECK(to_string(o.code) == to_string(code));
    CHECK(to_string(o.from) == to_string(before.state));
    CHECK(to_string(o.to) == to_string(after.state));
    CHECK(to_string(c.state) == to_string(after.state));
    CHECK(c.vars == after.vars);
    CHECK(o.actions == actions);
  }
}

}  // namespace

TEST_CASE("vox::bind_race (Unbound, sent) [early < most] -> transition Unbound") {
  // spec/vox/bind_race.yaml:21
  expect({State::Unbound, Vars{.early = 0}}, Event::sent, phasegen::Disposition::transition, Code::none,
         {State::Unbound, Vars{.early = 1}}, 0);
}

TEST_CASE("vox::bind_race (Unbound, sent) [early == most] -> ignored beyond_the_bound") {
  // spec/vox/bind_race.yaml:25
  const Config before{State::Unbound, Vars{.early = 3}};
  expect(before, Event::sent, phasegen::Disposition::ignored, Code::beyond_the_bound, before, 0);
}

TEST_CASE("vox::bind_race (Unbound, arrived) [early > 0] -> transition Unbound") {
  // spec/vox/bind_race.yaml:22
  expect({State::Unbound, Vars{.early = 1}}, Event::arrived, phasegen::Disposition::transition, Code::none,
         {State::Unbound, Vars{.early = 0}}, 0);
}

TEST_CASE("vox::bind_race (Unbound, arrived) [early == 0] -> ignored not_counted") {
  // spec/vox/bind_race.yaml:26
  const Config before{State::Unbound, Vars{.early = 0}};
  expect(before, Event::arrived, phasegen::Disposition::ignored, Code::not_counted, before, 0);
}

TEST_CASE("vox::bind_race (Unbound, bound) -> transition Bound") {
  // spec/vox/bind_race.yaml:23
  expect({State::Unbound, Vars{.early = 0}}, Event::bound, phasegen::Disposition::transition, Code::none,
         {State::Bound, Vars{.early = 0}}, 0);
}

TEST_CASE("vox::bind_race (Bound, sent) -> ignored after_the_bind") {
  // spec/vox/bind_race.yaml:28
  const Config before{State::Bound, Vars{.early = 0}};
  expect(before, Event::sent, phasegen::Disposition::ignored, Code::after_the_bind, before, 0);
}

TEST_CASE("vox::bind_race (Bound, arrived) [early > 0] -> transition Raced") {
  // spec/vox/bind_race.yaml:24
  expect({State::Bound, Vars{.early = 1}}, Event::arrived, phasegen::Disposition::transition, Code::none,
         {State::Raced, Vars{.early = 0}}, 0);
}

TEST_CASE("vox::bind_race (Bound, arrived) [early == 0] -> ignored sent_after_the_bind") {
  // spec/vox/bind_race.yaml:27
  const Config before{State::Bound, Vars{.early = 0}};
  expect(before, Event::arrived, phasegen::Disposition::ignored, Code::sent_after_the_bind, before, 0);
}

TEST_CASE("vox::bind_race (Bound, bound) -> ignored after_the_bind") {
  // spec/vox/bind_race.yaml:28
  const Config before{State::Bound, Vars{.early = 0}};
  expect(before, Event::bound, phasegen::Disposition::ignored, Code::after_the_bind, before, 0);
}

TEST_CASE("vox::bind_race (Raced, sent) -> ignored seen") {
  // spec/vox/bind_race.yaml:29
  const Config before{State::Raced, Vars{.early = 0}};
  expect(before, Event::sent, phasegen::Disposition::ignored, Code::seen, before, 0);
}

TEST_CASE("vox::bind_race (Raced, arrived) -> ignored seen") {
  // spec/vox/bind_race.yaml:29
  const Config before{State::Raced, Vars{.early = 0}};
  expect(before, Event::arrived, phasegen::Disposition::ignored, Code::seen, before, 0);
}

TEST_CASE("vox::bind_race (Raced, bound) -> ignored seen") {
  // spec/vox/bind_race.yaml:29
  const Config before{State::Raced, Vars{.early = 0}};
  expect(before, Event::bound, phasegen::Disposition::ignored, Code::seen, before, 0);
}

}  // namespace vox::bind_race
