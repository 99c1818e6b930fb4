// phasegen demo: a receiving endpoint (phasegen::vox::Session + its channel registry) and
// a fault-injecting peer, talking over a real socketpair(AF_UNIX, SOCK_STREAM) with the
// small framed protocol of examples/net_frames.hpp. One loop, one process, deterministic:
// the peer writes a frame, the receiver reads and applies whatever arrived and writes its
// answers (GrantCredit, Reset, ProtocolError), the peer reads those. Each scenario runs
// on a fresh connection, because a peer violation ends the session.
#include <sys/socket.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "net_frames.hpp"
#include "socket_end.hpp"
#include "phasegen/vox/session.hpp"

namespace {

namespace nf = netframes;
namespace rx = vox::rx_channel;
namespace ses = vox::session;
namespace pv = phasegen::vox;
using phasegen::Disposition;
using Session = pv::Session<std::uint64_t>;

using demo::die;

std::string str(std::string_view s) { return std::string(s); }

/// One end of the socket pair: whole frames out, whatever has arrived in.
class Wire {
 public:
  explicit Wire(int fd) : end_(fd) {}

  void send_bytes(const std::uint8_t* p, std::size_t n) { end_.send_bytes(p, n); }
  void send(const nf::Frame& f) {
    std::array<std::uint8_t, nf::max_frame> buf{};
    end_.send_bytes(buf.data(), nf::encode(f, buf.data()));
  }

  /// Calls on(decoded) for each complete frame or decode error in what has arrived;
  /// stops at the first error (the stream cannot be resynchronised).
  template <class F>
  void receive(F&& on) {
    end_.fill();
    std::size_t at = 0;
    for (;;) {
      const nf::Decoded d = nf::decode(end_.data() + at, end_.size() - at);
      if (d.status == nf::Decode::need_more) break;
      on(d);
      if (d.status != nf::Decode::frame) {
        end_.clear();
        return;
      }
      at += d.consumed;
    }
    end_.consume(at);
  }

 private:
  demo::SocketEnd<4096> end_;
};

std::string describe(const nf::Frame& f) {
  std::string s = str(nf::to_string(f.type));
  const bool channel = f.type != nf::Type::hello && f.type != nf::Type::disconnect && f.type != nf::Type::resume &&
                       f.type != nf::Type::protocol_error;
  if (channel) s += " ch" + std::to_string(f.channel);
  s += " g" + std::to_string(f.generation);
  if (f.type == nf::Type::item) s += " =" + std::to_string(f.value);
  if (f.type == nf::Type::grant) s += " +" + std::to_string(f.value);
  if (f.type == nf::Type::protocol_error) s += " \"" + str(f.rule()) + "\"";
  return s;
}

std::string describe(const pv::ChannelOutcome& o) {
  std::string s = "ch" + std::to_string(o.id) + " ";
  if (o.disposition == Disposition::transition) {
    s += str(to_string(o.from)) + " -> " + str(to_string(o.to));
  } else {
    s += str(phasegen::to_string(o.disposition)) + " ";
    s += o.reason != pv::Reason::none ? str(to_string(o.reason)) : str(to_string(o.code));
    s += " (" + str(to_string(o.to)) + ")";
  }
  for (std::size_t a = 0; a < rx::action_count; ++a)
    if (o.emitted(static_cast<rx::Action>(a))) s += ", emits " + str(to_string(static_cast<rx::Action>(a)));
  return s;
}

std::string describe(const pv::SessionOutcome& so) {
  const auto& o = so.outcome;
  std::string s = "session ";
  if (o.disposition == Disposition::transition) {
    s += str(to_string(o.from)) + " -> " + str(to_string(o.to));
  } else {  // appended piece by piece: g++ 12 -O3 warns (-Wrestrict, falsely) on "x" + std::string&&
    s += str(phasegen::to_string(o.disposition));
    if (o.code != ses::Code::none) s.append(" ").append(str(to_string(o.code)));
  }
  for (std::size_t a = 0; a < ses::action_count; ++a) {
    const auto action = static_cast<ses::Action>(a);
    if (!so.emitted(action)) continue;
    s += ", emits " + str(to_string(action));
    if (action == ses::Action::fail_channels)
      s += " (" + std::to_string(so.failed.failed) + " failed, " + std::to_string(so.failed.unchanged) + " unchanged)";
  }
  if (so.generation_began) s += "; a new generation begins";
  return s;
}

/// The receiving endpoint: owns the session, applies frames, answers on the wire.
class Receiver {
 public:
  explicit Receiver(int fd) : wire_(fd), session_(8, 1) {}

  /// While muted, frames that the channel accepts are not printed (everything else is).
  void mute(bool on) { muted_ = on; }

