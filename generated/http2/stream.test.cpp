// DO NOT EDIT: generated from spec/http2/stream.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// One case per (state, event) cell and guard branch of http2::stream: the disposition, the
// code, the next state, the vars and the actions, through both the generated switch
// (step) and the table (phasegen::table_step). Expected values come from the reference
// interpreter (codegen/interp.py).
#include <doctest/doctest.h>

#include "stream.hpp"

// In the machine's namespace, so that no name outside it (a namespace spelled like a helper
// here, or like the machine) can capture a name the cases use.
namespace http2::stream {
namespace {

void expect(const Config& before, Event e, const Args& args, phasegen::Disposition kind, Code code,
            const Config& after, ActionSet actions) {
  for (const bool table : {false, true}) {
    CAPTURE(table);
    Config c = before;
    const Outcome o = table ? phasegen::table_step<Machine>(c, e, args) : step(c, e, args);
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

TEST_CASE("http2::stream (Idle, headers) -> transition Open") {
  // spec/http2/stream.yaml:71
  expect({State::Idle, Vars{.buffered = 0, .send_window = 2}}, Event::headers, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (Idle, headers_end) -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:75
  expect({State::Idle, Vars{.buffered = 0, .send_window = 2}}, Event::headers_end, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (Idle, push_promise) -> transition ReservedRemote") {
  // spec/http2/stream.yaml:80
  expect({State::Idle, Vars{.buffered = 0, .send_window = 2}}, Event::push_promise, Args{}, phasegen::Disposition::transition, Code::none,
         {State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (Idle, data) -> violation protocol_error") {
  // spec/http2/stream.yaml:88
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::data, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Idle, end_stream) -> violation protocol_error") {
  // spec/http2/stream.yaml:88
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::end_stream, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Idle, rst_stream) -> violation protocol_error") {
  // spec/http2/stream.yaml:91
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::rst_stream, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Idle, priority) -> ignored priority") {
  // spec/http2/stream.yaml:94
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::priority, Args{}, phasegen::Disposition::ignored, Code::priority, before, 0);
}

TEST_CASE("http2::stream (Idle, window_update(n=1)) -> violation protocol_error") {
  // spec/http2/stream.yaml:95
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 1}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Idle, window_update(n=2)) -> violation protocol_error") {
  // spec/http2/stream.yaml:95
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 2}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Idle, window_update(n=3)) -> violation protocol_error") {
  // spec/http2/stream.yaml:95
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 3}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Idle, window_update(n=4)) -> violation protocol_error") {
  // spec/http2/stream.yaml:95
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 4}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Idle, read) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::read, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (Idle, cancel) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::cancel, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (Idle, send_headers) -> transition Open") {
  // spec/http2/stream.yaml:111
  expect({State::Idle, Vars{.buffered = 0, .send_window = 2}}, Event::send_headers, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (Idle, send_push_promise) -> transition ReservedLocal") {
  // spec/http2/stream.yaml:116
  expect({State::Idle, Vars{.buffered = 0, .send_window = 2}}, Event::send_push_promise, Args{}, phasegen::Disposition::transition, Code::none,
         {State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (Idle, send_data) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::send_data, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (Idle, send_end_stream) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::send_end_stream, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (Idle, connection_error) -> ignored idle") {
  // spec/http2/stream.yaml:125
  const Config before{State::Idle, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::connection_error, Args{}, phasegen::Disposition::ignored, Code::idle, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, headers) -> violation protocol_error") {
  // spec/http2/stream.yaml:73
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::headers, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, headers_end) -> violation protocol_error") {
  // spec/http2/stream.yaml:79
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::headers_end, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, push_promise) -> violation protocol_error") {
  // spec/http2/stream.yaml:81
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::push_promise, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, data) -> violation protocol_error") {
  // spec/http2/stream.yaml:88
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::data, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, end_stream) -> violation protocol_error") {
  // spec/http2/stream.yaml:88
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::end_stream, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, rst_stream) -> transition Closed") {
  // spec/http2/stream.yaml:92
  expect({State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}}, Event::rst_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (ReservedLocal, priority) -> ignored priority") {
  // spec/http2/stream.yaml:94
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::priority, Args{}, phasegen::Disposition::ignored, Code::priority, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, window_update(n=1)) [send_window + n <= max_window] -> transition ReservedLocal") {
  // spec/http2/stream.yaml:96
  expect({State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}}, Event::window_update, Args{.n = 1}, phasegen::Disposition::transition, Code::none,
         {State::ReservedLocal, Vars{.buffered = 0, .send_window = 3}}, 0);
}

