// HTTP/2 (spec/http2/) driven by the generic runtime alone: a phasegen::Session of the
// generated connection machine over a phasegen::ChannelTable of the generated stream
// machine, with the roles generated from spec/http2/system.yaml's `runtime:` section.
// Nothing here is HTTP/2 runtime code: `Wire` below only names which generic call carries
// which frame (what a framing layer does after it has decoded one). Every expected value
// comes from the specs (their rows and params), not from running the code.
#include <doctest/doctest.h>

#include <cstddef>
#include <cstdint>
#include <vector>

#include "http2/http2_conn.roles.hpp"
#include "phasegen/bridge.hpp"
#include "phasegen/channels.hpp"
#include "phasegen/session.hpp"

using phasegen::Disposition;
using phasegen::Reason;
namespace st = http2::stream;
namespace cn = http2::connection;

namespace {

using Item = std::uint32_t;
using Streams = phasegen::ChannelTable<st::Roles, Item>;
using Conn = phasegen::Session<cn::SessionRoles, Streams>;
using SE = st::Event;
using SS = st::State;
using CE = cn::Event;
using CS = cn::State;

constexpr int buf = st::params::buf;                // a stream's receive window (unread DATA frames)
constexpr int max_window = st::params::max_window;  // a stream's send window, at most
constexpr int initial_window = st::params::initial_window;
constexpr int conn_window = cn::params::window;  // the connection's receive window
constexpr std::size_t ubuf = static_cast<std::size_t>(buf);
constexpr std::size_t uconn = static_cast<std::size_t>(conn_window);

/// Which generic call carries which decoded frame (every frame of generation 0: a
/// connection does not resume).
struct Wire {
  Conn& c;
  Conn::RxOutcome headers(std::uint64_t id) { return c.rx_frame(SE::headers, id, 0); }
  Conn::RxOutcome data(std::uint64_t id, Item item) { return c.rx_item<SE::data, CE::data_frame>(id, 0, item); }
  Conn::RxOutcome end_stream(std::uint64_t id) { return c.rx_frame(SE::end_stream, id, 0); }
  Conn::RxOutcome rst_stream(std::uint64_t id) { return c.rx_frame(SE::rst_stream, id, 0); }
  Conn::RxOutcome priority(std::uint64_t id) { return c.rx_frame(SE::priority, id, 0); }
  Conn::RxOutcome window_update(std::uint64_t id, int n) {
    return c.rx_frame(SE::window_update, id, 0, st::Args{static_cast<std::uint8_t>(n)});
  }
  phasegen::SessionOutcome<cn::Machine> settings() { return c.dispatch(CE::settings); }
  phasegen::SessionOutcome<cn::Machine> goaway() { return c.dispatch(CE::goaway); }
};

int window_of(const Conn& c) { return c.driver().config().vars.conn_window; }

/// A connection past its preface (the peer's SETTINGS received).
void open(Conn& c) {
  const auto s = Wire{c}.settings();
  REQUIRE(s.outcome.disposition == Disposition::transition);
  REQUIRE(c.state() == CS::Open);
}

void opens(const Conn::RxOutcome& f) {
  REQUIRE(f.disposition == Disposition::transition);
  REQUIRE(f.channel.to == SS::Open);
}

void queues(const Conn::RxOutcome& f) {
  REQUIRE(f.disposition == Disposition::transition);
  REQUIRE(f.gate.disposition == Disposition::transition);
  REQUIRE_FALSE(f.escalated);
}

/// The escalation of a peer's connection error: GOAWAY, every stream failed, Closed.
void connection_error(const Conn& c, const Conn::RxOutcome& f) {
  CHECK(f.disposition == Disposition::violation);
  REQUIRE(f.escalated);
  CHECK(f.send_protocol_error());
  CHECK(f.escalation.emitted(cn::Action::send_goaway));
  CHECK(f.escalation.emitted(cn::Action::fail_streams));
  CHECK(f.escalation.outcome.to == CS::Closed);
  CHECK_FALSE(f.escalation.generation_began);
  CHECK(c.state() == CS::Closed);
  CHECK(c.escalations() == 1);
}

}  // namespace

