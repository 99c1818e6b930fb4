// The generic runtime (phasegen/channels.hpp, session.hpp, bridge.hpp) on a machine that
// is not vox's: a receive stream with two enqueue events (data, and data that ends the
// stream), a peer reset that discards the queue, and no attach step; then vox's sending
// side (TxTable, explicit open) and its frames through the session.
#include <doctest/doctest.h>

#include <array>
#include <cstdint>
#include <deque>
#include <map>
#include <random>
#include <string_view>

#include "phasegen/bridge.hpp"
#include "phasegen/channels.hpp"
#include "phasegen/session.hpp"
#include "phasegen/vox/session.hpp"

using phasegen::Disposition;
using phasegen::Reason;

// --- a hand-written machine in the generated form (what the runtime uses of it) -------
namespace stream {
enum class State : std::uint8_t { Idle, Open, HalfClosed, Closed, Reset };
enum class Event : std::uint8_t { headers, data, data_end, read, rst, cancel, conn_error };
enum class Code : std::uint8_t { none, stream_closed, flow_control, empty, not_open, closed, after_reset, duplicate };
enum class Action : std::uint8_t { window_update, send_rst };
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(1u << static_cast<unsigned>(a)); }
inline constexpr int window = 4;
struct Vars {
  std::uint8_t buffered = 0;
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};
struct Config {
  State state = State::Idle;
  Vars vars{};
  friend constexpr bool operator==(const Config&, const Config&) = default;
};
using Outcome = phasegen::Outcome<State, Code, ActionSet>;
struct VarInfo {
  std::string_view name;
  int lo, hi;
};
constexpr std::string_view to_string(State s) noexcept {
  constexpr std::array<std::string_view, 5> n = {"Idle", "Open", "HalfClosed", "Closed", "Reset"};
  return n[static_cast<std::size_t>(s)];
}
constexpr std::string_view to_string(Event e) noexcept {
  constexpr std::array<std::string_view, 7> n = {"headers", "data", "data_end", "read", "rst", "cancel", "conn_error"};
  return n[static_cast<std::size_t>(e)];
}
constexpr std::string_view to_string(Code) noexcept { return "code"; }
constexpr std::string_view to_string(Action) noexcept { return "action"; }

constexpr Outcome step(Config& c, Event e) noexcept {
  using D = Disposition;
  const State from = c.state;
  auto& b = c.vars.buffered;
  auto stay = [&](D d, Code code) { return Outcome{d, from, from, code, 0}; };
  auto go = [&](State to, int buffered, ActionSet a = 0) {
    c.state = to;
    b = static_cast<std::uint8_t>(buffered);
    return Outcome{D::transition, from, to, Code::none, a};
  };
  const bool closed = from == State::Closed || from == State::Reset;
  switch (e) {
    case Event::headers:
      return from == State::Idle ? go(State::Open, b) : stay(D::violation, Code::duplicate);
    case Event::data:
    case Event::data_end:
      if (from == State::Reset) return stay(D::ignored, Code::after_reset);
      if (from != State::Open) return stay(D::violation, Code::stream_closed);
      if (b == window) return stay(D::violation, Code::flow_control);
      return go(e == Event::data ? State::Open : State::HalfClosed, b + 1);
    case Event::read:
      if (from == State::Idle) return stay(D::rejected, Code::not_open);
      if (closed) return stay(D::rejected, from == State::Reset ? Code::after_reset : Code::closed);
      if (b == 0) return stay(D::ignored, Code::empty);
      if (from == State::HalfClosed && b == 1) return go(State::Closed, 0, bit(Action::window_update));
      return go(from, b - 1, bit(Action::window_update));
    case Event::rst:
      if (from == State::Idle) return stay(D::violation, Code::stream_closed);
      if (closed) return stay(D::ignored, Code::closed);
      return go(State::Reset, 0);
    case Event::cancel:
      if (from == State::Idle) return stay(D::rejected, Code::not_open);
      if (closed) return stay(D::ignored, Code::closed);
      return go(State::Reset, 0, bit(Action::send_rst));
    case Event::conn_error:
      if (from == State::Idle || closed) return stay(D::ignored, Code::closed);
      return go(State::Reset, 0);
  }
  return stay(D::violation, Code::none);
}