TEST_CASE("http2::stream (ReservedLocal, window_update(n=1)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 4}};
  expect(before, Event::window_update, Args{.n = 1}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, window_update(n=2)) [send_window + n <= max_window] -> transition ReservedLocal") {
  // spec/http2/stream.yaml:96
  expect({State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}}, Event::window_update, Args{.n = 2}, phasegen::Disposition::transition, Code::none,
         {State::ReservedLocal, Vars{.buffered = 0, .send_window = 4}}, 0);
}

TEST_CASE("http2::stream (ReservedLocal, window_update(n=2)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 3}};
  expect(before, Event::window_update, Args{.n = 2}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, window_update(n=3)) [send_window + n <= max_window] -> transition ReservedLocal") {
  // spec/http2/stream.yaml:96
  expect({State::ReservedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 3}, phasegen::Disposition::transition, Code::none,
         {State::ReservedLocal, Vars{.buffered = 0, .send_window = 3}}, 0);
}

TEST_CASE("http2::stream (ReservedLocal, window_update(n=3)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 3}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, window_update(n=4)) [send_window + n <= max_window] -> transition ReservedLocal") {
  // spec/http2/stream.yaml:96
  expect({State::ReservedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 4}, phasegen::Disposition::transition, Code::none,
         {State::ReservedLocal, Vars{.buffered = 0, .send_window = 4}}, 0);
}

TEST_CASE("http2::stream (ReservedLocal, window_update(n=4)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 4}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, read) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::read, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, cancel) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::cancel, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, send_headers) -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:112
  expect({State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}}, Event::send_headers, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (ReservedLocal, send_push_promise) -> rejected not_idle") {
  // spec/http2/stream.yaml:117
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::send_push_promise, Args{}, phasegen::Disposition::rejected, Code::not_idle, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, send_data) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::send_data, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, send_end_stream) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::send_end_stream, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (ReservedLocal, connection_error) -> transition Closed") {
  // spec/http2/stream.yaml:126
  expect({State::ReservedLocal, Vars{.buffered = 0, .send_window = 2}}, Event::connection_error, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (ReservedRemote, headers) -> transition HalfClosedLocal") {
  // spec/http2/stream.yaml:72
  expect({State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}}, Event::headers, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (ReservedRemote, headers_end) -> transition Closed") {
  // spec/http2/stream.yaml:76
  expect({State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}}, Event::headers_end, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (ReservedRemote, push_promise) -> violation protocol_error") {
  // spec/http2/stream.yaml:81
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::push_promise, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, data) -> violation protocol_error") {
  // spec/http2/stream.yaml:88
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::data, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, end_stream) -> violation protocol_error") {
  // spec/http2/stream.yaml:88
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::end_stream, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, rst_stream) -> transition Closed") {
  // spec/http2/stream.yaml:92
  expect({State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}}, Event::rst_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (ReservedRemote, priority) -> ignored priority") {
  // spec/http2/stream.yaml:94
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::priority, Args{}, phasegen::Disposition::ignored, Code::priority, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, window_update(n=1)) -> violation protocol_error") {
  // spec/http2/stream.yaml:95
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 1}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, window_update(n=2)) -> violation protocol_error") {
  // spec/http2/stream.yaml:95
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 2}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, window_update(n=3)) -> violation protocol_error") {
  // spec/http2/stream.yaml:95
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 3}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, window_update(n=4)) -> violation protocol_error") {
  // spec/http2/stream.yaml:95
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 4}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, read) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::read, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, cancel) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::cancel, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, send_headers) -> rejected reserved_remote") {
  // spec/http2/stream.yaml:114
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::send_headers, Args{}, phasegen::Disposition::rejected, Code::reserved_remote, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, send_push_promise) -> rejected not_idle") {
  // spec/http2/stream.yaml:117
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::send_push_promise, Args{}, phasegen::Disposition::rejected, Code::not_idle, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, send_data) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::send_data, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, send_end_stream) -> rejected not_open") {
  // spec/http2/stream.yaml:106
  const Config before{State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::send_end_stream, Args{}, phasegen::Disposition::rejected, Code::not_open, before, 0);
}

