// libFuzzer harness for HTTP/2 on the generic runtime: octets from a hostile peer ->
// examples/h2_frames.hpp's decoder -> the connection (phasegen::Session over the generated
// http2 roles) -> the stream table, interleaved with local operations (read, cancel,
// send HEADERS, send DATA, shutdown, transport failure) and a consumer over the generic
// phasegen::Bridge. After every step it checks: DATA conserved (the session's and the
// table's counts), the table's invariants, that a decoded frame re-encodes to the octets
// it came from, that every frame we write is well-formed, that a violation we escalate is
// answered with GOAWAY, that the connection window never leaks (while the connection
// routes, its window is its size minus the DATA still unread), and that the bridge has
// answered every request it took or holds it in progress; at the end of each connection,
// that every request posted got exactly one final answer.
//
// Input: byte 0 picks the stream table's capacity (1..8, or 16..256), whether the harness
// sends the client preface itself (else the input must), and the hash key. Then ops, one
// byte each plus operands. Ops 0-5 decode the octets that follow as they are (raw wire);
// op 6 builds a frame from a few operands (type, flags, stream, a 32-bit value, a payload)
// and sends its encoding through the same decoder, which reaches deep states sooner.
// Stream ids come from a pool of 16 (odd: the peer's; even: ours) that frames refill.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "../examples/h2_frames.hpp"
#include "phasegen/bridge.hpp"

namespace {

namespace hf = h2frames;
namespace st = http2::stream;
namespace cn = http2::connection;
using phasegen::Disposition;
using Bridge = phasegen::Bridge<st::Roles, hf::Payload, 4, 2>;  // small rings: full answer rings, cut-short requests
using Delivery = Bridge::Answer;

void check(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input
}

template <class O>
void seen(const O& o) {
  check(static_cast<std::size_t>(o.disposition) < 5);
}

constexpr std::array<std::size_t, 5> big_capacities = {16, 32, 64, 128, 256};

/// Every frame we write must decode (as the peer would read it) and name a real stream or 0.
void well_formed(const hf::Out& out) {
  for (const hf::Frame& f : out) {
    std::array<std::uint8_t, 64> buf{};
    const std::size_t n = hf::encode(f, buf.data(), buf.size());
    check(n >= hf::header_size);
    hf::Decoder peer(false);
    const hf::Decoded d = peer.next(buf.data(), n);
    check(d.status == hf::Status::frame && d.consumed == n);
    check(!f.is(hf::Type::goaway) || f.error != 0);  // we send GOAWAY only for an error
  }
}

struct Connection {
  hf::Session s;
  hf::Endpoint ep;
  Connection(std::size_t capacity, const phasegen::HashKey& key, bool expect_preface)
      : s(capacity, 1, {}, key), ep(s, expect_preface) {}
};

struct Harness {
  std::size_t capacity;
  phasegen::HashKey key;
  bool harness_preface;
  std::optional<Connection> c;
  Bridge bridge;
  std::array<std::uint32_t, 16> ids{1, 3, 5, 7, 2, 4, 6, 8, 9, 11, 13, 15, 10, 12, 14, 16};
  std::size_t next_id = 0;
  std::uint64_t posted = 0, finals = 0;
  int connections = 0;

  Harness(std::size_t cap, phasegen::HashKey k, bool preface) : capacity(cap), key(k), harness_preface(preface) { connect(); }

  hf::Session& s() { return c->s; }
  std::uint32_t id_of(std::uint8_t arg) const { return ids[arg % ids.size()]; }
  void remember(std::uint32_t id) {
    if (id != 0) ids[next_id++ % ids.size()] = id;
  }

  void connect() {
    c.emplace(capacity, key, !harness_preface);
    ++connections;
  }

