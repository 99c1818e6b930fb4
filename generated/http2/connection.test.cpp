// DO NOT EDIT: generated from spec/http2/connection.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// One case per (state, event) cell and guard branch of http2::connection: the disposition, the
// code, the next state, the vars and the actions, through both the generated switch
// (step) and the table (phasegen::table_step). Expected values come from the reference
// interpreter (codegen/interp.py).
#include <doctest/doctest.h>

#include "connection.hpp"

// In the machine's namespace, so that no name outside it (a namespace spelled like a helper
// here, or like the machine) can capture a name the cases use.
namespace http2::connection {
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

TEST_CASE("http2::connection (Preface, settings) -> transition Open") {
  // spec/http2/connection.yaml:43
  expect({State::Preface, Vars{.conn_window = 4}}, Event::settings, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.conn_window = 4}}, 0);
}

TEST_CASE("http2::connection (Preface, frame) -> violation preface") {
  // spec/http2/connection.yaml:45
  const Config before{State::Preface, Vars{.conn_window = 4}};
  expect(before, Event::frame, phasegen::Disposition::violation, Code::preface, before, 0);
}

TEST_CASE("http2::connection (Preface, data_frame) -> violation preface") {
  // spec/http2/connection.yaml:45
  const Config before{State::Preface, Vars{.conn_window = 4}};
  expect(before, Event::data_frame, phasegen::Disposition::violation, Code::preface, before, 0);
}

TEST_CASE("http2::connection (Preface, goaway) -> transition Closed") {
  // spec/http2/connection.yaml:49
  expect({State::Preface, Vars{.conn_window = 4}}, Event::goaway, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 4}}, bit(Action::fail_streams));
}

TEST_CASE("http2::connection (Preface, credit) -> rejected not_open") {
  // spec/http2/connection.yaml:53
  const Config before{State::Preface, Vars{.conn_window = 4}};
  expect(before, Event::credit, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::connection (Preface, violation) -> transition Closed") {
  // spec/http2/connection.yaml:54
  expect({State::Preface, Vars{.conn_window = 4}}, Event::violation, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 4}}, bit(Action::send_goaway) | bit(Action::fail_streams));
}

TEST_CASE("http2::connection (Preface, shutdown) -> transition Closed") {
  // spec/http2/connection.yaml:54
  expect({State::Preface, Vars{.conn_window = 4}}, Event::shutdown, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 4}}, bit(Action::send_goaway) | bit(Action::fail_streams));
}

TEST_CASE("http2::connection (Preface, conduit_break) -> transition Closed") {
  // spec/http2/connection.yaml:55
  expect({State::Preface, Vars{.conn_window = 4}}, Event::conduit_break, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 4}}, bit(Action::fail_streams));
}

TEST_CASE("http2::connection (Open, settings) -> transition Open") {
  // spec/http2/connection.yaml:44
  expect({State::Open, Vars{.conn_window = 0}}, Event::settings, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.conn_window = 0}}, 0);
}

TEST_CASE("http2::connection (Open, frame) -> transition Open") {
  // spec/http2/connection.yaml:46
  expect({State::Open, Vars{.conn_window = 0}}, Event::frame, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.conn_window = 0}}, 0);
}

TEST_CASE("http2::connection (Open, data_frame) [conn_window > 0] -> transition Open") {
  // spec/http2/connection.yaml:47
  expect({State::Open, Vars{.conn_window = 1}}, Event::data_frame, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.conn_window = 0}}, 0);
}

TEST_CASE("http2::connection (Open, data_frame) [conn_window == 0] -> violation flow_control") {
  // spec/http2/connection.yaml:48
  const Config before{State::Open, Vars{.conn_window = 0}};
  expect(before, Event::data_frame, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::connection (Open, goaway) -> transition GoingAway") {
  // spec/http2/connection.yaml:50
  expect({State::Open, Vars{.conn_window = 0}}, Event::goaway, phasegen::Disposition::transition, Code::none,
         {State::GoingAway, Vars{.conn_window = 0}}, 0);
}

TEST_CASE("http2::connection (Open, credit) [conn_window < window] -> transition Open") {
  // spec/http2/connection.yaml:51
  expect({State::Open, Vars{.conn_window = 0}}, Event::credit, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.conn_window = 1}}, bit(Action::send_window_update));
}

TEST_CASE("http2::connection (Open, credit) [conn_window == window] -> rejected nothing_read") {
  // spec/http2/connection.yaml:52
  const Config before{State::Open, Vars{.conn_window = 4}};
  expect(before, Event::credit, phasegen::Disposition::rejected, Code::nothing_read, before, 0);
}

TEST_CASE("http2::connection (Open, violation) -> transition Closed") {
  // spec/http2/connection.yaml:54
  expect({State::Open, Vars{.conn_window = 0}}, Event::violation, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 0}}, bit(Action::send_goaway) | bit(Action::fail_streams));
}

TEST_CASE("http2::connection (Open, shutdown) -> transition Closed") {
  // spec/http2/connection.yaml:54
  expect({State::Open, Vars{.conn_window = 0}}, Event::shutdown, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 0}}, bit(Action::send_goaway) | bit(Action::fail_streams));
}