static_assert(!cn::Machine::generational && cn::SessionRoles::begin_generation.empty(),
              "spec/http2: a connection does not resume");
static_assert(buf >= 2 && conn_window >= 2 && max_window > initial_window && initial_window >= 1,
              "the cases below need these spec params");

TEST_CASE("http2: frames before SETTINGS are a connection error: GOAWAY, every stream failed, Closed") {
  Conn c(8, 1, {}, {1, 2});
  Wire w{c};
  REQUIRE(c.state() == CS::Preface);
  CHECK(c.live());
  // Our own request may leave before the peer's SETTINGS arrive: a local stream in Preface.
  const auto mine = c.rx_local(SE::send_headers, 1);
  CHECK(mine.disposition == Disposition::transition);
  CHECK(mine.to == SS::Open);

  const auto f = w.headers(3);
  CHECK(f.gate.disposition == Disposition::violation);
  CHECK(f.gate.code == cn::Code::preface);
  CHECK(f.reason == Reason::not_routed);
  CHECK(f.channel.reason == Reason::not_routed);
  CHECK_FALSE(c.rx().contains(3, 0));  // it reached no stream
  connection_error(c, f);
  CHECK(f.escalation.failed.delivered == 1);
  CHECK(f.escalation.failed.failed == 1);
  CHECK(c.rx().state(1, 0) == SS::Closed);  // connection_error: Active -> Closed

  // DATA before SETTINGS: refused at the gate, counted as such.
  Conn d(8, 1, {}, {1, 2});
  const auto early = Wire{d}.data(1, 7);
  CHECK(early.gate.code == cn::Code::preface);
  connection_error(d, early);
  CHECK(d.items_offered() == 1);
  CHECK(d.items_refused_at_gate() == 1);
  CHECK(d.rx().items().offered == 0);  // no stream saw it
  CHECK(d.items_conserved());
}

TEST_CASE("http2: HEADERS opens a stream; DATA queues; a read hands out the oldest and returns window") {
  Conn c(8, 1, {}, {3, 4});
  Wire w{c};
  open(c);
  CHECK_FALSE(c.rx().contains(1, 0));  // Idle: no entry
  const auto h = w.headers(1);
  CHECK(h.disposition == Disposition::transition);
  CHECK(h.channel.from == SS::Idle);
  CHECK(h.channel.to == SS::Open);
  CHECK(c.rx().contains(1, 0));
  CHECK(c.rx().size() == 1);

  static_assert(buf <= conn_window, "one stream fills its window within the connection's");
  for (int i = 0; i < buf; ++i) {
    queues(w.data(1, static_cast<Item>(100 + i)));
    CHECK(window_of(c) == conn_window - 1 - i);  // the gate spent a frame of connection window
  }
  CHECK(c.rx().queue_size(1, 0) == ubuf);
  CHECK(c.rx().config(1, 0).vars.buffered == buf);
  CHECK(c.rx().items().accepted == ubuf);
  CHECK(c.rx().items().queued == ubuf);
  CHECK(c.items_conserved());

  for (int i = 0; i < buf; ++i) {
    const auto r = c.rx().take(1, 0);
    REQUIRE(r.item);
    CHECK(*r.item == static_cast<Item>(100 + i));  // the oldest first
    CHECK(r.outcome.disposition == Disposition::transition);
    CHECK(r.outcome.emitted(st::Action::window_update_out));  // a frame of stream window back
    CHECK_FALSE(r.outcome.emitted(st::Action::send_rst));
    CHECK(r.queued == static_cast<std::uint32_t>(buf - 1 - i));
    CHECK(r.outcome.to == SS::Open);
  }
  const auto empty = c.rx().take(1, 0);  // nothing queued, more may come
  CHECK_FALSE(empty.item);
  CHECK(empty.outcome.disposition == Disposition::ignored);
  CHECK(empty.outcome.code == st::Code::empty);
  CHECK(empty.outcome.actions == 0);

  // The connection's window comes back when the owner says so (credit): one frame each.
  const int spent = conn_window - window_of(c);
  CHECK(spent == buf);
  for (int i = 0; i < spent; ++i) {
    const auto cr = c.dispatch(CE::credit);
    CHECK(cr.outcome.disposition == Disposition::transition);
    CHECK(cr.emitted(cn::Action::send_window_update));
    CHECK_FALSE(cr.emitted(cn::Action::fail_streams));
    CHECK(window_of(c) == conn_window - spent + 1 + i);
  }
  const auto none = c.dispatch(CE::credit);  // the window is whole: nothing to return
  CHECK(none.outcome.disposition == Disposition::rejected);
  CHECK(none.outcome.code == cn::Code::nothing_read);
  CHECK(none.outcome.actions == 0);
  CHECK(c.rx().items().delivered == ubuf);
  CHECK(c.rx().items().queued == 0);
  CHECK(c.items_conserved());
  CHECK(c.rx().check_invariants());
}

