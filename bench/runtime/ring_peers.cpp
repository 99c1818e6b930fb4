// phasegen's SPSC hand-off ring against the rings users would pick instead, side by side
// in one run (not a test). Producer and consumer threads are pinned to two different
// CPUs; both spin (with a pause hint) on full / empty, the same way for every ring. The
// consumer checks that it received exactly 0, 1, ..., n-1 in order; the process exits
// non-zero otherwise, so a fast figure cannot come from skipped work.
//
//   usage: phasegen-bench-rings [--items N] [--reps R] [--caps 64,1024] [--only KEY]
//                               [--single N] [--no-pause]
//   KEY: phasegen, phasegen-pop-n, boost, moody-rwq, moody-circular
//
// --single N: one thread, N items as bursts of capacity/2 pushes then as many pops, for
// instruction counts under `valgrind --tool=callgrind` (cross-thread behaviour is not
// meaningful there, since valgrind runs one thread at a time); each ring's loop is dumped
// on its own, labelled "KEY CAP ITEMS" (bench/runtime/run reads them).
#include <pthread.h>
#include <sched.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <boost/lockfree/spsc_queue.hpp>
#include <readerwriterqueue/readerwritercircularbuffer.h>
#include <readerwriterqueue/readerwriterqueue.h>

#include "phasegen/spsc.hpp"

#include "../measure.hpp"
bool use_pause = true;  // --no-pause: spin without the hint (the same for every ring)
#define BENCH_PAUSE()                  \
  do {                                 \
    if (use_pause) BENCH_CPU_PAUSE();  \
  } while (0)

namespace {

using Clock = std::chrono::steady_clock;
using Value = std::uint32_t;

// --- adapters: push/pop one item, explicit outcome, nothing else.
template <std::size_t N>
struct Phasegen {
  static constexpr const char* name = "phasegen SpscRing";
  static constexpr const char* key = "phasegen";
  phasegen::SpscRing<Value, N> q;
  bool push(Value v) noexcept { return q.try_push(v) == phasegen::Push::pushed; }
  bool pop(Value& v) noexcept {
    auto o = q.try_pop();
    if (!o) return false;
    v = *o;
    return true;
  }
};

template <std::size_t N>
struct PhasegenBatch {  // the same ring, the consumer taking every item available at once
  static constexpr const char* name = "phasegen SpscRing, pop_n(64)";
  static constexpr const char* key = "phasegen-pop-n";
  static constexpr bool batch = true;
  phasegen::SpscRing<Value, N> q;
  bool push(Value v) noexcept { return q.try_push(v) == phasegen::Push::pushed; }
  template <class F>
  std::size_t pop_n(F&& f) noexcept { return q.try_pop_n(64, f); }
};

template <std::size_t N>
struct Boost {
  static constexpr const char* name = "boost::lockfree::spsc_queue";
  static constexpr const char* key = "boost";
  boost::lockfree::spsc_queue<Value, boost::lockfree::capacity<N>> q;  // holds N-1
  bool push(Value v) noexcept { return q.push(v); }
  bool pop(Value& v) noexcept { return q.pop(v); }
};

template <std::size_t N>
struct Moody {
  static constexpr const char* name = "moodycamel::ReaderWriterQueue";
  static constexpr const char* key = "moody-rwq";
  moodycamel::ReaderWriterQueue<Value> q{N};  // try_enqueue never allocates
  bool push(Value v) noexcept { return q.try_enqueue(v); }
  bool pop(Value& v) noexcept { return q.try_dequeue(v); }
};

template <std::size_t N>
struct MoodyCircular {
  static constexpr const char* name = "moodycamel::BlockingRWCircularBuffer";
  static constexpr const char* key = "moody-circular";
  moodycamel::BlockingReaderWriterCircularBuffer<Value> q{N};
  bool push(Value v) noexcept { return q.try_enqueue(v); }
  bool pop(Value& v) noexcept { return q.try_dequeue(v); }
};

template <class Q>
concept Batched = requires { Q::batch; };

[[noreturn]] void fail(const char* what) {
  std::fprintf(stderr, "bench: functional check failed: %s\n", what);
  std::exit(1);
}

std::vector<int> allowed_cpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  std::vector<int> cpus;
  if (sched_getaffinity(0, sizeof set, &set) == 0)
    for (int c = 0; c < CPU_SETSIZE; ++c)
      if (CPU_ISSET(c, &set)) cpus.push_back(c);
  return cpus;
}

