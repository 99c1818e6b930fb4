// phasegen demo: HTTP/2 streams on one connection, over a real socketpair(AF_UNIX,
// SOCK_STREAM). Our endpoint (the server) is the generic phasegen::Session over the
// generated http2 roles plus the framing of examples/h2_frames.hpp, nothing else; the
// peer (the client) injects faults. One loop, one process, deterministic: the peer writes
// frames, our endpoint reads and applies what arrived and writes its answers, the peer
// reads those. Each scenario runs on a fresh connection and states what it expects; the
// demo exits 1 if any expectation is not observed, or if DATA is not conserved.
#include <sys/socket.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "h2_frames.hpp"
#include "socket_end.hpp"

namespace {

namespace hf = h2frames;
namespace st = http2::stream;
namespace cn = http2::connection;
using phasegen::Disposition;
using hf::Type;

using demo::die;

std::string str(std::string_view s) { return std::string(s); }

// Strings are built by appending (g++ 12 -O3 warns, falsely, -Wrestrict, on "x" + std::string&&).
void add(std::string& s, std::string_view v) { s.append(v); }
template <class I>
  requires std::is_integral_v<I>
void add(std::string& s, I v) {
  s.append(std::to_string(v));
}
template <class... P>
std::string cat(const P&... parts) {
  std::string s;
  (add(s, parts), ...);
  return s;
}
hf::Bytes bytes(std::string_view s) {
  return {reinterpret_cast<const std::uint8_t*>(s.data()), static_cast<std::uint32_t>(s.size())};
}

int failures = 0;  // expectations not observed, over every scenario

/// One end of the socket pair: octets out, whatever has arrived in.
class Wire {
 public:
  explicit Wire(int fd) : end_(fd) {}

  void send_bytes(const std::uint8_t* p, std::size_t n) { end_.send_bytes(p, n); }
  void send(const hf::Frame& f) {
    std::array<std::uint8_t, hf::header_size + hf::default_max_frame_size> out{};
    const std::size_t n = hf::encode(f, out.data(), out.size());
    if (n == 0) die("encode");
    end_.send_bytes(out.data(), n);
  }

  /// Reads what has arrived; then `next(data, size)` is called until it consumes nothing
  /// (it returns how many octets it used).
  template <class F>
  void receive(F&& next) {
    end_.fill();
    std::size_t at = 0;
    while (at < end_.size()) {
      const std::size_t used = next(end_.data() + at, end_.size() - at);
      if (used == 0) break;
      at += used;
    }
    end_.consume(at);
  }

 private:
  demo::SocketEnd<2 * (hf::header_size + hf::default_max_frame_size)> end_;
};

std::string describe(const hf::Frame& f) {
  std::array<char, 24> unknown{};
  std::snprintf(unknown.data(), unknown.size(), "type 0x%02x (unknown)", f.type);
  std::string s = f.known() ? str(to_string(f.kind())) : unknown.data();
  if (f.stream || f.is(Type::data) || f.is(Type::headers) || f.is(Type::rst_stream) || f.is(Type::window_update))
    s += cat(" s", f.stream);
  if (f.is(Type::data) && f.payload.size)
    s += cat(" \"", hf::Payload::of(f.payload).text(), "\"");
  if (f.is(Type::window_update)) s += cat(" +", f.value);
  if (f.is(Type::push_promise)) s += cat(" promises s", f.value);
  if (f.is(Type::rst_stream) || f.is(Type::goaway)) {
    if (f.is(Type::goaway)) s += cat(" last=s", f.value);
    s += cat(" ", to_string(static_cast<hf::ErrorCode>(f.error)));
  }
  if (f.end_stream()) s += " END_STREAM";
  if (f.ack()) s += " ACK";
  if (f.padded()) s += " PADDED";
  return s;
}

std::string describe(const hf::LocalOutcome& o, const hf::Session& s) {
  std::string r = cat("s", o.id, " ");
  if (o.disposition == Disposition::transition) {
    r += cat(to_string(o.from), " -> ", to_string(o.to));
  } else {
    r += str(phasegen::to_string(o.disposition)) + " ";
    r += o.reason != phasegen::Reason::none ? str(to_string(o.reason)) : str(to_string(o.code));
    r += cat(" (", to_string(o.to), ")");
  }
  if (const std::size_t q = s.rx().queue_size(o.id, 0)) r += cat(", ", q, " unread");
  for (std::size_t a = 0; a < st::action_count; ++a)
    if (o.emitted(static_cast<st::Action>(a))) r += cat(", emits ", to_string(static_cast<st::Action>(a)));
  return r;
}

std::string describe(const hf::ConnectionOutcome& so) {
  const auto& o = so.outcome;
  std::string s = "connection ";
  if (o.disposition == Disposition::transition) {
    s += cat(to_string(o.from), " -> ", to_string(o.to));
  } else {
    s += str(phasegen::to_string(o.disposition));
    if (o.code != cn::Code::none) s.append(" ").append(str(to_string(o.code)));
  }
  for (std::size_t a = 0; a < cn::action_count; ++a) {
    const auto action = static_cast<cn::Action>(a);
    if (!so.emitted(action)) continue;
    s += cat(", emits ", to_string(action));
    if (action == cn::Action::fail_streams)
      s += cat(" (", so.failed.failed, " failed, ", so.failed.discarded, " unread discarded)");
  }
  return s;
}

std::string describe(const hf::StreamOutcome& f, const hf::Session& s) {
  if (f.gate.disposition == Disposition::transition) return describe(f.channel, s);
  return cat("connection ", phasegen::to_string(f.gate.disposition), " ", to_string(f.gate.code));
}

/// Our endpoint: the session, its framing, and the frames it has yet to write.
class Receiver {
 public:
  explicit Receiver(int fd) : wire_(fd), session_(16, 1), endpoint_(session_) {
    // Our SETTINGS (the server's preface, §3.4): windows in frames of 16,384 octets.
    hf::put_setting(settings_.data(), hf::setting::max_concurrent_streams, 16);
    hf::put_setting(settings_.data() + 6, hf::setting::initial_window_size, st::params::buf * hf::unit_octets);
    wire_.send(hf::settings_frame({settings_.data(), static_cast<std::uint32_t>(settings_.size())}));
  }