  /// The peer's octets: decodes one frame (or the preface, or a fault) and applies it.
  /// Returns the octets consumed (0: need more, or the stream is broken).
  std::size_t receive(const std::uint8_t* data, std::size_t size) {
    const hf::Applied a = c->ep.receive(data, size);
    well_formed(a.out);
    if (a.decoded.status == hf::Status::frame) {
      static std::array<std::uint8_t, hf::header_size + hf::default_max_frame_size> again{};
      check(a.decoded.consumed <= again.size());
      check(hf::encode(a.decoded.frame, again.data(), again.size()) == a.decoded.consumed &&
            std::memcmp(again.data(), data, a.decoded.consumed) == 0);
      remember(a.decoded.frame.stream);
      for (std::uint8_t i = 0; i < a.streams; ++i) {
        seen(a.stream[i]);
        check(!a.stream[i].escalated || a.stream[i].disposition == Disposition::violation);
      }
    }
    if (a.decoded.status == hf::Status::preface)
      check(a.decoded.consumed == hf::client_preface.size() && std::memcmp(data, hf::client_preface.data(), 24) == 0);
    if (a.decoded.status == hf::Status::fault) check(a.escalated && a.decoded.consumed == 0);
    if (a.connection_event) seen(a.connection.outcome);
    if (a.escalated && a.escalation.send_protocol_error()) {
      check(a.error != hf::ErrorCode::no_error && a.out.count > 0 && a.out.frames[a.out.count - 1].is(hf::Type::goaway));
    }
    return a.decoded.status == hf::Status::need_more ? 0 : a.decoded.consumed;
  }

  void on_answer(const phasegen::Request&, const hf::LocalOutcome& o) {
    seen(o);
    well_formed(c->ep.answer(o));
  }
  void take(const Delivery& d) {
    seen(d.outcome);
    check(d.count <= 2);
    check(d.final || d.count > 0);
    finals += d.final;
  }
  void pump(std::size_t max) {
    (void)bridge.pump(s(), [this](const phasegen::Request& r, const hf::LocalOutcome& o) { on_answer(r, o); }, max);
    check(bridge.in_progress() <= 4 + 1);
    check(bridge.requests_taken() == bridge.requests_answered() + bridge.in_progress());
  }

  /// The checks after every step.
  void invariants() {
    hf::Session& ss = s();
    check(ss.items_conserved());
    check(ss.rx().check_invariants());  // O(capacity): capacities here are small
    check(ss.rx().size() <= ss.rx().capacity());
    if (ss.state() == cn::State::Open || ss.state() == cn::State::GoingAway)  // the connection window does not leak
      check(ss.driver().config().vars.conn_window + ss.rx().items().queued == std::uint64_t{cn::params::window});
  }