bool pin_failed = false;

void pin(int cpu) {
  if (cpu < 0) return;
  cpu_set_t set;
  CPU_ZERO(&set);
  CPU_SET(cpu, &set);
  if (pthread_setaffinity_np(pthread_self(), sizeof set, &set) != 0) pin_failed = true;
}

struct Cpus {
  int producer = -1, consumer = -1;
};

/// One timed run: producer pushes 0..n-1, consumer checks each value. Returns seconds.
template <class Q>
double run(std::uint64_t n, Cpus cpus) {
  auto q = std::make_unique<Q>();
  std::atomic<int> ready{0};
  std::uint64_t received = 0, wrong = 0;
  std::thread consumer([&] {
    pin(cpus.consumer);
    ready.fetch_add(1);
    while (ready.load() < 2) {
    }
    Value expect = 0;
    if constexpr (Batched<Q>) {
      while (received < n) {
        const std::size_t k = q->pop_n([&](Value v) noexcept {
          wrong += v != expect;
          ++expect;
        });
        if (k == 0) BENCH_PAUSE();
        received += k;
      }
    } else {
      Value v;
      while (received < n) {
        if (q->pop(v)) {
          wrong += v != expect;
          ++expect;
          ++received;
        } else {
          BENCH_PAUSE();
        }
      }
    }
  });
  pin(cpus.producer);
  ready.fetch_add(1);
  while (ready.load() < 2) {
  }
  const auto t0 = Clock::now();
  for (std::uint64_t i = 0; i < n; ++i)
    while (!q->push(static_cast<Value>(i))) BENCH_PAUSE();
  consumer.join();
  const double s = std::chrono::duration<double>(Clock::now() - t0).count();
  if (received != n || wrong != 0) fail("the consumer did not see 0..n-1 in order");
  Value v;
  if constexpr (!Batched<Q>)
    if (q->pop(v)) fail("an extra item");
  return s;
}

/// Single thread, for callgrind: bursts of N/2 pushes then N/2 pops.
template <class Q>
void single(std::uint64_t n, std::size_t cap) {
  auto q = std::make_unique<Q>();
  const std::uint64_t burst = cap / 2;
  Value next_in = 0, next_out = 0;
  std::uint64_t wrong = 0;
  BENCH_CG_BEGIN();
  for (std::uint64_t done = 0; done < n; done += burst) {
    for (std::uint64_t k = 0; k < burst; ++k)
      if (!q->push(next_in++)) fail("push refused below capacity");
    if constexpr (Batched<Q>) {
      std::uint64_t got = 0;
      while (got < burst) got += q->pop_n([&](Value v) noexcept { wrong += v != next_out++; });
    } else {
      Value v;
      for (std::uint64_t k = 0; k < burst; ++k) {
        if (!q->pop(v)) fail("pop found nothing");
        wrong += v != next_out++;
      }
    }
  }
  const std::string label = std::string(Q::key) + " " + std::to_string(cap) + " " + std::to_string(next_out);
  BENCH_CG_END(label.c_str());
  if (wrong) fail("order");
  std::printf("%s\t%zu\t%llu items\n", Q::key, cap, static_cast<unsigned long long>(next_out));
}

struct Row {
  std::string name;
  std::size_t cap;
  std::vector<double> secs;
};

template <std::size_t N, template <std::size_t> class... Qs>
void bench_cap(std::uint64_t n, int reps, Cpus cpus, const std::string& only, std::vector<Row>& rows) {
  const std::size_t first = rows.size();
  ((only.empty() || only == Qs<N>::key ? rows.push_back({Qs<N>::name, N, {}}) : void()), ...);
  for (int r = 0; r < reps; ++r) {  // interleaved: drift hits every ring alike
    std::size_t i = first;
    ((only.empty() || only == Qs<N>::key ? rows[i++].secs.push_back(run<Qs<N>>(n, cpus)) : void()), ...);
  }
}