  void poll() {
    if (stopped_) return;
    wire_.receive([&](const std::uint8_t* data, std::size_t size) -> std::size_t {
      if (stopped_) return 0;
      const hf::Applied a = endpoint_.receive(data, size);
      print(a);
      queue(a.out);
      stopped_ = a.decoded.status == hf::Status::fault;  // the octets cannot be resynchronised
      return a.decoded.consumed;
    });
    flush();
  }

  void read(std::uint32_t id) {
    const hf::Read r = endpoint_.read(id);
    std::string note = describe(r.consumed.outcome, session_);
    if (r.consumed.item) note = cat("\"", r.consumed.item->text(), "\"; ", note);
    local(cat("read s", id), note);
    queue(r.out);
  }
  void cancel(std::uint32_t id) {
    const auto discarded = session_.rx().items().discarded;
    const hf::Local l = endpoint_.cancel(id);
    local(cat("cancel s", id),
          cat(describe(l.outcome, session_), "; ", session_.rx().items().discarded - discarded, " unread discarded, counted"));
    queue(l.out);
  }
  void send_headers(std::uint32_t id) {
    const hf::Local l = endpoint_.send_headers(id, bytes("(field block)"), false);
    local(cat("send HEADERS s", id), describe(l.outcome, session_));
    queue(l.out);
  }
  void send_data(std::uint32_t id, std::string_view text, bool end_stream) {
    const hf::Local l = endpoint_.send_data(id, bytes(text), end_stream);
    local(cat("send DATA s", id, end_stream ? " END" : ""), describe(l.outcome, session_));
    queue(l.out);
  }

  /// While muted, nothing is printed.
  void mute(bool on) { muted_ = on; }
  hf::Session& session() { return session_; }
  st::State state(std::uint32_t id) const { return session_.rx().state(id, 0); }

  void summary() const {
    const auto& it = session_.rx().items();
    std::printf("  summary: connection %s; DATA offered %llu = accepted %llu + refused %llu (+%llu at the connection);"
                " accepted = read %llu + discarded %llu + unread %llu; %s\n",
                str(to_string(session_.state())).c_str(), static_cast<unsigned long long>(session_.items_offered()),
                static_cast<unsigned long long>(it.accepted), static_cast<unsigned long long>(it.refused),
                static_cast<unsigned long long>(session_.items_refused_at_gate()),
                static_cast<unsigned long long>(it.delivered), static_cast<unsigned long long>(it.discarded),
                static_cast<unsigned long long>(it.queued), session_.items_conserved() ? "conserved" : "NOT CONSERVED");
    if (!session_.items_conserved()) ++failures;
  }

