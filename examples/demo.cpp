// phasegen demo: drives the generated vox machines through their lifecycles, including
// invalid events, and prints every outcome.
#include <cstdio>
#include <string_view>

#include "phasegen/driver.hpp"
#include "vox/rx_channel.hpp"
#include "vox/session.hpp"
#include "vox/tx_channel.hpp"

namespace {

template <class M>
void show(phasegen::Driver<M>& d, typename M::Event e, std::uint32_t generation, std::string_view note = {}) {
  const auto o = d.dispatch(e, generation);
  std::string_view code = o.code == M::Code::none ? std::string_view{} : to_string(o.code);
  std::printf("  %-14.*s g%u  %-12.*s -> %-12.*s %-10.*s %-18.*s",
              static_cast<int>(to_string(e).size()), to_string(e).data(), static_cast<unsigned>(generation),
              static_cast<int>(to_string(o.from).size()), to_string(o.from).data(),
              static_cast<int>(to_string(o.to).size()), to_string(o.to).data(),
              static_cast<int>(phasegen::to_string(o.disposition).size()), phasegen::to_string(o.disposition).data(),
              static_cast<int>(code.size()), code.data());
  for (std::size_t a = 0; a < M::action_count; ++a) {
    const auto action = static_cast<typename M::Action>(a);
    if (o.actions & M::bit(action)) std::printf(" emit %.*s", static_cast<int>(to_string(action).size()), to_string(action).data());
  }
  if (!note.empty()) std::printf("  # %.*s", static_cast<int>(note.size()), note.data());
  std::printf("\n");
}

template <class M>
void show(phasegen::Driver<M>& d, typename M::Event e, std::string_view note = {}) {
  show(d, e, d.generation(), note);
}

void invalid(void*, const phasegen::Driver<vox::rx_channel::Machine>& d, vox::rx_channel::Event,
             const vox::rx_channel::Outcome& o) {
  std::printf("  ! invalid-cell hook: channel %llu answered %.*s\n", static_cast<unsigned long long>(d.instance()),
              static_cast<int>(to_string(o.code).size()), to_string(o.code).data());
}

}  // namespace

int main() {
  using RxE = vox::rx_channel::Event;
  using TxE = vox::tx_channel::Event;
  using SE = vox::session::Event;
  std::printf("receiving channel 7 (credit %d): announced by a call, items before bind, close, drain\n",
              vox::rx_channel::params::credit);
  phasegen::Driver<vox::rx_channel::Machine> rx(7, {nullptr, invalid, nullptr});
  show(rx, RxE::announce, "a call names channel 7");
  show(rx, RxE::item, "buffered before the handler binds");
  show(rx, RxE::item);
  show(rx, RxE::bind, "hand-off: same table entry, nothing lost");
  show(rx, RxE::consume);
  show(rx, RxE::close);
  show(rx, RxE::consume, "last queued item");
  show(rx, RxE::item, "data after close");
  show(rx, RxE::consume, "end of stream");
  std::printf("  queued=%d; counts: transition %llu, ignored %llu, rejected %llu, violation %llu\n",
              rx.config().vars.queued, static_cast<unsigned long long>(rx.count(phasegen::Disposition::transition)),
              static_cast<unsigned long long>(rx.count(phasegen::Disposition::ignored)),
              static_cast<unsigned long long>(rx.count(phasegen::Disposition::rejected)),
              static_cast<unsigned long long>(rx.count(phasegen::Disposition::violation)));

  std::printf("\nreceiving channel 9: never announced\n");
  phasegen::Driver<vox::rx_channel::Machine> unknown(9);
  show(unknown, RxE::item, "ids never announced are a violation");

  std::printf("\nsending channel 4: credit used up, then a grant, then the receiver resets\n");
  phasegen::Driver<vox::tx_channel::Machine> tx(4);
  for (int i = 0; i < vox::tx_channel::params::credit; ++i)
    if (tx.dispatch(TxE::send).disposition != phasegen::Disposition::transition) return 1;
  std::printf("  (sent %d items)\n", vox::tx_channel::params::credit);
  show(tx, TxE::send, "backpressure is an outcome");
  show(tx, TxE::grant);
  show(tx, TxE::send);
  show(tx, TxE::reset, "the receiver dropped its Rx");
  show(tx, TxE::send, "distinguishable from a transport failure");

  std::printf("\nsession: disconnect, stale event, resume\n");
  phasegen::Driver<vox::session::Machine> session(1);
  show(session, SE::handshake_ok);
  show(session, SE::conduit_break, "every live channel fails");
  show(session, SE::resume_ok);
  if (!session.begin_generation()) return 1;
  show(session, SE::frame, 0, "a frame of generation 0 after the resume");
  show(session, SE::frame, 1);
  show(session, SE::shutdown);
  return 0;
}
