// DO NOT EDIT: generated from spec/vox/rx_channel.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// One case per (state, event) cell and guard branch of vox::rx_channel: the disposition, the
// code, the next state, the vars and the actions, through both the generated switch
// (step) and the table (phasegen::table_step). Expected values come from the reference
// interpreter (codegen/interp.py).
#include <doctest/doctest.h>

#include "rx_channel.hpp"

// In the machine's namespace, so that no name outside it (a namespace spelled like a helper
// here, or like the machine) can capture a name the cases use.
namespace vox::rx_channel {
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

TEST_CASE("vox::rx_channel (Unknown, announce) -> transition Announced") {
  // spec/vox/rx_channel.yaml:99
  expect({State::Unknown, Vars{.queued = 0}}, Event::announce, phasegen::Disposition::transition, Code::none,
         {State::Announced, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Unknown, bind) -> transition Open") {
  // spec/vox/rx_channel.yaml:100
  expect({State::Unknown, Vars{.queued = 0}}, Event::bind, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Unknown, item) -> violation unknown_channel") {
  // spec/vox/rx_channel.yaml:104
  const Config before{State::Unknown, Vars{.queued = 0}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::unknown_channel, before, 0);
}

TEST_CASE("vox::rx_channel (Unknown, close) -> violation unknown_channel") {
  // spec/vox/rx_channel.yaml:105
  const Config before{State::Unknown, Vars{.queued = 0}};
  expect(before, Event::close, phasegen::Disposition::violation, Code::unknown_channel, before, 0);
}

TEST_CASE("vox::rx_channel (Unknown, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Unknown, Vars{.queued = 0}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Unknown, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Unknown, Vars{.queued = 0}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Unknown, consume) -> rejected not_registered") {
  // spec/vox/rx_channel.yaml:106
  const Config before{State::Unknown, Vars{.queued = 0}};
  expect(before, Event::consume, phasegen::Disposition::rejected, Code::not_registered, before, 0);
}

TEST_CASE("vox::rx_channel (Unknown, drop_receiver) -> rejected not_registered") {
  // spec/vox/rx_channel.yaml:107
  const Config before{State::Unknown, Vars{.queued = 0}};
  expect(before, Event::drop_receiver, phasegen::Disposition::rejected, Code::not_registered, before, 0);
}

TEST_CASE("vox::rx_channel (Unknown, disconnect) -> ignored not_live") {
  // spec/vox/rx_channel.yaml:108
  const Config before{State::Unknown, Vars{.queued = 0}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::not_live, before, 0);
}

TEST_CASE("vox::rx_channel (Announced, announce) -> violation channel_id_reuse") {
  // spec/vox/rx_channel.yaml:111
  const Config before{State::Announced, Vars{.queued = 0}};
  expect(before, Event::announce, phasegen::Disposition::violation, Code::channel_id_reuse, before, 0);
}

TEST_CASE("vox::rx_channel (Announced, bind) -> transition Open") {
  // spec/vox/rx_channel.yaml:119
  expect({State::Announced, Vars{.queued = 0}}, Event::bind, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Announced, item) [queued < credit] -> transition Announced") {
  // spec/vox/rx_channel.yaml:116
  expect({State::Announced, Vars{.queued = 0}}, Event::item, phasegen::Disposition::transition, Code::none,
         {State::Announced, Vars{.queued = 1}}, 0);
}

TEST_CASE("vox::rx_channel (Announced, item) [queued == credit] -> violation credit_exceeded") {
  // spec/vox/rx_channel.yaml:117
  const Config before{State::Announced, Vars{.queued = 16}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::credit_exceeded, before, 0);
}

TEST_CASE("vox::rx_channel (Announced, close) -> transition AnnouncedClosed") {
  // spec/vox/rx_channel.yaml:118
  expect({State::Announced, Vars{.queued = 0}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::AnnouncedClosed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Announced, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Announced, Vars{.queued = 0}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Announced, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Announced, Vars{.queued = 0}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Announced, consume) -> rejected not_registered") {
  // spec/vox/rx_channel.yaml:120
  const Config before{State::Announced, Vars{.queued = 0}};
  expect(before, Event::consume, phasegen::Disposition::rejected, Code::not_registered, before, 0);
}

TEST_CASE("vox::rx_channel (Announced, drop_receiver) -> transition ResetSent") {
  // spec/vox/rx_channel.yaml:123
  expect({State::Announced, Vars{.queued = 0}}, Event::drop_receiver, phasegen::Disposition::transition, Code::none,
         {State::ResetSent, Vars{.queued = 0}}, bit(Action::send_reset));
}

TEST_CASE("vox::rx_channel (Announced, disconnect) [queued > 0] -> transition AnnouncedFailing") {
  // spec/vox/rx_channel.yaml:160
  expect({State::Announced, Vars{.queued = 1}}, Event::disconnect, phasegen::Disposition::transition, Code::none,
         {State::AnnouncedFailing, Vars{.queued = 1}}, 0);
}

TEST_CASE("vox::rx_channel (Announced, disconnect) [queued == 0] -> transition Failed") {
  // spec/vox/rx_channel.yaml:167
  expect({State::Announced, Vars{.queued = 0}}, Event::disconnect, phasegen::Disposition::transition, Code::none,
         {State::Failed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, announce) -> violation channel_id_reuse") {
  // spec/vox/rx_channel.yaml:111
  const Config before{State::AnnouncedClosed, Vars{.queued = 0}};
  expect(before, Event::announce, phasegen::Disposition::violation, Code::channel_id_reuse, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, bind) [queued > 0] -> transition Draining") {
  // spec/vox/rx_channel.yaml:130
  expect({State::AnnouncedClosed, Vars{.queued = 1}}, Event::bind, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.queued = 1}}, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, bind) [queued == 0] -> transition Closed") {
  // spec/vox/rx_channel.yaml:131
  expect({State::AnnouncedClosed, Vars{.queued = 0}}, Event::bind, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, item) -> violation data_after_close") {
  // spec/vox/rx_channel.yaml:132
  const Config before{State::AnnouncedClosed, Vars{.queued = 0}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::data_after_close, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, close) -> violation duplicate_close") {
  // spec/vox/rx_channel.yaml:133
  const Config before{State::AnnouncedClosed, Vars{.queued = 0}};
  expect(before, Event::close, phasegen::Disposition::violation, Code::duplicate_close, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::AnnouncedClosed, Vars{.queued = 0}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::AnnouncedClosed, Vars{.queued = 0}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, consume) -> rejected not_registered") {
  // spec/vox/rx_channel.yaml:120
  const Config before{State::AnnouncedClosed, Vars{.queued = 0}};
  expect(before, Event::consume, phasegen::Disposition::rejected, Code::not_registered, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, drop_receiver) -> transition Closed") {
  // spec/vox/rx_channel.yaml:134
  expect({State::AnnouncedClosed, Vars{.queued = 0}}, Event::drop_receiver, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedClosed, disconnect) -> ignored stream_complete") {
  // spec/vox/rx_channel.yaml:148
  const Config before{State::AnnouncedClosed, Vars{.queued = 0}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::stream_complete, before, 0);
}

TEST_CASE("vox::rx_channel (Open, announce) -> violation channel_id_reuse") {
  // spec/vox/rx_channel.yaml:111
  const Config before{State::Open, Vars{.queued = 0}};
  expect(before, Event::announce, phasegen::Disposition::violation, Code::channel_id_reuse, before, 0);
}

TEST_CASE("vox::rx_channel (Open, bind) -> rejected already_registered") {
  // spec/vox/rx_channel.yaml:140
  const Config before{State::Open, Vars{.queued = 0}};
  expect(before, Event::bind, phasegen::Disposition::rejected, Code::already_registered, before, 0);
}

TEST_CASE("vox::rx_channel (Open, item) [queued == credit] -> violation credit_exceeded") {
  // spec/vox/rx_channel.yaml:117
  const Config before{State::Open, Vars{.queued = 16}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::credit_exceeded, before, 0);
}

TEST_CASE("vox::rx_channel (Open, item) [queued < credit] -> transition Open") {
  // spec/vox/rx_channel.yaml:137
  expect({State::Open, Vars{.queued = 0}}, Event::item, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.queued = 1}}, 0);
}