 private:
  void print(const hf::Applied& a) {
    if (muted_ || a.decoded.status == hf::Status::need_more) return;
    if (a.decoded.status == hf::Status::preface) {
      std::printf("  -> %-28s (the client preface, 24 octets)\n", "PRI * HTTP/2.0 ...");
      return;
    }
    std::string what;
    if (a.decoded.status == hf::Status::fault) {
      const hf::Fault& f = a.decoded.fault;
      what = cat("undecodable: ", to_string(f.problem), " (octet ", f.offset, ")");
      std::printf("  -> %-28s %s\n", "???", what.c_str());
    } else {
      for (std::uint8_t i = 0; i < a.streams; ++i) {
        if (i) what += "; END_STREAM: ";
        what += describe(a.stream[i], session_);
      }
      if (a.connection_event) what += (what.empty() ? "" : "; ") + describe(a.connection);
      if (a.refused.delivered) what += cat("; our streams above its last: ", a.refused.failed, " failed");
      std::printf("  -> %-28s %s\n", describe(a.decoded.frame).c_str(), what.c_str());
    }
    if (a.escalated) std::printf("  %-31s escalates: %s\n", "", describe(a.escalation).c_str());
  }
  void local(const std::string& op, const std::string& note) { std::printf("  .. %-28s %s\n", op.c_str(), note.c_str()); }

  /// Frames to write; WINDOW_UPDATEs for one stream are coalesced until the next flush.
  void queue(const hf::Out& out) {
    for (const hf::Frame& f : out) {
      bool merged = false;
      for (hf::Frame& p : pending_)
        if (!merged && f.is(Type::window_update) && p.is(Type::window_update) && p.stream == f.stream)
          p.value += f.value, merged = true;
      if (!merged) pending_.push_back(f);
    }
  }
  void flush() {
    for (const hf::Frame& f : pending_) wire_.send(f);
    pending_.clear();
  }

  Wire wire_;
  hf::Session session_;
  hf::Endpoint endpoint_;
  std::array<std::uint8_t, 12> settings_{};
  std::vector<hf::Frame> pending_;
  bool stopped_ = false;
  bool muted_ = false;
};

/// The fault-injecting peer: writes frames, reads and prints ours.
class Peer {
 public:
  explicit Peer(int fd) : wire_(fd), decoder_(false) {}

  void send(const hf::Frame& f, const char* fault = nullptr) {
    if (fault) std::printf("  FAULT: %s\n", fault);
    wire_.send(f);
  }
  void send_raw(const std::uint8_t* p, std::size_t n, const char* fault = nullptr) {
    if (fault) std::printf("  FAULT: %s\n", fault);
    wire_.send_bytes(p, n);
  }
  void mute(bool on) { muted_ = on; }
  void poll() {
    wire_.receive([&](const std::uint8_t* data, std::size_t size) -> std::size_t {
      const hf::Decoded d = decoder_.next(data, size);
      if (d.status == hf::Status::fault) die("our endpoint wrote an undecodable frame");
      if (d.status != hf::Status::frame) return 0;
      if (!muted_) std::printf("  <- %s\n", describe(d.frame).c_str());
      got_.push_back(d.frame);
      return d.consumed;
    });
  }

  /// What the peer read from us.
  std::size_t count(Type t, std::uint32_t stream, bool ack = false) const {
    std::size_t n = 0;
    for (const hf::Frame& f : got_) n += f.is(t) && f.stream == stream && f.ack() == ack;
    return n;
  }
  std::uint32_t window_returned(std::uint32_t stream) const {
    std::uint32_t n = 0;
    for (const hf::Frame& f : got_)
      if (f.is(Type::window_update) && f.stream == stream) n += f.value;
    return n / hf::unit_octets;
  }
  /// GOAWAY's error code, or -1 without one.
  long goaway() const {
    for (const hf::Frame& f : got_)
      if (f.is(Type::goaway)) return static_cast<long>(f.error);
    return -1;
  }

 private:
  Wire wire_;
  hf::Decoder decoder_;
  bool muted_ = false;
  std::vector<hf::Frame> got_;  // their payload views are not kept valid: types, ids and codes only
};

hf::Frame frame(Type t, std::uint32_t stream, std::uint8_t flags = 0) {
  hf::Frame f;
  f.type = static_cast<std::uint8_t>(t);
  f.stream = stream;
  f.flags = flags;
  return f;
}

/// One connection: a fresh socket pair, endpoint and peer.
class Connection {
 public:
  explicit Connection(const char* title) : rx_(pair().second), peer_(fds_.first) { std::printf("\n== %s\n", title); }
  ~Connection() { rx_.summary(); }