TEST_CASE("http2: DATA past the connection window: FLOW_CONTROL_ERROR, GOAWAY, every stream failed, items discarded") {
  Conn c(8, 1, {}, {5, 6});
  Wire w{c};
  open(c);
  for (std::uint64_t id : {1, 3, 5}) opens(w.headers(id));
  static_assert((conn_window + 1) / 2 <= buf, "two streams hold the connection window");
  for (int i = 0; i < conn_window; ++i) queues(w.data(i % 2 == 0 ? 1 : 3, static_cast<Item>(i)));
  CHECK(window_of(c) == 0);
  CHECK(c.rx().items().queued == uconn);

  const auto over = w.data(1, 99);  // stream 1 has room; the connection has none
  CHECK(over.gate.disposition == Disposition::violation);
  CHECK(over.gate.code == cn::Code::flow_control);
  CHECK(over.reason == Reason::not_routed);
  connection_error(c, over);
  CHECK(over.escalation.failed.delivered == 3);  // every live stream, the one without DATA too
  CHECK(over.escalation.failed.failed == 3);
  CHECK(over.escalation.failed.discarded == uconn);  // the buffered DATA, discarded with its streams
  for (std::uint64_t id : {1, 3, 5}) CHECK(c.rx().state(id, 0) == SS::Closed);
  CHECK(c.items_offered() == uconn + 1);
  CHECK(c.items_refused_at_gate() == 1);
  CHECK(c.rx().items().discarded == uconn);
  CHECK(c.rx().items().queued == 0);
  CHECK(c.items_conserved());
  CHECK(c.rx().check_invariants());
  const auto late = c.rx().take(1, 0);  // a failed stream answers for itself
  CHECK_FALSE(late.item);
  CHECK(late.outcome.code == st::Code::stream_closed);
}

TEST_CASE("http2: DATA past a stream's window is a FLOW_CONTROL_ERROR at the stream, escalated") {
  Conn c(8, 1, {}, {7, 8});
  Wire w{c};
  open(c);
  opens(w.headers(1));
  for (int i = 0; i < buf; ++i) queues(w.data(1, static_cast<Item>(i)));
  // Make room on the connection (as if another stream had been read) but not on stream 1.
  while (window_of(c) == 0) REQUIRE(c.dispatch(CE::credit).outcome.disposition == Disposition::transition);
  const auto over = w.data(1, 99);
  CHECK(over.gate.disposition == Disposition::transition);  // the connection let it through
  CHECK(over.channel.disposition == Disposition::violation);
  CHECK(over.channel.code == st::Code::flow_control);
  CHECK(over.reason == Reason::none);  // the machine decided
  connection_error(c, over);
  CHECK(over.escalation.failed.discarded == ubuf);
  CHECK(c.rx().items().refused == 1);
  CHECK(c.items_conserved());
}