TEST_CASE("http2::stream (ReservedRemote, connection_error) -> transition Closed") {
  // spec/http2/stream.yaml:126
  expect({State::ReservedRemote, Vars{.buffered = 0, .send_window = 2}}, Event::connection_error, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (Open, headers) -> violation protocol_error") {
  // spec/http2/stream.yaml:73
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::headers, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Open, headers_end) -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:75
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::headers_end, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Open, push_promise) -> violation protocol_error") {
  // spec/http2/stream.yaml:81
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::push_promise, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Open, data) [buffered < buf] -> transition Open") {
  // spec/http2/stream.yaml:83
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::data, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 1, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Open, data) [buffered == buf] -> violation flow_control") {
  // spec/http2/stream.yaml:84
  const Config before{State::Open, Vars{.buffered = 4, .send_window = 0}};
  expect(before, Event::data, Args{}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (Open, end_stream) -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:85
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::end_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Open, rst_stream) -> transition Closed") {
  // spec/http2/stream.yaml:92
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::rst_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Open, priority) -> ignored priority") {
  // spec/http2/stream.yaml:94
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::priority, Args{}, phasegen::Disposition::ignored, Code::priority, before, 0);
}

TEST_CASE("http2::stream (Open, window_update(n=1)) [send_window + n <= max_window] -> transition Open") {
  // spec/http2/stream.yaml:96
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 1}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 0, .send_window = 1}}, 0);
}

TEST_CASE("http2::stream (Open, window_update(n=1)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 4}};
  expect(before, Event::window_update, Args{.n = 1}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (Open, window_update(n=2)) [send_window + n <= max_window] -> transition Open") {
  // spec/http2/stream.yaml:96
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 2}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (Open, window_update(n=2)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 3}};
  expect(before, Event::window_update, Args{.n = 2}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (Open, window_update(n=3)) [send_window + n <= max_window] -> transition Open") {
  // spec/http2/stream.yaml:96
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 3}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 0, .send_window = 3}}, 0);
}

TEST_CASE("http2::stream (Open, window_update(n=3)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 3}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (Open, window_update(n=4)) [send_window + n <= max_window] -> transition Open") {
  // spec/http2/stream.yaml:96
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 4}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 0, .send_window = 4}}, 0);
}

TEST_CASE("http2::stream (Open, window_update(n=4)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 1}};
  expect(before, Event::window_update, Args{.n = 4}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (Open, read) [buffered > 0] -> transition Open") {
  // spec/http2/stream.yaml:100
  expect({State::Open, Vars{.buffered = 1, .send_window = 0}}, Event::read, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 0, .send_window = 0}}, bit(Action::window_update_out));
}

TEST_CASE("http2::stream (Open, read) [buffered == 0] -> ignored empty") {
  // spec/http2/stream.yaml:101
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::read, Args{}, phasegen::Disposition::ignored, Code::empty, before, 0);
}

TEST_CASE("http2::stream (Open, cancel) -> transition ResetSent") {
  // spec/http2/stream.yaml:108
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::cancel, Args{}, phasegen::Disposition::transition, Code::none,
         {State::ResetSent, Vars{.buffered = 0, .send_window = 0}}, bit(Action::send_rst));
}