  void poll() {
    wire_.receive([&](const nf::Decoded& d) {
      if (d.status != nf::Decode::frame) {
        std::printf("  %-26s undecodable (%s): the peer broke the framing\n", "-> ???",
                    str(nf::to_string(d.status)).c_str());
        const auto so = session_.dispatch(ses::Event::violation);
        std::printf("  %-26s %s\n", "", describe(so).c_str());
        if (so.send_protocol_error()) answer(nf::protocol_error("malformed-frame", session_.generation()));
        return;
      }
      const auto a = nf::apply(session_, d.frame);
      if (!a.channel_frame) {
        std::printf("  -> %-23s %s\n", describe(d.frame).c_str(), describe(a.session).c_str());
        if (a.session.send_protocol_error()) answer(nf::protocol_error("violation", session_.generation()));
        return;
      }
      const auto& f = a.frame;
      std::string what;
      if (f.gate.disposition != Disposition::transition) {
        what = f.reason == pv::Reason::stale
                   ? "stale: generation " + std::to_string(d.frame.generation) + " < " +
                         std::to_string(session_.generation()) + ", counted, not applied"
                   : "session " + str(phasegen::to_string(f.disposition)) + " " +
                         (f.reason == pv::Reason::future_generation ? str(to_string(f.reason)) : str(to_string(f.gate.code)));
      } else {
        what = describe(f.channel);
      }
      if (!(muted_ && f.disposition == Disposition::transition))
        std::printf("  -> %-23s %s\n", describe(d.frame).c_str(), what.c_str());
      if (f.escalated) {
        std::printf("  %-26s escalates: %s\n", "", describe(f.escalation).c_str());
        if (f.send_protocol_error()) {
          const auto rule = f.reason != pv::Reason::none       ? to_string(f.reason)
                            : f.channel.code != rx::Code::none ? to_string(f.channel.code)
                                                               : to_string(f.gate.code);
          answer(nf::protocol_error(rule, session_.generation()));
        }
      }
    });
    flush_grants();
  }

  void bind(std::uint64_t id) { local("bind ch" + std::to_string(id), session_.bind(id)); }

  void consume(std::uint64_t id, std::uint32_t gen) {
    const auto c = session_.consume(id, gen);
    std::string note = describe(c.outcome);
    if (c.item) note = "item " + std::to_string(*c.item) + "; " + note;
    if (c.outcome.emitted(rx::Action::grant_credit)) add_grant(id);
    std::printf("  .. %-23s %s\n", ("consume ch" + std::to_string(id) + " g" + std::to_string(gen)).c_str(), note.c_str());
  }
  void consume(std::uint64_t id) { consume(id, session_.generation()); }

  void drop(std::uint64_t id) {
    const auto d = session_.drop_receiver(id);
    std::printf("  .. %-23s %s; %zu queued item(s) discarded, counted\n", ("drop_receiver ch" + std::to_string(id)).c_str(),
                describe(d.outcome).c_str(), d.discarded);
    if (d.outcome.emitted(rx::Action::send_reset)) {
      nf::Frame r;
      r.type = nf::Type::reset;
      r.channel = id;
      r.generation = session_.generation();
      answer(r);
    }
  }

  void flush_grants() {  // grant_credit actions coalesced into one GrantCredit per channel
    for (auto& [id, n] : grants_) {
      if (n == 0) continue;
      nf::Frame g;
      g.type = nf::Type::grant;
      g.channel = id;
      g.generation = session_.generation();
      g.value = n;
      answer(g);
      n = 0;
    }
  }

  void summary() const {
    const auto& it = session_.channels().items();
    std::printf("  summary: session %s, generation %u, %llu stale; items offered %llu = accepted %llu + refused %llu"
                " (+%llu at the session); accepted = delivered %llu + discarded %llu + queued %llu; %s\n",
                str(to_string(session_.state())).c_str(), static_cast<unsigned>(session_.generation()),
                static_cast<unsigned long long>(session_.driver().count(Disposition::stale)),
                static_cast<unsigned long long>(session_.items_offered()),
                static_cast<unsigned long long>(it.accepted), static_cast<unsigned long long>(it.refused),
                static_cast<unsigned long long>(session_.items_refused_at_gate()),
                static_cast<unsigned long long>(it.delivered), static_cast<unsigned long long>(it.discarded),
                static_cast<unsigned long long>(it.queued), session_.items_conserved() ? "conserved" : "NOT CONSERVED");
    if (!session_.items_conserved()) std::exit(1);
  }

 private:
  void local(const std::string& op, const pv::ChannelOutcome& o) {
    std::printf("  .. %-23s %s\n", op.c_str(), describe(o).c_str());
  }
  void add_grant(std::uint64_t id) {
    for (auto& [gid, n] : grants_)
      if (gid == id && n > 0) {
        ++n;
        return;
      }
    for (auto& [gid, n] : grants_)
      if (n == 0) {
        gid = id;
        n = 1;
        return;
      }
    flush_grants();  // every slot busy: send what is pending, then count this one
    add_grant(id);
  }
  void answer(const nf::Frame& f) { wire_.send(f); }