TEST_CASE("http2: stream errors a peer can make are connection errors (STREAM_CLOSED, PROTOCOL_ERROR)") {
  SUBCASE("DATA after END_STREAM") {
    Conn c(8, 1, {}, {9, 10});
    Wire w{c};
    open(c);
    opens(w.headers(1));
    queues(w.data(1, 1));
    const auto end = w.end_stream(1);
    CHECK(end.disposition == Disposition::transition);
    CHECK(end.channel.to == SS::HalfClosedRemote);
    const auto after = w.data(1, 2);
    CHECK(after.channel.code == st::Code::stream_closed);
    connection_error(c, after);
    CHECK(after.escalation.failed.discarded == 1);  // the DATA before END_STREAM, never read
    CHECK(c.items_conserved());
  }
  SUBCASE("a second END_STREAM") {
    Conn c(8, 1, {}, {9, 10});
    Wire w{c};
    open(c);
    opens(w.headers(1));
    REQUIRE(w.end_stream(1).disposition == Disposition::transition);
    const auto again = w.end_stream(1);
    CHECK(again.channel.code == st::Code::stream_closed);
    connection_error(c, again);
  }
  SUBCASE("DATA on a stream never opened") {
    Conn c(8, 1, {}, {9, 10});
    Wire w{c};
    open(c);
    const auto idle = w.data(7, 1);
    CHECK(idle.channel.code == st::Code::protocol_error);
    CHECK(idle.channel.to == SS::Idle);
    CHECK_FALSE(c.rx().contains(7, 0));  // a refused frame creates no entry
    connection_error(c, idle);
  }
  SUBCASE("HEADERS on an open stream (trailers are not modelled)") {
    Conn c(8, 1, {}, {9, 10});
    Wire w{c};
    open(c);
    opens(w.headers(1));
    const auto twice = w.headers(1);
    CHECK(twice.channel.code == st::Code::protocol_error);
    connection_error(c, twice);
  }
  SUBCASE("an item event sent without its item (a framing bug) is refused, not applied") {
    Conn c(8, 1, {}, {9, 10});
    open(c);
    opens(Wire{c}.headers(1));
    const auto wrong = c.rx_frame(SE::data, 1, 0);
    CHECK(wrong.reason == Reason::wrong_operation);
    CHECK(c.rx().config(1, 0).vars.buffered == 0);
    connection_error(c, wrong);
  }
  SUBCASE("an event with arguments sent without them (a framing bug) is refused, not stepped with n = 1") {
    Conn c(8, 1, {}, {9, 10});
    open(c);
    opens(Wire{c}.headers(1));
    const auto before = c.rx().config(1, 0).vars.send_window;
    const auto wrong = c.rx_frame(SE::window_update, 1, 0);
    CHECK(wrong.reason == Reason::wrong_operation);
    CHECK(c.rx().config(1, 0).vars.send_window == before);
    connection_error(c, wrong);
    const auto direct = c.rx().apply(SE::window_update, 1, 0);  // the table alone says the same
    CHECK(direct.reason == Reason::wrong_operation);
  }
}

TEST_CASE("http2: our cancel discards (counted) and sends RST_STREAM; DATA still in flight is ignored") {
  Conn c(8, 1, {}, {11, 12});
  Wire w{c};
  open(c);
  opens(w.headers(1));
  queues(w.data(1, 1));
  queues(w.data(1, 2));
  const auto cancel = c.rx().apply_discarding(SE::cancel, 1, 0);
  CHECK(cancel.outcome.disposition == Disposition::transition);
  CHECK(cancel.outcome.to == SS::ResetSent);
  CHECK(cancel.outcome.emitted(st::Action::send_rst));
  CHECK(cancel.discarded == 2);
  CHECK(c.rx().items().discarded == 2);
  CHECK(c.rx().queue_size(1, 0) == 0);

  const int before = window_of(c);
  const auto in_flight = w.data(1, 3);  // the peer sent it before our RST_STREAM arrived
  CHECK(in_flight.gate.disposition == Disposition::transition);
  CHECK(window_of(c) == before - 1);  // it still counts against the connection window (§6.9)
  CHECK(in_flight.disposition == Disposition::ignored);
  CHECK(in_flight.channel.code == st::Code::after_reset);
  CHECK_FALSE(in_flight.escalated);
  CHECK(w.end_stream(1).channel.code == st::Code::after_reset);
  CHECK(w.headers(1).channel.code == st::Code::after_reset);
  const auto crossed = w.rst_stream(1);  // the peer's RST_STREAM crossing ours
  CHECK(crossed.disposition == Disposition::ignored);
  CHECK(crossed.channel.code == st::Code::closed);
  CHECK(w.window_update(1, 1).channel.code == st::Code::closed);
  CHECK(c.state() == CS::Open);
  CHECK(c.escalations() == 0);
  const auto read = c.rx().take(1, 0);
  CHECK_FALSE(read.item);
  CHECK(read.outcome.disposition == Disposition::rejected);
  CHECK(read.outcome.code == st::Code::stream_closed);
  CHECK(c.rx().items().refused == 1);
  CHECK(c.items_conserved());

  // Cancel after the peer's END_STREAM: the stream closes (nothing more may come), RST still sent.
  opens(w.headers(3));
  queues(w.data(3, 4));
  REQUIRE(w.end_stream(3).channel.to == SS::HalfClosedRemote);
  const auto late = c.rx_local(SE::cancel, 3);
  CHECK(late.to == SS::Closed);
  CHECK(late.emitted(st::Action::send_rst));
  CHECK(c.rx().items().discarded == 3);
  CHECK(c.rx().check_invariants());
}

