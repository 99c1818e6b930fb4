// DO NOT EDIT: generated from spec/vox/tx_channel.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// One case per (state, event) cell and guard branch of vox::tx_channel: the disposition, the
// code, the next state, the vars and the actions, through both the generated switch
// (step) and the table (phasegen::table_step). Expected values come from the reference
// interpreter (codegen/interp.py).
#include <doctest/doctest.h>

#include "tx_channel.hpp"

// In the machine's namespace, so that no name outside it (a namespace spelled like a helper
// here, or like the machine) can capture a name the cases use.
namespace vox::tx_channel {
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

TEST_CASE("vox::tx_channel (Open, send) [window > 0] -> transition Open") {
  // spec/vox/tx_channel.yaml:69
  expect({State::Open, Vars{.window = 1}}, Event::send, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.window = 0}}, bit(Action::send_item));
}

TEST_CASE("vox::tx_channel (Open, send) [window == 0] -> rejected no_credit") {
  // spec/vox/tx_channel.yaml:70
  const Config before{State::Open, Vars{.window = 0}};
  expect(before, Event::send, phasegen::Disposition::rejected, Code::no_credit, before, 0);
}

TEST_CASE("vox::tx_channel (Open, close) -> transition Closed") {
  // spec/vox/tx_channel.yaml:78
  expect({State::Open, Vars{.window = 0}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.window = 0}}, bit(Action::send_close));
}

TEST_CASE("vox::tx_channel (Open, grant) [window < credit] -> transition Open") {
  // spec/vox/tx_channel.yaml:75
  expect({State::Open, Vars{.window = 0}}, Event::grant, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.window = 1}}, 0);
}

TEST_CASE("vox::tx_channel (Open, grant) [window == credit] -> violation credit_overflow") {
  // spec/vox/tx_channel.yaml:76
  const Config before{State::Open, Vars{.window = 16}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::credit_overflow, before, 0);
}

TEST_CASE("vox::tx_channel (Open, reset) -> transition PeerReset") {
  // spec/vox/tx_channel.yaml:77
  expect({State::Open, Vars{.window = 0}}, Event::reset, phasegen::Disposition::transition, Code::none,
         {State::PeerReset, Vars{.window = 0}}, 0);
}

