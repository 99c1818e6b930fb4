// DO NOT EDIT: generated from spec/tcp/endpoint.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// One case per (state, event) cell and guard branch of tcp::endpoint: the disposition, the
// code, the next state, the vars and the actions, through both the generated switch
// (step) and the table (phasegen::table_step). Expected values come from the reference
// interpreter (codegen/interp.py).
#include <doctest/doctest.h>

#include "endpoint.hpp"

// In the machine's namespace, so that no name outside it (a namespace spelled like a helper
// here, or like the machine) can capture a name the cases use.
namespace tcp::endpoint {
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

TEST_CASE("tcp::endpoint (Closed, connect) -> transition SynSent") {
  // spec/tcp/endpoint.yaml:40
  expect({State::Closed, Vars{}}, Event::connect, phasegen::Disposition::transition, Code::none,
         {State::SynSent, Vars{}}, bit(Action::send_syn));
}

TEST_CASE("tcp::endpoint (Closed, listen) -> transition Listen") {
  // spec/tcp/endpoint.yaml:41
  expect({State::Closed, Vars{}}, Event::listen, phasegen::Disposition::transition, Code::none,
         {State::Listen, Vars{}}, 0);
}

TEST_CASE("tcp::endpoint (Closed, close) -> transition Done") {
  // spec/tcp/endpoint.yaml:42
  expect({State::Closed, Vars{}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::Done, Vars{}}, 0);
}

TEST_CASE("tcp::endpoint (Closed, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::Closed, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (Closed, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::Closed, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (Closed, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::Closed, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (Closed, ack) -> ignored duplicate_ack") {
  // spec/tcp/endpoint.yaml:57
  const Config before{State::Closed, Vars{}};
  expect(before, Event::ack, phasegen::Disposition::ignored, Code::duplicate_ack, before, 0);
}

TEST_CASE("tcp::endpoint (Closed, fin) -> ignored stray_fin") {
  // spec/tcp/endpoint.yaml:59
  const Config before{State::Closed, Vars{}};
  expect(before, Event::fin, phasegen::Disposition::ignored, Code::stray_fin, before, 0);
}

TEST_CASE("tcp::endpoint (Listen, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::Listen, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (Listen, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::Listen, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (Listen, close) -> transition Done") {
  // spec/tcp/endpoint.yaml:43
  expect({State::Listen, Vars{}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::Done, Vars{}}, 0);
}

TEST_CASE("tcp::endpoint (Listen, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::Listen, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (Listen, syn) -> transition SynReceived") {
  // spec/tcp/endpoint.yaml:44
  expect({State::Listen, Vars{}}, Event::syn, phasegen::Disposition::transition, Code::none,
         {State::SynReceived, Vars{}}, bit(Action::send_syn_ack));
}

TEST_CASE("tcp::endpoint (Listen, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::Listen, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (Listen, ack) -> ignored duplicate_ack") {
  // spec/tcp/endpoint.yaml:57
  const Config before{State::Listen, Vars{}};
  expect(before, Event::ack, phasegen::Disposition::ignored, Code::duplicate_ack, before, 0);
}

TEST_CASE("tcp::endpoint (Listen, fin) -> ignored stray_fin") {
  // spec/tcp/endpoint.yaml:59
  const Config before{State::Listen, Vars{}};
  expect(before, Event::fin, phasegen::Disposition::ignored, Code::stray_fin, before, 0);
}

TEST_CASE("tcp::endpoint (SynSent, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::SynSent, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (SynSent, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::SynSent, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (SynSent, close) -> transition Done") {
  // spec/tcp/endpoint.yaml:43
  expect({State::SynSent, Vars{}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::Done, Vars{}}, 0);
}

TEST_CASE("tcp::endpoint (SynSent, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::SynSent, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (SynSent, syn) -> transition SynReceived") {
  // spec/tcp/endpoint.yaml:44
  expect({State::SynSent, Vars{}}, Event::syn, phasegen::Disposition::transition, Code::none,
         {State::SynReceived, Vars{}}, bit(Action::send_syn_ack));
}

TEST_CASE("tcp::endpoint (SynSent, syn_ack) -> transition Established") {
  // spec/tcp/endpoint.yaml:45
  expect({State::SynSent, Vars{}}, Event::syn_ack, phasegen::Disposition::transition, Code::none,
         {State::Established, Vars{}}, bit(Action::send_ack));
}

TEST_CASE("tcp::endpoint (SynSent, ack) -> ignored ack_of_nothing") {
  // spec/tcp/endpoint.yaml:58
  const Config before{State::SynSent, Vars{}};
  expect(before, Event::ack, phasegen::Disposition::ignored, Code::ack_of_nothing, before, 0);
}

TEST_CASE("tcp::endpoint (SynSent, fin) -> ignored stray_fin") {
  // spec/tcp/endpoint.yaml:59
  const Config before{State::SynSent, Vars{}};
  expect(before, Event::fin, phasegen::Disposition::ignored, Code::stray_fin, before, 0);
}

TEST_CASE("tcp::endpoint (SynReceived, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::SynReceived, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (SynReceived, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::SynReceived, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (SynReceived, close) -> transition FinWait1") {
  // spec/tcp/endpoint.yaml:47
  expect({State::SynReceived, Vars{}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::FinWait1, Vars{}}, bit(Action::send_fin));
}

TEST_CASE("tcp::endpoint (SynReceived, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::SynReceived, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (SynReceived, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::SynReceived, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (SynReceived, syn_ack) -> transition Established") {
  // spec/tcp/endpoint.yaml:45
  expect({State::SynReceived, Vars{}}, Event::syn_ack, phasegen::Disposition::transition, Code::none,
         {State::Established, Vars{}}, bit(Action::send_ack));
}

TEST_CASE("tcp::endpoint (SynReceived, ack) -> transition Established") {
  // spec/tcp/endpoint.yaml:46
  expect({State::SynReceived, Vars{}}, Event::ack, phasegen::Disposition::transition, Code::none,
         {State::Established, Vars{}}, 0);
}

TEST_CASE("tcp::endpoint (SynReceived, fin) -> transition CloseWait") {
  // spec/tcp/endpoint.yaml:48
  expect({State::SynReceived, Vars{}}, Event::fin, phasegen::Disposition::transition, Code::none,
         {State::CloseWait, Vars{}}, bit(Action::send_ack));
}

TEST_CASE("tcp::endpoint (Established, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::Established, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (Established, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::Established, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (Established, close) -> transition FinWait1") {
  // spec/tcp/endpoint.yaml:47
  expect({State::Established, Vars{}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::FinWait1, Vars{}}, bit(Action::send_fin));
}

TEST_CASE("tcp::endpoint (Established, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::Established, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (Established, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::Established, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (Established, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::Established, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (Established, ack) -> ignored duplicate_ack") {
  // spec/tcp/endpoint.yaml:57
  const Config before{State::Established, Vars{}};
  expect(before, Event::ack, phasegen::Disposition::ignored, Code::duplicate_ack, before, 0);
}

TEST_CASE("tcp::endpoint (Established, fin) -> transition CloseWait") {
  // spec/tcp/endpoint.yaml:48
  expect({State::Established, Vars{}}, Event::fin, phasegen::Disposition::transition, Code::none,
         {State::CloseWait, Vars{}}, bit(Action::send_ack));
}

TEST_CASE("tcp::endpoint (FinWait1, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::FinWait1, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait1, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::FinWait1, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait1, close) -> rejected already_closing") {
  // spec/tcp/endpoint.yaml:64
  const Config before{State::FinWait1, Vars{}};
  expect(before, Event::close, phasegen::Disposition::rejected, Code::already_closing, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait1, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::FinWait1, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait1, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::FinWait1, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait1, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::FinWait1, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait1, ack) -> transition FinWait2") {
  // spec/tcp/endpoint.yaml:49
  expect({State::FinWait1, Vars{}}, Event::ack, phasegen::Disposition::transition, Code::none,
         {State::FinWait2, Vars{}}, 0);
}

TEST_CASE("tcp::endpoint (FinWait1, fin) -> transition Closing") {
  // spec/tcp/endpoint.yaml:50
  expect({State::FinWait1, Vars{}}, Event::fin, phasegen::Disposition::transition, Code::none,
         {State::Closing, Vars{}}, bit(Action::send_ack));
}

TEST_CASE("tcp::endpoint (FinWait2, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::FinWait2, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait2, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::FinWait2, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait2, close) -> rejected already_closing") {
  // spec/tcp/endpoint.yaml:64
  const Config before{State::FinWait2, Vars{}};
  expect(before, Event::close, phasegen::Disposition::rejected, Code::already_closing, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait2, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::FinWait2, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait2, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::FinWait2, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait2, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::FinWait2, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait2, ack) -> ignored duplicate_ack") {
  // spec/tcp/endpoint.yaml:57
  const Config before{State::FinWait2, Vars{}};
  expect(before, Event::ack, phasegen::Disposition::ignored, Code::duplicate_ack, before, 0);
}

TEST_CASE("tcp::endpoint (FinWait2, fin) -> transition TimeWait") {
  // spec/tcp/endpoint.yaml:51
  expect({State::FinWait2, Vars{}}, Event::fin, phasegen::Disposition::transition, Code::none,
         {State::TimeWait, Vars{}}, bit(Action::send_ack));
}

TEST_CASE("tcp::endpoint (Closing, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::Closing, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (Closing, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::Closing, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (Closing, close) -> rejected already_closing") {
  // spec/tcp/endpoint.yaml:64
  const Config before{State::Closing, Vars{}};
  expect(before, Event::close, phasegen::Disposition::rejected, Code::already_closing, before, 0);
}

TEST_CASE("tcp::endpoint (Closing, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::Closing, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (Closing, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::Closing, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (Closing, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::Closing, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (Closing, ack) -> transition TimeWait") {
  // spec/tcp/endpoint.yaml:52
  expect({State::Closing, Vars{}}, Event::ack, phasegen::Disposition::transition, Code::none,
         {State::TimeWait, Vars{}}, 0);
}

TEST_CASE("tcp::endpoint (Closing, fin) -> ignored stray_fin") {
  // spec/tcp/endpoint.yaml:59
  const Config before{State::Closing, Vars{}};
  expect(before, Event::fin, phasegen::Disposition::ignored, Code::stray_fin, before, 0);
}

TEST_CASE("tcp::endpoint (TimeWait, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::TimeWait, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (TimeWait, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::TimeWait, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (TimeWait, close) -> rejected already_closing") {
  // spec/tcp/endpoint.yaml:64
  const Config before{State::TimeWait, Vars{}};
  expect(before, Event::close, phasegen::Disposition::rejected, Code::already_closing, before, 0);
}

TEST_CASE("tcp::endpoint (TimeWait, timeout) -> transition Done") {
  // spec/tcp/endpoint.yaml:55
  expect({State::TimeWait, Vars{}}, Event::timeout, phasegen::Disposition::transition, Code::none,
         {State::Done, Vars{}}, 0);
}

TEST_CASE("tcp::endpoint (TimeWait, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::TimeWait, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (TimeWait, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::TimeWait, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (TimeWait, ack) -> ignored duplicate_ack") {
  // spec/tcp/endpoint.yaml:57
  const Config before{State::TimeWait, Vars{}};
  expect(before, Event::ack, phasegen::Disposition::ignored, Code::duplicate_ack, before, 0);
}

TEST_CASE("tcp::endpoint (TimeWait, fin) -> ignored stray_fin") {
  // spec/tcp/endpoint.yaml:59
  const Config before{State::TimeWait, Vars{}};
  expect(before, Event::fin, phasegen::Disposition::ignored, Code::stray_fin, before, 0);
}

TEST_CASE("tcp::endpoint (CloseWait, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::CloseWait, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (CloseWait, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::CloseWait, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (CloseWait, close) -> transition LastAck") {
  // spec/tcp/endpoint.yaml:53
  expect({State::CloseWait, Vars{}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::LastAck, Vars{}}, bit(Action::send_fin));
}

TEST_CASE("tcp::endpoint (CloseWait, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::CloseWait, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (CloseWait, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::CloseWait, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (CloseWait, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::CloseWait, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (CloseWait, ack) -> ignored duplicate_ack") {
  // spec/tcp/endpoint.yaml:57
  const Config before{State::CloseWait, Vars{}};
  expect(before, Event::ack, phasegen::Disposition::ignored, Code::duplicate_ack, before, 0);
}

TEST_CASE("tcp::endpoint (CloseWait, fin) -> ignored stray_fin") {
  // spec/tcp/endpoint.yaml:59
  const Config before{State::CloseWait, Vars{}};
  expect(before, Event::fin, phasegen::Disposition::ignored, Code::stray_fin, before, 0);
}

TEST_CASE("tcp::endpoint (LastAck, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::LastAck, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (LastAck, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::LastAck, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (LastAck, close) -> rejected already_closing") {
  // spec/tcp/endpoint.yaml:64
  const Config before{State::LastAck, Vars{}};
  expect(before, Event::close, phasegen::Disposition::rejected, Code::already_closing, before, 0);
}

TEST_CASE("tcp::endpoint (LastAck, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::LastAck, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (LastAck, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::LastAck, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (LastAck, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::LastAck, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (LastAck, ack) -> transition Done") {
  // spec/tcp/endpoint.yaml:54
  expect({State::LastAck, Vars{}}, Event::ack, phasegen::Disposition::transition, Code::none,
         {State::Done, Vars{}}, 0);
}

TEST_CASE("tcp::endpoint (LastAck, fin) -> ignored stray_fin") {
  // spec/tcp/endpoint.yaml:59
  const Config before{State::LastAck, Vars{}};
  expect(before, Event::fin, phasegen::Disposition::ignored, Code::stray_fin, before, 0);
}

TEST_CASE("tcp::endpoint (Done, connect) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:62
  const Config before{State::Done, Vars{}};
  expect(before, Event::connect, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (Done, listen) -> rejected already_open") {
  // spec/tcp/endpoint.yaml:63
  const Config before{State::Done, Vars{}};
  expect(before, Event::listen, phasegen::Disposition::rejected, Code::already_open, before, 0);
}

TEST_CASE("tcp::endpoint (Done, close) -> rejected already_closing") {
  // spec/tcp/endpoint.yaml:64
  const Config before{State::Done, Vars{}};
  expect(before, Event::close, phasegen::Disposition::rejected, Code::already_closing, before, 0);
}

TEST_CASE("tcp::endpoint (Done, timeout) -> ignored no_timer") {
  // spec/tcp/endpoint.yaml:56
  const Config before{State::Done, Vars{}};
  expect(before, Event::timeout, phasegen::Disposition::ignored, Code::no_timer, before, 0);
}

TEST_CASE("tcp::endpoint (Done, syn) -> ignored stray_syn") {
  // spec/tcp/endpoint.yaml:60
  const Config before{State::Done, Vars{}};
  expect(before, Event::syn, phasegen::Disposition::ignored, Code::stray_syn, before, 0);
}

TEST_CASE("tcp::endpoint (Done, syn_ack) -> ignored stray_syn_ack") {
  // spec/tcp/endpoint.yaml:61
  const Config before{State::Done, Vars{}};
  expect(before, Event::syn_ack, phasegen::Disposition::ignored, Code::stray_syn_ack, before, 0);
}

TEST_CASE("tcp::endpoint (Done, ack) -> ignored duplicate_ack") {
  // spec/tcp/endpoint.yaml:57
  const Config before{State::Done, Vars{}};
  expect(before, Event::ack, phasegen::Disposition::ignored, Code::duplicate_ack, before, 0);
}

TEST_CASE("tcp::endpoint (Done, fin) -> ignored stray_fin") {
  // spec/tcp/endpoint.yaml:59
  const Config before{State::Done, Vars{}};
  expect(before, Event::fin, phasegen::Disposition::ignored, Code::stray_fin, before, 0);
}

}  // namespace tcp::endpoint