TEST_CASE("http2::connection (Open, conduit_break) -> transition Closed") {
  // spec/http2/connection.yaml:55
  expect({State::Open, Vars{.conn_window = 0}}, Event::conduit_break, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 0}}, bit(Action::fail_streams));
}

TEST_CASE("http2::connection (GoingAway, settings) -> transition GoingAway") {
  // spec/http2/connection.yaml:44
  expect({State::GoingAway, Vars{.conn_window = 0}}, Event::settings, phasegen::Disposition::transition, Code::none,
         {State::GoingAway, Vars{.conn_window = 0}}, 0);
}

TEST_CASE("http2::connection (GoingAway, frame) -> transition GoingAway") {
  // spec/http2/connection.yaml:46
  expect({State::GoingAway, Vars{.conn_window = 0}}, Event::frame, phasegen::Disposition::transition, Code::none,
         {State::GoingAway, Vars{.conn_window = 0}}, 0);
}

TEST_CASE("http2::connection (GoingAway, data_frame) [conn_window > 0] -> transition GoingAway") {
  // spec/http2/connection.yaml:47
  expect({State::GoingAway, Vars{.conn_window = 1}}, Event::data_frame, phasegen::Disposition::transition, Code::none,
         {State::GoingAway, Vars{.conn_window = 0}}, 0);
}

TEST_CASE("http2::connection (GoingAway, data_frame) [conn_window == 0] -> violation flow_control") {
  // spec/http2/connection.yaml:48
  const Config before{State::GoingAway, Vars{.conn_window = 0}};
  expect(before, Event::data_frame, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::connection (GoingAway, goaway) -> transition GoingAway") {
  // spec/http2/connection.yaml:50
  expect({State::GoingAway, Vars{.conn_window = 0}}, Event::goaway, phasegen::Disposition::transition, Code::none,
         {State::GoingAway, Vars{.conn_window = 0}}, 0);
}

TEST_CASE("http2::connection (GoingAway, credit) [conn_window < window] -> transition GoingAway") {
  // spec/http2/connection.yaml:51
  expect({State::GoingAway, Vars{.conn_window = 0}}, Event::credit, phasegen::Disposition::transition, Code::none,
         {State::GoingAway, Vars{.conn_window = 1}}, bit(Action::send_window_update));
}

TEST_CASE("http2::connection (GoingAway, credit) [conn_window == window] -> rejected nothing_read") {
  // spec/http2/connection.yaml:52
  const Config before{State::GoingAway, Vars{.conn_window = 4}};
  expect(before, Event::credit, phasegen::Disposition::rejected, Code::nothing_read, before, 0);
}

TEST_CASE("http2::connection (GoingAway, violation) -> transition Closed") {
  // spec/http2/connection.yaml:54
  expect({State::GoingAway, Vars{.conn_window = 0}}, Event::violation, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 0}}, bit(Action::send_goaway) | bit(Action::fail_streams));
}

TEST_CASE("http2::connection (GoingAway, shutdown) -> transition Closed") {
  // spec/http2/connection.yaml:54
  expect({State::GoingAway, Vars{.conn_window = 0}}, Event::shutdown, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 0}}, bit(Action::send_goaway) | bit(Action::fail_streams));
}

TEST_CASE("http2::connection (GoingAway, conduit_break) -> transition Closed") {
  // spec/http2/connection.yaml:55
  expect({State::GoingAway, Vars{.conn_window = 0}}, Event::conduit_break, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.conn_window = 0}}, bit(Action::fail_streams));
}

TEST_CASE("http2::connection (Closed, settings) -> ignored closed") {
  // spec/http2/connection.yaml:56
  const Config before{State::Closed, Vars{.conn_window = 0}};
  expect(before, Event::settings, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::connection (Closed, frame) -> ignored closed") {
  // spec/http2/connection.yaml:56
  const Config before{State::Closed, Vars{.conn_window = 0}};
  expect(before, Event::frame, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::connection (Closed, data_frame) -> ignored closed") {
  // spec/http2/connection.yaml:56
  const Config before{State::Closed, Vars{.conn_window = 0}};
  expect(before, Event::data_frame, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::connection (Closed, goaway) -> ignored closed") {
  // spec/http2/connection.yaml:56
  const Config before{State::Closed, Vars{.conn_window = 0}};
  expect(before, Event::goaway, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::connection (Closed, credit) -> rejected closed") {
  // spec/http2/connection.yaml:57
  const Config before{State::Closed, Vars{.conn_window = 0}};
  expect(before, Event::credit, phasegen::Disposition::rejected, Code::closed, before, 0);
}

TEST_CASE("http2::connection (Closed, violation) -> ignored closed") {
  // spec/http2/connection.yaml:56
  const Config before{State::Closed, Vars{.conn_window = 0}};
  expect(before, Event::violation, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::connection (Closed, shutdown) -> ignored closed") {
  // spec/http2/connection.yaml:56
  const Config before{State::Closed, Vars{.conn_window = 0}};
  expect(before, Event::shutdown, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::connection (Closed, conduit_break) -> ignored closed") {
  // spec/http2/connection.yaml:56
  const Config before{State::Closed, Vars{.conn_window = 0}};
  expect(before, Event::conduit_break, phasegen::Disposition::ignored, Code::closed, before, 0);
}

}  // namespace http2::connection
