// Threads, over HTTP/2 (spec/http2/) and the generic runtime only: the owner thread plays
// the peer and performs every transition (a phasegen::Session of the generated connection
// machine over a phasegen::ChannelTable of the generated stream machine); a consumer thread
// reads the streams through a phasegen::Bridge (two SPSC rings). A third SPSC ring carries
// what a server's framing layer would tell its application: "stream N was opened".
//
// The peer is compliant most of the time (DATA within both windows, END_STREAM, RST_STREAM,
// WINDOW_UPDATEs that fit, PRIORITY, DATA still in flight after our RST_STREAM) and hostile
// at the end of each connection, in turn: frames before SETTINGS, DATA past the windows,
// DATA after END_STREAM, a WINDOW_UPDATE past the maximum, DATA on an idle stream; or the
// connection ends by GOAWAY (streams above the last id failed), by a transport failure, or
// by our shutdown. Then a new connection. The owner checks every outcome against what the
// peer's own view (its windows, the stream states it drove) says the spec answers. The
// consumer reads with waiting requests, sometimes without waiting, and cancels some streams.
//
// Asserted: conservation (every DATA frame offered is delivered to the consumer, refused
// with an outcome, discarded with its stream, or still queued), every refusal and every
// discard reported by an outcome, per-stream delivery order = send order, every request
// answered once. Bounded: a fixed number of DATA frames, then the peer stops and the last
// connection is shut down, which ends every request; a deadline only guards against a hang.
// Suite 'threads', also run under ThreadSanitizer by tools/run-tests.
#include <doctest/doctest.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
#include <vector>

#include "http2/http2_conn.roles.hpp"
#include "phasegen/bridge.hpp"
#include "phasegen/channels.hpp"
#include "phasegen/session.hpp"
#include "phasegen/spsc.hpp"

using phasegen::Disposition;
using phasegen::Push;
using phasegen::Reason;
namespace st = http2::stream;
namespace cn = http2::connection;