TEST_CASE("http2::stream (Open, send_headers) -> transition Open") {
  // spec/http2/stream.yaml:113
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::send_headers, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Open, send_push_promise) -> rejected not_idle") {
  // spec/http2/stream.yaml:117
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_push_promise, Args{}, phasegen::Disposition::rejected, Code::not_idle, before, 0);
}

TEST_CASE("http2::stream (Open, send_data) [send_window > 0] -> transition Open") {
  // spec/http2/stream.yaml:118
  expect({State::Open, Vars{.buffered = 0, .send_window = 1}}, Event::send_data, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Open, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Open, send_data) [send_window == 0] -> rejected blocked") {
  // spec/http2/stream.yaml:119
  const Config before{State::Open, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_data, Args{}, phasegen::Disposition::rejected, Code::blocked, before, 0);
}

TEST_CASE("http2::stream (Open, send_end_stream) -> transition HalfClosedLocal") {
  // spec/http2/stream.yaml:121
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::send_end_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Open, connection_error) -> transition Closed") {
  // spec/http2/stream.yaml:126
  expect({State::Open, Vars{.buffered = 0, .send_window = 0}}, Event::connection_error, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, headers) -> violation protocol_error") {
  // spec/http2/stream.yaml:73
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::headers, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, headers_end) [buffered > 0] -> transition Draining") {
  // spec/http2/stream.yaml:77
  expect({State::HalfClosedLocal, Vars{.buffered = 1, .send_window = 0}}, Event::headers_end, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.buffered = 1, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, headers_end) [buffered == 0] -> transition Closed") {
  // spec/http2/stream.yaml:78
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::headers_end, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, push_promise) -> violation protocol_error") {
  // spec/http2/stream.yaml:81
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::push_promise, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, data) [buffered < buf] -> transition HalfClosedLocal") {
  // spec/http2/stream.yaml:83
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::data, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedLocal, Vars{.buffered = 1, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, data) [buffered == buf] -> violation flow_control") {
  // spec/http2/stream.yaml:84
  const Config before{State::HalfClosedLocal, Vars{.buffered = 4, .send_window = 0}};
  expect(before, Event::data, Args{}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, end_stream) [buffered > 0] -> transition Draining") {
  // spec/http2/stream.yaml:86
  expect({State::HalfClosedLocal, Vars{.buffered = 1, .send_window = 0}}, Event::end_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.buffered = 1, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, end_stream) [buffered == 0] -> transition Closed") {
  // spec/http2/stream.yaml:87
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::end_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, rst_stream) -> transition Closed") {
  // spec/http2/stream.yaml:92
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::rst_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, priority) -> ignored priority") {
  // spec/http2/stream.yaml:94
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::priority, Args{}, phasegen::Disposition::ignored, Code::priority, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, window_update(n=1)) [send_window + n <= max_window] -> transition HalfClosedLocal") {
  // spec/http2/stream.yaml:96
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 1}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 1}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, window_update(n=1)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 4}};
  expect(before, Event::window_update, Args{.n = 1}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, window_update(n=2)) [send_window + n <= max_window] -> transition HalfClosedLocal") {
  // spec/http2/stream.yaml:96
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 2}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, window_update(n=2)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 3}};
  expect(before, Event::window_update, Args{.n = 2}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, window_update(n=3)) [send_window + n <= max_window] -> transition HalfClosedLocal") {
  // spec/http2/stream.yaml:96
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 3}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 3}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, window_update(n=3)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 3}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, window_update(n=4)) [send_window + n <= max_window] -> transition HalfClosedLocal") {
  // spec/http2/stream.yaml:96
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 4}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 4}}, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, window_update(n=4)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 1}};
  expect(before, Event::window_update, Args{.n = 4}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, read) [buffered > 0] -> transition HalfClosedLocal") {
  // spec/http2/stream.yaml:100
  expect({State::HalfClosedLocal, Vars{.buffered = 1, .send_window = 0}}, Event::read, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, bit(Action::window_update_out));
}

