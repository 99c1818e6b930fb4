// DO NOT EDIT: generated from spec/vox/session.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// One case per (state, event) cell and guard branch of vox::session: the disposition, the
// code, the next state, the vars and the actions, through both the generated switch
// (step) and the table (phasegen::table_step). Expected values come from the reference
// interpreter (codegen/interp.py).
#include <doctest/doctest.h>

#include "session.hpp"

// In the machine's namespace, so that no name outside it (a namespace spelled like a helper
// here, or like the machine) can capture a name the cases use.
namespace vox::session {
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

TEST_CASE("vox::session (Handshaking, handshake_ok) -> transition Established") {
  // spec/vox/session.yaml:79
  expect({State::Handshaking, Vars{.attempts = 0}}, Event::handshake_ok, phasegen::Disposition::transition, Code::none,
         {State::Established, Vars{.attempts = 0}}, 0);
}

TEST_CASE("vox::session (Handshaking, handshake_sorry) -> transition Closed") {
  // spec/vox/session.yaml:80
  expect({State::Handshaking, Vars{.attempts = 0}}, Event::handshake_sorry, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Handshaking, frame) -> violation frame_before_handshake") {
  // spec/vox/session.yaml:81
  const Config before{State::Handshaking, Vars{.attempts = 0}};
  expect(before, Event::frame, phasegen::Disposition::violation, Code::frame_before_handshake, before, 0);
}

TEST_CASE("vox::session (Handshaking, protocol_error) -> transition Closed") {
  // spec/vox/session.yaml:82
  expect({State::Handshaking, Vars{.attempts = 0}}, Event::protocol_error, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Handshaking, conduit_break) -> transition Closed") {
  // spec/vox/session.yaml:82
  expect({State::Handshaking, Vars{.attempts = 0}}, Event::conduit_break, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Handshaking, keepalive_timeout) -> transition Closed") {
  // spec/vox/session.yaml:82
  expect({State::Handshaking, Vars{.attempts = 0}}, Event::keepalive_timeout, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Handshaking, resume_ok) -> rejected not_disconnected") {
  // spec/vox/session.yaml:88
  const Config before{State::Handshaking, Vars{.attempts = 0}};
  expect(before, Event::resume_ok, phasegen::Disposition::rejected, Code::not_disconnected, before, 0);
}

TEST_CASE("vox::session (Handshaking, resume_failed) -> rejected not_disconnected") {
  // spec/vox/session.yaml:88
  const Config before{State::Handshaking, Vars{.attempts = 0}};
  expect(before, Event::resume_failed, phasegen::Disposition::rejected, Code::not_disconnected, before, 0);
}

TEST_CASE("vox::session (Handshaking, violation) -> transition Closed") {
  // spec/vox/session.yaml:87
  expect({State::Handshaking, Vars{.attempts = 0}}, Event::violation, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::send_protocol_error) | bit(Action::fail_channels));
}

TEST_CASE("vox::session (Handshaking, shutdown) -> transition Closed") {
  // spec/vox/session.yaml:82
  expect({State::Handshaking, Vars{.attempts = 0}}, Event::shutdown, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Established, handshake_ok) -> violation unexpected_handshake") {
  // spec/vox/session.yaml:93
  const Config before{State::Established, Vars{.attempts = 0}};
  expect(before, Event::handshake_ok, phasegen::Disposition::violation, Code::unexpected_handshake, before, 0);
}

TEST_CASE("vox::session (Established, handshake_sorry) -> violation unexpected_handshake") {
  // spec/vox/session.yaml:93
  const Config before{State::Established, Vars{.attempts = 0}};
  expect(before, Event::handshake_sorry, phasegen::Disposition::violation, Code::unexpected_handshake, before, 0);
}

TEST_CASE("vox::session (Established, frame) -> transition Established") {
  // spec/vox/session.yaml:94
  expect({State::Established, Vars{.attempts = 0}}, Event::frame, phasegen::Disposition::transition, Code::none,
         {State::Established, Vars{.attempts = 0}}, 0);
}

