// A hostile HTTP/2 peer cannot make our endpoint allocate: this binary replaces the global
// operator new/delete with counting versions, builds every connection first (the generic
// phasegen::Session over the generated http2 roles, its stream table, the framing of
// examples/h2_frames.hpp), then feeds well over a million frames as octets through the
// decoder: mostly a busy client (new streams, DATA read at once, END_STREAM, resets,
// WINDOW_UPDATEs, PRIORITY, PING), with hostile frames mixed in (random stream ids, DATA
// past the windows, frames on closed and reset streams, huge WINDOW_UPDATEs, malformed
// frames of every kind the decoder refuses, GOAWAY, RST_STREAM on idle streams, frames
// split across reads), plus our own operations (read, cancel, send HEADERS and DATA,
// shutdown); a connection that ends is replaced by the next. It asserts that not one
// allocation happened while it ran. Checks inside the window only bump plain counters (a
// doctest assertion may allocate); they are asserted afterwards.
#include <doctest/doctest.h>

#include <array>
#include <atomic>
#include <cstdint>
#include <memory>
#include <new>
#include <random>
#include <vector>

#include "../tests/counting_new.hpp"
#include "h2_frames.hpp"

using counting_new::allocations;  // tests/counting_new.cpp: the replaced operator new counts
using counting_new::counting;

namespace {

namespace hf = h2frames;
namespace st = http2::stream;
namespace cn = http2::connection;
using phasegen::Disposition;
using hf::Type;

constexpr std::uint64_t frames_total = 1'200'000;
constexpr std::size_t connections_built = 3000;

struct Connection {
  hf::Session s;
  hf::Endpoint ep;
  std::uint32_t next_stream = 1;  // the client's next new stream (odd)
  std::uint32_t current = 0;      // the client's stream in progress; 0: open one first
  std::uint32_t ended = 0;        // the stream it just ended or reset: our owner drains it
  explicit Connection(std::uint64_t n) : s(16, n), ep(s) {}
};

struct Tally {
  std::uint64_t frames = 0, live = 0, faults = 0, escalations = 0, goaways_written = 0, written = 0;
  std::uint64_t reads = 0, read_items = 0, cancels = 0, sends = 0, split = 0, bad = 0;
  std::array<std::uint64_t, 5> by_disposition{};
  std::array<std::uint64_t, 14> goaway_codes{};  // by error code
  void see(Disposition d) { ++by_disposition[static_cast<std::size_t>(d)]; }
};

/// The client's octets for one frame into `wire`, and its stream. A busy client keeps to
/// the rules (DATA on its stream in progress, END_STREAM or RST_STREAM ends it and the next
/// frame opens another, WINDOW_UPDATE only while our send window has room); `hostile`
/// (1..12) replaces the frame with a fault.
std::size_t client_frame(std::mt19937_64& rng, Connection& c, std::array<std::uint8_t, 256>& wire, unsigned hostile,
                         std::uint32_t& stream) {
  static constexpr std::array<std::uint8_t, 12> text = {'h', 'e', 'l', 'l', 'o', ' ', 'h', 't', 't', 'p', '/', '2'};
  const auto r = rng();
  const bool end = (r >> 8) % 8 == 0;
  hf::Frame f;
  stream = c.current;
  if (c.current == 0) {
    f = hf::headers_frame(stream = c.current = c.next_stream, {text.data(), 5}, false);
    c.next_stream += 2;
  } else {
    switch (r % 16 >> 1) {
      case 0: case 1: case 2: case 3:
        f = hf::data_frame(stream, {text.data(), static_cast<std::uint32_t>(r >> 16) % 13}, end);
        if (end) c.ended = stream, c.current = 0;
        break;
      case 4:
        if (c.s.rx().config(stream, 0).vars.send_window < st::params::max_window) {
          f = hf::window_update_frame(stream, hf::unit_octets);
          break;
        }
        [[fallthrough]];
      case 5:
        f = hf::rst_stream_frame(stream, hf::ErrorCode::cancel);
        c.ended = stream, c.current = 0;
        break;
      case 6: f.type = static_cast<std::uint8_t>(Type::priority), f.stream = stream, f.weight = 16; break;
      default: f = hf::ping_frame({1, 2, 3, 4, 5, 6, 7, 8}, false); break;
    }
  }
  switch (hostile) {
    case 1: f = hf::data_frame(stream = static_cast<std::uint32_t>(rng() % 4096), {text.data(), 3}, false); break;  // any id
    case 2: f = hf::window_update_frame(stream, hf::max_window_octets); break;  // past the largest window
    case 3: f = hf::goaway_frame(static_cast<std::uint32_t>(rng() % 64), hf::ErrorCode::no_error); break;
    case 4: f = hf::rst_stream_frame(stream = c.next_stream + 2 * static_cast<std::uint32_t>(rng() % 8), hf::ErrorCode::cancel); break;  // idle
    case 5: f = hf::headers_frame(stream, {text.data(), 2}, false); break;  // trailers: refused by the spec
    case 12:  // DATA on an earlier stream: closed (STREAM_CLOSED), reset by us (ignored), or still open
      f = hf::data_frame(stream = c.next_stream > 4 ? c.next_stream - 4 : 1, {text.data(), 1}, false);
      break;
    default: break;
  }
  std::size_t n = hf::encode(f, wire.data(), wire.size());
  switch (hostile) {  // malformed: each a rule the decoder enforces
    case 6: wire[0] = 0xff; break;  // larger than SETTINGS_MAX_FRAME_SIZE
    case 7:                         // RST_STREAM of 3 octets
      wire[3] = static_cast<std::uint8_t>(Type::rst_stream), wire[0] = wire[1] = 0, wire[2] = 3;
      n = hf::header_size + 3;
      break;
    case 8: wire[5] = wire[6] = wire[7] = wire[8] = 0, wire[3] = static_cast<std::uint8_t>(Type::headers); break;  // stream 0
    case 9:  // DATA whose padding is longer than its payload
      wire[3] = static_cast<std::uint8_t>(Type::data), wire[4] = hf::flag::padded, wire[0] = wire[1] = 0, wire[2] = 2;
      wire[9] = 7;
      n = hf::header_size + 2;
      break;
    case 10: n = hf::encode(hf::window_update_frame(1, 0), wire.data(), wire.size()); break;  // an increment of 0
    case 11: wire[3] = static_cast<std::uint8_t>(Type::continuation); break;                  // continues nothing
    default: break;
  }
  return n;
}

}  // namespace