struct Machine {
  using State = stream::State;
  using Event = stream::Event;
  using Code = stream::Code;
  using Action = stream::Action;
  using ActionSet = stream::ActionSet;
  using Vars = stream::Vars;
  using Config = stream::Config;
  using Outcome = stream::Outcome;
  static constexpr std::string_view name = "test::stream";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = 5;
  static constexpr std::size_t event_count = 7;
  static constexpr std::size_t action_count = 2;
  static constexpr std::array<VarInfo, 1> var_info = {{{"buffered", 0, window}}};
  static constexpr std::array<phasegen::Source, 7> event_source = {
      phasegen::Source::peer,  phasegen::Source::peer, phasegen::Source::peer,   phasegen::Source::local,
      phasegen::Source::peer,  phasegen::Source::local, phasegen::Source::session};
  static constexpr Outcome step(Config& c, Event e) noexcept { return stream::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return stream::bit(a); }
  static constexpr int get_var(const Vars& v, std::size_t) noexcept { return v.buffered; }
  static constexpr void set_var(Vars& v, std::size_t, int x) noexcept { v.buffered = static_cast<std::uint8_t>(x); }
};

struct Roles {
  using Machine = stream::Machine;
  static constexpr bool explicit_open = false;  // Idle: no entry
  static constexpr std::string_view queue = "buffered";
  static constexpr int queue_bound = window;
  static constexpr std::array enqueue = {Event::data, Event::data_end};
  static constexpr std::array dequeue = {Event::read};
  static constexpr std::array discard = {Event::rst, Event::cancel, Event::conn_error};
  static constexpr std::array<Event, 0> attach = {};
  static constexpr std::array release = {Event::cancel};
  static constexpr Event fail = Event::conn_error;
  static constexpr Code empty = Code::empty;
};
static_assert(phasegen::roles::channel_roles_hold<Roles>());
static_assert(phasegen::roles::empty_code<Roles>());

/// A stream whose read hands out nothing: the proof catches it.
struct WrongRoles : Roles {
  static constexpr std::array dequeue = {Event::cancel};
  static constexpr std::array<Event, 1> discard = {Event::rst};
};
static_assert(!phasegen::roles::channel_roles_hold<WrongRoles>());
}  // namespace stream

namespace {
using Table = phasegen::ChannelTable<stream::Roles, std::uint32_t>;
using SE = stream::Event;
using SS = stream::State;
}  // namespace

TEST_CASE("generic table: two enqueue events, a discarding peer reset, conservation and order") {
  Table t(4, {}, 0, {1, 2});
  REQUIRE(t.apply(SE::headers, 1, 0).disposition == Disposition::transition);
  REQUIRE(t.offer<SE::data>(1, 0, 10).disposition == Disposition::transition);
  REQUIRE(t.offer<SE::data_end>(1, 0, 11).to == SS::HalfClosed);
  CHECK(t.offer(1, 0, 12).code == stream::Code::stream_closed);  // after data_end: the machine's violation
  auto a = t.take(1, 0);
  REQUIRE(a.item);
  CHECK(*a.item == 10);
  CHECK(a.outcome.emitted(stream::Action::window_update));
  auto b = t.take(1, 0);
  CHECK(*b.item == 11);
  CHECK(b.outcome.to == SS::Closed);  // the last item closes the stream: a tombstone
  CHECK(t.tombstones() == 1);

  REQUIRE(t.apply(SE::headers, 2, 0).disposition == Disposition::transition);
  for (std::uint32_t i = 0; i < stream::window; ++i) REQUIRE(t.offer(2, 0, i).disposition == Disposition::transition);
  CHECK(t.offer(2, 0, 99).code == stream::Code::flow_control);
  const auto reset = t.apply_discarding(SE::rst, 2, 0);
  CHECK(reset.outcome.to == SS::Reset);
  CHECK(reset.discarded == stream::window);
  CHECK(t.offer(2, 0, 100).disposition == Disposition::ignored);  // in flight after the reset
  CHECK(t.items().discarded == stream::window);
  CHECK(t.items().delivered == 2);
  CHECK(t.items().refused == 3);
  CHECK(t.check_invariants());

  // An item event without an item, a take on the wrong event: explicit, counted, no change.
  const auto wrong = t.apply(SE::data, 3, 0);
  CHECK(wrong.disposition == Disposition::violation);
  CHECK(wrong.reason == Reason::wrong_operation);
  CHECK(t.apply(SE::read, 1, 0).reason == Reason::wrong_operation);
  CHECK(t.count(Reason::wrong_operation) == 2);
  CHECK(t.size() == 2);

  // A value that is none of the machine's events (made from unchecked input): a peer's
  // violation, counted, nothing changed.
  const auto undeclared = t.apply(static_cast<SE>(200), 1, 0);
  CHECK(undeclared.disposition == Disposition::violation);
  CHECK(undeclared.reason == Reason::wrong_operation);
  CHECK(t.apply_discarding(static_cast<SE>(7), 2, 0).outcome.reason == Reason::wrong_operation);
  CHECK(t.count(Reason::wrong_operation) == 4);
  CHECK(t.state(2, 0) == SS::Reset);
  CHECK(t.check_invariants());
}

