// DO NOT EDIT: generated from tests/golden/minimal.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out tests/golden/expected tests/golden/tiny.yaml tests/golden/minimal.yaml
//
// One case per (state, event) cell and guard branch of lamp: the disposition, the
// code, the next state, the vars and the actions, through both the generated switch
// (step) and the table (phasegen::table_step). Expected values come from the reference
// interpreter (codegen/interp.py).
#include <doctest/doctest.h>

#include "lamp.hpp"

// In the machine's namespace, so that no name outside it (a namespace spelled like a helper
// here, or like the machine) can capture a name the cases use.
namespace lamp {
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

TEST_CASE("lamp (Off, smash) -> transition Broken") {
  // tests/golden/minimal.yaml:10
  expect({State::Off, Vars{}}, Event::smash, phasegen::Disposition::transition, Code::none,
         {State::Broken, Vars{}}, 0);
}

TEST_CASE("lamp (Broken, smash) -> ignored already_broken") {
  // tests/golden/minimal.yaml:11
  const Config before{State::Broken, Vars{}};
  expect(before, Event::smash, phasegen::Disposition::ignored, Code::already_broken, before, 0);
}

}  // namespace lamp