TEST_CASE("http2::stream (HalfClosedLocal, read) [buffered == 0] -> ignored empty") {
  // spec/http2/stream.yaml:101
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::read, Args{}, phasegen::Disposition::ignored, Code::empty, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, cancel) -> transition ResetSent") {
  // spec/http2/stream.yaml:108
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::cancel, Args{}, phasegen::Disposition::transition, Code::none,
         {State::ResetSent, Vars{.buffered = 0, .send_window = 0}}, bit(Action::send_rst));
}

TEST_CASE("http2::stream (HalfClosedLocal, send_headers) -> rejected end_stream_sent") {
  // spec/http2/stream.yaml:115
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_headers, Args{}, phasegen::Disposition::rejected, Code::end_stream_sent, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, send_push_promise) -> rejected not_idle") {
  // spec/http2/stream.yaml:117
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_push_promise, Args{}, phasegen::Disposition::rejected, Code::not_idle, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, send_data) -> rejected end_stream_sent") {
  // spec/http2/stream.yaml:120
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_data, Args{}, phasegen::Disposition::rejected, Code::end_stream_sent, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, send_end_stream) -> rejected end_stream_sent") {
  // spec/http2/stream.yaml:120
  const Config before{State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_end_stream, Args{}, phasegen::Disposition::rejected, Code::end_stream_sent, before, 0);
}

TEST_CASE("http2::stream (HalfClosedLocal, connection_error) -> transition Closed") {
  // spec/http2/stream.yaml:126
  expect({State::HalfClosedLocal, Vars{.buffered = 0, .send_window = 0}}, Event::connection_error, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, headers) -> violation stream_closed") {
  // spec/http2/stream.yaml:74
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::headers, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, headers_end) -> violation stream_closed") {
  // spec/http2/stream.yaml:74
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::headers_end, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, push_promise) -> violation protocol_error") {
  // spec/http2/stream.yaml:81
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::push_promise, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, data) -> violation stream_closed") {
  // spec/http2/stream.yaml:89
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::data, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, end_stream) -> violation stream_closed") {
  // spec/http2/stream.yaml:74
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::end_stream, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, rst_stream) -> transition Closed") {
  // spec/http2/stream.yaml:92
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, Event::rst_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, priority) -> ignored priority") {
  // spec/http2/stream.yaml:94
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::priority, Args{}, phasegen::Disposition::ignored, Code::priority, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, window_update(n=1)) [send_window + n <= max_window] -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:96
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 1}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 1}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, window_update(n=1)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 4}};
  expect(before, Event::window_update, Args{.n = 1}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, window_update(n=2)) [send_window + n <= max_window] -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:96
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 2}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, window_update(n=2)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 3}};
  expect(before, Event::window_update, Args{.n = 2}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, window_update(n=3)) [send_window + n <= max_window] -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:96
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 3}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 3}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, window_update(n=3)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 3}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, window_update(n=4)) [send_window + n <= max_window] -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:96
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, Event::window_update, Args{.n = 4}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 4}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, window_update(n=4)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 1}};
  expect(before, Event::window_update, Args{.n = 4}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, read) [buffered > 0] -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:100
  expect({State::HalfClosedRemote, Vars{.buffered = 1, .send_window = 0}}, Event::read, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, bit(Action::window_update_out));
}

TEST_CASE("http2::stream (HalfClosedRemote, read) [buffered == 0] -> rejected end_of_stream") {
  // spec/http2/stream.yaml:102
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::read, Args{}, phasegen::Disposition::rejected, Code::end_of_stream, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, cancel) -> transition Closed") {
  // spec/http2/stream.yaml:109
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, Event::cancel, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, bit(Action::send_rst));
}