  void preface() {
    peer_.send_raw(reinterpret_cast<const std::uint8_t*>(hf::client_preface.data()), hf::client_preface.size());
    settle();
  }
  void settings() { send(hf::settings_frame()); }
  /// The preface, both SETTINGS and their ACKs; printed in full, or as one line.
  void open(bool verbose = false) {
    rx_.mute(!verbose);
    peer_.mute(!verbose);
    preface();
    settings();
    send(hf::settings_ack());
    rx_.mute(false);
    peer_.mute(false);
    if (!verbose)
      std::printf("  -> %-28s connection %s\n", "preface, SETTINGS, ACK", str(to_string(state())).c_str());
  }
  void send(const hf::Frame& f, const char* fault = nullptr) {
    peer_.send(f, fault);
    settle();
  }
  void headers(std::uint32_t id, bool end_stream = false) { send(hf::headers_frame(id, bytes("(field block)"), end_stream)); }
  void data(std::uint32_t id, std::string_view text, bool end_stream = false, const char* fault = nullptr) {
    send(hf::data_frame(id, bytes(text), end_stream), fault);
  }
  void settle() {
    rx_.poll();
    peer_.poll();
  }
  /// Prints whether the scenario's outcome was observed; counts it if not.
  void expect(bool observed, const char* what) {
    std::printf("  expected: %s: %s\n", what, observed ? "yes" : "NOT OBSERVED");
    if (!observed) ++failures;
  }

  Receiver& rx() { return rx_; }
  Peer& peer() { return peer_; }
  cn::State state() { return rx_.session().state(); }

 private:
  std::pair<int, int> pair() {
    int sv[2];
    if (socketpair(AF_UNIX, SOCK_STREAM, 0, sv) != 0) die("socketpair");
    fds_ = {sv[0], sv[1]};
    return fds_;
  }
  std::pair<int, int> fds_{-1, -1};
  Receiver rx_;
  Peer peer_;
};

constexpr long code(hf::ErrorCode c) { return static_cast<long>(c); }

}  // namespace

