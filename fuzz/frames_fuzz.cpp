// libFuzzer harness: bytes from a hostile peer -> frame decoding -> session -> registry,
// interleaved with local operations and a consumer's requests over the bridge. Checks,
// after every step, that nothing crashed or overflowed (ASan, UBSan), that items are
// conserved (offered = accepted + refused, accepted = delivered + discarded + queued),
// that the registry's table is consistent, that every decoded frame re-encodes to the
// bytes it came from, and that the bridge has answered every request it took or holds
// it in progress; at the end, that every request posted got exactly one final answer.
//
// Input: byte 0 picks the table capacity (below 192: 1..8; else 16..2048) and the hash
// key (fixed per input, so a crash reproduces); then a sequence of ops, each one byte
// (+ operands). Frames (ops 0-5) are decoded from the bytes that follow and carry any
// 64-bit channel id; local operations take their id from the last 16 ids seen, so they
// meet the peer's. Bulk ops fill large tables (announce, or announce + bind + close:
// tombstones, then reclaims), and `collide` computes ids whose home slot is one chosen
// slot under the session's key (what a peer that knew the key could do): long probe
// chains, backward-shift deletion across them, wrap-around at the index's end.
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "../examples/net_frames.hpp"
#include "phasegen/vox/bridge.hpp"
#include "phasegen/vox/session.hpp"