TEST_CASE("generic table against a model, random operations, small table with reclaim") {
  Table t(6, {}, 0, {3, 4});
  std::map<std::uint64_t, std::pair<stream::Config, std::deque<std::uint32_t>>> model;
  std::mt19937 rng(7);
  std::uint32_t next_item = 0;
  for (int i = 0; i < 20000; ++i) {
    const std::uint64_t id = rng() % 10;
    const auto e = static_cast<SE>(rng() % 7);
    auto& [config, queue] = model[id];
    if (!t.contains(id, 0)) config = {}, queue.clear();  // no entry (never, or reclaimed): Idle
    stream::Config want = config;
    const auto expect = stream::step(want, e);
    phasegen::ChannelOutcome<stream::Machine> got;
    if (e == SE::data || e == SE::data_end) {
      got = e == SE::data ? t.offer<SE::data>(id, 0, next_item) : t.offer<SE::data_end>(id, 0, next_item);
      if (got.disposition == Disposition::transition) queue.push_back(next_item);
      ++next_item;
    } else if (e == SE::read) {
      const auto c = t.take(id, 0);
      got = c.outcome;
      if (c.item) {
        REQUIRE_FALSE(queue.empty());
        CHECK(*c.item == queue.front());
        queue.pop_front();
      }
    } else {
      got = t.apply(e, id, 0);
      if (got.disposition == Disposition::transition && want.vars.buffered == 0) queue.clear();
    }
    if (got.reason == Reason::too_many_channels) continue;  // the table was full: nothing changed
    REQUIRE(got.reason == Reason::none);
    CHECK(got.disposition == expect.disposition);
    CHECK(got.to == expect.to);
    config = want;
    REQUIRE(t.state(id, 0) == (t.contains(id, 0) ? want.state : SS::Idle));
  }
  CHECK(t.reclaimed() > 0);
  CHECK(t.check_invariants());
  CHECK(t.items().conserved());
}

TEST_CASE("generic session and bridge drive a table that is not vox's") {
  // vox's session machine gates a connection of streams: the session is generic over its channels.
  phasegen::Session<phasegen::vox::SessionRoles, Table> s(8, 1, {}, {5, 6});
  namespace ses = vox::session;
  CHECK(s.rx_frame(SE::headers, 1, 0).disposition == Disposition::violation);  // before the handshake
  CHECK(s.state() == ses::State::Closed);

  phasegen::Session<phasegen::vox::SessionRoles, Table> c(8, 1, {}, {5, 6});
  REQUIRE(c.dispatch(ses::Event::handshake_ok).outcome.disposition == Disposition::transition);
  REQUIRE(c.rx_frame(SE::headers, 1, 0).disposition == Disposition::transition);
  REQUIRE(c.rx_item(1, 0, 7u).disposition == Disposition::transition);
  REQUIRE(c.rx_item<SE::data_end>(1, 0, 8u).disposition == Disposition::transition);

  phasegen::Bridge<stream::Roles, std::uint32_t, 4, 2> bridge;
  REQUIRE(bridge.request({phasegen::Request::Kind::consume, 0, 1, 5, true}) == phasegen::Push::pushed);
  int updates = 0;
  auto on_answer = [&](const phasegen::Request&, const phasegen::ChannelOutcome<stream::Machine>& o) {
    updates += o.emitted(stream::Action::window_update);
  };
  CHECK(bridge.pump(c, on_answer) == 2);
  const auto d = bridge.poll();
  REQUIRE(d);
  CHECK(d->count == 2);
  CHECK(d->items[0] == 7);
  CHECK(d->items[1] == 8);
  CHECK_FALSE(d->final);
  const auto end = bridge.poll();  // the stream ended: the request's final answer says why
  REQUIRE(end);
  CHECK(end->final);
  CHECK(end->count == 0);
  CHECK(end->outcome.code == stream::Code::closed);
  CHECK(updates == 2);

  // A connection error fails the streams (the roles' fail event) and the session ends.
  REQUIRE(c.rx_frame(SE::headers, 3, 0).disposition == Disposition::transition);
  REQUIRE(c.rx_item(3, 0, 9u).disposition == Disposition::transition);
  const auto down = c.dispatch(ses::Event::protocol_error);
  CHECK(down.failed.failed == 1);
  CHECK(down.failed.discarded == 1);
  CHECK(c.rx().state(3, 0) == SS::Reset);
  CHECK(c.items_conserved());
  CHECK(bridge.requests_taken() == bridge.requests_answered() + bridge.in_progress());
}