namespace {

struct Item {
  std::uint64_t stream = 0;
  std::uint32_t seq = 0;
};
using Streams = phasegen::ChannelTable<st::Roles, Item>;
using Conn = phasegen::Session<cn::SessionRoles, Streams>;
using SE = st::Event;
using SS = st::State;
using CE = cn::Event;
using CS = cn::State;
using StreamOutcome = phasegen::ChannelOutcome<st::Machine>;

constexpr int buf = st::params::buf;
constexpr int max_window = st::params::max_window;
constexpr int initial_window = st::params::initial_window;
constexpr int conn_window = cn::params::window;
static_assert(max_window > initial_window, "a WINDOW_UPDATE can overflow a fresh stream's send window");

constexpr std::size_t slots = 6;  // streams the peer drives at once
// Live entries: the peer's streams, streams we both ended whose DATA is unread (at most
// conn_window of them: every unread frame holds a frame of connection window), one more
// for a hostile act; the rest is room for tombstones (reclaimed as needed).
constexpr std::size_t table_capacity = 24;
static_assert(slots + conn_window + 1 < table_capacity);

/// How a connection ends (connection k ends the k-th way, cyclically).
enum class End : std::uint8_t {
  shutdown,         // we close it: GOAWAY out, every stream failed
  preface,          // the peer's first frame is HEADERS, not SETTINGS
  goaway,           // the peer's GOAWAY: streams above its last id failed, the others finish
  overrun,          // the peer floods DATA past the windows: FLOW_CONTROL_ERROR
  conduit_break,    // the transport fails: streams failed, no GOAWAY
  data_after_end,   // DATA after END_STREAM: STREAM_CLOSED
  window_overflow,  // a WINDOW_UPDATE past the maximum send window: FLOW_CONTROL_ERROR
  idle_data,        // DATA on a stream never opened: PROTOCOL_ERROR
};
constexpr std::size_t end_kinds = 8;

struct SplitMix {
  std::uint64_t x;
  std::uint64_t operator()() noexcept {
    std::uint64_t z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
};

/// The peer's view of one stream it drives.
struct PeerStream {
  std::uint64_t id = 0;       // 0: a free slot
  std::uint32_t seq = 0;      // DATA frames accepted so far (the next one's seq)
  std::uint32_t to_send = 0;  // DATA frames still to send before END_STREAM
  int window = buf;           // its receive window on our side (WINDOW_UPDATEs it got back)
  int send_window = initial_window;  // our send window, as its WINDOW_UPDATEs left it
  int in_flight = -1;         // >= 0: we reset it; DATA frames it sends before it learns so
  bool peer_ended = false;
  bool we_ended = false;
  bool we_end_first = false;
};

/// The accounting of every connection, added up as each closes.
struct Totals {
  std::uint64_t session_offered = 0, refused_at_gate = 0, offered = 0, accepted = 0, refused = 0, delivered = 0,
                discarded = 0, queued = 0, reclaimed = 0, escalations = 0, too_many = 0, connections = 0;
};

struct Result {
  // owner
  std::uint64_t sent = 0, refused_seen = 0, ignored_after_reset = 0, rst_discards = 0, fail_discards = 0;
  std::uint64_t window_updates = 0, cancels = 0, credits = 0, hostile = 0, owner_bad = 0, pumped = 0;
  std::array<std::uint64_t, end_kinds> ends{};
  std::vector<std::string> notes;
  Totals t;
  std::unordered_map<std::uint64_t, std::uint32_t> accepted;  // stream -> DATA accepted
  std::uint64_t taken = 0, answered = 0, in_progress = 0;
  bool hung = false;
  // consumer
  std::uint64_t delivered = 0, release_discards = 0, requests = 0, finals = 0, answers = 0, consumer_bad = 0;
  std::uint64_t ended_by[4] = {};  // end_of_stream, stream_closed, not_open, released
  std::vector<std::pair<std::uint64_t, std::uint32_t>> read;  // stream -> DATA delivered
};

/// The consumer's view of one stream it was told about.
struct View {
  std::uint32_t next = 0;        // the next seq it expects
  std::uint32_t cancel_at = ~0u;  // cancels (releases) the stream after this many items
  bool outstanding = false;
  bool released = false;
};

template <std::size_t N, std::size_t K>
Result stress(std::uint64_t seed, std::uint64_t target) {
  using Bridge = phasegen::Bridge<st::Roles, Item, N, K>;
  auto bridge = std::make_unique<Bridge>();
  auto accepts = std::make_unique<phasegen::SpscRing<std::uint64_t, 64>>();
  std::atomic<bool> peer_done{false}, consumer_done{false}, stop{false};
  Result r;

  // --- consumer thread: learns of streams, reads them in order, cancels a few.
  std::thread consumer([&, seed] {
    SplitMix rng{seed ^ 0xc0ffee};
    std::unordered_map<std::uint64_t, View> streams;
    std::vector<std::uint64_t> done;
    auto finish = [&](std::uint64_t id, View& v, int why) {
      ++r.ended_by[why];
      r.read.emplace_back(id, v.next);
      done.push_back(id);
    };
    auto take = [&](typename Bridge::Answer&& d) noexcept {
      ++r.answers;
      const std::uint64_t id = d.request.id;
      const auto it = streams.find(id);
      if (it == streams.end() || !it->second.outstanding) {
        ++r.consumer_bad;  // an answer to no request
        return;
      }
      View& v = it->second;
      for (const Item& item : d) {
        r.consumer_bad += item.stream != id || item.seq != v.next;  // identity and order
        ++v.next;
        ++r.delivered;
      }
      if (!d.final) return;
      ++r.finals;
      v.outstanding = false;
      const StreamOutcome& o = d.outcome;
      if (d.request.kind == phasegen::Request::Kind::release) {
        r.release_discards += d.discarded;
        const bool ok = o.disposition == Disposition::transition
                            ? o.emitted(st::Action::send_rst) && (o.to == SS::ResetSent || o.to == SS::Closed)
                            : (o.disposition == Disposition::ignored && o.code == st::Code::closed) ||
                                  (o.disposition == Disposition::rejected && o.code == st::Code::not_open);
        r.consumer_bad += !ok;
        finish(id, v, 3);
        return;
      }
      if (o.disposition == Disposition::transition) return;  // got every item it asked for
      if (o.code == st::Code::end_of_stream) {
        finish(id, v, 0);  // the peer ended and every frame was read
      } else if (o.code == st::Code::stream_closed) {
        finish(id, v, 1);  // closed, reset, failed with its connection
      } else if (o.code == st::Code::not_open) {
        finish(id, v, 2);  // reclaimed, or its connection is gone: nothing left to read
      } else if (o.code != st::Code::empty) {  // empty: asked without waiting, or no waiting place
        ++r.consumer_bad;
      }
    };
    for (;;) {
      if (stop.load(std::memory_order_relaxed)) break;
      const bool last = peer_done.load(std::memory_order_acquire);
      (void)accepts->try_pop_n(64, [&](std::uint64_t&& id) noexcept {
        View v;
        if (rng() % 24 == 0) v.cancel_at = static_cast<std::uint32_t>(rng() % 4);
        r.consumer_bad += !streams.emplace(id, v).second;  // every stream is opened once
      });
      if (last && streams.empty()) break;
      for (auto& [id, v] : streams) {
        if (v.outstanding || v.released) continue;
        phasegen::Request q{phasegen::Request::Kind::consume, 0, id, 1 + static_cast<std::uint32_t>(rng() % 12),
                            rng() % 4 != 0};
        if (v.next >= v.cancel_at) q = {phasegen::Request::Kind::release, 0, id};
        if (bridge->request(q) != Push::pushed) break;
        v.outstanding = true;
        v.released = q.kind == phasegen::Request::Kind::release;
        ++r.requests;
      }
      const std::size_t got = bridge->poll_n(2 * N, take);
      for (const std::uint64_t id : done) streams.erase(id);
      done.clear();
      if (got == 0) std::this_thread::yield();
    }
    consumer_done.store(true, std::memory_order_release);
  });

  // --- owner (this thread): the peer, the connection's owner, the bridge's pump.
  SplitMix rng{seed};
  std::unique_ptr<Conn> conn;
  std::array<PeerStream, slots> peer{};
  int peer_conn = 0;               // the peer's view of the connection window
  std::uint64_t credited = 0;      // frames of connection window returned (credit) on this connection
  std::uint64_t conn_data = 0, conn_budget = 0, next_stream = 1, conn_no = 0;
  End end_kind = End::shutdown;
  bool going_away = false, finishing = false;

  auto bad = [&](const char* what, std::uint64_t id) {
    ++r.owner_bad;
    if (r.notes.size() < 12) r.notes.push_back(std::string(what) + " (stream " + std::to_string(id) + ")");
  };
  auto retire = [&](PeerStream& p) {
    if (p.id) r.accepted[p.id] = p.seq;
    p = PeerStream{};
  };
  auto find = [&](std::uint64_t id) -> PeerStream* {
    for (auto& p : peer)
      if (p.id == id) return &p;
    return nullptr;
  };
  auto fresh = [&] {
    const std::uint64_t id = next_stream;
    next_stream += 2;  // a client's streams: odd ids, increasing
    return id;
  };
  auto fold = [&] {  // the connection is Closed: check it and add up its accounting
    const auto& it = conn->rx().items();
    if (conn->state() != CS::Closed) bad("folding a connection that is not Closed", 0);
    if (it.queued != 0 || !conn->items_conserved() || !conn->rx().check_invariants())
      bad("a closed connection's accounting", 0);
    Totals& t = r.t;
    t.session_offered += conn->items_offered();
    t.refused_at_gate += conn->items_refused_at_gate();
    t.offered += it.offered;
    t.accepted += it.accepted;
    t.refused += it.refused;
    t.delivered += it.delivered;
    t.discarded += it.discarded;
    t.queued += it.queued;
    t.reclaimed += conn->rx().reclaimed();
    t.escalations += conn->escalations();
    t.too_many += conn->rx().count(Reason::too_many_channels);
    ++t.connections;
    for (auto& p : peer) retire(p);
  };
  /// A peer's connection error: escalated to GOAWAY, every stream failed, Closed.
  auto fatal = [&](const Conn::RxOutcome& f, End kind, bool expected, std::uint64_t id) {
    if (!expected || f.disposition != Disposition::violation || !f.escalated || !f.send_protocol_error() ||
        conn->state() != CS::Closed)
      bad("a hostile frame was not a connection error", id);
    r.fail_discards += f.escalation.failed.discarded;
    ++r.ends[static_cast<std::size_t>(kind)];
    ++r.hostile;
  };

  auto start_connection = [&] {
    if (conn) fold();
    conn = std::make_unique<Conn>(table_capacity, conn_no, phasegen::TraceHook{}, phasegen::HashKey{seed, conn_no});
    end_kind = static_cast<End>(conn_no % end_kinds);
    ++conn_no;
    peer_conn = conn_window;
    credited = 0;
    conn_data = 0;
    conn_budget = 100 + rng() % 700;
    going_away = false;
    if (end_kind == End::preface) {
      const std::uint64_t id = fresh();
      const auto f = conn->rx_frame(SE::headers, id, 0);
      fatal(f, End::preface, f.gate.code == cn::Code::preface && !conn->rx().contains(id, 0), id);
      return;
    }
    const auto s = conn->dispatch(CE::settings);
    if (s.outcome.to != CS::Open) bad("SETTINGS did not open the connection", 0);
  };

  // The peer's frames, each checked against what its view says the spec answers.
  auto send_data = [&](PeerStream& p) {
    const bool routed = peer_conn > 0;
    const auto f = conn->rx_item<SE::data, CE::data_frame>(p.id, 0, Item{p.id, p.seq});
    ++r.sent;
    ++conn_data;
    if ((f.gate.disposition == Disposition::transition) != routed) bad("the connection window", p.id);
    if (f.gate.disposition == Disposition::transition) --peer_conn;
    if (f.disposition != Disposition::transition) ++r.refused_seen;
    if (p.in_flight >= 0) {  // we reset the stream: in flight, ignored
      if (f.disposition != Disposition::ignored || f.channel.code != st::Code::after_reset)
        bad("DATA in flight after our RST_STREAM was not ignored", p.id);
      ++r.ignored_after_reset;
    } else if (f.disposition == Disposition::transition) {
      ++p.seq;
      --p.window;
    } else {
      bad("DATA within both windows was refused", p.id);
    }
    if (f.escalated) bad("compliant DATA escalated", p.id);
  };
  auto peer_end = [&](PeerStream& p) {
    const bool unread = conn->rx().queue_size(p.id, 0) > 0;
    const auto f = conn->rx_frame(SE::end_stream, p.id, 0);
    const SS want = !p.we_ended ? SS::HalfClosedRemote : unread ? SS::Draining : SS::Closed;
    if (f.disposition != Disposition::transition || f.channel.to != want) bad("END_STREAM", p.id);
    p.peer_ended = true;
  };
  auto our_end = [&](PeerStream& p) {
    const bool unread = conn->rx().queue_size(p.id, 0) > 0;
    const auto o = conn->rx_local(SE::send_end_stream, p.id);
    const SS want = !p.peer_ended ? SS::HalfClosedLocal : unread ? SS::Draining : SS::Closed;
    if (o.disposition != Disposition::transition || o.to != want) bad("our END_STREAM", p.id);
    p.we_ended = true;
  };
  auto our_data = [&](PeerStream& p) {
    const auto o = conn->rx_local(SE::send_data, p.id);
    if (p.send_window > 0) {
      if (o.disposition != Disposition::transition) bad("our DATA within the send window", p.id);
      --p.send_window;
    } else if (o.disposition != Disposition::rejected || o.code != st::Code::blocked) {
      bad("our DATA past the send window", p.id);
    }
  };
  auto window_update = [&](PeerStream& p) {
    const int n = 1 + static_cast<int>(rng() % static_cast<std::uint64_t>(max_window - p.send_window));
    const auto f = conn->rx_frame(SE::window_update, p.id, 0, st::Args{static_cast<std::uint8_t>(n)});
    if (f.disposition != Disposition::transition) bad("a WINDOW_UPDATE that fits", p.id);
    p.send_window += n;
  };
  auto peer_rst = [&](PeerStream& p) {
    const std::size_t unread = conn->rx().queue_size(p.id, 0);
    const std::uint64_t before = conn->rx().items().discarded;
    const auto f = conn->rx_frame(SE::rst_stream, p.id, 0);
    if (f.disposition != Disposition::transition || f.channel.to != SS::Closed || f.escalated)
      bad("RST_STREAM on an open stream", p.id);
    if (conn->rx().items().discarded - before != unread || conn->rx().queue_size(p.id, 0) != 0)
      bad("RST_STREAM did not discard the stream's DATA", p.id);
    r.rst_discards += unread;
    retire(p);
  };
  auto step_stream = [&](PeerStream& p) {
    if (p.in_flight >= 0) {  // we reset it: what was in flight, then it stops
      if (p.in_flight == 0)
        retire(p);
      else if (peer_conn > 0)
        send_data(p), --p.in_flight;
      return;
    }
    const std::uint64_t roll = rng() % 100;
    if (!p.peer_ended) {
      if (roll < 1) return peer_rst(p);
      if (roll < 3) {
        const auto f = conn->rx_frame(SE::priority, p.id, 0);
        if (f.disposition != Disposition::ignored || f.channel.code != st::Code::priority) bad("PRIORITY", p.id);
        return;
      }
      if (roll < 8 && p.send_window < max_window) return window_update(p);
      if (roll < 14 && !p.we_ended) return our_data(p);
      if (roll < 17 && p.we_end_first && !p.we_ended) return our_end(p);
      if (p.to_send == 0) return peer_end(p);
      if (p.window > 0 && peer_conn > 0) send_data(p), --p.to_send;
      return;
    }
    if (!p.we_ended) roll < 20 ? our_data(p) : our_end(p);
    if (p.we_ended) retire(p);  // both ended: what is unread drains on the consumer's side
  };

  /// The bridge's callback: what the consumer's reads and cancels put on the wire.
  auto on_answer = [&](const phasegen::Request& q, const StreamOutcome& o) {
    PeerStream* p = find(q.id);
    if (o.disposition == Disposition::transition && o.emitted(st::Action::window_update_out)) {
      ++r.window_updates;  // WINDOW_UPDATE for the stream: one frame of its window back
      if (p && p->in_flight < 0) ++p->window;
    }
    if (o.emitted(st::Action::send_rst)) {  // RST_STREAM(CANCEL)
      ++r.cancels;
      if (p && p->peer_ended)
        retire(*p);
      else if (p)
        p->in_flight = static_cast<int>(rng() % 3);
    }
  };
  /// Connection window back (WINDOW_UPDATE on stream 0) for every DATA frame that no
  /// longer holds any: read, discarded, or ignored after our reset (RFC 9113 §6.9).
  auto return_window = [&] {
    if (conn->state() != CS::Open && conn->state() != CS::GoingAway) return;
    const auto& it = conn->rx().items();
    while (credited < it.offered - it.queued) {
      const auto cr = conn->dispatch(CE::credit);
      if (cr.outcome.disposition != Disposition::transition || !cr.emitted(cn::Action::send_window_update)) {
        bad("credit", 0);
        break;
      }
      ++credited;
      ++peer_conn;
      ++r.credits;
    }
    if (peer_conn != conn->driver().config().vars.conn_window) bad("the peer's connection window", 0);
  };

  /// Ends the connection the way its number says (its DATA budget is spent).
  auto end_connection = [&] {
    switch (end_kind) {
      case End::shutdown:
      case End::preface: {
        const auto so = conn->dispatch(CE::shutdown);
        if (so.outcome.to != CS::Closed || !so.emitted(cn::Action::send_goaway) || !so.emitted(cn::Action::fail_streams))
          bad("shutdown", 0);
        r.fail_discards += so.failed.discarded;
        ++r.ends[static_cast<std::size_t>(End::shutdown)];
        return;
      }
      case End::conduit_break: {
        const auto so = conn->dispatch(CE::conduit_break);
        if (so.outcome.to != CS::Closed || so.emitted(cn::Action::send_goaway) || !so.emitted(cn::Action::fail_streams))
          bad("conduit break", 0);
        r.fail_discards += so.failed.discarded;
        ++r.ends[static_cast<std::size_t>(End::conduit_break)];
        return;
      }
      case End::goaway: {
        const auto so = conn->dispatch(CE::goaway);
        if (so.outcome.to != CS::GoingAway || so.outcome.actions != 0) bad("GOAWAY", 0);
        std::vector<std::uint64_t> ids;
        for (const auto& p : peer)
          if (p.id) ids.push_back(p.id);
        std::sort(ids.begin(), ids.end());
        // fail_if as docs/architecture.md uses it. (In RFC 9113 §6.8 the last stream id bounds
        // the streams the GOAWAY's receiver initiated; a framing layer filters by id parity.)
        const std::uint64_t last = ids.empty() ? 0 : ids[ids.size() / 2];
        const auto failed = conn->rx().fail_if([last](std::uint64_t id) { return id > last; });
        r.fail_discards += failed.discarded;
        for (auto& p : peer)
          if (p.id > last) {
            const SS s = conn->rx().state(p.id, 0);
            if (s != SS::Closed && s != SS::ResetSent) bad("a stream above GOAWAY's last id still open", p.id);
            retire(p);
          }
        going_away = true;  // the rest finish; then we shut down
        return;
      }
      case End::overrun: {  // DATA regardless of the windows, on a stream of its own
        const std::uint64_t id = fresh();
        if (conn->rx_frame(SE::headers, id, 0).disposition != Disposition::transition) bad("HEADERS", id);
        int window = buf;
        std::uint32_t seq = 0;
        for (int i = 0; i <= conn_window + buf; ++i) {
          const bool gate_refuses = peer_conn == 0, stream_refuses = window == 0;
          const auto f = conn->rx_item<SE::data, CE::data_frame>(id, 0, Item{id, seq});
          ++r.sent;
          if (gate_refuses || stream_refuses) {
            ++r.refused_seen;
            fatal(f, End::overrun,
                  gate_refuses ? f.gate.code == cn::Code::flow_control
                               : f.channel.code == st::Code::flow_control && f.gate.disposition == Disposition::transition,
                  id);
            break;
          }
          if (f.disposition != Disposition::transition) bad("DATA within the windows", id);
          --peer_conn, --window, ++seq;
        }
        r.accepted[id] = seq;
        return;
      }
      case End::data_after_end: {
        const std::uint64_t id = fresh();
        if (conn->rx_frame(SE::headers, id, 0).disposition != Disposition::transition) bad("HEADERS", id);
        if (conn->rx_frame(SE::end_stream, id, 0).channel.to != SS::HalfClosedRemote) bad("END_STREAM", id);
        const bool routed = peer_conn > 0;
        const auto f = conn->rx_item<SE::data, CE::data_frame>(id, 0, Item{id, 0});
        ++r.sent, ++r.refused_seen;
        fatal(f, End::data_after_end,
              routed ? f.channel.code == st::Code::stream_closed : f.gate.code == cn::Code::flow_control, id);
        return;
      }
      case End::window_overflow: {
        const std::uint64_t id = fresh();
        if (conn->rx_frame(SE::headers, id, 0).disposition != Disposition::transition) bad("HEADERS", id);
        const auto f = conn->rx_frame(SE::window_update, id, 0,
                                      st::Args{static_cast<std::uint8_t>(max_window - initial_window + 1)});
        fatal(f, End::window_overflow, f.channel.code == st::Code::flow_control, id);
        return;
      }
      case End::idle_data: {
        const std::uint64_t id = fresh();
        const bool routed = peer_conn > 0;
        const auto f = conn->rx_item<SE::data, CE::data_frame>(id, 0, Item{id, 0});
        ++r.sent, ++r.refused_seen;
        fatal(f, End::idle_data,
              routed ? f.channel.code == st::Code::protocol_error && !conn->rx().contains(id, 0)
                     : f.gate.code == cn::Code::flow_control,
              id);
        return;
      }
    }
  };

  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(120);
  while (!consumer_done.load(std::memory_order_acquire)) {
    if (std::chrono::steady_clock::now() > deadline) {  // a hang guard only; never the verdict
      r.hung = true;
      stop.store(true, std::memory_order_relaxed);
      break;
    }
    if (!finishing && (!conn || conn->state() == CS::Closed)) start_connection();
    const std::uint64_t sent_before = r.sent;
    if (!finishing && (conn->state() == CS::Open || conn->state() == CS::GoingAway)) {
      if (!going_away && conn_data < conn_budget)
        for (auto& p : peer)
          if (!p.id && rng() % 2 == 0 && accepts->has_room()) {  // HEADERS: a new stream, announced
            const std::uint64_t id = fresh();
            const auto f = conn->rx_frame(SE::headers, id, 0);
            if (f.disposition != Disposition::transition || f.channel.to != SS::Open) bad("HEADERS", id);
            p = PeerStream{};
            p.id = id;
            p.to_send = 1 + static_cast<std::uint32_t>(rng() % 40);
            p.we_end_first = rng() % 4 == 0;
            if (accepts->try_push(id) != Push::pushed) bad("the accept ring", id);
          }
      for (std::uint64_t k = 1 + rng() % 8; k > 0; --k) {
        PeerStream& p = peer[rng() % slots];
        if (p.id) step_stream(p);
      }
      const bool idle = std::none_of(peer.begin(), peer.end(), [](const PeerStream& p) { return p.id != 0; });
      if (going_away && idle) {
        end_kind = End::shutdown;
        end_connection();
        --r.ends[static_cast<std::size_t>(End::shutdown)];
        ++r.ends[static_cast<std::size_t>(End::goaway)];
      } else if (!going_away && conn_data >= conn_budget) {
        end_connection();
      }
    }
    const std::size_t pumped = bridge->pump(*conn, on_answer);
    r.pumped += pumped;
    return_window();
    if (!finishing && r.sent >= target) {  // the peer stops: the last connection closes, every request ends
      if (conn->live()) {
        const auto so = conn->dispatch(CE::shutdown);
        r.fail_discards += so.failed.discarded;
      }
      finishing = true;
      peer_done.store(true, std::memory_order_release);
    }
    if (pumped == 0 && r.sent == sent_before) std::this_thread::yield();
  }
  consumer.join();
  fold();
  r.taken = bridge->requests_taken();
  r.answered = bridge->requests_answered();
  r.in_progress = bridge->in_progress();
  return r;
}

template <std::size_t N, std::size_t K>
void check_stress(std::uint64_t seed, std::uint64_t target) {
  CAPTURE(N);
  CAPTURE(K);
  CAPTURE(seed);
  const auto t0 = std::chrono::steady_clock::now();
  const Result r = stress<N, K>(seed, target);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  const Totals& t = r.t;
  MESSAGE("ring " << N << ", K " << K << ": " << r.sent << " DATA frames (" << r.hostile << " hostile acts) on "
                  << t.connections << " connections in " << secs << " s: delivered " << r.delivered << ", refused "
                  << t.refused_at_gate + t.refused << " (" << r.ignored_after_reset << " in flight after our reset), "
                  << "discarded " << t.discarded << " (peer resets " << r.rst_discards << ", our cancels "
                  << r.release_discards << ", connections " << r.fail_discards << "), reclaimed " << t.reclaimed
                  << ", " << r.requests << " requests");
  for (const auto& note : r.notes) MESSAGE("owner: " << note);
  REQUIRE_FALSE(r.hung);
  CHECK(r.owner_bad == 0);
  CHECK(r.consumer_bad == 0);

  // Conservation, connection by connection added up, and against what each side saw.
  CHECK(r.sent == t.session_offered);
  CHECK(t.session_offered == t.refused_at_gate + t.offered);
  CHECK(t.offered == t.accepted + t.refused);
  CHECK(t.accepted == t.delivered + t.discarded + t.queued);
  CHECK(t.queued == 0);  // every connection ended, its streams failed
  CHECK(r.delivered == t.delivered);
  CHECK(r.sent == r.delivered + t.refused_at_gate + t.refused + t.discarded + t.queued);
  CHECK(r.refused_seen == t.refused_at_gate + t.refused);  // every refusal was an outcome the peer saw
  CHECK(t.discarded == r.rst_discards + r.release_discards + r.fail_discards);  // every discard was reported
  CHECK(r.window_updates == t.delivered);  // every read returned a frame of stream window

  // Per stream: the consumer read a prefix of what was accepted, in order (checked as it read).
  std::uint64_t accepted = 0;
  for (const auto& [id, n] : r.accepted) accepted += n;
  CHECK(accepted == t.accepted);
  std::uint64_t unknown = 0, over = 0;
  for (const auto& [id, n] : r.read) {
    const auto it = r.accepted.find(id);
    unknown += it == r.accepted.end();
    over += it != r.accepted.end() && n > it->second;
  }
  CHECK(unknown == 0);
  CHECK(over == 0);

  // The bridge: every request answered exactly once.
  CHECK(r.requests == r.finals);
  CHECK(r.taken == r.requests);
  CHECK(r.answered == r.taken);
  CHECK(r.in_progress == 0);
  CHECK(r.pumped == r.answers);

  // Every path was taken: each way a connection ends, in-flight DATA, cancels, reclaim.
  for (std::size_t k = 0; k < end_kinds; ++k) {
    CAPTURE(k);
    CHECK(r.ends[k] > 0);
  }
  const std::uint64_t escalating = r.ends[static_cast<std::size_t>(End::preface)] +
                                   r.ends[static_cast<std::size_t>(End::overrun)] +
                                   r.ends[static_cast<std::size_t>(End::data_after_end)] +
                                   r.ends[static_cast<std::size_t>(End::window_overflow)] +
                                   r.ends[static_cast<std::size_t>(End::idle_data)];
  CHECK(t.escalations == escalating);  // only the hostile acts were connection errors
  CHECK(r.ignored_after_reset > 0);
  CHECK(r.cancels > 0);
  CHECK(r.rst_discards + r.release_discards > 0);
  CHECK(t.reclaimed > 0);
  CHECK(t.too_many == 0);
  CHECK(r.ended_by[0] > 0);
  CHECK(r.ended_by[1] > 0);
  CHECK(r.ended_by[3] > 0);
}

}  // namespace

TEST_CASE("http2 threads: a hostile peer over many connections, a consumer over the bridge: conservation and order") {
  check_stress<64, 4>(1, 60000);
}

TEST_CASE("http2 threads: small rings (more streams than waiting places, answers cut short)") {
  check_stress<4, 1>(2, 16000);
}