TEST_CASE("the counting operator new is the one in use (in every build configuration)") {
  counting.store(true);
  void* p = ::operator new(sizeof(int));  // a call, not a new-expression: no compiler may elide it
  counting.store(false);
  ::operator delete(p);
  REQUIRE(allocations.load() == 1);
  allocations.store(0);
}

TEST_CASE("a hostile HTTP/2 peer cannot make our endpoint allocate: over 1M frames from octets, local operations, new connections") {
  std::mt19937_64 rng(0x5eed2);
  // Everything is built before the window opens.
  std::vector<std::unique_ptr<Connection>> pool;
  for (std::uint64_t i = 0; i < connections_built; ++i) pool.push_back(std::make_unique<Connection>(i + 1));
  std::array<std::uint8_t, 256> wire{};
  std::array<std::uint8_t, 64> ours{};
  std::size_t current = 0;
  bool fresh = true;
  Tally t;
  const auto written = [&](const hf::Out& out) {
    for (const hf::Frame& f : out) {
      t.written += hf::encode(f, ours.data(), ours.size()) > 0;
      t.goaways_written += f.is(Type::goaway);
      if (f.is(Type::goaway)) ++t.goaway_codes[f.error < t.goaway_codes.size() ? f.error : 0];
    }
  };

  counting.store(true);
  for (std::uint64_t i = 0; i < frames_total; ++i) {
    if (pool[current]->s.state() == cn::State::Closed && current + 1 < pool.size()) ++current, fresh = true;
    Connection& c = *pool[current];
    if (fresh) {  // the client preface and SETTINGS, through the decoder like everything
      fresh = false;
      std::size_t n = 0;
      for (const char ch : hf::client_preface) wire[n++] = static_cast<std::uint8_t>(ch);
      const hf::Applied p = c.ep.receive(wire.data(), n);
      t.bad += p.decoded.status != hf::Status::preface;
      n = hf::encode(hf::settings_frame(), wire.data(), wire.size());
      const hf::Applied a = c.ep.receive(wire.data(), n);
      written(a.out);
      t.bad += c.s.state() != cn::State::Open;
    }
    const unsigned hostile = rng() % 1024 == 0 ? 1 + static_cast<unsigned>(rng() % 12) : 0;
    std::uint32_t stream = 0;
    const std::size_t n = client_frame(rng, c, wire, hostile, stream);
    if (n > 1 && rng() % 16 == 0) {  // split across reads: the prefix is not enough
      const hf::Applied part = c.ep.receive(wire.data(), 1 + rng() % (n - 1));
      t.bad += part.decoded.status != hf::Status::need_more && part.decoded.status != hf::Status::fault;
      ++t.split;
    }
    const bool live = c.s.state() == cn::State::Open || c.s.state() == cn::State::GoingAway;
    const hf::Applied a = c.ep.receive(wire.data(), n);
    ++t.frames;
    t.live += live;
    t.faults += a.decoded.status == hf::Status::fault;
    t.escalations += a.escalated;
    for (std::uint8_t k = 0; k < a.streams; ++k) t.see(a.stream[k].disposition);
    if (a.connection_event) t.see(a.connection.outcome.disposition);
    written(a.out);

    // Our side: read what arrived (most of the time; a stream the client ended, always),
    // reset, respond, sometimes shut down.
    const auto r = rng() % 64;
    if (r < 56 || c.ended) {
      if (c.ended) stream = c.ended, c.ended = 0;
      while (true) {
        const hf::Read rd = c.ep.read(stream);
        ++t.reads;
        written(rd.out);
        if (!rd.consumed.item) {
          if (rd.consumed.outcome.code == st::Code::end_of_stream) {  // the request is complete: respond, END_STREAM
            const hf::Local l = c.ep.send_data(stream, {wire.data(), 2}, true);
            t.see(l.outcome.disposition);
            written(l.out);
            ++t.sends;
          }
          break;
        }
        ++t.read_items;
      }
    } else if (r < 58) {
      const hf::Local l = c.ep.cancel(stream);
      t.see(l.outcome.disposition);
      written(l.out);
      ++t.cancels;
    } else if (r < 62) {  // a response on the client's stream; a stream of ours (even), reset at once
      const hf::Local l = r < 61 ? c.ep.send_data(stream, {wire.data(), 4}, r == 60)
                                 : c.ep.send_headers(stream + 1, {wire.data(), 4}, false);
      t.see(l.outcome.disposition);
      written(l.out);
      if (r == 61) written(c.ep.cancel(stream + 1).out);
      ++t.sends;
    } else if (rng() % 4096 == 0) {
      t.see(c.s.dispatch(r == 62 ? cn::Event::shutdown : cn::Event::conduit_break).outcome.disposition);
    }
    t.bad += !c.s.items_conserved();
    if (c.s.state() == cn::State::Open || c.s.state() == cn::State::GoingAway)  // no window leaks
      t.bad += c.s.driver().config().vars.conn_window + c.s.rx().items().queued != std::uint64_t{cn::params::window};
  }
  counting.store(false);

  std::uint64_t offered = 0, read = 0, invariants_broken = 0;
  for (std::size_t i = 0; i <= current; ++i) {
    offered += pool[i]->s.items_offered();
    read += pool[i]->s.rx().items().delivered;
    invariants_broken += !pool[i]->s.rx().check_invariants() || !pool[i]->s.items_conserved();
  }
  CHECK(allocations.load() == 0);
  CHECK(t.bad == 0);
  CHECK(invariants_broken == 0);
  CHECK(t.frames == frames_total);
  CHECK(t.live > frames_total * 9 / 10);  // most frames met a live connection
  CHECK(current > 100);                   // hostile frames ended connections, the next ones took over
  CHECK(current + 1 < pool.size());       // and there were enough of them
  CHECK(t.faults > 100);
  CHECK(t.escalations > t.faults);
  CHECK(t.goaways_written > 100);
  CHECK(read == t.read_items);
  CHECK(read > frames_total / 8);
  CHECK(t.by_disposition[static_cast<std::size_t>(Disposition::violation)] > 0);
  CHECK(t.by_disposition[static_cast<std::size_t>(Disposition::ignored)] > 0);
  CHECK(t.split > 0);
  for (const hf::ErrorCode e : {hf::ErrorCode::protocol_error, hf::ErrorCode::flow_control_error,
                                hf::ErrorCode::stream_closed, hf::ErrorCode::frame_size_error})
    CHECK(t.goaway_codes[static_cast<std::size_t>(e)] > 0);  // every kind of connection error was met
  MESSAGE(t.frames << " frames (" << t.live << " to a live connection, " << t.split << " split across reads), "
                   << t.faults << " undecodable, " << t.escalations << " connection errors, " << t.goaways_written
                   << " GOAWAYs and " << t.written << " frames written; " << offered << " DATA offered, " << read
                   << " read; " << t.cancels << " cancels, " << t.sends << " sends; " << current + 1 << " connections");
  MESSAGE("GOAWAY PROTOCOL_ERROR " << t.goaway_codes[1] << ", FLOW_CONTROL_ERROR " << t.goaway_codes[3]
                                   << ", STREAM_CLOSED " << t.goaway_codes[5] << ", FRAME_SIZE_ERROR " << t.goaway_codes[6]
                                   << ", REFUSED_STREAM " << t.goaway_codes[7]);
}