TEST_CASE("vox::tx_channel (Open, item) -> violation wrong_direction") {
  // spec/vox/tx_channel.yaml:99
  const Config before{State::Open, Vars{.window = 0}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::tx_channel (Open, peer_close) -> violation wrong_direction") {
  // spec/vox/tx_channel.yaml:99
  const Config before{State::Open, Vars{.window = 0}};
  expect(before, Event::peer_close, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::tx_channel (Open, disconnect) -> transition Failed") {
  // spec/vox/tx_channel.yaml:79
  expect({State::Open, Vars{.window = 0}}, Event::disconnect, phasegen::Disposition::transition, Code::none,
         {State::Failed, Vars{.window = 0}}, 0);
}

TEST_CASE("vox::tx_channel (Closed, send) -> rejected channel_closed") {
  // spec/vox/tx_channel.yaml:81
  const Config before{State::Closed, Vars{.window = 0}};
  expect(before, Event::send, phasegen::Disposition::rejected, Code::channel_closed, before, 0);
}

TEST_CASE("vox::tx_channel (Closed, close) -> ignored already_closed") {
  // spec/vox/tx_channel.yaml:82
  const Config before{State::Closed, Vars{.window = 0}};
  expect(before, Event::close, phasegen::Disposition::ignored, Code::already_closed, before, 0);
}

TEST_CASE("vox::tx_channel (Closed, grant) -> ignored late_grant") {
  // spec/vox/tx_channel.yaml:83
  const Config before{State::Closed, Vars{.window = 0}};
  expect(before, Event::grant, phasegen::Disposition::ignored, Code::late_grant, before, 0);
}

TEST_CASE("vox::tx_channel (Closed, reset) -> ignored late_reset") {
  // spec/vox/tx_channel.yaml:84
  const Config before{State::Closed, Vars{.window = 0}};
  expect(before, Event::reset, phasegen::Disposition::ignored, Code::late_reset, before, 0);
}

TEST_CASE("vox::tx_channel (Closed, item) -> violation wrong_direction") {
  // spec/vox/tx_channel.yaml:99
  const Config before{State::Closed, Vars{.window = 0}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::tx_channel (Closed, peer_close) -> violation wrong_direction") {
  // spec/vox/tx_channel.yaml:99
  const Config before{State::Closed, Vars{.window = 0}};
  expect(before, Event::peer_close, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::tx_channel (Closed, disconnect) -> ignored already_closed") {
  // spec/vox/tx_channel.yaml:88
  const Config before{State::Closed, Vars{.window = 0}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::already_closed, before, 0);
}

TEST_CASE("vox::tx_channel (PeerReset, send) -> rejected peer_reset") {
  // spec/vox/tx_channel.yaml:90
  const Config before{State::PeerReset, Vars{.window = 0}};
  expect(before, Event::send, phasegen::Disposition::rejected, Code::peer_reset, before, 0);
}

TEST_CASE("vox::tx_channel (PeerReset, close) -> ignored after_reset") {
  // spec/vox/tx_channel.yaml:91
  const Config before{State::PeerReset, Vars{.window = 0}};
  expect(before, Event::close, phasegen::Disposition::ignored, Code::after_reset, before, 0);
}

TEST_CASE("vox::tx_channel (PeerReset, grant) -> ignored late_grant") {
  // spec/vox/tx_channel.yaml:83
  const Config before{State::PeerReset, Vars{.window = 0}};
  expect(before, Event::grant, phasegen::Disposition::ignored, Code::late_grant, before, 0);
}

TEST_CASE("vox::tx_channel (PeerReset, reset) -> violation duplicate_reset") {
  // spec/vox/tx_channel.yaml:92
  const Config before{State::PeerReset, Vars{.window = 0}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::duplicate_reset, before, 0);
}

TEST_CASE("vox::tx_channel (PeerReset, item) -> violation wrong_direction") {
  // spec/vox/tx_channel.yaml:99
  const Config before{State::PeerReset, Vars{.window = 0}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::tx_channel (PeerReset, peer_close) -> violation wrong_direction") {
  // spec/vox/tx_channel.yaml:99
  const Config before{State::PeerReset, Vars{.window = 0}};
  expect(before, Event::peer_close, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::tx_channel (PeerReset, disconnect) -> ignored after_reset") {
  // spec/vox/tx_channel.yaml:93
  const Config before{State::PeerReset, Vars{.window = 0}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::after_reset, before, 0);
}

TEST_CASE("vox::tx_channel (Failed, send) -> rejected channel_failed") {
  // spec/vox/tx_channel.yaml:95
  const Config before{State::Failed, Vars{.window = 0}};
  expect(before, Event::send, phasegen::Disposition::rejected, Code::channel_failed, before, 0);
}

TEST_CASE("vox::tx_channel (Failed, close) -> ignored channel_failed") {
  // spec/vox/tx_channel.yaml:96
  const Config before{State::Failed, Vars{.window = 0}};
  expect(before, Event::close, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::tx_channel (Failed, grant) -> ignored channel_failed") {
  // spec/vox/tx_channel.yaml:103
  const Config before{State::Failed, Vars{.window = 0}};
  expect(before, Event::grant, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::tx_channel (Failed, reset) -> ignored channel_failed") {
  // spec/vox/tx_channel.yaml:103
  const Config before{State::Failed, Vars{.window = 0}};
  expect(before, Event::reset, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::tx_channel (Failed, item) -> violation wrong_direction") {
  // spec/vox/tx_channel.yaml:99
  const Config before{State::Failed, Vars{.window = 0}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::tx_channel (Failed, peer_close) -> violation wrong_direction") {
  // spec/vox/tx_channel.yaml:99
  const Config before{State::Failed, Vars{.window = 0}};
  expect(before, Event::peer_close, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::tx_channel (Failed, disconnect) -> ignored channel_failed") {
  // spec/vox/tx_channel.yaml:96
  const Config before{State::Failed, Vars{.window = 0}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

}  // namespace vox::tx_channel