// --- vox's sending side: explicit open, credit, the peer's Reset and GrantCredit{n} ----
namespace {
namespace tx = vox::tx_channel;
namespace ses = vox::session;
using VoxSession = phasegen::vox::Session<std::uint64_t>;
}  // namespace

TEST_CASE("vox Tx channels: open, credit, GrantCredit{n}, Reset, failure and generations") {
  VoxSession s(8, 0, {}, {7, 8});
  CHECK(s.open_tx(5).disposition == Disposition::transition);  // Handshaking carries channels
  REQUIRE(s.dispatch(ses::Event::handshake_ok).outcome.disposition == Disposition::transition);
  CHECK(s.open_tx(5).reason == Reason::already_open);
  for (int i = 0; i < tx::params::credit; ++i) {
    const auto o = s.send(5);
    REQUIRE(o.disposition == Disposition::transition);
    CHECK(o.emitted(tx::Action::send_item));
  }
  CHECK(s.send(5).code == tx::Code::no_credit);  // backpressure is an outcome
  const auto g = s.on_tx_grant(5, 0, 3);
  CHECK(g.disposition == Disposition::transition);
  CHECK(g.applied == 3);
  CHECK(s.tx().config(5, 0).vars.window == 3);
  const auto none = s.on_tx_grant(5, 0, 0);  // GrantCredit{0}: nothing applied, said so
  CHECK(none.disposition == Disposition::ignored);
  CHECK(none.reason == Reason::wrong_operation);
  CHECK(none.applied == 0);
  CHECK_FALSE(none.escalated);
  // A grant beyond the initial credit is the peer's violation: it closes the session.
  const auto over = s.on_tx_grant(5, 0, static_cast<std::uint32_t>(tx::params::credit));
  CHECK(over.disposition == Disposition::violation);
  CHECK(over.channel.code == tx::Code::credit_overflow);
  CHECK(over.applied == static_cast<std::uint32_t>(tx::params::credit) - 3 + 1);
  CHECK(over.send_protocol_error());
  CHECK(s.state() == ses::State::Closed);
  CHECK(s.tx().state(5, 0) == tx::State::Failed);  // fail_channels reached the sending table too
  CHECK(s.send(5).code == tx::Code::channel_failed);
  CHECK(s.open_tx(6).reason == Reason::session_not_live);

  VoxSession r(8, 0, {}, {7, 8});
  REQUIRE(r.dispatch(ses::Event::handshake_ok).outcome.disposition == Disposition::transition);
  CHECK(r.on_tx_reset(9, 0).reason == Reason::unknown_channel);  // never opened: a violation
  CHECK(r.state() == ses::State::Closed);

  VoxSession t(8, 0, {}, {7, 8});
  REQUIRE(t.dispatch(ses::Event::handshake_ok).outcome.disposition == Disposition::transition);
  REQUIRE(t.open_tx(1).disposition == Disposition::transition);
  REQUIRE(t.open_tx(2).disposition == Disposition::transition);
  CHECK(t.sends_on(1, 0));
  CHECK_FALSE(t.sends_on(3, 0));
  const auto reset = t.on_tx_reset(1, 0);
  CHECK(reset.channel.to == tx::State::PeerReset);
  CHECK(t.send(1).code == tx::Code::peer_reset);  // told apart from a failure
  CHECK(t.on_tx_reset(1, 0).channel.code == tx::Code::duplicate_reset);  // a violation: closes
  CHECK(t.state() == ses::State::Closed);

  VoxSession u(8, 0, {}, {7, 8});
  REQUIRE(u.dispatch(ses::Event::handshake_ok).outcome.disposition == Disposition::transition);
  REQUIRE(u.open_tx(1).disposition == Disposition::transition);
  const auto broke = u.dispatch(ses::Event::conduit_break);
  CHECK(broke.failed_tx.failed == 1);
  CHECK(u.send(1).code == tx::Code::channel_failed);  // told apart from the peer's Reset
  REQUIRE(u.dispatch(ses::Event::resume_ok).generation_began);
  CHECK(u.on_tx_grant(1, 0).disposition == Disposition::stale);  // the old generation's frame
  CHECK(u.tx().state(1, 0) == tx::State::Failed);
  CHECK(u.open_tx(1).disposition == Disposition::transition);  // a new channel of generation 1
  CHECK(u.send(1).disposition == Disposition::transition);
}