int main() {
  std::printf("phasegen demo: HTTP/2 streams over socketpair(AF_UNIX, SOCK_STREAM); windows in DATA frames of up to\n"
              "16,384 octets: %d unread per stream, %d on the connection; a send window of %d (at most %d)\n",
              st::params::buf, cn::params::window, st::params::initial_window, st::params::max_window);
  std::printf("  -> frame our endpoint read, and its outcome;  .. local operation;  <- frame the peer read\n");
  {
    Connection c("1. compliant: three requests (one with trailers), DATA read and windows returned, responses, PING,\n"
                 "   PRIORITY, an unknown type");
    c.open(true);
    c.headers(1);
    c.data(1, "hello");
    c.data(1, "world", true);
    c.send(frame(Type::priority, 1));
    c.send(frame(Type::ping, 0));
    c.send(frame(static_cast<Type>(0xb), 0));
    c.rx().read(1);
    c.rx().read(1);
    c.rx().read(1);
    c.settle();
    c.rx().send_headers(1);
    c.rx().send_data(1, "ok", true);
    c.settle();
    c.headers(3, true);
    c.rx().send_headers(3);
    c.rx().send_data(3, "a", false);
    c.rx().send_data(3, "b", false);
    c.rx().send_data(3, "c", false);
    c.settle();
    c.send(hf::window_update_frame(3, hf::unit_octets));
    c.rx().send_data(3, "c", true);
    c.settle();
    c.expect(c.peer().goaway() < 0 && c.state() == cn::State::Open, "no GOAWAY, the connection open");
    c.expect(c.peer().count(Type::settings, 0, true) == 1 && c.peer().count(Type::ping, 0, true) == 1,
             "SETTINGS and PING acknowledged");
    c.expect(c.peer().window_returned(1) == 2 && c.peer().window_returned(0) == 2,
             "a unit of window back per DATA read, on s1 and on the connection");
    c.headers(5);
    c.data(5, "body");
    c.headers(5, true);  // trailers: a header block that ends the stream
    c.rx().read(5);
    c.rx().send_headers(5);
    c.rx().send_data(5, "ok", true);
    c.settle();
    c.expect(c.peer().goaway() < 0, "trailers are no error");
    c.expect(c.rx().state(1) == st::State::Closed && c.rx().state(3) == st::State::Closed &&
                 c.rx().state(5) == st::State::Closed,
             "s1, s3 and s5 closed");
  }
  {
    Connection c("2. our RST_STREAM: DATA already in flight is ignored, not an error; the peer's RST_STREAM");
    c.open();
    c.headers(1);
    c.data(1, "a");
    c.data(1, "b");
    c.rx().cancel(1);
    c.data(1, "c");  // was in flight when our RST_STREAM went out
    c.send(hf::rst_stream_frame(1, hf::ErrorCode::cancel));  // crossed ours
    c.headers(3);
    c.data(3, "d");
    c.send(hf::rst_stream_frame(3, hf::ErrorCode::cancel));
    c.expect(c.peer().goaway() < 0 && c.state() == cn::State::Open, "no GOAWAY, the connection open");
    c.expect(c.peer().count(Type::rst_stream, 1) == 1, "RST_STREAM s1 CANCEL");
    c.expect(c.peer().window_returned(0) == 4, "the connection window back for all 4 DATA, none read");
  }
  {
    Connection c("3. DATA after END_STREAM");
    c.open();
    c.headers(1);
    c.data(1, "x", true);
    c.data(1, "y", false, "DATA after the stream's END_STREAM");
    c.expect(c.peer().goaway() == code(hf::ErrorCode::stream_closed) && c.state() == cn::State::Closed,
             "GOAWAY STREAM_CLOSED, the connection closed");
  }
  {
    Connection c("4. DATA past the connection window");
    c.open();
    c.headers(1);
    c.headers(3);
    c.data(1, "1");
    c.data(1, "2");
    c.data(3, "3");
    c.data(3, "4");
    c.data(3, "5", false, "a fifth DATA frame: the connection window is 4");
    c.rx().read(1);
    c.settle();
    c.expect(c.peer().goaway() == code(hf::ErrorCode::flow_control_error), "GOAWAY FLOW_CONTROL_ERROR");
    c.expect(c.rx().state(1) == st::State::Closed && c.rx().state(3) == st::State::Closed,
             "every stream failed, its DATA discarded");
  }
  {
    Connection c("5. a stream frame before the peer's SETTINGS");
    c.preface();
    c.headers(1, false);
    c.expect(c.peer().goaway() == code(hf::ErrorCode::protocol_error) && c.state() == cn::State::Closed,
             "GOAWAY PROTOCOL_ERROR");
  }
  {
    Connection c("6. no connection preface");
    std::array<std::uint8_t, hf::header_size> raw{};
    (void)hf::encode(hf::settings_frame(), raw.data(), raw.size());
    c.peer().send_raw(raw.data(), raw.size(), "SETTINGS without the 24-octet preface");
    c.settle();
    c.expect(c.peer().goaway() == code(hf::ErrorCode::protocol_error), "GOAWAY PROTOCOL_ERROR");
  }
  {
    Connection c("7. a malformed frame");
    c.open();
    c.headers(1);
    hf::Frame bad = hf::data_frame(1, bytes("abc"), false);
    bad.flags = hf::flag::padded;
    std::array<std::uint8_t, 16> raw{};
    const std::size_t n = hf::encode(bad, raw.data(), raw.size());  // pad length 0, then made 9: past the payload
    raw[hf::header_size] = 9;
    c.peer().send_raw(raw.data(), n, "DATA whose padding is longer than its payload");
    c.settle();
    c.expect(c.peer().goaway() == code(hf::ErrorCode::protocol_error) && c.rx().state(1) == st::State::Closed,
             "GOAWAY PROTOCOL_ERROR, s1 failed");
  }
  {
    Connection c("8. the peer's GOAWAY: our streams above its last stream id fail, the rest go on");
    c.open();
    c.headers(1);
    c.rx().send_headers(2);
    c.rx().send_headers(4);
    c.settle();
    c.send(hf::goaway_frame(2, hf::ErrorCode::no_error));
    c.data(1, "still here");
    c.rx().read(1);
    c.rx().send_data(4, "late", false);
    c.rx().send_data(2, "fine", true);
    c.settle();
    c.expect(c.state() == cn::State::GoingAway && c.rx().state(4) == st::State::Closed &&
                 c.rx().state(2) == st::State::HalfClosedLocal && c.peer().window_returned(1) == 1,
             "going away: s4 failed, s2 and s1 go on");
  }
  {
    Connection c("9. a WINDOW_UPDATE past the largest window");
    c.open();
    c.headers(1);
    c.send(hf::window_update_frame(1, hf::max_window_octets), "an increment of 2^31-1 on a window of 2 frames");
    c.expect(c.peer().goaway() == code(hf::ErrorCode::flow_control_error), "GOAWAY FLOW_CONTROL_ERROR");
  }
  std::printf("\n%s\n", failures == 0 ? "every scenario behaved as expected" : "SOME EXPECTATIONS WERE NOT OBSERVED");
  return failures == 0 ? 0 : 1;
}