TEST_CASE("http2: the peer's RST_STREAM discards the stream's DATA and closes it") {
  Conn c(8, 1, {}, {13, 14});
  Wire w{c};
  open(c);
  opens(w.headers(1));
  for (Item i = 0; i < 3; ++i) queues(w.data(1, i));
  const auto rst = w.rst_stream(1);
  CHECK(rst.disposition == Disposition::transition);
  CHECK(rst.channel.to == SS::Closed);
  CHECK(rst.channel.actions == 0);  // nothing to send back
  CHECK(c.rx().items().discarded == 3);
  CHECK(c.rx().queue_size(1, 0) == 0);
  CHECK(c.rx().tombstones() == 1);
  CHECK(w.rst_stream(1).channel.code == st::Code::closed);  // ignored
  CHECK(w.priority(1).channel.code == st::Code::priority);  // ignored in every state
  CHECK(w.rst_stream(5).channel.code == st::Code::protocol_error);  // RST_STREAM on an idle stream
  CHECK(c.state() == CS::Closed);
  CHECK(c.items_conserved());
}

TEST_CASE("http2: WINDOW_UPDATE(n) with Args: within max_window accepted, past it a FLOW_CONTROL_ERROR") {
  Conn c(8, 1, {}, {15, 16});
  Wire w{c};
  open(c);
  opens(w.headers(1));
  CHECK(c.rx().config(1, 0).vars.send_window == initial_window);
  for (int i = 0; i < initial_window; ++i) CHECK(c.rx_local(SE::send_data, 1).disposition == Disposition::transition);
  const auto blocked = c.rx_local(SE::send_data, 1);
  CHECK(blocked.disposition == Disposition::rejected);
  CHECK(blocked.code == st::Code::blocked);

  const auto up = w.window_update(1, max_window);  // 0 + max_window: exactly the maximum
  CHECK(up.disposition == Disposition::transition);
  CHECK(c.rx().config(1, 0).vars.send_window == max_window);
  for (int i = 0; i < 2; ++i) REQUIRE(c.rx_local(SE::send_data, 1).disposition == Disposition::transition);
  CHECK(w.window_update(1, 1).disposition == Disposition::transition);  // max_window - 1
  CHECK(c.rx().config(1, 0).vars.send_window == max_window - 1);
  const auto over = w.window_update(1, 2);  // max_window + 1
  CHECK(over.channel.code == st::Code::flow_control);
  CHECK(c.rx().config(1, 0).vars.send_window == max_window - 1);  // a violation changes nothing
  connection_error(c, over);

  // An increment outside the event's declared range [1, max_window]: the machine's violation.
  for (int n : {0, max_window + 1}) {
    Conn d(8, 1, {}, {15, 16});
    open(d);
    opens(Wire{d}.headers(1));
    const auto bad = Wire{d}.window_update(1, n);
    CHECK(bad.channel.disposition == Disposition::violation);
    CHECK(bad.channel.code == st::Code::none);
    CHECK(d.rx().config(1, 0).vars.send_window == initial_window);
    connection_error(d, bad);
  }
}