TEST_CASE("http2::stream (HalfClosedRemote, send_headers) -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:113
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, Event::send_headers, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, send_push_promise) -> rejected not_idle") {
  // spec/http2/stream.yaml:117
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_push_promise, Args{}, phasegen::Disposition::rejected, Code::not_idle, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, send_data) [send_window > 0] -> transition HalfClosedRemote") {
  // spec/http2/stream.yaml:118
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 1}}, Event::send_data, Args{}, phasegen::Disposition::transition, Code::none,
         {State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, send_data) [send_window == 0] -> rejected blocked") {
  // spec/http2/stream.yaml:119
  const Config before{State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_data, Args{}, phasegen::Disposition::rejected, Code::blocked, before, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, send_end_stream) [buffered == 0] -> transition Closed") {
  // spec/http2/stream.yaml:122
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, Event::send_end_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, send_end_stream) [buffered > 0] -> transition Draining") {
  // spec/http2/stream.yaml:123
  expect({State::HalfClosedRemote, Vars{.buffered = 1, .send_window = 0}}, Event::send_end_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.buffered = 1, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (HalfClosedRemote, connection_error) -> transition Closed") {
  // spec/http2/stream.yaml:126
  expect({State::HalfClosedRemote, Vars{.buffered = 0, .send_window = 0}}, Event::connection_error, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Draining, headers) -> violation stream_closed") {
  // spec/http2/stream.yaml:74
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::headers, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Draining, headers_end) -> violation stream_closed") {
  // spec/http2/stream.yaml:74
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::headers_end, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Draining, push_promise) -> violation protocol_error") {
  // spec/http2/stream.yaml:81
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::push_promise, Args{}, phasegen::Disposition::violation, Code::protocol_error, before, 0);
}

TEST_CASE("http2::stream (Draining, data) -> violation stream_closed") {
  // spec/http2/stream.yaml:89
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::data, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Draining, end_stream) -> violation stream_closed") {
  // spec/http2/stream.yaml:74
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::end_stream, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Draining, rst_stream) -> transition Closed") {
  // spec/http2/stream.yaml:92
  expect({State::Draining, Vars{.buffered = 1, .send_window = 0}}, Event::rst_stream, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Draining, priority) -> ignored priority") {
  // spec/http2/stream.yaml:94
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::priority, Args{}, phasegen::Disposition::ignored, Code::priority, before, 0);
}

TEST_CASE("http2::stream (Draining, window_update(n=1)) [send_window + n <= max_window] -> transition Draining") {
  // spec/http2/stream.yaml:96
  expect({State::Draining, Vars{.buffered = 1, .send_window = 0}}, Event::window_update, Args{.n = 1}, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.buffered = 1, .send_window = 1}}, 0);
}

TEST_CASE("http2::stream (Draining, window_update(n=1)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 4}};
  expect(before, Event::window_update, Args{.n = 1}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (Draining, window_update(n=2)) [send_window + n <= max_window] -> transition Draining") {
  // spec/http2/stream.yaml:96
  expect({State::Draining, Vars{.buffered = 1, .send_window = 0}}, Event::window_update, Args{.n = 2}, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.buffered = 1, .send_window = 2}}, 0);
}

TEST_CASE("http2::stream (Draining, window_update(n=2)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 3}};
  expect(before, Event::window_update, Args{.n = 2}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (Draining, window_update(n=3)) [send_window + n <= max_window] -> transition Draining") {
  // spec/http2/stream.yaml:96
  expect({State::Draining, Vars{.buffered = 1, .send_window = 0}}, Event::window_update, Args{.n = 3}, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.buffered = 1, .send_window = 3}}, 0);
}

TEST_CASE("http2::stream (Draining, window_update(n=3)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 2}};
  expect(before, Event::window_update, Args{.n = 3}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (Draining, window_update(n=4)) [send_window + n <= max_window] -> transition Draining") {
  // spec/http2/stream.yaml:96
  expect({State::Draining, Vars{.buffered = 1, .send_window = 0}}, Event::window_update, Args{.n = 4}, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.buffered = 1, .send_window = 4}}, 0);
}

