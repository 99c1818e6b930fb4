// libFuzzer harness: bytes from a hostile peer -> frame decoding -> session -> registry,
// interleaved with local operations. Checks, after every step, that nothing crashed or
// overflowed (ASan, UBSan), that items are conserved (offered = accepted + refused,
// accepted = delivered + discarded + queued), that the registry's table is consistent,
// and that every decoded frame re-encodes to the bytes it came from.
//
// Input: byte 0 picks the table capacity (1..8); then a sequence of ops, each one byte
// (+ operands): frames (most ops) are decoded from the bytes that follow.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "../examples/net_frames.hpp"
#include "phasegen/vox/session.hpp"

namespace {

namespace nf = netframes;
namespace ses = vox::session;
using Session = phasegen::vox::Session<std::uint64_t>;
using phasegen::Disposition;

void check(bool ok) {
  if (!ok) std::abort();  // libFuzzer reports the input
}

// Every outcome the caller sees is looked at: a disposition in range.
template <class O>
void seen(const O& o) {
  check(static_cast<std::size_t>(o.disposition) < 5);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  Session s(1 + data[0] % 8, 1);
  std::size_t pos = 1;
  while (pos < size) {
    const std::uint8_t op = data[pos++];
    const std::uint8_t arg = pos < size ? data[pos] : 0;
    const std::uint64_t id = arg % 6;
    const std::uint32_t gen = s.generation() - (arg & 0x80 && s.generation() > 0 ? 1 : 0);
    switch (op % 10) {
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
    check(s.channels().check_invariants());
    check(s.channels().size() <= s.channels().capacity());
  }
  return 0;
}