namespace {

namespace nf = netframes;
namespace pv = phasegen::vox;
namespace ses = vox::session;
using Session = pv::Session<std::uint64_t>;
using Bridge = pv::Bridge<std::uint64_t, 4, 2>;  // small rings: full answer rings, cut-short requests
using phasegen::Disposition;

void check(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input
}

// Every outcome the caller sees is looked at: a disposition in range.
template <class O>
void seen(const O& o) {
  check(static_cast<std::size_t>(o.disposition) < 5);
}

constexpr std::array<std::size_t, 8> big_capacities = {16, 32, 64, 128, 256, 512, 1024, 2048};

std::uint64_t mix(std::uint64_t x) noexcept {  // splitmix64's finalizer: spreads bulk ids over 64 bits
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

struct Harness {
  pv::HashKey key;
  Session s;
  Bridge bridge;
  std::array<std::uint64_t, 16> ids{0, 1, 2, 3, 4, 5};  // recent ids, for local operations
  std::size_t next_id = 6;
  std::uint64_t posted = 0, finals = 0;
  std::uint64_t counter = 0;  // for bulk ids

  Harness(std::size_t capacity, pv::HashKey k) : key(k), s(capacity, 1, {}, k) {}

  void remember(std::uint64_t id) { ids[next_id++ % ids.size()] = id; }
  std::uint64_t id_of(std::uint8_t arg) const { return ids[arg % ids.size()]; }

  void on_answer(const pv::Request&, const pv::ChannelOutcome& o) { seen(o); }
  void take(const pv::Delivery<std::uint64_t, 2>& d) {
    seen(d.outcome);
    check(d.count <= 2);
    check(d.final || d.count > 0);  // a delivery that does not end its request carries items
    finals += d.final;
  }
  void pump(std::size_t max) {
    (void)bridge.pump(s, [this](const pv::Request& r, const pv::ChannelOutcome& o) { on_answer(r, o); }, max);
    check(bridge.in_progress() <= 4 + 1);
    check(bridge.requests_taken() == bridge.requests_answered() + bridge.in_progress());
  }

  /// Bulk: n channels with fresh ids; kind 0 announces them, 1 also binds and closes them
  /// (tombstones), 2 sends one item to each recent id.
  void bulk(std::uint8_t kind, std::size_t n, std::uint32_t gen) {
    for (std::size_t i = 0; i < n; ++i) {
      if (kind % 3 == 2) {
        seen(s.on_item(id_of(static_cast<std::uint8_t>(i)), gen, i));
        continue;
      }
      const std::uint64_t id = mix(++counter);
      remember(id);
      seen(s.announce(id, gen));
      if (kind % 3 == 1) {
        seen(s.bind(id));
        seen(s.on_close(id, gen));
      }
    }
  }

  /// Announces up to n ids whose home slot is `slot` under the session's key (a bounded search).
  void collide(std::size_t slot, std::size_t n, std::uint32_t gen, bool close) {
    const std::size_t mask = s.channels().index_slots() - 1;
    slot &= mask;
    for (std::size_t tries = 0; n > 0 && tries < 16 * (mask + 1) && tries < 1024; ++tries) {
      const std::uint64_t id = mix(++counter);
      if ((pv::detail::siphash13(key, id, gen) & mask) != slot) continue;
      remember(id);
      --n;
      seen(s.announce(id, gen));
      if (close) {
        seen(s.bind(id));
        seen(s.on_close(id, gen));
      }
    }
  }

  /// The end: shut the session down (nothing waits on a failed channel), answer everything.
  void finish() {
    seen(s.dispatch(ses::Event::shutdown).outcome);
    for (int round = 0; round < 64 && finals < posted; ++round) {
      pump(16);
      while (auto d = bridge.poll()) take(*d);
    }
    check(finals == posted);  // every request answered, exactly once
    check(bridge.in_progress() == 0);
  }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::size_t capacity = data[0] < 192 ? 1 + data[0] % 8 : big_capacities[data[0] % big_capacities.size()];
  Harness h(capacity, pv::HashKey{0x5157a4b1c2d3e4f5ULL ^ data[0], data[0]});
  Session& s = h.s;
  std::size_t pos = 1;
  std::size_t steps = 0;
  while (pos < size) {
    const std::uint8_t op = data[pos++];
    const std::uint8_t arg = pos < size ? data[pos] : 0;
    const std::uint8_t arg2 = pos + 1 < size ? data[pos + 1] : 0;
    const std::uint64_t id = h.id_of(arg);
    const std::uint32_t gen = s.generation() - (arg & 0x80 && s.generation() > 0 ? 1 : 0);
    switch (op % 16) {
      case 6: {
        ++pos;
        const auto c = s.consume(id, gen);
        seen(c.outcome);
        check(c.item.has_value() == (c.outcome.disposition == Disposition::transition));
        break;
      }
      case 7:
        ++pos;
        seen(s.drop_receiver(id, gen).outcome);
        break;
      case 8:
        ++pos;
        seen(s.bind(id));
        break;
      case 9: {
        ++pos;
        const auto e = static_cast<ses::Event>(arg % ses::event_count);
        seen(s.dispatch(e, gen).outcome);
        break;
      }
      case 10:
        pos += 2;
        h.bulk(arg2, 1 + arg % 64 * (capacity / 64 + 1), s.generation());
        break;
      case 11:
        pos += 2;
        h.collide(arg2 * 31u, 1 + arg % 32, s.generation(), arg & 0x40);
        break;
      case 12: {  // the consumer posts a request (its answers are checked in take())
        pos += 2;
        pv::Request r{pv::Request::Kind::consume, gen, id, static_cast<std::uint32_t>(arg2 % 20), (arg2 & 0x20) != 0};
        if (arg2 >= 0xf0) r.kind = pv::Request::Kind::drop_receiver;
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
          (void)h.bridge.poll_n(1 + arg % 4, [&](pv::Delivery<std::uint64_t, 2>&& d) noexcept { h.take(d); });
        }
        break;
      case 15: {  // the owner's sweep: list unbound channels, release the older ones
        ++pos;
        std::size_t listed = 0, older = 0;
        s.for_each_unbound([&](const pv::UnboundChannel& u) {
          ++listed;
          older += u.generation < s.generation();
          check(u.queued <= static_cast<std::size_t>(vox::rx_channel::params::credit));
        });
        check(listed <= s.channels().size());
        if (arg & 1) {
          const auto r = s.release_unbound();
          check(r.channels == older);
        }
        break;
      }
      default: {  // a frame from the wire
        const nf::Decoded d = nf::decode(data + pos, size - pos);
        if (d.status == nf::Decode::need_more) {
          pos = size;
          break;
        }
        if (d.status != nf::Decode::frame) {  // the framing is broken: the session ends
          seen(s.dispatch(ses::Event::violation).outcome);
          pos += 1;
          break;
        }
        std::uint8_t again[nf::max_frame];
        check(nf::encode(d.frame, again) == d.consumed && std::memcmp(again, data + pos, d.consumed) == 0);
        h.remember(d.frame.channel);
        const auto a = nf::apply(s, d.frame);
        if (a.channel_frame) {
          seen(a.frame);
          check(!a.frame.escalated || a.frame.disposition == Disposition::violation);
        } else {
          seen(a.session.outcome);
        }
        pos += d.consumed;
      }
    }
    check(s.items_conserved());
    if (capacity <= 64 || ++steps % 64 == 0) check(s.channels().check_invariants());  // O(capacity)
    check(s.channels().size() <= s.channels().capacity());
  }
  check(s.channels().check_invariants());
  h.finish();
  check(s.items_conserved());
  return 0;
}