TEST_CASE("http2::stream (Draining, window_update(n=4)) [send_window + n > max_window] -> violation flow_control") {
  // spec/http2/stream.yaml:97
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 1}};
  expect(before, Event::window_update, Args{.n = 4}, phasegen::Disposition::violation, Code::flow_control, before, 0);
}

TEST_CASE("http2::stream (Draining, read) [buffered > 1] -> transition Draining") {
  // spec/http2/stream.yaml:103
  expect({State::Draining, Vars{.buffered = 2, .send_window = 0}}, Event::read, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Draining, Vars{.buffered = 1, .send_window = 0}}, bit(Action::window_update_out));
}

TEST_CASE("http2::stream (Draining, read) [buffered == 1] -> transition Closed") {
  // spec/http2/stream.yaml:104
  expect({State::Draining, Vars{.buffered = 1, .send_window = 0}}, Event::read, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, bit(Action::window_update_out));
}

TEST_CASE("http2::stream (Draining, read) [buffered == 0] -> rejected end_of_stream") {
  // spec/http2/stream.yaml:105
  const Config before{State::Draining, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::read, Args{}, phasegen::Disposition::rejected, Code::end_of_stream, before, 0);
}

TEST_CASE("http2::stream (Draining, cancel) -> transition Closed") {
  // spec/http2/stream.yaml:109
  expect({State::Draining, Vars{.buffered = 1, .send_window = 0}}, Event::cancel, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, bit(Action::send_rst));
}

TEST_CASE("http2::stream (Draining, send_headers) -> rejected end_stream_sent") {
  // spec/http2/stream.yaml:115
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::send_headers, Args{}, phasegen::Disposition::rejected, Code::end_stream_sent, before, 0);
}

TEST_CASE("http2::stream (Draining, send_push_promise) -> rejected not_idle") {
  // spec/http2/stream.yaml:117
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::send_push_promise, Args{}, phasegen::Disposition::rejected, Code::not_idle, before, 0);
}

TEST_CASE("http2::stream (Draining, send_data) -> rejected end_stream_sent") {
  // spec/http2/stream.yaml:120
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::send_data, Args{}, phasegen::Disposition::rejected, Code::end_stream_sent, before, 0);
}

TEST_CASE("http2::stream (Draining, send_end_stream) -> rejected end_stream_sent") {
  // spec/http2/stream.yaml:120
  const Config before{State::Draining, Vars{.buffered = 1, .send_window = 0}};
  expect(before, Event::send_end_stream, Args{}, phasegen::Disposition::rejected, Code::end_stream_sent, before, 0);
}

TEST_CASE("http2::stream (Draining, connection_error) -> transition Closed") {
  // spec/http2/stream.yaml:126
  expect({State::Draining, Vars{.buffered = 1, .send_window = 0}}, Event::connection_error, Args{}, phasegen::Disposition::transition, Code::none,
         {State::Closed, Vars{.buffered = 0, .send_window = 0}}, 0);
}

TEST_CASE("http2::stream (Closed, headers) -> violation stream_closed") {
  // spec/http2/stream.yaml:74
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::headers, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, headers_end) -> violation stream_closed") {
  // spec/http2/stream.yaml:74
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::headers_end, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, push_promise) -> violation stream_closed") {
  // spec/http2/stream.yaml:82
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::push_promise, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, data) -> violation stream_closed") {
  // spec/http2/stream.yaml:89
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::data, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, end_stream) -> violation stream_closed") {
  // spec/http2/stream.yaml:74
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::end_stream, Args{}, phasegen::Disposition::violation, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, rst_stream) -> ignored closed") {
  // spec/http2/stream.yaml:93
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::rst_stream, Args{}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (Closed, priority) -> ignored priority") {
  // spec/http2/stream.yaml:94
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::priority, Args{}, phasegen::Disposition::ignored, Code::priority, before, 0);
}