  /// The end of a connection: shut it down (nothing waits on a failed stream), answer everything.
  void finish() {
    seen(s().dispatch(cn::Event::shutdown).outcome);
    for (int round = 0; round < 64 && finals < posted; ++round) {
      pump(16);
      while (auto d = bridge.poll()) take(*d);
    }
    check(finals == posted);  // every request answered, exactly once
    check(bridge.in_progress() == 0);
    check(s().items_conserved() && s().rx().items().queued == 0);
  }
};

/// Op 6: a frame from a few operands, encoded, so the decoder sees a well-formed one more
/// often. Returns the input octets used; 0 when fewer than 8 are left.
std::size_t structured(Harness& h, const std::uint8_t* p, std::size_t left, std::array<std::uint8_t, 128>& out) {
  if (left < 8) return 0;
  hf::Frame f;
  const std::uint8_t t = p[0] % 11;
  f.type = t == 10 ? static_cast<std::uint8_t>(0x20 + (p[0] >> 4)) : t;  // 10: an unknown type
  f.flags = p[1];
  const bool conn_level = f.is(hf::Type::settings) || f.is(hf::Type::ping) || f.is(hf::Type::goaway);
  f.stream = (conn_level && !(p[2] & 0x80)) || p[2] == 0x7f ? 0 : h.id_of(p[2]);
  std::uint32_t v = std::uint32_t{p[3]} << 24 | std::uint32_t{p[4]} << 16 | std::uint32_t{p[5]} << 8 | p[6];
  const std::uint32_t plen = p[7] % 24 <= left - 8 ? p[7] % 24 : static_cast<std::uint32_t>(left - 8);
  const hf::Bytes payload{p + 8, plen};
  if (!(p[2] & 0x40)) v &= 0x7fffffff;
  if (p[2] & 0x20) v %= 5 * hf::unit_octets;  // small increments, ids, codes
  switch (f.kind()) {
    case hf::Type::window_update: case hf::Type::goaway: case hf::Type::push_promise:
      f.value = f.is(hf::Type::window_update) ? v & 0x7fffffff : f.is(hf::Type::goaway) ? v % 20 : h.id_of(p[6]);
      f.error = v % 14;
      break;
    case hf::Type::rst_stream: f.error = v % 14; break;
    case hf::Type::priority: case hf::Type::headers:
      f.dependency = v % 20;
      f.weight = p[6];
      break;
    case hf::Type::ping: std::memcpy(f.opaque.data(), p + 3, 4); break;
    default: break;
  }
  if (f.is(hf::Type::settings)) {
    f.payload = {p + 8, plen / 6 * 6};
    if (f.ack()) f.payload.size = 0;
  } else if (!f.is(hf::Type::priority) && !f.is(hf::Type::rst_stream) && !f.is(hf::Type::window_update) &&
             !f.is(hf::Type::ping)) {
    f.payload = payload;
  }
  if (f.padded()) f.padding = {nullptr, static_cast<std::uint32_t>(p[4] % 4)};
  const std::size_t n = hf::encode(f, out.data(), out.size());
  check(n == hf::header_size + f.length());
  (void)h.receive(out.data(), n);  // a whole frame: consumed, or a fault
  return 8 + plen;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t capacity = data[0] < 192 ? 1 + data[0] % 8 : big_capacities[data[0] % big_capacities.size()];
  const bool harness_preface = (data[0] & 0x10) == 0;
  Harness h(capacity, phasegen::HashKey{0x5157a4b1c2d3e4f5ULL ^ data[0], data[0]}, harness_preface);
  std::array<std::uint8_t, 128> frame_buf{};
  std::size_t pos = 1;
  while (pos < size) {
    const std::uint8_t op = data[pos++];
    const std::uint8_t arg = pos < size ? data[pos] : 0;
    const std::uint8_t arg2 = pos + 1 < size ? data[pos + 1] : 0;
    const std::uint32_t id = h.id_of(arg);
    hf::Session& s = h.s();
    switch (op % 16) {
      case 6: {
        const std::size_t used = structured(h, data + pos, size - pos, frame_buf);
        pos = used ? pos + used : size;
        break;
      }
      case 7: {
        ++pos;
        const hf::Read r = h.c->ep.read(id);
        seen(r.consumed.outcome);
        check(r.consumed.item.has_value() == (r.consumed.outcome.disposition == Disposition::transition));
        well_formed(r.out);
        break;
      }
      case 8:
        ++pos;
        seen(h.c->ep.cancel(id).outcome);
        break;
      case 9: {
        pos += 2;
        const hf::Local l = h.c->ep.send_headers(id, {data, static_cast<std::uint32_t>(arg % 4)}, arg2 & 1);
        seen(l.outcome);
        well_formed(l.out);
        break;
      }
      case 10: {
        pos += 2;
        const hf::Local l = h.c->ep.send_data(id, {data, static_cast<std::uint32_t>(arg2 % 8)}, arg2 & 0x80);
        seen(l.outcome);
        well_formed(l.out);
        break;
      }
      case 11:
        ++pos;
        seen(s.dispatch(arg & 1 ? cn::Event::conduit_break : cn::Event::shutdown).outcome);
        break;
      case 12: {  // the consumer posts a request (its answers are checked in take())
        pos += 2;
        phasegen::Request r{phasegen::Request::Kind::consume, 0, id, static_cast<std::uint32_t>(arg2 % 6),
                            (arg2 & 0x20) != 0};
        if (arg2 >= 0xf0) r.kind = phasegen::Request::Kind::release;
        h.posted += h.bridge.request(r) == phasegen::Push::pushed;
        break;
      }
      case 13:
        ++pos;
        h.pump(1 + arg % 6);
        break;
      case 14:
        ++pos;
        if (arg & 1) {
          if (auto d = h.bridge.poll()) h.take(*d);
        } else {
          (void)h.bridge.poll_n(1 + arg % 4, [&](Delivery&& d) noexcept { h.take(d); });
        }
        break;
      case 15:  // a new connection (at most 4 per input)
        ++pos;
        if (h.connections < 4) {
          h.finish();
          h.connect();
        }
        break;
      default: {  // the wire as it is
        const std::size_t used = h.receive(data + pos, size - pos);
        if (used == 0) {  // need more (the input ends here), or a broken stream: skip a byte
          if (h.c->ep.decoder().failed()) {
            ++pos;
          } else {
            pos = size;
          }
        }
        pos += used;
      }
    }
    h.invariants();
  }
  h.finish();
  return 0;
}