TEST_CASE("vox::rx_channel (Open, close) [queued > 0] -> transition Draining") {
  // spec/vox/rx_channel.yaml:138
  expect({State::Open, Vars{.queued = 1}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.queued = 1}}, 0);
}

TEST_CASE("vox::rx_channel (Open, close) [queued == 0] -> transition Closed") {
  // spec/vox/rx_channel.yaml:139
  expect({State::Open, Vars{.queued = 0}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Open, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Open, Vars{.queued = 0}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Open, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Open, Vars{.queued = 0}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Open, consume) [queued > 0] -> transition Open") {
  // spec/vox/rx_channel.yaml:141
  expect({State::Open, Vars{.queued = 1}}, Event::consume, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.queued = 0}}, bit(Action::grant_credit));
}

TEST_CASE("vox::rx_channel (Open, consume) [queued == 0] -> ignored queue_empty") {
  // spec/vox/rx_channel.yaml:142
  const Config before{State::Open, Vars{.queued = 0}};
  expect(before, Event::consume, phasegen::Disposition::ignored, Code::queue_empty, before, 0);
}

TEST_CASE("vox::rx_channel (Open, drop_receiver) -> transition ResetSent") {
  // spec/vox/rx_channel.yaml:143
  expect({State::Open, Vars{.queued = 0}}, Event::drop_receiver, phasegen::Disposition::transition, Code::none,
         {State::ResetSent, Vars{.queued = 0}}, bit(Action::send_reset));
}