template <std::size_t N, template <std::size_t> class... Qs>
void single_cap(std::uint64_t n, const std::string& only) {
  ((only.empty() || only == Qs<N>::key ? single<Qs<N>>(n, N) : void()), ...);
}

double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t n = 20'000'000, single_n = 0;
  int reps = 5;
  std::string only, caps = "64,1024";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> const char* {
      if (i + 1 >= argc) fail("missing argument value");
      return argv[++i];
    };
    if (a == "--items") n = std::strtoull(next(), nullptr, 10);
    else if (a == "--reps") reps = std::atoi(next());
    else if (a == "--only") only = next();
    else if (a == "--caps") caps = next();
    else if (a == "--single") single_n = std::strtoull(next(), nullptr, 10);
    else if (a == "--no-pause") use_pause = false;
    else fail("usage: phasegen-bench-rings [--items N] [--reps R] [--caps 64,1024] [--only KEY] [--single N] [--no-pause]");
  }
  bool c64 = false, c1024 = false;
  for (std::size_t at = 0; at <= caps.size();) {
    std::size_t end = caps.find(',', at);
    if (end == std::string::npos) end = caps.size();
    const std::string c = caps.substr(at, end - at);
    if (c == "64") c64 = true;
    else if (c == "1024") c1024 = true;
    else fail("--caps: 64 and/or 1024");
    at = end + 1;
  }
#define PEERS Phasegen, PhasegenBatch, Boost, Moody, MoodyCircular
  if (single_n) {
    if (c64) single_cap<64, PEERS>(single_n, only);
    if (c1024) single_cap<1024, PEERS>(single_n, only);
    return 0;
  }
  if (n == 0 || reps < 1) fail("--items and --reps must be positive");
  const std::vector<int> cpus = allowed_cpus();
  Cpus pinned;
  if (cpus.size() >= 2) pinned = {cpus[0], cpus[1]};
  std::vector<Row> rows;
  if (c64) bench_cap<64, PEERS>(n, reps, pinned, only, rows);
  if (c1024) bench_cap<1024, PEERS>(n, reps, pinned, only, rows);
#undef PEERS
  std::printf("SPSC rings: %llu x uint32 per run, producer on CPU %d, consumer on CPU %d%s; %d interleaved runs%s\n",
              static_cast<unsigned long long>(n), pinned.producer, pinned.consumer,
              pin_failed ? " (PINNING FAILED: threads float)" : (cpus.size() < 2 ? " (fewer than 2 CPUs: not pinned)" : ""),
              reps, use_pause ? "" : "; spinning without pause");
  std::printf("%-38s %5s %9s %9s %9s %11s\n", "ring", "cap", "median", "min", "max", "vs phasegen");
  for (const Row& r : rows) {
    // The ratio is taken run by run (each phasegen run and this ring's run of the same
    // round were minutes apart at most), then the median of those ratios.
    const Row* base = nullptr;
    for (const Row& p : rows)
      if (p.cap == r.cap && p.name == Phasegen<64>::name) base = &p;
    std::vector<double> ratio;
    if (base)
      for (std::size_t i = 0; i < r.secs.size(); ++i) ratio.push_back(base->secs[i] / r.secs[i]);
    const auto [lo, hi] = std::minmax_element(r.secs.begin(), r.secs.end());
    std::printf("%-38s %5zu %9.1f %9.1f %9.1f %10.2fx\n", r.name.c_str(), r.cap, n / median(r.secs) / 1e6,
                n / *hi / 1e6, n / *lo / 1e6, base ? median(ratio) : 0.0);
  }
  std::printf("M items/s (median, slowest, fastest run); vs phasegen: this ring's items/s over phasegen SpscRing's, "
              "run by run, median\n");
  return 0;
}
