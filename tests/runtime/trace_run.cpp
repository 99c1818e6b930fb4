// Writes the JSON-lines trace of a real session run to argv[1], for the replay test
// (tests/runtime/test_replay.py). The run touches most paths of the runtime: buffering
// before bind, drain after close, reset race, disconnect with queued items, stale frames
// after resume, tombstone reclaim, too-many-channels and the escalation it causes.
// Exits non-zero if any step does not do what the scenario expects.
#include <cstdint>
#include <cstdio>

#include "phasegen/trace.hpp"
#include "phasegen/vox/session.hpp"

namespace {

using phasegen::Disposition;
namespace rx = vox::rx_channel;
namespace ses = vox::session;
using Session = phasegen::vox::Session<std::uint64_t>;

int failures = 0;

void expect(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "trace-run: unexpected outcome: %s\n", what);
    ++failures;
  }
}

void expect_transition(Disposition d, const char* what) { expect(d == Disposition::transition, what); }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: phasegen-trace-run TRACE.jsonl\n");
    return 2;
  }
  std::FILE* out = std::fopen(argv[1], "w");
  if (!out) {
    std::perror(argv[1]);
    return 2;
  }
  phasegen::JsonLinesTrace sink(out);
  {
    Session s(4, 1, sink.hook());  // a small table: reclaim and too-many-channels happen
    expect(s.announce(1, 0).disposition == Disposition::violation, "frame before handshake");
  }
  {
    Session s(4, 2, sink.hook());
    expect_transition(s.dispatch(ses::Event::handshake_ok).outcome.disposition, "handshake");

    // Channel 1: buffered before bind, handed over, closed, drained.
    expect_transition(s.announce(1, 0).disposition, "announce 1");
    for (std::uint64_t i = 0; i < 3; ++i) expect_transition(s.on_item(1, 0, i).disposition, "item before bind");
    expect_transition(s.bind(1).disposition, "bind 1");
    for (int i = 0; i < 2; ++i) expect(s.consume(1).item.has_value(), "consume 1");
    expect_transition(s.on_item(1, 0, 3).disposition, "item 1");
    expect_transition(s.on_close(1, 0).disposition, "close 1");
    while (s.consume(1).item) {
    }
    expect(s.consume(1).outcome.code == rx::Code::channel_closed, "channel-closed");

    // Channel 3: the receiver is dropped; an item in flight is a reset race.
    expect_transition(s.announce(3, 0).disposition, "announce 3");
    expect_transition(s.on_item(3, 0, 30).disposition, "item 3");
    expect(s.drop_receiver(3).discarded == 1, "drop 3");
    expect(s.on_item(3, 0, 31).channel.code == rx::Code::reset_race, "reset race");
    expect_transition(s.on_close(3, 0).disposition, "close 3");

    // Channel 4: disconnect with items queued; they stay deliverable after the resume.
    expect_transition(s.bind(4).disposition, "bind 4");
    for (std::uint64_t i = 0; i < 2; ++i) expect_transition(s.on_item(4, 0, 40 + i).disposition, "item 4");
    expect(s.dispatch(ses::Event::conduit_break).failed.failed == 1, "conduit break fails channel 4");
    expect(s.on_item(4, 0, 42).gate.code == ses::Code::conduit_broken, "late frame on the broken conduit");
    expect(s.dispatch(ses::Event::resume_ok).generation_began, "resume");
    expect(s.on_item(4, 0, 43).disposition == Disposition::stale, "stale item");
    expect(s.dispatch(ses::Event::conduit_break, 0).outcome.disposition == Disposition::stale, "stale break");
    while (s.consume(4, 0).item) {
    }
    expect(s.consume(4, 0).outcome.code == rx::Code::channel_failed, "channel-failed");

    // Generation 1: new channels reclaim the old tombstones (1, 3, 4), then the table is full.
    for (std::uint64_t id = 5; id <= 8; ++id) expect_transition(s.announce(id, 1).disposition, "announce in gen 1");
    expect_transition(s.on_item(5, 1, 50).disposition, "item 5");
    expect_transition(s.bind(5).disposition, "bind 5");
    expect(s.consume(5).item.has_value(), "consume 5");
    const auto full = s.announce(9, 1);
    expect(full.reason == phasegen::vox::Reason::too_many_channels && full.send_protocol_error(),
           "too many channels escalates");
    expect(s.state() == ses::State::Closed, "session closed");
    expect(s.on_item(5, 1, 51).gate.code == ses::Code::session_closed, "frame after close");
    expect(s.items_conserved(), "conservation");
  }
  expect(sink.failed() == 0, "trace written");
  if (std::fclose(out) != 0) ++failures;
  std::printf("trace-run: %llu records written to %s\n", static_cast<unsigned long long>(sink.written()), argv[1]);
  return failures == 0 ? 0 : 1;
}
