// A consumer of phasegen: drives its own generated machine (lifecycle/conn.yaml) with the
// installed runtime and checks a few outcomes. Exit status 0 when every one is as the spec says.
#include <cstdio>

#include "conn.hpp"
#include "phasegen/driver.hpp"

namespace {

int failures = 0;

void expect(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "app: unexpected outcome: %s\n", what);
    ++failures;
  }
}

}  // namespace

int main() {
  using app::conn::Code;
  using app::conn::Event;
  using app::conn::State;
  using phasegen::Disposition;

  phasegen::Driver<app::conn::Machine> c;
  expect(c.dispatch(Event::send).code == Code::not_open, "send before the handshake is refused");
  expect(c.dispatch(Event::accepted).disposition == Disposition::transition, "the handshake opens");
  expect(c.dispatch(Event::send).disposition == Disposition::transition, "a send is queued");
  expect(c.dispatch(Event::send).disposition == Disposition::transition, "a second send is queued");
  expect(c.dispatch(Event::send).code == Code::backpressure, "a third meets backpressure (max_pending 2)");
  expect(c.dispatch(Event::close).disposition == Disposition::transition, "close starts the handshake");
  expect(c.state() == State::Closing, "closing");
  expect(c.dispatch(Event::message).disposition == Disposition::ignored, "a late message is ignored");
  expect(c.dispatch(Event::close_reply).disposition == Disposition::transition, "the reply ends it");
  const auto late = c.dispatch(Event::message);
  expect(late.disposition == Disposition::violation && late.code == Code::closed, "data after close is a violation");
  std::printf("app: %s (%d unexpected)\n", failures == 0 ? "ok" : "FAILED", failures);
  return failures == 0 ? 0 : 1;
}