TEST_CASE("vox::session (Established, protocol_error) -> transition Closed") {
  // spec/vox/session.yaml:96
  expect({State::Established, Vars{.attempts = 0}}, Event::protocol_error, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Established, conduit_break) -> transition Disconnected") {
  // spec/vox/session.yaml:95
  expect({State::Established, Vars{.attempts = 0}}, Event::conduit_break, phasegen::Disposition::transition, Code::none,
         {State::Disconnected, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Established, keepalive_timeout) -> transition Disconnected") {
  // spec/vox/session.yaml:95
  expect({State::Established, Vars{.attempts = 0}}, Event::keepalive_timeout, phasegen::Disposition::transition, Code::none,
         {State::Disconnected, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Established, resume_ok) -> rejected not_disconnected") {
  // spec/vox/session.yaml:88
  const Config before{State::Established, Vars{.attempts = 0}};
  expect(before, Event::resume_ok, phasegen::Disposition::rejected, Code::not_disconnected, before, 0);
}

TEST_CASE("vox::session (Established, resume_failed) -> rejected not_disconnected") {
  // spec/vox/session.yaml:88
  const Config before{State::Established, Vars{.attempts = 0}};
  expect(before, Event::resume_failed, phasegen::Disposition::rejected, Code::not_disconnected, before, 0);
}

TEST_CASE("vox::session (Established, violation) -> transition Closed") {
  // spec/vox/session.yaml:97
  expect({State::Established, Vars{.attempts = 0}}, Event::violation, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::send_protocol_error) | bit(Action::fail_channels));
}

TEST_CASE("vox::session (Established, shutdown) -> transition Closed") {
  // spec/vox/session.yaml:96
  expect({State::Established, Vars{.attempts = 0}}, Event::shutdown, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Disconnected, handshake_ok) -> ignored conduit_broken") {
  // spec/vox/session.yaml:99
  const Config before{State::Disconnected, Vars{.attempts = 0}};
  expect(before, Event::handshake_ok, phasegen::Disposition::ignored, Code::conduit_broken, before, 0);
}

TEST_CASE("vox::session (Disconnected, handshake_sorry) -> ignored conduit_broken") {
  // spec/vox/session.yaml:99
  const Config before{State::Disconnected, Vars{.attempts = 0}};
  expect(before, Event::handshake_sorry, phasegen::Disposition::ignored, Code::conduit_broken, before, 0);
}

TEST_CASE("vox::session (Disconnected, frame) -> ignored conduit_broken") {
  // spec/vox/session.yaml:99
  const Config before{State::Disconnected, Vars{.attempts = 0}};
  expect(before, Event::frame, phasegen::Disposition::ignored, Code::conduit_broken, before, 0);
}

TEST_CASE("vox::session (Disconnected, protocol_error) -> ignored conduit_broken") {
  // spec/vox/session.yaml:99
  const Config before{State::Disconnected, Vars{.attempts = 0}};
  expect(before, Event::protocol_error, phasegen::Disposition::ignored, Code::conduit_broken, before, 0);
}

TEST_CASE("vox::session (Disconnected, conduit_break) -> ignored already_disconnected") {
  // spec/vox/session.yaml:103
  const Config before{State::Disconnected, Vars{.attempts = 0}};
  expect(before, Event::conduit_break, phasegen::Disposition::ignored, Code::already_disconnected, before, 0);
}

TEST_CASE("vox::session (Disconnected, keepalive_timeout) -> ignored already_disconnected") {
  // spec/vox/session.yaml:103
  const Config before{State::Disconnected, Vars{.attempts = 0}};
  expect(before, Event::keepalive_timeout, phasegen::Disposition::ignored, Code::already_disconnected, before, 0);
}

TEST_CASE("vox::session (Disconnected, resume_ok) -> transition Established") {
  // spec/vox/session.yaml:104
  expect({State::Disconnected, Vars{.attempts = 0}}, Event::resume_ok, phasegen::Disposition::transition, Code::none,
         {State::Established, Vars{.attempts = 0}}, bit(Action::begin_generation));
}

TEST_CASE("vox::session (Disconnected, resume_failed) [attempts + 1 < max_attempts] -> transition Disconnected") {
  // spec/vox/session.yaml:105
  expect({State::Disconnected, Vars{.attempts = 0}}, Event::resume_failed, phasegen::Disposition::transition, Code::none,
         {State::Disconnected, Vars{.attempts = 1}}, 0);
}

TEST_CASE("vox::session (Disconnected, resume_failed) [attempts + 1 >= max_attempts] -> transition Closed") {
  // spec/vox/session.yaml:106
  expect({State::Disconnected, Vars{.attempts = 2}}, Event::resume_failed, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 2}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Disconnected, violation) -> transition Closed") {
  // spec/vox/session.yaml:107
  expect({State::Disconnected, Vars{.attempts = 0}}, Event::violation, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Disconnected, shutdown) -> transition Closed") {
  // spec/vox/session.yaml:107
  expect({State::Disconnected, Vars{.attempts = 0}}, Event::shutdown, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.attempts = 0}}, bit(Action::fail_channels));
}

TEST_CASE("vox::session (Closed, handshake_ok) -> ignored session_closed") {
  // spec/vox/session.yaml:113
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::handshake_ok, phasegen::Disposition::ignored, Code::session_closed, before, 0);
}

TEST_CASE("vox::session (Closed, handshake_sorry) -> ignored session_closed") {
  // spec/vox/session.yaml:113
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::handshake_sorry, phasegen::Disposition::ignored, Code::session_closed, before, 0);
}

TEST_CASE("vox::session (Closed, frame) -> ignored session_closed") {
  // spec/vox/session.yaml:113
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::frame, phasegen::Disposition::ignored, Code::session_closed, before, 0);
}

TEST_CASE("vox::session (Closed, protocol_error) -> ignored session_closed") {
  // spec/vox/session.yaml:113
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::protocol_error, phasegen::Disposition::ignored, Code::session_closed, before, 0);
}

TEST_CASE("vox::session (Closed, conduit_break) -> ignored session_closed") {
  // spec/vox/session.yaml:117
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::conduit_break, phasegen::Disposition::ignored, Code::session_closed, before, 0);
}

TEST_CASE("vox::session (Closed, keepalive_timeout) -> ignored session_closed") {
  // spec/vox/session.yaml:117
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::keepalive_timeout, phasegen::Disposition::ignored, Code::session_closed, before, 0);
}

TEST_CASE("vox::session (Closed, resume_ok) -> rejected session_closed") {
  // spec/vox/session.yaml:110
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::resume_ok, phasegen::Disposition::rejected, Code::session_closed, before, 0);
}

TEST_CASE("vox::session (Closed, resume_failed) -> rejected session_closed") {
  // spec/vox/session.yaml:110
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::resume_failed, phasegen::Disposition::rejected, Code::session_closed, before, 0);
}

TEST_CASE("vox::session (Closed, violation) -> ignored already_closed") {
  // spec/vox/session.yaml:109
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::violation, phasegen::Disposition::ignored, Code::already_closed, before, 0);
}

TEST_CASE("vox::session (Closed, shutdown) -> ignored already_closed") {
  // spec/vox/session.yaml:109
  const Config before{State::Closed, Vars{.attempts = 0}};
  expect(before, Event::shutdown, phasegen::Disposition::ignored, Code::already_closed, before, 0);
}

}  // namespace vox::session
