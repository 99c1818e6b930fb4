// The generic driver: outcomes, counters, hooks, generations.
#include <doctest/doctest.h>

#include <vector>

#include "phasegen/driver.hpp"
#include "vox/rx_channel.hpp"
#include "vox/session.hpp"

using phasegen::Disposition;
namespace rx = vox::rx_channel;
namespace session = vox::session;

namespace {

struct Seen {
  std::vector<rx::Code> invalid;
  std::vector<Disposition> traced;
};

void on_invalid(void* ctx, const phasegen::Driver<rx::Machine>&, rx::Event, const rx::Outcome& o) {
  static_cast<Seen*>(ctx)->invalid.push_back(o.code);
}

void on_trace(void* ctx, const phasegen::Driver<rx::Machine>&, rx::Event, std::uint32_t, const rx::Outcome& o) {
  static_cast<Seen*>(ctx)->traced.push_back(o.disposition);
}

}  // namespace

TEST_CASE("the driver starts in the initial configuration and steps the machine") {
  phasegen::Driver<rx::Machine> d(42);
  CHECK(d.state() == rx::State::Unknown);
  CHECK(d.instance() == 42);
  CHECK(d.dispatch(rx::Event::announce).disposition == Disposition::transition);
  CHECK(d.dispatch(rx::Event::item).disposition == Disposition::transition);
  CHECK(d.config().vars.queued == 1);
  CHECK(d.state() == rx::State::Announced);
}

TEST_CASE("every dispatch is counted by disposition and the hooks see invalid cells") {
  Seen seen;
  phasegen::Driver<rx::Machine> d(1, {&seen, on_invalid, on_trace});
  (void)d.dispatch(rx::Event::item);     // violation: unknown-channel
  (void)d.dispatch(rx::Event::consume);  // rejected: not-registered
  (void)d.dispatch(rx::Event::disconnect);  // ignored: not-live
  (void)d.dispatch(rx::Event::bind);     // transition
  CHECK(d.count(Disposition::violation) == 1);
  CHECK(d.count(Disposition::rejected) == 1);
  CHECK(d.count(Disposition::ignored) == 1);
  CHECK(d.count(Disposition::transition) == 1);
  REQUIRE(seen.invalid.size() == 2);
  CHECK(seen.invalid[0] == rx::Code::unknown_channel);
  CHECK(seen.invalid[1] == rx::Code::not_registered);
  CHECK(seen.traced == std::vector<Disposition>{Disposition::violation, Disposition::rejected,
                                                Disposition::ignored, Disposition::transition});
}

TEST_CASE("events of an older generation are stale and never reach the table") {
  phasegen::Driver<session::Machine> d;
  REQUIRE(d.dispatch(session::Event::handshake_ok, 0).disposition == Disposition::transition);
  REQUIRE(d.dispatch(session::Event::conduit_break, 0).disposition == Disposition::transition);
  const auto resumed = d.dispatch(session::Event::resume_ok, 0);
  REQUIRE((resumed.actions & session::bit(session::Action::begin_generation)) != 0);
  d.begin_generation();
  CHECK(d.generation() == 1);

  const auto before = d.config();
  const auto stale = d.dispatch(session::Event::conduit_break, 0);
  CHECK(stale.disposition == Disposition::stale);
  CHECK(d.config() == before);
  CHECK(d.count(Disposition::stale) == 1);

  const auto future = d.dispatch(session::Event::conduit_break, 2);  // from the transport
  CHECK(future.disposition == Disposition::violation);
  CHECK(d.config() == before);
  const auto future_local = d.dispatch(session::Event::shutdown, 2);  // the application's own call
  CHECK(future_local.disposition == Disposition::rejected);
  CHECK(d.config() == before);

  CHECK(d.dispatch(session::Event::conduit_break, 1).to == session::State::Disconnected);
}
