// phasegen runtime benchmark (not a test): items per second end to end, what a channel
// costs in memory, and what an operation costs with up to 1M channels registered. Every
// run checks its functional result (counts, order, zero refusals, conservation) and exits
// non-zero if it is wrong, so a fast figure cannot come from skipped work.
//
//   single thread:  peer item -> on_item (rx_channel step, queue push) -> consume (step,
//                   queue pop) on the registry; the same through a Session (the session
//                   machine gates every frame); and the baselines: the same items pushed
//                   and popped, one at a time, on a bare phasegen::Ring of the channel's
//                   capacity and on a hand-written ring (power-of-two, free-running
//                   indices), with the same order check
//   two threads:    the owner (plays the peer, performs every transition) and a consumer
//                   thread pinned to the other CPU, talking only over the bridge's SPSC
//                   rings: the consumer posts waiting consume requests for many items,
//                   credit flows back to the peer as grants, then the peer closes
//   scale:          a registry of capacity 1M; ns per operation with 1K, 64K and 1M
//                   channels registered (a hot set of 8 channels, and uniformly random ones)
//
// usage: phasegen-bench-runtime [ITEMS] [--reps R] [--only single|threads|scale] [--scale-max M]
//                               [--lag-us U]
//   ITEMS defaults to 5,000,000; figures are the median of R runs (default 5), slowest and
//   fastest run in (). The two-thread runs are made twice: with a consumer that polls
//   again the moment a poll finds nothing, and with one that first lets U microseconds
//   pass (default 4; 0 skips those runs): see Backoff.
#include <pthread.h>
#include <sched.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "phasegen/vox/bridge.hpp"
#include "phasegen/vox/registry.hpp"
#include "phasegen/vox/session.hpp"

// Under `valgrind --tool=callgrind` (bench/runtime/run), each single-thread loop is
// dumped on its own, labelled "WHAT CHANNELS ITEMS", for instructions per item.
#include "../bench/measure.hpp"
#define BENCH_PAUSE() BENCH_CPU_PAUSE()

namespace {

namespace pv = phasegen::vox;
namespace rx = vox::rx_channel;
namespace ses = vox::session;
using phasegen::Disposition;
using Clock = std::chrono::steady_clock;

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "bench: functional check failed: %s\n", what);
    std::exit(1);
  }
}

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// Items carry their channel and sequence number, so order can be checked at the consumer.
struct Item {
  std::uint32_t channel = 0;
  std::uint32_t seq = 0;
};

int reps = 5;

double median(std::vector<double> s) {
  std::sort(s.begin(), s.end());
  return s.size() % 2 ? s[s.size() / 2] : (s[s.size() / 2 - 1] + s[s.size() / 2]) / 2;
}

/// Runs `once` (which returns seconds for n items) `reps` times; prints median, slowest, fastest.
void measure(const char* what, std::uint64_t n, const std::function<double()>& once) {
  std::vector<double> s;
  for (int r = 0; r < reps; ++r) s.push_back(once());
  std::sort(s.begin(), s.end());
  const double med = median(s);
  std::printf("  %-58s %8.1f M items/s  (%.1f - %.1f; %llu items, median of %d)\n", what, n / med / 1e6,
              n / s.back() / 1e6, n / s.front() / 1e6, static_cast<unsigned long long>(n), reps);
  std::fflush(stdout);
}

// --- single thread -------------------------------------------------------------------

double single_registry(std::uint64_t n, std::uint64_t channels) {
  pv::ChannelRegistry<Item> reg(64);
  for (std::uint64_t c = 1; c <= channels; ++c) require(reg.bind(c).disposition == Disposition::transition, "bind");
  std::vector<std::uint32_t> seq(channels + 1);
  std::uint64_t bad = 0, c = 1;
  BENCH_CG_BEGIN();
  const auto t0 = Clock::now();
  for (std::uint64_t i = 0; i < n; ++i) {
    const auto o = reg.on_item(c, 0, Item{static_cast<std::uint32_t>(c), seq[c]});
    const auto got = reg.consume(c);
    bad += o.disposition != Disposition::transition || !got.item || got.item->seq != seq[c] ||
           got.item->channel != c;
    ++seq[c];
    c = c == channels ? 1 : c + 1;
  }
  const double s = seconds_since(t0);
  const std::string label = "registry " + std::to_string(channels) + " " + std::to_string(n);
  BENCH_CG_END(label.c_str());  // a named string: the macro reads it after the full expression
  require(bad == 0, "every item accepted and handed out in order");
  require(reg.items().delivered == n && reg.items().refused == 0 && reg.items().queued == 0 && reg.items().conserved(),
          "registry counts");
  return s;
}

