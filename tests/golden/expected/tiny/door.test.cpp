// DO NOT EDIT: generated from tests/golden/tiny.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out tests/golden/expected tests/golden/tiny.yaml tests/golden/minimal.yaml
//
// One case per (state, event) cell and guard branch of tiny::door: the disposition, the
// code, the next state, the vars and the actions, through both the generated switch
// (step) and the table (phasegen::table_step). Expected values come from the reference
// interpreter (codegen/interp.py).
#include <doctest/doctest.h>

#include "door.hpp"

// In the machine's namespace, so that no name outside it (a namespace spelled like a helper
// here, or like the machine) can capture a name the cases use.
namespace tiny::door {
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

TEST_CASE("tiny::door (Shut, knock) [knocks < limit] -> transition Shut") {
  // tests/golden/tiny.yaml:27
  expect({State::Shut, Vars{.knocks = 0, .opened = -1}}, Event::knock, phasegen::Disposition::transition, Code::none,
         {State::Shut, Vars{.knocks = 1, .opened = -1}}, bit(Action::ring) | bit(Action::log));
}

TEST_CASE("tiny::door (Shut, knock) [knocks >= limit && knocks < limit + spare] -> transition Shut") {
  // tests/golden/tiny.yaml:28
  expect({State::Shut, Vars{.knocks = 3, .opened = -1}}, Event::knock, phasegen::Disposition::transition, Code::none,
         {State::Shut, Vars{.knocks = 4, .opened = -1}}, 0);
}

TEST_CASE("tiny::door (Shut, knock) [!(knocks < limit + spare)] -> violation too_many_knocks") {
  // tests/golden/tiny.yaml:29
  const Config before{State::Shut, Vars{.knocks = 4, .opened = -1}};
  expect(before, Event::knock, phasegen::Disposition::violation, Code::too_many_knocks, before, 0);
}

TEST_CASE("tiny::door (Shut, open) [opened < 2 || knocks == 0 && opened < 2] -> transition Ajar") {
  // tests/golden/tiny.yaml:30
  expect({State::Shut, Vars{.knocks = 0, .opened = -1}}, Event::open, phasegen::Disposition::transition, Code::none,
         {State::Ajar, Vars{.knocks = 0, .opened = 0}}, 0);
}

TEST_CASE("tiny::door (Shut, open) [opened == 2] -> rejected worn_out") {
  // tests/golden/tiny.yaml:35
  const Config before{State::Shut, Vars{.knocks = 0, .opened = 2}};
  expect(before, Event::open, phasegen::Disposition::rejected, Code::worn_out, before, 0);
}

TEST_CASE("tiny::door (Shut, on) -> ignored not_ajar") {
  // tests/golden/tiny.yaml:40
  const Config before{State::Shut, Vars{.knocks = 0, .opened = -1}};
  expect(before, Event::on, phasegen::Disposition::ignored, Code::not_ajar, before, 0);
}

TEST_CASE("tiny::door (Shut, remove) -> transition Gone") {
  // tests/golden/tiny.yaml:37
  expect({State::Shut, Vars{.knocks = 0, .opened = -1}}, Event::remove, phasegen::Disposition::transition, Code::none,
         {State::Gone, Vars{.knocks = 0, .opened = -1}}, 0);
}

TEST_CASE("tiny::door (Ajar, knock) -> ignored already_open") {
  // tests/golden/tiny.yaml:36
  const Config before{State::Ajar, Vars{.knocks = 0, .opened = 0}};
  expect(before, Event::knock, phasegen::Disposition::ignored, Code::already_open, before, 0);
}

TEST_CASE("tiny::door (Ajar, open) -> ignored already_open") {
  // tests/golden/tiny.yaml:36
  const Config before{State::Ajar, Vars{.knocks = 0, .opened = 0}};
  expect(before, Event::open, phasegen::Disposition::ignored, Code::already_open, before, 0);
}

TEST_CASE("tiny::door (Ajar, on) -> transition Shut") {
  // tests/golden/tiny.yaml:38
  expect({State::Ajar, Vars{.knocks = 0, .opened = 0}}, Event::on, phasegen::Disposition::transition, Code::none,
         {State::Shut, Vars{.knocks = 0, .opened = 0}}, bit(Action::log));
}

TEST_CASE("tiny::door (Ajar, remove) -> transition Gone") {
  // tests/golden/tiny.yaml:37
  expect({State::Ajar, Vars{.knocks = 0, .opened = 0}}, Event::remove, phasegen::Disposition::transition, Code::none,
         {State::Gone, Vars{.knocks = 0, .opened = 0}}, 0);
}

TEST_CASE("tiny::door (Gone, knock) -> violation door_gone") {
  // tests/golden/tiny.yaml:41
  const Config before{State::Gone, Vars{.knocks = 0, .opened = -1}};
  expect(before, Event::knock, phasegen::Disposition::violation, Code::door_gone, before, 0);
}

TEST_CASE("tiny::door (Gone, open) -> rejected door_gone") {
  // tests/golden/tiny.yaml:42
  const Config before{State::Gone, Vars{.knocks = 0, .opened = -1}};
  expect(before, Event::open, phasegen::Disposition::rejected, Code::door_gone, before, 0);
}

TEST_CASE("tiny::door (Gone, on) -> rejected door_gone") {
  // tests/golden/tiny.yaml:42
  const Config before{State::Gone, Vars{.knocks = 0, .opened = -1}};
  expect(before, Event::on, phasegen::Disposition::rejected, Code::door_gone, before, 0);
}

TEST_CASE("tiny::door (Gone, remove) -> rejected door_gone") {
  // tests/golden/tiny.yaml:42
  const Config before{State::Gone, Vars{.knocks = 0, .opened = -1}};
  expect(before, Event::remove, phasegen::Disposition::rejected, Code::door_gone, before, 0);
}

}  // namespace tiny::door