TEST_CASE("http2: GOAWAY: GoingAway still routes; the owner fails the streams above the last stream id") {
  Conn c(8, 1, {}, {17, 18});
  Wire w{c};
  open(c);
  for (std::uint64_t id : {1, 3, 5}) opens(w.headers(id));
  queues(w.data(3, 30));
  queues(w.data(5, 50));
  queues(w.data(5, 51));
  const auto away = w.goaway();
  CHECK(away.outcome.disposition == Disposition::transition);
  CHECK(away.outcome.to == CS::GoingAway);
  CHECK(away.outcome.actions == 0);
  CHECK(away.failed.delivered == 0);  // the runtime fails nothing by itself
  const auto above = c.rx().fail_if([](std::uint64_t id) { return id > 3; });  // last stream id 3
  CHECK(above.failed == 1);
  CHECK(above.discarded == 2);
  CHECK(c.rx().state(5, 0) == SS::Closed);
  CHECK(c.rx().state(3, 0) == SS::Open);

  queues(w.data(3, 31));  // streams up to the last one finish
  opens(w.headers(7));    // and GoingAway still routes frames (the owner's policy decides)
  CHECK(c.state() == CS::GoingAway);
  const auto r = c.rx().take(3, 0);
  REQUIRE(r.item);
  CHECK(*r.item == 30);
  CHECK(c.dispatch(CE::credit).emitted(cn::Action::send_window_update));
  CHECK(w.goaway().outcome.to == CS::GoingAway);  // a second GOAWAY may lower the last stream id
  const auto down = c.dispatch(CE::shutdown);
  CHECK(down.outcome.to == CS::Closed);
  CHECK(down.emitted(cn::Action::send_goaway));
  CHECK(down.failed.failed == 3);  // 1, 3 and 7
  CHECK(down.failed.discarded == 1);  // 31, unread
  CHECK(c.rx().items().discarded == 3);
  CHECK(c.items_conserved());
  CHECK(c.rx().check_invariants());
}

TEST_CASE("http2: a transport failure fails every stream without GOAWAY") {
  Conn c(8, 1, {}, {19, 20});
  Wire w{c};
  open(c);
  for (std::uint64_t id : {1, 3}) opens(w.headers(id));
  REQUIRE(w.rst_stream(3).disposition == Disposition::transition);  // already closed: not failed again
  queues(w.data(1, 1));
  const auto brk = c.dispatch(CE::conduit_break);
  CHECK(brk.outcome.to == CS::Closed);
  CHECK(brk.emitted(cn::Action::fail_streams));
  CHECK_FALSE(brk.emitted(cn::Action::send_goaway));
  CHECK_FALSE(brk.send_protocol_error());
  CHECK(brk.failed.delivered == 1);
  CHECK(brk.failed.failed == 1);
  CHECK(brk.failed.discarded == 1);
  CHECK(c.rx().state(1, 0) == SS::Closed);
  CHECK(c.escalations() == 0);
  CHECK(c.items_conserved());
}

TEST_CASE("http2: after Closed, frames are ignored, no stream opens, credit is refused") {
  Conn c(8, 1, {}, {21, 22});
  Wire w{c};
  open(c);
  opens(w.headers(1));
  REQUIRE(c.dispatch(CE::shutdown).outcome.to == CS::Closed);
  const auto h = w.headers(9);
  CHECK(h.disposition == Disposition::ignored);
  CHECK(h.gate.code == cn::Code::closed);
  CHECK(h.reason == Reason::not_routed);
  CHECK_FALSE(h.escalated);
  CHECK_FALSE(c.rx().contains(9, 0));
  const auto d = w.data(1, 5);
  CHECK(d.disposition == Disposition::ignored);
  CHECK(c.items_refused_at_gate() == 1);
  for (CE e : {CE::settings, CE::goaway, CE::conduit_break, CE::shutdown, CE::violation}) {
    const auto o = c.dispatch(e);
    CHECK(o.outcome.disposition == Disposition::ignored);
    CHECK(o.outcome.actions == 0);
  }
  const auto cr = c.dispatch(CE::credit);
  CHECK(cr.outcome.disposition == Disposition::rejected);
  CHECK(cr.outcome.code == cn::Code::closed);
  const auto local = c.rx_local(SE::send_headers, 11);
  CHECK(local.disposition == Disposition::rejected);
  CHECK(local.reason == Reason::session_not_live);
  CHECK(c.rx_local(SE::send_data, 1).code == st::Code::stream_closed);  // a stream answers for itself
  CHECK(c.escalations() == 0);
  CHECK(c.items_conserved());
}