double single_session(std::uint64_t n, std::uint64_t channels) {
  pv::Session<Item> session(64);
  require(session.dispatch(ses::Event::handshake_ok).outcome.disposition == Disposition::transition, "handshake");
  for (std::uint64_t c = 1; c <= channels; ++c) require(session.bind(c).disposition == Disposition::transition, "bind");
  std::vector<std::uint32_t> seq(channels + 1);
  std::uint64_t bad = 0, c = 1;
  BENCH_CG_BEGIN();
  const auto t0 = Clock::now();
  for (std::uint64_t i = 0; i < n; ++i) {
    const auto o = session.on_item(c, 0, Item{static_cast<std::uint32_t>(c), seq[c]});
    const auto got = session.consume(c);
    bad += o.disposition != Disposition::transition || !got.item || got.item->seq != seq[c];
    ++seq[c];
    c = c == channels ? 1 : c + 1;
  }
  const double s = seconds_since(t0);
  const std::string label = "session " + std::to_string(channels) + " " + std::to_string(n);
  BENCH_CG_END(label.c_str());
  require(bad == 0, "every item accepted and handed out in order");
  require(session.channels().items().delivered == n && session.items_conserved(), "session counts");
  return s;
}

/// The baseline an expert would write for one channel's queue: a power-of-two ring with
/// free-running 32-bit indices and inline storage; push answers full, pop answers empty.
template <class T, std::uint32_t N>
struct HandRing {
  static_assert(N > 0 && (N & (N - 1)) == 0, "a power of two");
  std::array<T, N> slots{};
  std::uint32_t head = 0, tail = 0;
  bool push(const T& v) noexcept {
    if (tail - head == N) return false;
    slots[tail++ & (N - 1)] = v;
    return true;
  }
  bool pop(T& v) noexcept {
    if (head == tail) return false;
    v = slots[head++ & (N - 1)];
    return true;
  }
};

/// The registry's own queue type (phasegen::Ring<Item, 16>) through its public calls.
struct PhasegenRing {
  pv::ChannelRegistry<Item>::Queue ring;
  bool push(const Item& v) noexcept { return ring.push(v); }
  bool pop(Item& v) noexcept {
    auto got = ring.pop();
    if (got) v = *got;
    return got.has_value();
  }
};

/// The same items as single_registry on one channel, on a bare ring: push one, pop it,
/// check it, the same check as there. Labelled "ring-KEY 1 N" for callgrind.
template <class Q>
double single_ring(std::uint64_t n, const char* key) {
  auto q = std::make_unique<Q>();
  std::uint32_t seq = 0;
  std::uint64_t bad = 0;
  BENCH_CG_BEGIN();
  const auto t0 = Clock::now();
  for (std::uint64_t i = 0; i < n; ++i) {
    const bool pushed = q->push(Item{1, seq});
    Item got;
    const bool popped = q->pop(got);
    bad += !pushed || !popped || got.seq != seq || got.channel != 1;
    ++seq;
  }
  const double s = seconds_since(t0);
  const std::string label = std::string("ring-") + key + " 1 " + std::to_string(n);
  BENCH_CG_END(label.c_str());
  require(bad == 0, "every item pushed and popped in order");
  return s;
}

// --- two threads ---------------------------------------------------------------------

std::vector<int> cpus_allowed() {
  cpu_set_t set;
  CPU_ZERO(&set);
  std::vector<int> cpus;
  if (sched_getaffinity(0, sizeof set, &set) == 0)
    for (int c = 0; c < CPU_SETSIZE; ++c)
      if (CPU_ISSET(c, &set)) cpus.push_back(c);
  return cpus;
}

std::string pinning = "not pinned";

bool pin(int cpu) {
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  return pthread_setaffinity_np(pthread_self(), sizeof set, &set) == 0;
}