  Wire wire_;
  Session session_;
  std::array<std::pair<std::uint64_t, std::uint64_t>, 8> grants_{};
  bool muted_ = false;
};

/// The fault-injecting peer: sends frames, prints what comes back.
class Peer {
 public:
  explicit Peer(int fd) : wire_(fd) {}
  void send(const nf::Frame& f, const char* fault = nullptr) {
    if (fault) std::printf("  FAULT: %s\n", fault);
    wire_.send(f);
  }
  void send_raw(const std::uint8_t* p, std::size_t n, const char* fault) {
    std::printf("  FAULT: %s\n", fault);
    wire_.send_bytes(p, n);
  }
  void poll() {
    wire_.receive([&](const nf::Decoded& d) {
      if (d.status == nf::Decode::frame)
        std::printf("  <- %s\n", describe(d.frame).c_str());
      else
        std::printf("  <- undecodable (%s)\n", str(nf::to_string(d.status)).c_str());
    });
  }

 private:
  Wire wire_;
};

/// One connection: a fresh socket pair, session and peer.
class Connection {
 public:
  explicit Connection(const char* title) : rx_(pair().second), peer_(fds_.first) { std::printf("\n== %s\n", title); }
  ~Connection() { rx_.summary(); }

  void send(nf::Type t, std::uint64_t ch = 0, std::uint32_t gen = 0, std::uint64_t value = 0, const char* fault = nullptr) {
    nf::Frame f;
    f.type = t;
    f.channel = ch;
    f.generation = gen;
    f.value = value;
    peer_.send(f, fault);
    settle();
  }
  void settle() {
    rx_.poll();
    peer_.poll();
  }
  Receiver& rx() { return rx_; }
  Peer& peer() { return peer_; }

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

}  // namespace

int main() {
  using T = nf::Type;
  std::printf("phasegen demo: vox channels over socketpair(AF_UNIX, SOCK_STREAM); credit %d\n", rx::params::credit);
  std::printf("  -> frame the receiver read, and its outcome;  .. local operation;  <- frame the peer read\n");
  {
    Connection c("1. compliant: items before bind, hand-off, coalesced grants, graceful close; a dropped receiver");
    c.send(T::hello);
    c.send(T::announce, 1);
    for (std::uint64_t v = 100; v < 103; ++v) c.send(T::item, 1, 0, v);
    c.rx().bind(1);
    for (int i = 0; i < 3; ++i) c.rx().consume(1);
    c.settle();
    c.send(T::close, 1);
    c.rx().consume(1);
    c.send(T::announce, 2);
    c.send(T::item, 2, 0, 200);
    c.rx().drop(2);
    c.send(T::item, 2, 0, 201);  // was in flight when the Reset went out
    c.peer().poll();
    c.send(T::close, 2);
  }
  {
    Connection c("2. data after close");
    c.send(T::hello);
    c.send(T::announce, 3);
    c.rx().bind(3);
    c.send(T::item, 3, 0, 300);
    c.send(T::close, 3);
    c.send(T::item, 3, 0, 301, "an item after the channel's Close");
    c.rx().consume(3);  // the stream was complete before the violation: still drainable
    c.rx().consume(3);
  }
  {
    Connection c("3. credit overrun");
    c.send(T::hello);
    c.send(T::announce, 4);
    c.rx().mute(true);
    for (int i = 0; i < rx::params::credit; ++i) c.send(T::item, 4, 0, 400 + static_cast<std::uint64_t>(i));
    c.rx().mute(false);
    std::printf("  -> %-23s each ch4 Announced -> Announced: buffered up to the credit\n",
                ("Item ch4 g0 x" + std::to_string(rx::params::credit)).c_str());
    c.send(T::item, 4, 0, 499, "one item beyond the credit");
  }
  {
    Connection c("4. unknown channel");
    c.send(T::hello);
    c.send(T::item, 99, 0, 9900, "an item for a channel no call announced");
  }
  {
    Connection c("5. disconnect, resume, stale generation, future generation");
    c.send(T::hello);
    c.send(T::announce, 5);
    c.rx().bind(5);
    c.send(T::item, 5, 0, 500);
    c.send(T::item, 5, 0, 501);
    c.send(T::announce, 6);
    c.rx().bind(6);
    c.send(T::close, 6);
    c.send(T::disconnect);
    c.rx().consume(5);
    c.rx().consume(5);
    c.rx().consume(5);  // failed, not closed:
    c.rx().consume(6);  // ...unlike a graceful end
    c.send(T::resume);
    c.send(T::item, 5, 0, 502, "an item of generation 0 after the resume");
    c.send(T::close, 5, 0, 0, "a close of generation 0 after the resume");
    c.send(T::announce, 7, 1);
    c.send(T::item, 7, 1, 700);
    c.rx().bind(7);
    c.rx().consume(7);
    c.settle();
    c.send(T::item, 7, 2, 701, "an item of generation 2, which has not begun");
  }
  {
    Connection c("6. broken framing");
    c.send(T::hello);
    const std::uint8_t garbage[] = {0xff, 0xff, 0x02, 0, 0, 0, 0};
    c.peer().send_raw(garbage, sizeof garbage, "a length field no frame can have");
    c.settle();
  }
  return 0;
}