TEST_CASE("http2: generations: every frame is generation 0; one from a future generation is a violation while live") {
  Conn c(8, 1, {}, {23, 24});
  Wire w{c};
  open(c);
  opens(w.headers(1));
  CHECK(c.generation() == 0);
  CHECK(c.rx().generation() == 0);
  // Local operations tagged with a generation that has not begun: rejected, nothing changes.
  const auto take = c.rx().take(1, 1);
  CHECK(take.outcome.disposition == Disposition::rejected);
  CHECK(take.outcome.reason == Reason::future_generation);
  const auto cr = c.dispatch(CE::credit, 1);
  CHECK(cr.outcome.disposition == Disposition::rejected);
  CHECK(window_of(c) == conn_window);

  const auto f = c.rx_frame(SE::headers, 3, 1);
  CHECK(f.reason == Reason::future_generation);
  CHECK(f.channel.reason == Reason::future_generation);
  CHECK_FALSE(c.rx().contains(3, 1));
  CHECK_FALSE(c.rx().contains(3, 0));
  connection_error(c, f);
  CHECK(c.rx().state(1, 0) == SS::Closed);
  const auto after = c.rx_frame(SE::headers, 3, 1);  // once the connection is closed: ignored
  CHECK(after.disposition == Disposition::ignored);
  CHECK(after.reason == Reason::future_generation);
  CHECK_FALSE(after.escalated);
  CHECK(c.generation() == 0);  // nothing began a generation
  CHECK(c.rx().count(Reason::stale) == 0);
}

TEST_CASE("http2: a full table answers too-many-channels (a peer's: escalated; ours: refused)") {
  Conn c(2, 1, {}, {25, 26});
  Wire w{c};
  open(c);
  opens(w.headers(1));
  opens(w.headers(3));
  const auto mine = c.rx_local(SE::send_headers, 2);
  CHECK(mine.disposition == Disposition::rejected);
  CHECK(mine.reason == Reason::too_many_channels);
  CHECK(c.state() == CS::Open);
  const auto full = w.headers(5);
  CHECK(full.reason == Reason::too_many_channels);
  CHECK(full.channel.to == SS::Idle);
  CHECK_FALSE(c.rx().contains(5, 0));
  connection_error(c, full);  // the generic runtime makes it a connection error (RFC 9113 §5.1.2: a stream error)
  CHECK(c.rx().count(Reason::too_many_channels) == 2);
}

TEST_CASE("http2: tombstones keep late frames classified and are reclaimed oldest first when room is needed") {
  Conn c(3, 1, {}, {27, 28});
  Wire w{c};
  open(c);
  for (std::uint64_t id : {1, 3, 5}) opens(w.headers(id));
  REQUIRE(w.rst_stream(1).channel.to == SS::Closed);
  REQUIRE(w.rst_stream(3).channel.to == SS::Closed);
  CHECK(c.rx().tombstones() == 2);
  CHECK(c.rx().size() == 3);
  opens(w.headers(7));  // the table is full: the oldest tombstone (1) makes room
  CHECK(c.rx().reclaimed() == 1);
  CHECK(c.rx().tombstones() == 1);
  CHECK_FALSE(c.rx().contains(1, 0));
  CHECK(c.rx().contains(3, 0));
  // Stream 3 is still known: a late RST_STREAM is the machine's `closed` (ignored); stream 1
  // is Idle again, where RST_STREAM is a PROTOCOL_ERROR (asked of the table: no escalation).
  const auto kept = c.rx().apply(SE::rst_stream, 3, 0);
  CHECK(kept.disposition == Disposition::ignored);
  CHECK(kept.code == st::Code::closed);
  const auto forgotten = c.rx().apply(SE::rst_stream, 1, 0);
  CHECK(forgotten.disposition == Disposition::violation);
  CHECK(forgotten.code == st::Code::protocol_error);
  opens(w.headers(9));  // reclaims 3
  CHECK(c.rx().reclaimed() == 2);
  CHECK(c.rx().tombstones() == 0);
  const auto full = c.rx_local(SE::send_headers, 11);  // three live streams: no room, nothing reclaimable
  CHECK(full.reason == Reason::too_many_channels);
  CHECK(c.rx().check_invariants());
}