/// Waits politely: spins with pause hints, longer each time it finds nothing to do (so
/// the other side can finish a batch instead of being raced item by item), and yields
/// the CPU once a wait passes some tens of microseconds: two busy threads on two CPUs
/// should not make a system call per empty poll, but when another process shares this
/// CPU with the other side, spinning only burns the time slice the other side needs.
///
/// `lag`: a side that found nothing first lets this much time pass before it looks
/// again (0: it looks again at once). A consumer that polls the moment it has drained
/// the ring reads the answer ring's lines while the owner is still writing them, and
/// each line then crosses between the cores twice; one that lags a few microseconds
/// finds a long run of answers and reads it in one sweep while the owner writes
/// elsewhere in the ring. Throughput for latency: an answer waits up to `lag` longer.
struct Backoff {
  std::chrono::nanoseconds lag{0};
  unsigned idle_rounds = 0;
  void idle() noexcept {
    if (++idle_rounds > 64) {
      std::this_thread::yield();
      return;
    }
    if (lag.count() > 0 && idle_rounds == 1) {
      const auto until = Clock::now() + lag;
      while (Clock::now() < until)
        for (int i = 0; i < 8; ++i) BENCH_PAUSE();
      return;
    }
    for (unsigned i = 0, n = 1u << std::min(idle_rounds, 6u); i < n; ++i) BENCH_PAUSE();
  }
  void busy() noexcept { idle_rounds = 0; }
};

/// `lag`: how long the consumer lets pass after a poll that found nothing (Backoff).
double two_threads(std::uint64_t n, std::uint64_t channels, int owner_cpu, int consumer_cpu,
                   std::chrono::nanoseconds lag) {
  constexpr std::uint32_t want = 256;    // items per consume request
  constexpr int requests_per_channel = 2;  // outstanding, so that demand never runs dry
  auto reg = std::make_unique<pv::ChannelRegistry<Item>>(64);
  auto bridge = std::make_unique<pv::Bridge<Item, 1024>>();
  for (std::uint64_t c = 1; c <= channels; ++c) require(reg->bind(c).disposition == Disposition::transition, "bind");
  std::atomic<int> ready{0};
  std::atomic<bool> consumer_done{false};
  // The consumer's results, written once at its end: counters it bumped per item in the
  // owner's stack frame would share cache lines with the owner's own variables.
  struct alignas(64) Results {
    std::uint64_t delivered = 0, bad = 0;
    bool pinned = true;
  } results;

  std::thread consumer([&] {
    const bool pinned = consumer_cpu < 0 || pin(consumer_cpu);
    ready.fetch_add(1);
    while (ready.load() < 2) {
    }
    std::uint64_t delivered = 0, consumer_bad = 0, closed = 0;
    std::vector<std::uint32_t> next(channels + 1);
    std::vector<int> outstanding(channels + 1);
    std::vector<bool> done(channels + 1);
    int total_outstanding = 0;
    Backoff wait{lag};
    while (closed < channels || total_outstanding > 0) {
      for (std::uint64_t c = 1; c <= channels; ++c)
        while (!done[c] && outstanding[c] < requests_per_channel &&
               bridge->request({pv::Request::Kind::consume, 0, c, want, true}) == phasegen::Push::pushed) {
          ++outstanding[c];
          ++total_outstanding;
        }
      const std::size_t got = bridge->poll_n(256, [&](pv::Delivery<Item>&& d) noexcept {
        const std::uint64_t c = d.request.id;
        for (const Item& item : d) {
          consumer_bad += item.channel != c || item.seq != next[c];
          ++next[c];
          ++delivered;
        }
        if (d.outcome.disposition != Disposition::transition) {  // what ended the request
          if (d.outcome.code == rx::Code::channel_closed && !done[c]) done[c] = true, ++closed;
          else if (d.outcome.code != rx::Code::channel_closed) ++consumer_bad;  // waiting: items or the end only
        }
        if (d.final) --outstanding[c], --total_outstanding;
      });
      if (got) wait.busy();
      else wait.idle();
    }
    results.delivered = delivered;
    results.bad = consumer_bad;
    results.pinned = pinned;
    consumer_done.store(true, std::memory_order_release);
  });

  bool pinned_owner = owner_cpu < 0 || pin(owner_cpu);
  ready.fetch_add(1);
  while (ready.load() < 2) {
  }
  // The peer's side of each channel (its credit window, its next sequence number), each
  // on a cache line of its own: as two small vectors they shared a line with other
  // allocations of this thread, and the owner's ++window in on_answer was a fifth of
  // its bridge time (perf annotate).
  struct alignas(64) Peer {
    int window = rx::params::credit;
    std::uint32_t seq = 0;
  };
  std::vector<Peer> peer(channels + 1);
  std::uint64_t sent = 0, refused = 0;
  bool closing_sent = false;
  Backoff wait;
  const auto t0 = Clock::now();
  while (!consumer_done.load(std::memory_order_acquire)) {
    std::uint64_t did = 0;
    for (std::uint64_t c = 1; c <= channels && sent < n; ++c)
      for (; peer[c].window > 0 && sent < n; --peer[c].window, ++sent, ++did)
        refused +=
            reg->on_item(c, 0, Item{static_cast<std::uint32_t>(c), peer[c].seq++}).disposition != Disposition::transition;
    if (sent == n && !closing_sent) {  // the peer ends every stream
      for (std::uint64_t c = 1; c <= channels; ++c)
        refused += reg->on_close(c, 0).disposition != Disposition::transition;
      closing_sent = true;
    }
    did += bridge->pump(*reg, [&](const pv::Request& r, const pv::ChannelOutcome& o) {
      if (o.emitted(rx::Action::grant_credit)) ++peer[r.id].window;
    });
    if (did) wait.busy();
    else wait.idle();
  }
  consumer.join();
  const double s = seconds_since(t0);
  if (!pinned_owner || !results.pinned) pinning = "PINNING FAILED: threads float";
  require(sent == n && results.delivered == n && refused == 0 && results.bad == 0, "two-thread counts and order");
  const auto& items = reg->items();
  require(items.offered == n && items.delivered == n && items.queued == 0 && items.refused == 0 && items.conserved(),
          "two-thread conservation");
  for (std::uint64_t c = 1; c <= channels; ++c) require(reg->state(c, 0) == rx::State::Closed, "every channel closed");
  require(bridge->in_progress() == 0, "every request answered");
  return s;
}

