// phasegen runtime benchmark (not a test): items per second end to end, and the memory a
// channel costs. Every run checks its functional result (counts, order, zero refusals,
// conservation) and exits non-zero if it is wrong.
//
//   single-threaded:  on_item -> rx_channel step -> ring -> consume (registry), and the
//                     same through a Session (the session machine gates every frame)
//   two threads:      owner (peer + every transition) and a consumer thread, over the
//                     bridge's SPSC rings, with credit flowing back as grants
//
// usage: phasegen-bench-runtime [ITEMS]   (default 5,000,000)
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <thread>

#include "phasegen/vox/bridge.hpp"
#include "phasegen/vox/registry.hpp"
#include "phasegen/vox/session.hpp"

namespace {

namespace pv = phasegen::vox;
namespace rx = vox::rx_channel;
namespace ses = vox::session;
using phasegen::Disposition;
using Clock = std::chrono::steady_clock;

constexpr std::uint64_t channels = 8;

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "bench: functional check failed: %s\n", what);
    std::exit(1);
  }
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

void report(const char* what, std::uint64_t n, double s) {
  std::printf("  %-52s %12.0f items/s  (%llu items in %.3f s)\n", what, static_cast<double>(n) / s,
              static_cast<unsigned long long>(n), s);
}

// Items carry their channel and sequence number, so order can be checked at the consumer.
struct Item {
  std::uint32_t channel = 0;
  std::uint32_t seq = 0;
};

void single_threaded_registry(std::uint64_t n) {
  pv::ChannelRegistry<Item> reg(64);
  for (std::uint64_t c = 1; c <= channels; ++c) require(reg.bind(c).disposition == Disposition::transition, "bind");
  std::array<std::uint32_t, channels + 1> seq{};
  const auto t0 = Clock::now();
  for (std::uint64_t i = 0; i < n; ++i) {
    const std::uint64_t c = i % channels + 1;
    const auto o = reg.on_item(c, 0, Item{static_cast<std::uint32_t>(c), seq[c]});
    const auto got = reg.consume(c);
    if (o.disposition != Disposition::transition || !got.item || got.item->seq != seq[c]) require(false, "item");
    ++seq[c];
  }
  const double s = seconds_since(t0);
  require(reg.items().delivered == n && reg.items().refused == 0 && reg.items().conserved(), "registry counts");
  report("single thread, registry: on_item -> ring -> consume", n, s);
}

void single_threaded_session(std::uint64_t n) {
  pv::Session<Item> session(64);
  require(session.dispatch(ses::Event::handshake_ok).outcome.disposition == Disposition::transition, "handshake");
  for (std::uint64_t c = 1; c <= channels; ++c) require(session.bind(c).disposition == Disposition::transition, "bind");
  std::array<std::uint32_t, channels + 1> seq{};
  const auto t0 = Clock::now();
  for (std::uint64_t i = 0; i < n; ++i) {
    const std::uint64_t c = i % channels + 1;
    const auto o = session.on_item(c, 0, Item{static_cast<std::uint32_t>(c), seq[c]});
    const auto got = session.consume(c);
    if (o.disposition != Disposition::transition || !got.item || got.item->seq != seq[c]) require(false, "item");
    ++seq[c];
  }
  const double s = seconds_since(t0);
  require(session.channels().items().delivered == n && session.items_conserved(), "session counts");
  report("single thread, session: frame gate + registry", n, s);
}

void two_threads(std::uint64_t n) {
  pv::ChannelRegistry<Item> reg(64);
  pv::Bridge<Item, 1024> bridge;
  for (std::uint64_t c = 1; c <= channels; ++c) require(reg.bind(c).disposition == Disposition::transition, "bind");
  std::atomic<bool> done{false};
  std::uint64_t delivered = 0, out_of_order = 0;

  const auto t0 = Clock::now();
  std::thread consumer([&] {
    std::array<std::uint32_t, channels + 1> next{};
    std::array<int, channels + 1> outstanding{};
    while (delivered < n) {
      for (std::uint64_t c = 1; c <= channels; ++c)
        while (outstanding[c] < 32 && bridge.request({pv::Request::Kind::consume, 0, c}) == phasegen::Push::pushed)
          ++outstanding[c];
      bool progress = false;
      while (auto d = bridge.poll()) {
        progress = true;
        --outstanding[d->request.id];
        if (d->item) {
          out_of_order += d->item->seq != next[d->request.id]++;
          ++delivered;
        }
      }
      if (!progress) std::this_thread::yield();
    }
    done.store(true, std::memory_order_release);
  });

  std::array<int, channels + 1> window{};
  std::array<std::uint32_t, channels + 1> seq{};
  window.fill(rx::params::credit);
  std::uint64_t sent = 0, refused = 0;
  std::uint64_t c = 1;
  while (!done.load(std::memory_order_acquire)) {
    for (int k = 0; k < 64 && sent < n; ++k, c = c % channels + 1) {
      if (window[c] == 0) continue;
      const auto o = reg.on_item(c, 0, Item{static_cast<std::uint32_t>(c), seq[c]++});
      refused += o.disposition != Disposition::transition;
      --window[c];
      ++sent;
    }
    if (bridge.pump(reg, [&](const pv::Delivery<Item>& d) {
          if (d.outcome.emitted(rx::Action::grant_credit)) ++window[d.request.id];
        }) == 0)
      std::this_thread::yield();
  }
  consumer.join();
  // Requests the consumer still had outstanding are answered (queue-empty) by a last pump.
  while (bridge.pump(reg, [](const pv::Delivery<Item>&) {}) > 0) {
  }
  const double s = seconds_since(t0);
  require(sent == n && delivered == n && refused == 0 && out_of_order == 0, "two-thread counts");
  require(reg.items().delivered == n && reg.items().queued == 0 && reg.items().conserved(), "two-thread conservation");
  report("two threads: owner + consumer over SPSC rings", n, s);
}

}  // namespace

int main(int argc, char** argv) {
  const std::uint64_t n = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 5'000'000;
  require(n > 0, "ITEMS > 0");
  using Registry = pv::ChannelRegistry<Item>;
  const Registry reg(1024);
  std::printf("phasegen runtime benchmark (%llu items, %llu channels, credit %d)\n", static_cast<unsigned long long>(n),
              static_cast<unsigned long long>(channels), rx::params::credit);
  std::printf("  bytes per idle channel: entry %zu (8-byte items: ring %zu) + index %.1f = %.1f bytes"
              " (table of 1024: %zu bytes)\n",
              Registry::entry_bytes(), sizeof(Registry::Queue), static_cast<double>(reg.table_bytes() - 1024 * Registry::entry_bytes()) / 1024.0,
              static_cast<double>(reg.table_bytes()) / 1024.0, reg.table_bytes());
  single_threaded_registry(n);
  single_threaded_session(n);
  two_threads(n);
  return 0;
}