TEST_CASE("vox::rx_channel (Open, disconnect) [queued > 0] -> transition Failing") {
  // spec/vox/rx_channel.yaml:161
  expect({State::Open, Vars{.queued = 1}}, Event::disconnect, phasegen::Disposition::transition, Code::none,
         {State::Failing, Vars{.queued = 1}}, 0);
}

TEST_CASE("vox::rx_channel (Open, disconnect) [queued == 0] -> transition Failed") {
  // spec/vox/rx_channel.yaml:167
  expect({State::Open, Vars{.queued = 0}}, Event::disconnect, phasegen::Disposition::transition, Code::none,
         {State::Failed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Draining, announce) -> violation channel_id_reuse") {
  // spec/vox/rx_channel.yaml:111
  const Config before{State::Draining, Vars{.queued = 1}};
  expect(before, Event::announce, phasegen::Disposition::violation, Code::channel_id_reuse, before, 0);
}

TEST_CASE("vox::rx_channel (Draining, bind) -> rejected already_registered") {
  // spec/vox/rx_channel.yaml:140
  const Config before{State::Draining, Vars{.queued = 1}};
  expect(before, Event::bind, phasegen::Disposition::rejected, Code::already_registered, before, 0);
}

TEST_CASE("vox::rx_channel (Draining, item) -> violation data_after_close") {
  // spec/vox/rx_channel.yaml:132
  const Config before{State::Draining, Vars{.queued = 1}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::data_after_close, before, 0);
}

TEST_CASE("vox::rx_channel (Draining, close) -> violation duplicate_close") {
  // spec/vox/rx_channel.yaml:133
  const Config before{State::Draining, Vars{.queued = 1}};
  expect(before, Event::close, phasegen::Disposition::violation, Code::duplicate_close, before, 0);
}

TEST_CASE("vox::rx_channel (Draining, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Draining, Vars{.queued = 1}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Draining, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Draining, Vars{.queued = 1}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Draining, consume) [queued == 0] -> ignored queue_empty") {
  // spec/vox/rx_channel.yaml:142
  const Config before{State::Draining, Vars{.queued = 0}};
  expect(before, Event::consume, phasegen::Disposition::ignored, Code::queue_empty, before, 0);
}

TEST_CASE("vox::rx_channel (Draining, consume) [queued > 1] -> transition Draining") {
  // spec/vox/rx_channel.yaml:145
  expect({State::Draining, Vars{.queued = 2}}, Event::consume, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.queued = 1}}, 0);
}