// --- a connection that is not resumable and keeps a flow-control window: two gate
// events (frame, data_frame), no generations, a guard that refuses DATA past the window.
namespace conn {
enum class State : std::uint8_t { Preface, Open, GoingAway, Closed };
enum class Event : std::uint8_t { settings, frame, data_frame, goaway, violation, shutdown };
enum class Code : std::uint8_t { none, preface, flow_control, closed };
enum class Action : std::uint8_t { send_goaway, fail_streams };
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(1u << static_cast<unsigned>(a)); }
inline constexpr int window = 3;
struct Vars {
  std::uint8_t window = conn::window;
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};
struct Config {
  State state = State::Preface;
  Vars vars{};
  friend constexpr bool operator==(const Config&, const Config&) = default;
};
using Outcome = phasegen::Outcome<State, Code, ActionSet>;
constexpr std::string_view to_string(State) noexcept { return "state"; }
constexpr std::string_view to_string(Event) noexcept { return "event"; }
constexpr std::string_view to_string(Code) noexcept { return "code"; }
constexpr std::string_view to_string(Action) noexcept { return "action"; }

constexpr Outcome step(Config& c, Event e) noexcept {
  using D = Disposition;
  const State from = c.state;
  auto stay = [&](D d, Code code) { return Outcome{d, from, from, code, 0}; };
  auto go = [&](State to, ActionSet a = 0) {
    c.state = to;
    return Outcome{D::transition, from, to, Code::none, a};
  };
  if (from == State::Closed) return stay(D::ignored, Code::closed);
  switch (e) {
    case Event::settings: return from == State::Preface ? go(State::Open) : go(from);
    case Event::frame: return from == State::Preface ? stay(D::violation, Code::preface) : go(from);
    case Event::data_frame:
      if (from == State::Preface) return stay(D::violation, Code::preface);
      if (c.vars.window == 0) return stay(D::violation, Code::flow_control);
      --c.vars.window;
      return go(from);
    case Event::goaway: return from == State::Preface ? go(State::Closed, bit(Action::fail_streams)) : go(State::GoingAway);
    case Event::violation: return go(State::Closed, bit(Action::send_goaway) | bit(Action::fail_streams));
    case Event::shutdown: return go(State::Closed, bit(Action::fail_streams));
  }
  return stay(D::violation, Code::none);
}

struct VarInfo {
  std::string_view name;
  int lo, hi;
};
struct Machine {
  using State = conn::State;
  using Event = conn::Event;
  using Code = conn::Code;
  using Action = conn::Action;
  using ActionSet = conn::ActionSet;
  using Vars = conn::Vars;
  using Config = conn::Config;
  using Outcome = conn::Outcome;
  static constexpr std::string_view name = "test::conn";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = 4;
  static constexpr std::size_t event_count = 6;
  static constexpr std::size_t action_count = 2;
  static constexpr std::array<VarInfo, 1> var_info = {{{"window", 0, window}}};
  static constexpr std::array<phasegen::Source, 6> event_source = {
      phasegen::Source::peer, phasegen::Source::peer,  phasegen::Source::peer,
      phasegen::Source::peer, phasegen::Source::local, phasegen::Source::local};
  static constexpr Outcome step(Config& c, Event e) noexcept { return conn::step(c, e); }
  static constexpr ActionSet bit(Action a) noexcept { return conn::bit(a); }
  static constexpr int get_var(const Vars& v, std::size_t) noexcept { return v.window; }
  static constexpr void set_var(Vars& v, std::size_t, int x) noexcept { v.window = static_cast<std::uint8_t>(x); }
};