// --- scale ---------------------------------------------------------------------------

struct XorShift {
  std::uint64_t x = 0x9e3779b97f4a7c15ULL;
  std::uint64_t operator()() noexcept {
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return x;
  }
};

void scale(std::uint64_t max_channels, std::uint64_t ops) {
  using Registry = pv::ChannelRegistry<Item>;
  auto reg = std::make_unique<Registry>(max_channels);
  std::vector<std::uint32_t> seq(max_channels + 1);
  std::printf("  registry of capacity %llu: %zu table bytes, %.1f bytes per channel\n",
              static_cast<unsigned long long>(max_channels), reg->table_bytes(),
              static_cast<double>(reg->table_bytes()) / static_cast<double>(max_channels));
  std::printf("  %-12s %12s %16s %16s\n", "registered", "bind ns", "hot 8: ns/op", "uniform: ns/op");
  std::uint64_t registered = 0;
  XorShift rng;
  for (std::uint64_t target : {std::uint64_t{1024}, std::uint64_t{65536}, max_channels}) {
    if (target > max_channels || target <= registered) continue;
    const auto tb = Clock::now();
    const std::uint64_t from = registered;
    for (; registered < target; ++registered)
      require(reg->bind(registered + 1).disposition == Disposition::transition, "bind");
    const double bind_ns = seconds_since(tb) * 1e9 / static_cast<double>(target - from);
    require(reg->size() == target, "registered");

    // One operation = one frame or local call: on_item + consume is two.
    auto run = [&](auto pick) {
      std::vector<double> s;
      for (int r = 0; r < reps; ++r) {
        std::uint64_t bad = 0;
        const auto t0 = Clock::now();
        for (std::uint64_t i = 0; i < ops / 2; ++i) {
          const std::uint64_t c = pick(i);
          const auto o = reg->on_item(c, 0, Item{static_cast<std::uint32_t>(c), seq[c]});
          const auto got = reg->consume(c);
          bad += o.disposition != Disposition::transition || !got.item || got.item->seq != seq[c];
          ++seq[c];
        }
        s.push_back(seconds_since(t0));
        require(bad == 0, "scale: every item accepted and handed out in order");
      }
      std::sort(s.begin(), s.end());
      return s[s.size() / 2] * 1e9 / static_cast<double>(ops / 2 * 2);
    };
    const std::uint64_t stride = target / 8;
    const double hot = run([&](std::uint64_t i) { return (i % 8) * stride + 1; });
    const double uniform = run([&](std::uint64_t) { return rng() % target + 1; });
    std::printf("  %-12llu %12.1f %16.1f %16.1f\n", static_cast<unsigned long long>(target), bind_ns, hot, uniform);
    std::fflush(stdout);
  }
  require(reg->items().refused == 0 && reg->items().queued == 0 && reg->items().conserved(), "scale conservation");
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t n = 5'000'000, scale_max = 1u << 20;
  std::int64_t lag_ns = 4000;  // the lagging consumer's wait after an empty poll (0: not run)
  std::string only;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--reps" && i + 1 < argc) reps = std::atoi(argv[++i]);
    else if (a == "--only" && i + 1 < argc) only = argv[++i];
    else if (a == "--scale-max" && i + 1 < argc) scale_max = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--lag-us" && i + 1 < argc) lag_ns = static_cast<std::int64_t>(std::atof(argv[++i]) * 1000);
    else if (!a.empty() && a[0] != '-') n = std::strtoull(a.c_str(), nullptr, 10);
    else require(false, "usage: phasegen-bench-runtime [ITEMS] [--reps R] [--only single|threads|scale] [--scale-max M] "
                    "[--lag-us U]");
  }
  require(n > 0 && reps > 0, "ITEMS > 0 and --reps > 0");
  using Registry = pv::ChannelRegistry<Item>;
  const Registry reg(1024);
  std::printf("phasegen runtime benchmark (%llu items, credit %d)\n", static_cast<unsigned long long>(n),
              rx::params::credit);
  std::printf("  bytes per idle channel: entry %zu (of which queue %zu: %d items of %zu bytes) + index %.1f = %.1f bytes\n",
              Registry::entry_bytes(), sizeof(Registry::Queue), rx::params::credit, sizeof(Item),
              static_cast<double>(reg.table_bytes() - 1024 * Registry::entry_bytes()) / 1024.0,
              static_cast<double>(reg.table_bytes()) / 1024.0);
  if (only.empty() || only == "single") {
    measure("single thread, registry, 1 channel: on_item -> consume", n, [&] { return single_registry(n, 1); });
    measure("single thread, registry, 8 channels round robin", n, [&] { return single_registry(n, 8); });
    measure("single thread, session (frame gate + registry), 1 channel", n, [&] { return single_session(n, 1); });
    // The baselines, interleaved with the registry run they are compared with.
    std::vector<double> reg_s, ring_s, hand_s;
    for (int r = 0; r < reps; ++r) {
      reg_s.push_back(single_registry(n, 1));
      ring_s.push_back(single_ring<PhasegenRing>(n, "phasegen"));
      hand_s.push_back(single_ring<HandRing<Item, 16>>(n, "hand"));
    }
    const double reg_m = median(reg_s), ring_m = median(ring_s), hand_m = median(hand_s);
    std::printf("  bare ring, the same items one at a time (push, pop, check), ns/item, median of %d interleaved:\n", reps);
    std::printf("    registry, 1 channel %.2f   phasegen::Ring %.2f   hand-written ring %.2f   registry / ring %.2fx, / hand %.2fx\n",
                reg_m * 1e9 / n, ring_m * 1e9 / n, hand_m * 1e9 / n, reg_m / ring_m, reg_m / hand_m);
    std::fflush(stdout);
  }
  if (only.empty() || only == "threads") {
    const std::vector<int> cpus = cpus_allowed();
    int owner_cpu = -1, consumer_cpu = -1;
    if (cpus.size() >= 2) {
      owner_cpu = cpus[0];
      consumer_cpu = cpus[1];
      pinning = "owner on CPU " + std::to_string(owner_cpu) + ", consumer on CPU " + std::to_string(consumer_cpu);
    }
    const std::chrono::nanoseconds eager{0}, lagging{lag_ns};
    measure("two threads, owner + consumer, 1 channel", n,
            [&] { return two_threads(n, 1, owner_cpu, consumer_cpu, eager); });
    measure("two threads, owner + consumer, 8 channels", n,
            [&] { return two_threads(n, 8, owner_cpu, consumer_cpu, eager); });
    if (lag_ns > 0) {
      const std::string lags = " (consumer lags " + std::to_string(lag_ns / 1000.0).substr(0, 4) + " us)";
      measure(("two threads, 1 channel" + lags).c_str(), n,
              [&] { return two_threads(n, 1, owner_cpu, consumer_cpu, lagging); });
      measure(("two threads, 8 channels" + lags).c_str(), n,
              [&] { return two_threads(n, 8, owner_cpu, consumer_cpu, lagging); });
    }
    std::printf("  (two threads: %s; after a poll that found nothing the consumer polls again at once, or lags)\n",
                pinning.c_str());
  }
  if (only.empty() || only == "scale") scale(scale_max, 4'000'000);
  return 0;
}