TEST_CASE("vox::rx_channel (Draining, consume) [queued == 1] -> transition Closed") {
  // spec/vox/rx_channel.yaml:146
  expect({State::Draining, Vars{.queued = 1}}, Event::consume, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Draining, drop_receiver) -> transition Closed") {
  // spec/vox/rx_channel.yaml:147
  expect({State::Draining, Vars{.queued = 1}}, Event::drop_receiver, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Draining, disconnect) -> ignored stream_complete") {
  // spec/vox/rx_channel.yaml:148
  const Config before{State::Draining, Vars{.queued = 1}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::stream_complete, before, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, announce) -> violation channel_id_reuse") {
  // spec/vox/rx_channel.yaml:111
  const Config before{State::ResetSent, Vars{.queued = 0}};
  expect(before, Event::announce, phasegen::Disposition::violation, Code::channel_id_reuse, before, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, bind) -> rejected already_registered") {
  // spec/vox/rx_channel.yaml:140
  const Config before{State::ResetSent, Vars{.queued = 0}};
  expect(before, Event::bind, phasegen::Disposition::rejected, Code::already_registered, before, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, item) -> ignored reset_race") {
  // spec/vox/rx_channel.yaml:154
  const Config before{State::ResetSent, Vars{.queued = 0}};
  expect(before, Event::item, phasegen::Disposition::ignored, Code::reset_race, before, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, close) -> transition Closed") {
  // spec/vox/rx_channel.yaml:155
  expect({State::ResetSent, Vars{.queued = 0}}, Event::close, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::ResetSent, Vars{.queued = 0}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::ResetSent, Vars{.queued = 0}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, consume) -> rejected receiver_dropped") {
  // spec/vox/rx_channel.yaml:156
  const Config before{State::ResetSent, Vars{.queued = 0}};
  expect(before, Event::consume, phasegen::Disposition::rejected, Code::receiver_dropped, before, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, drop_receiver) -> rejected receiver_dropped") {
  // spec/vox/rx_channel.yaml:157
  const Config before{State::ResetSent, Vars{.queued = 0}};
  expect(before, Event::drop_receiver, phasegen::Disposition::rejected, Code::receiver_dropped, before, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, disconnect) [queued == 0] -> transition Failed") {
  // spec/vox/rx_channel.yaml:167
  expect({State::ResetSent, Vars{.queued = 0}}, Event::disconnect, phasegen::Disposition::transition, Code::none,
         {State::Failed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (ResetSent, disconnect) [queued > 0] -> transition Failed") {
  // spec/vox/rx_channel.yaml:168
  expect({State::ResetSent, Vars{.queued = 1}}, Event::disconnect, phasegen::Disposition::transition, Code::none,
         {State::Failed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Closed, announce) -> violation channel_id_reuse") {
  // spec/vox/rx_channel.yaml:111
  const Config before{State::Closed, Vars{.queued = 0}};
  expect(before, Event::announce, phasegen::Disposition::violation, Code::channel_id_reuse, before, 0);
}

TEST_CASE("vox::rx_channel (Closed, bind) -> rejected channel_closed") {
  // spec/vox/rx_channel.yaml:175
  const Config before{State::Closed, Vars{.queued = 0}};
  expect(before, Event::bind, phasegen::Disposition::rejected, Code::channel_closed, before, 0);
}

TEST_CASE("vox::rx_channel (Closed, item) -> violation data_after_close") {
  // spec/vox/rx_channel.yaml:132
  const Config before{State::Closed, Vars{.queued = 0}};
  expect(before, Event::item, phasegen::Disposition::violation, Code::data_after_close, before, 0);
}

TEST_CASE("vox::rx_channel (Closed, close) -> violation duplicate_close") {
  // spec/vox/rx_channel.yaml:133
  const Config before{State::Closed, Vars{.queued = 0}};
  expect(before, Event::close, phasegen::Disposition::violation, Code::duplicate_close, before, 0);
}

TEST_CASE("vox::rx_channel (Closed, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Closed, Vars{.queued = 0}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Closed, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Closed, Vars{.queued = 0}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Closed, consume) -> rejected channel_closed") {
  // spec/vox/rx_channel.yaml:176
  const Config before{State::Closed, Vars{.queued = 0}};
  expect(before, Event::consume, phasegen::Disposition::rejected, Code::channel_closed, before, 0);
}

TEST_CASE("vox::rx_channel (Closed, drop_receiver) -> ignored already_closed") {
  // spec/vox/rx_channel.yaml:177
  const Config before{State::Closed, Vars{.queued = 0}};
  expect(before, Event::drop_receiver, phasegen::Disposition::ignored, Code::already_closed, before, 0);
}

TEST_CASE("vox::rx_channel (Closed, disconnect) -> ignored already_closed") {
  // spec/vox/rx_channel.yaml:178
  const Config before{State::Closed, Vars{.queued = 0}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::already_closed, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, announce) -> ignored channel_failed") {
  // spec/vox/rx_channel.yaml:189
  const Config before{State::AnnouncedFailing, Vars{.queued = 1}};
  expect(before, Event::announce, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, bind) [queued > 0] -> transition Failing") {
  // spec/vox/rx_channel.yaml:162
  expect({State::AnnouncedFailing, Vars{.queued = 1}}, Event::bind, phasegen::Disposition::transition, Code::none,
         {State::Failing, Vars{.queued = 1}}, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, bind) [queued == 0] -> transition Failed") {
  // spec/vox/rx_channel.yaml:163
  expect({State::AnnouncedFailing, Vars{.queued = 0}}, Event::bind, phasegen::Disposition::transition, Code::none,
         {State::Failed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, item) -> ignored channel_failed") {
  // spec/vox/rx_channel.yaml:189
  const Config before{State::AnnouncedFailing, Vars{.queued = 1}};
  expect(before, Event::item, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, close) -> ignored channel_failed") {
  // spec/vox/rx_channel.yaml:189
  const Config before{State::AnnouncedFailing, Vars{.queued = 1}};
  expect(before, Event::close, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::AnnouncedFailing, Vars{.queued = 1}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::AnnouncedFailing, Vars{.queued = 1}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, consume) -> rejected not_registered") {
  // spec/vox/rx_channel.yaml:164
  const Config before{State::AnnouncedFailing, Vars{.queued = 1}};
  expect(before, Event::consume, phasegen::Disposition::rejected, Code::not_registered, before, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, drop_receiver) -> transition Failed") {
  // spec/vox/rx_channel.yaml:165
  expect({State::AnnouncedFailing, Vars{.queued = 1}}, Event::drop_receiver, phasegen::Disposition::transition, Code::none,
         {State::Failed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (AnnouncedFailing, disconnect) -> ignored already_failed") {
  // spec/vox/rx_channel.yaml:166
  const Config before{State::AnnouncedFailing, Vars{.queued = 1}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::already_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failing, announce) -> ignored channel_failed") {
  // spec/vox/rx_channel.yaml:189
  const Config before{State::Failing, Vars{.queued = 1}};
  expect(before, Event::announce, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failing, bind) -> rejected already_registered") {
  // spec/vox/rx_channel.yaml:171
  const Config before{State::Failing, Vars{.queued = 1}};
  expect(before, Event::bind, phasegen::Disposition::rejected, Code::already_registered, before, 0);
}

TEST_CASE("vox::rx_channel (Failing, item) -> ignored channel_failed") {
  // spec/vox/rx_channel.yaml:189
  const Config before{State::Failing, Vars{.queued = 1}};
  expect(before, Event::item, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failing, close) -> ignored channel_failed") {
  // spec/vox/rx_channel.yaml:189
  const Config before{State::Failing, Vars{.queued = 1}};
  expect(before, Event::close, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failing, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Failing, Vars{.queued = 1}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Failing, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Failing, Vars{.queued = 1}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Failing, consume) [queued == 0] -> ignored queue_empty") {
  // spec/vox/rx_channel.yaml:142
  const Config before{State::Failing, Vars{.queued = 0}};
  expect(before, Event::consume, phasegen::Disposition::ignored, Code::queue_empty, before, 0);
}

TEST_CASE("vox::rx_channel (Failing, consume) [queued > 1] -> transition Failing") {
  // spec/vox/rx_channel.yaml:169
  expect({State::Failing, Vars{.queued = 2}}, Event::consume, phasegen::Disposition::transition, Code::none,
         {State::Failing, Vars{.queued = 1}}, 0);
}

TEST_CASE("vox::rx_channel (Failing, consume) [queued == 1] -> transition Failed") {
  // spec/vox/rx_channel.yaml:170
  expect({State::Failing, Vars{.queued = 1}}, Event::consume, phasegen::Disposition::transition, Code::none,
         {State::Failed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Failing, drop_receiver) -> transition Failed") {
  // spec/vox/rx_channel.yaml:172
  expect({State::Failing, Vars{.queued = 1}}, Event::drop_receiver, phasegen::Disposition::transition, Code::none,
         {State::Failed, Vars{.queued = 0}}, 0);
}

TEST_CASE("vox::rx_channel (Failing, disconnect) -> ignored already_failed") {
  // spec/vox/rx_channel.yaml:166
  const Config before{State::Failing, Vars{.queued = 1}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::already_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failed, announce) -> ignored channel_failed") {
  // spec/vox/rx_channel.yaml:189
  const Config before{State::Failed, Vars{.queued = 0}};
  expect(before, Event::announce, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failed, bind) -> rejected channel_failed") {
  // spec/vox/rx_channel.yaml:179
  const Config before{State::Failed, Vars{.queued = 0}};
  expect(before, Event::bind, phasegen::Disposition::rejected, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failed, item) -> ignored channel_failed") {
  // spec/vox/rx_channel.yaml:189
  const Config before{State::Failed, Vars{.queued = 0}};
  expect(before, Event::item, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failed, close) -> ignored channel_failed") {
  // spec/vox/rx_channel.yaml:189
  const Config before{State::Failed, Vars{.queued = 0}};
  expect(before, Event::close, phasegen::Disposition::ignored, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failed, reset) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Failed, Vars{.queued = 0}};
  expect(before, Event::reset, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Failed, grant) -> violation wrong_direction") {
  // spec/vox/rx_channel.yaml:185
  const Config before{State::Failed, Vars{.queued = 0}};
  expect(before, Event::grant, phasegen::Disposition::violation, Code::wrong_direction, before, 0);
}

TEST_CASE("vox::rx_channel (Failed, consume) -> rejected channel_failed") {
  // spec/vox/rx_channel.yaml:180
  const Config before{State::Failed, Vars{.queued = 0}};
  expect(before, Event::consume, phasegen::Disposition::rejected, Code::channel_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failed, drop_receiver) -> ignored already_failed") {
  // spec/vox/rx_channel.yaml:181
  const Config before{State::Failed, Vars{.queued = 0}};
  expect(before, Event::drop_receiver, phasegen::Disposition::ignored, Code::already_failed, before, 0);
}

TEST_CASE("vox::rx_channel (Failed, disconnect) -> ignored already_failed") {
  // spec/vox/rx_channel.yaml:182
  const Config before{State::Failed, Vars{.queued = 0}};
  expect(before, Event::disconnect, phasegen::Disposition::ignored, Code::already_failed, before, 0);
}

}  // namespace vox::rx_channel