struct Roles {
  using Machine = conn::Machine;
  static constexpr std::array frames = {Event::frame, Event::data_frame};
  static constexpr std::array routes = {State::Open, State::GoingAway};
  static constexpr std::array live = {State::Preface, State::Open, State::GoingAway};
  static constexpr Event escalate = Event::violation;
  static constexpr Action fail_channels = Action::fail_streams;
  static constexpr std::array<Action, 0> begin_generation = {};
  static constexpr Action protocol_error = Action::send_goaway;
};
static_assert(phasegen::roles::session_roles_hold<Roles>());
struct RoutesTooMuch : Roles {  // Preface never routes: the proof says so
  static constexpr std::array routes = {State::Preface, State::Open, State::GoingAway};
};
static_assert(!phasegen::roles::session_roles_hold<RoutesTooMuch>());
}  // namespace conn

TEST_CASE("generic session: no generations, a window kept by the gate, GOAWAY fails some streams") {
  phasegen::Session<conn::Roles, Table> c(8, 1, {}, {9, 10});
  REQUIRE(c.dispatch(conn::Event::settings).outcome.to == conn::State::Open);
  for (std::uint64_t id : {1, 3, 5}) REQUIRE(c.rx_frame(SE::headers, id, 0).disposition == Disposition::transition);
  for (int i = 0; i < conn::window; ++i)
    REQUIRE(c.rx_item<SE::data, conn::Event::data_frame>(1, 0, std::uint32_t(i)).disposition == Disposition::transition);
  CHECK(c.driver().config().vars.window == 0);
  CHECK(c.rx().queue_size(1, 0) == static_cast<std::size_t>(conn::window));

  // The peer's GOAWAY names the last stream it will process: the owner fails those above it.
  REQUIRE(c.dispatch(conn::Event::goaway).outcome.to == conn::State::GoingAway);
  const auto refused = c.rx().fail_if([](std::uint64_t id) { return id > 1; });
  CHECK(refused.failed == 2);
  CHECK(c.rx().state(3, 0) == SS::Reset);
  CHECK(c.rx().state(1, 0) == SS::Open);
  CHECK(c.rx_frame(SE::headers, 7, 0).disposition == Disposition::transition);  // still routed while going away

  // DATA past the connection window: the gate's violation, escalated: GOAWAY, streams failed.
  const auto over = c.rx_item<SE::data, conn::Event::data_frame>(1, 0, 99u);
  CHECK(over.disposition == Disposition::violation);
  CHECK(over.gate.code == conn::Code::flow_control);
  CHECK(over.reason == Reason::not_routed);
  REQUIRE(over.escalated);
  CHECK(over.send_protocol_error());
  CHECK(over.escalation.failed.discarded == static_cast<std::size_t>(conn::window));
  CHECK_FALSE(over.escalation.generation_began);
  CHECK(c.state() == conn::State::Closed);
  CHECK(c.rx_frame(SE::headers, 9, 0).disposition == Disposition::ignored);
  CHECK(c.items_conserved());
  CHECK(c.rx().check_invariants());
}