TEST_CASE("http2: our END_STREAM first: DATA after it is still read, the stream drains to Closed") {
  Conn c(8, 1, {}, {29, 30});
  Wire w{c};
  open(c);
  opens(w.headers(1));
  CHECK(c.rx_local(SE::send_end_stream, 1).to == SS::HalfClosedLocal);
  queues(w.data(1, 1));
  queues(w.data(1, 2));
  CHECK(w.end_stream(1).channel.to == SS::Draining);  // DATA still unread
  CHECK(c.rx().tombstones() == 0);
  CHECK(*c.rx().take(1, 0).item == 1);
  const auto last = c.rx().take(1, 0);
  CHECK(*last.item == 2);
  CHECK(last.outcome.to == SS::Closed);
  CHECK(last.outcome.emitted(st::Action::window_update_out));
  CHECK(c.rx().tombstones() == 1);  // Closed and empty: reclaimable
  CHECK(c.rx().take(1, 0).outcome.code == st::Code::stream_closed);
  CHECK(c.rx().items().delivered == 2);
  CHECK(c.items_conserved());
}

TEST_CASE("http2: the bridge reads a stream: a waiting read gets DATA as it arrives, then the end of the stream") {
  Conn c(8, 1, {}, {31, 32});
  Wire w{c};
  open(c);
  opens(w.headers(1));
  opens(w.headers(3));
  phasegen::Bridge<st::Roles, Item, 8, 4> bridge;
  int updates = 0, resets = 0;
  auto on_answer = [&](const phasegen::Request&, const phasegen::ChannelOutcome<st::Machine>& o) {
    updates += o.emitted(st::Action::window_update_out);
    resets += o.emitted(st::Action::send_rst);
  };
  REQUIRE(bridge.request({phasegen::Request::Kind::consume, 0, 1, 10, true}) == phasegen::Push::pushed);
  CHECK(bridge.pump(c, on_answer) == 0);  // nothing yet: it waits
  CHECK(bridge.in_progress() == 1);
  queues(w.data(1, 10));
  queues(w.data(1, 11));
  CHECK(bridge.pump(c, on_answer) == 1);
  auto d = bridge.poll();
  REQUIRE(d);
  CHECK(d->count == 2);
  CHECK(d->items[0] == 10);
  CHECK(d->items[1] == 11);
  CHECK_FALSE(d->final);
  CHECK(updates == 2);
  REQUIRE(w.end_stream(1).channel.to == SS::HalfClosedRemote);
  CHECK(bridge.pump(c, on_answer) == 1);
  d = bridge.poll();
  REQUIRE(d);
  CHECK(d->final);
  CHECK(d->count == 0);
  CHECK(d->outcome.disposition == Disposition::rejected);
  CHECK(d->outcome.code == st::Code::end_of_stream);  // the peer ended and every frame was read

  // A release is our cancel: RST_STREAM out, the unread DATA discarded and counted.
  for (Item i = 0; i < 2; ++i) queues(w.data(3, i));
  REQUIRE(bridge.request({phasegen::Request::Kind::release, 0, 3}) == phasegen::Push::pushed);
  CHECK(bridge.pump(c, on_answer) == 1);
  d = bridge.poll();
  REQUIRE(d);
  CHECK(d->final);
  CHECK(d->discarded == 2);
  CHECK(d->outcome.to == SS::ResetSent);
  CHECK(resets == 1);
  CHECK(bridge.requests_taken() == bridge.requests_answered());
  CHECK(c.rx().items().delivered == 2);
  CHECK(c.rx().items().discarded == 2);
  CHECK(c.items_conserved());
}