TEST_CASE("http2::stream (Closed, window_update(n=1)) -> ignored closed") {
  // spec/http2/stream.yaml:98
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::window_update, Args{.n = 1}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (Closed, window_update(n=2)) -> ignored closed") {
  // spec/http2/stream.yaml:98
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::window_update, Args{.n = 2}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (Closed, window_update(n=3)) -> ignored closed") {
  // spec/http2/stream.yaml:98
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::window_update, Args{.n = 3}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (Closed, window_update(n=4)) -> ignored closed") {
  // spec/http2/stream.yaml:98
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::window_update, Args{.n = 4}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (Closed, read) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::read, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, cancel) -> ignored closed") {
  // spec/http2/stream.yaml:110
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::cancel, Args{}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (Closed, send_headers) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_headers, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, send_push_promise) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_push_promise, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, send_data) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_data, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, send_end_stream) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_end_stream, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (Closed, connection_error) -> ignored closed") {
  // spec/http2/stream.yaml:127
  const Config before{State::Closed, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::connection_error, Args{}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, headers) -> ignored after_reset") {
  // spec/http2/stream.yaml:90
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::headers, Args{}, phasegen::Disposition::ignored, Code::after_reset, before, 0);
}

TEST_CASE("http2::stream (ResetSent, headers_end) -> ignored after_reset") {
  // spec/http2/stream.yaml:90
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::headers_end, Args{}, phasegen::Disposition::ignored, Code::after_reset, before, 0);
}

TEST_CASE("http2::stream (ResetSent, push_promise) -> ignored after_reset") {
  // spec/http2/stream.yaml:90
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::push_promise, Args{}, phasegen::Disposition::ignored, Code::after_reset, before, 0);
}

TEST_CASE("http2::stream (ResetSent, data) -> ignored after_reset") {
  // spec/http2/stream.yaml:90
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::data, Args{}, phasegen::Disposition::ignored, Code::after_reset, before, 0);
}

TEST_CASE("http2::stream (ResetSent, end_stream) -> ignored after_reset") {
  // spec/http2/stream.yaml:90
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::end_stream, Args{}, phasegen::Disposition::ignored, Code::after_reset, before, 0);
}

TEST_CASE("http2::stream (ResetSent, rst_stream) -> ignored closed") {
  // spec/http2/stream.yaml:93
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::rst_stream, Args{}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, priority) -> ignored priority") {
  // spec/http2/stream.yaml:94
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::priority, Args{}, phasegen::Disposition::ignored, Code::priority, before, 0);
}

TEST_CASE("http2::stream (ResetSent, window_update(n=1)) -> ignored closed") {
  // spec/http2/stream.yaml:98
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::window_update, Args{.n = 1}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, window_update(n=2)) -> ignored closed") {
  // spec/http2/stream.yaml:98
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::window_update, Args{.n = 2}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, window_update(n=3)) -> ignored closed") {
  // spec/http2/stream.yaml:98
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::window_update, Args{.n = 3}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, window_update(n=4)) -> ignored closed") {
  // spec/http2/stream.yaml:98
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::window_update, Args{.n = 4}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, read) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::read, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, cancel) -> ignored closed") {
  // spec/http2/stream.yaml:110
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::cancel, Args{}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, send_headers) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_headers, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, send_push_promise) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_push_promise, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, send_data) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_data, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, send_end_stream) -> rejected stream_closed") {
  // spec/http2/stream.yaml:107
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::send_end_stream, Args{}, phasegen::Disposition::rejected, Code::stream_closed, before, 0);
}

TEST_CASE("http2::stream (ResetSent, connection_error) -> ignored closed") {
  // spec/http2/stream.yaml:127
  const Config before{State::ResetSent, Vars{.buffered = 0, .send_window = 0}};
  expect(before, Event::connection_error, Args{}, phasegen::Disposition::ignored, Code::closed, before, 0);
}

}  // namespace http2::stream