// --- events with arguments (Machine::Args): a sending side whose grant carries its size.
namespace credit {
enum class State : std::uint8_t { Open, Failed };
enum class Event : std::uint8_t { send, grant, fail };
enum class Code : std::uint8_t { none, no_credit, overflow, failed };
enum class Action : std::uint8_t { send_item };
using ActionSet = std::uint8_t;
constexpr ActionSet bit(Action a) noexcept { return static_cast<ActionSet>(1u << static_cast<unsigned>(a)); }
inline constexpr int window = 4;
struct Vars {
  std::uint8_t window = credit::window;
  friend constexpr bool operator==(const Vars&, const Vars&) = default;
};
struct Config {
  State state = State::Open;
  Vars vars{};
  friend constexpr bool operator==(const Config&, const Config&) = default;
};
struct Args {
  int n = 0;  ///< grant: [1, window]
};
using Outcome = phasegen::Outcome<State, Code, ActionSet>;
constexpr std::string_view to_string(State) noexcept { return "state"; }
constexpr std::string_view to_string(Event) noexcept { return "event"; }
constexpr std::string_view to_string(Code) noexcept { return "code"; }
constexpr std::string_view to_string(Action) noexcept { return "action"; }

constexpr Outcome step(Config& c, Event e, const Args& a) noexcept {
  using D = Disposition;
  const State from = c.state;
  auto stay = [&](D d, Code code) { return Outcome{d, from, from, code, 0}; };
  if (e == Event::grant && (a.n < 1 || a.n > window)) return stay(D::violation, Code::none);  // out of range
  if (from == State::Failed) return e == Event::send ? stay(D::rejected, Code::failed) : stay(D::ignored, Code::failed);
  switch (e) {
    case Event::send:
      if (c.vars.window == 0) return stay(D::rejected, Code::no_credit);
      --c.vars.window;
      return {D::transition, from, from, Code::none, bit(Action::send_item)};
    case Event::grant:
      if (c.vars.window + a.n > window) return stay(D::violation, Code::overflow);
      c.vars.window = static_cast<std::uint8_t>(c.vars.window + a.n);
      return {D::transition, from, from, Code::none, 0};
    case Event::fail: c.state = State::Failed; return {D::transition, from, State::Failed, Code::none, 0};
  }
  return stay(D::violation, Code::none);
}

struct VarInfo {
  std::string_view name;
  int lo, hi;
};
struct Machine {
  using State = credit::State;
  using Event = credit::Event;
  using Code = credit::Code;
  using Action = credit::Action;
  using ActionSet = credit::ActionSet;
  using Vars = credit::Vars;
  using Config = credit::Config;
  using Outcome = credit::Outcome;
  using Args = credit::Args;
  static constexpr std::string_view name = "test::credit";
  static constexpr bool generational = false;
  static constexpr std::size_t state_count = 2;
  static constexpr std::size_t event_count = 3;
  static constexpr std::size_t action_count = 1;
  static constexpr std::array<VarInfo, 1> var_info = {{{"window", 0, window}}};
  static constexpr std::array<phasegen::Source, 3> event_source = {phasegen::Source::local, phasegen::Source::peer,
                                                                   phasegen::Source::session};
  static constexpr Outcome step(Config& c, Event e, const Args& a = Args{}) noexcept { return credit::step(c, e, a); }
  static constexpr ActionSet bit(Action a) noexcept { return credit::bit(a); }
  static constexpr int get_var(const Vars& v, std::size_t) noexcept { return v.window; }
  static constexpr void set_var(Vars& v, std::size_t, int x) noexcept { v.window = static_cast<std::uint8_t>(x); }
};

struct Roles {
  using Machine = credit::Machine;
  static constexpr bool explicit_open = true;
  static constexpr std::string_view queue = {};
  static constexpr int queue_bound = 0;
  static constexpr std::array<Event, 0> enqueue = {};
  static constexpr std::array<Event, 0> dequeue = {};
  static constexpr std::array<Event, 0> discard = {};
  static constexpr std::array<Event, 0> attach = {};
  static constexpr std::array<Event, 0> release = {};
  static constexpr Event fail = Event::fail;
};
}  // namespace credit

TEST_CASE("events with arguments: a grant of n, through the table and through the session") {
  using Credit = phasegen::ChannelTable<credit::Roles, char>;
  phasegen::Session<phasegen::vox::SessionRoles, Table, Credit> s(8, 1, {}, {11, 12});
  namespace ses = vox::session;
  REQUIRE(s.dispatch(ses::Event::handshake_ok).outcome.disposition == Disposition::transition);
  REQUIRE(s.tx_open(4).disposition == Disposition::transition);
  for (int i = 0; i < credit::window; ++i) REQUIRE(s.tx().apply(credit::Event::send, 4, 0).emitted(credit::Action::send_item));
  CHECK(s.tx().apply(credit::Event::send, 4, 0).code == credit::Code::no_credit);
  const auto g = s.tx_frame(credit::Event::grant, 4, 0, credit::Args{3});
  CHECK(g.disposition == Disposition::transition);
  CHECK(s.tx().config(4, 0).vars.window == 3);
  CHECK(s.tx().apply(credit::Event::grant, 4, 0, credit::Args{1}).disposition == Disposition::transition);
  const auto over = s.tx_frame(credit::Event::grant, 4, 0, credit::Args{2});  // past the window: escalates
  CHECK(over.channel.code == credit::Code::overflow);
  REQUIRE(over.escalated);
  CHECK(s.tx().state(4, 0) == credit::State::Failed);  // fail_channels reached the sending table
  CHECK(s.tx().check_invariants());
}
