// phasegen dispatch benchmark (not a test): vox::rx_channel dispatched six ways, side by
// side in one process, on seeded event streams generated before the timed loops.
//
//   generated    vox::rx_channel::step: the generated step (a flat step table, one load)
//   gen-switch   vox::rx_channel::detail::switch_step: the generated nested switch, which
//                was step() before the table (it still computes the table)
//   table        phasegen::table_step<vox::rx_channel::Machine> (interprets rows and cells)
//   switch       a hand-written nested switch (hand_switch.hpp)
//   msm          Boost.MSM back-end state machine, no_transition for the refusals (msm_machine.hpp)
//   statechart   Boost.Statechart, unconsumed_event for the refusals (statechart_machine.hpp)
//
// Workloads (each 2^24 entries by default, one seed): `valid` picks among the events
// whose outcome in the channel's current configuration is a transition, item and consume
// (the data path) 8 times as likely as the others; `uniform` picks uniformly among all 9
// events. Both on one channel and on 4,096 channels (entry i goes to channel h(i), a
// multiplicative hash of i). A channel in a terminal state is recycled (a new channel in
// its slot: `recycle` entries): always in `valid` (nothing else is a transition there),
// with probability 1/8 per entry in `uniform`.
//
// Each timed loop (run<>) is compiled with every call in it inlined where the compiler
// can (gnu::flatten), the same for all six; the streams and checks live in checks.cpp.
//
// Before timing, all six are checked against the generated step: every event on every
// reachable configuration (replayed from a fresh channel), and every outcome of every
// stream in lockstep. Every timed run tallies its outcomes (counts per disposition, the
// sum of the outcomes' bytes, the final configurations) and the tallies of all six must
// be equal, so a fast figure cannot come from skipped work. Any mismatch aborts.
//
// usage: phasegen-bench-dispatch [--events N] [--runs R] [--seed S] [--no-verify] [--tsv]
//        [--callgrind]   one run per variant, each timed loop bracketed by callgrind
//                        client requests (run under valgrind --tool=callgrind
//                        --instr-atstart=no); bench/dispatch/run does both and prints one table

#include "impls.hpp"

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define BENCH_CALLGRIND 1
#else
#define BENCH_CALLGRIND 0
#endif

// Every allocation of the process is counted (Statechart allocates its state objects).
namespace {
std::uint64_t heap_allocs = 0;
std::uint64_t heap_bytes = 0;
// Out of line so that g++ does not pair an inlined operator delete's free() with the
// new-expression it was inlined into (-Wmismatched-new-delete).
[[gnu::noinline]] void release(void* p) noexcept { std::free(p); }
}  // namespace

void* operator new(std::size_t n) {
  ++heap_allocs;
  heap_bytes += n;
  if (void* p = std::malloc(n == 0 ? 1 : n)) return p;
  throw std::bad_alloc();
}
void operator delete(void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }

namespace {

using namespace bench;
using Clock = std::chrono::steady_clock;

// --- the timed loop --------------------------------------------------------------------

/// What a run did; equal across implementations (asserted), so no run can skip work.
struct Tally {
  std::array<std::uint64_t, 4> by_disposition{};
  std::uint64_t signature = 0;  // the sum of the outcomes' bytes, read as one integer
  std::uint64_t recycles = 0;
  std::uint64_t final_configs = 0;  // a hash of every channel's final configuration
  friend bool operator==(const Tally&, const Tally&) = default;
};

std::uint64_t mix(std::uint64_t h, const rx::Config& c) {
  return (h ^ (static_cast<std::uint64_t>(c.state) << 8 | c.vars.queued)) * 0x100000001B3ull;
}

/// An outcome's five bytes as one integer (cheap to fold into a sum).
inline std::uint64_t bits(const Outcome& o) noexcept {
  static_assert(sizeof(Outcome) == 5);
  std::uint64_t w = 0;
  std::memcpy(&w, &o, sizeof o);
  return w;
}

constexpr std::size_t lane_chunk = 65535;  // dispositions are counted in four 16-bit lanes

template <class I, bool Many>
[[gnu::noinline, gnu::flatten]] Tally run(const std::uint8_t* entries, std::size_t n, typename I::Channel* chans) {
  Tally t;
  typename I::Channel local;  // the one channel: a local, as a caller would keep it
  if constexpr (!Many) I::start(local);
  std::uint64_t sig = 0;
  std::uint64_t recycles = 0;
  for (std::size_t first = 0; first < n; first += lane_chunk) {
    const std::size_t last = std::min(n, first + lane_chunk);
    std::uint64_t lanes = 0;
    for (std::size_t i = first; i < last; ++i) {
      typename I::Channel& c = Many ? chans[channel_of(i)] : local;
      const std::uint8_t e = entries[i];
      if (e == recycle_entry) {
        I::recycle(c);
        ++recycles;
        continue;
      }
      const std::uint64_t o = bits(I::dispatch(c, static_cast<Event>(e)));
      lanes += std::uint64_t{1} << ((o & 0xFF) * 16 & 63);  // byte 0: the disposition
      sig += o;
    }
    for (unsigned d = 0; d < 4; ++d) t.by_disposition[d] += (lanes >> (16 * d)) & 0xFFFF;
  }
  t.signature = sig;
  t.recycles = recycles;
  if constexpr (!Many) t.final_configs = mix(0, I::config(local));
  return t;
}

struct Measure {
  std::vector<double> ns;  // per entry, one per run
  double allocs_per_entry = 0;
};

bool callgrind_mode = false;

template <class I>
Tally time_once(const Stream& s, Measure& m) {
  const bool many = s.channels > 1;
  auto chans = fresh_channels<I>(s.channels);  // untimed
  const std::uint64_t a0 = heap_allocs;
  const auto t0 = Clock::now();
#if BENCH_CALLGRIND
  if (callgrind_mode) {
    CALLGRIND_START_INSTRUMENTATION;
    CALLGRIND_ZERO_STATS;
  }
#endif
  Tally t = many ? run<I, true>(s.entries.data(), s.entries.size(), chans.get())
                 : run<I, false>(s.entries.data(), s.entries.size(), chans.get());
#if BENCH_CALLGRIND
  if (callgrind_mode) {
    const std::string label = std::string(I::key) + "@" + s.name;
    CALLGRIND_DUMP_STATS_AT(label.c_str());
    CALLGRIND_STOP_INSTRUMENTATION;
  }
#endif
  const auto t1 = Clock::now();
  const double entries = static_cast<double>(s.entries.size());
  m.ns.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count() / entries);
  m.allocs_per_entry = static_cast<double>(heap_allocs - a0) / entries;
  if (many) {
    for (unsigned k = 0; k < s.channels; ++k) t.final_configs = mix(t.final_configs, I::config(chans[k]));
  }
  return t;
}

/// Bytes a channel costs beyond its vars (`queued`, one byte): the object, plus what it
/// allocates when it starts (Statechart's state object).
template <class I>
std::size_t bytes_per_channel(std::size_t& object, std::size_t& heap) {
  const std::uint64_t b0 = heap_bytes;
  auto* c = new typename I::Channel;
  I::start(*c);
  heap = static_cast<std::size_t>(heap_bytes - b0) - sizeof(typename I::Channel);
  delete c;
  object = sizeof(typename I::Channel);
  return object - sizeof(rx::Vars) + heap;
}

struct Options {
  std::size_t events = std::size_t{1} << 24;
  int runs = 5;
  std::uint64_t seed = 0x5eed0fd15fa7c4ull;
  bool verify = true;
  bool tsv = false;
};

Options parse(int argc, char** argv) {
  Options o;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    const auto value = [&]() -> std::string {
      if (i + 1 >= argc) fail("missing value after " + a);
      return argv[++i];
    };
    if (a == "--events") o.events = std::stoull(value());
    else if (a == "--runs") o.runs = std::stoi(value());
    else if (a == "--seed") o.seed = std::stoull(value(), nullptr, 0);
    else if (a == "--no-verify") o.verify = false;
    else if (a == "--tsv") o.tsv = true;
    else if (a == "--callgrind") callgrind_mode = true;
    else {
      std::fprintf(stderr, "usage: %s [--events N] [--runs R] [--seed S] [--no-verify] [--tsv] [--callgrind]\n", argv[0]);
      std::exit(2);
    }
  }
  if (callgrind_mode) o.runs = 1;
  return o;
}

template <class... I, std::size_t... Ix>
void one_round(const Stream& s, std::array<Measure, sizeof...(I)>& m, std::index_sequence<Ix...>) {
  const std::array<Tally, sizeof...(I)> t{time_once<I>(s, m[Ix])...};  // in order, left to right
  const std::array<const char*, sizeof...(I)> keys{I::key...};
  for (std::size_t k = 1; k < t.size(); ++k)
    require(t[k] == t[0], std::string(keys[k]) + ": " + s.name + ": tally differs from " + keys[0] + "'s");
  require(t[0].by_disposition == s.by_disposition && t[0].recycles == s.recycles,
          s.name + ": tally differs from the stream's own counts");
}

double best(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }
double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

template <class... I>
int bench_main(const Options& opt) {
  constexpr std::size_t impls = sizeof...(I);
  const std::array<const char*, impls> keys{I::key...};

  std::vector<Stream> streams;
  streams.push_back(make_stream("valid/1ch", true, 1, opt.events, opt.seed));
  streams.push_back(make_stream("uniform/1ch", false, 1, opt.events, opt.seed + 1));
  streams.push_back(make_stream("valid/4096ch", true, many_channels, opt.events, opt.seed + 2));
  streams.push_back(make_stream("uniform/4096ch", false, many_channels, opt.events, opt.seed + 3));

  if (opt.verify) check_all(streams);

  std::vector<std::array<Measure, impls>> measures(streams.size());
  for (int r = 0; r < opt.runs; ++r) {
    for (std::size_t w = 0; w < streams.size(); ++w)
      one_round<I...>(streams[w], measures[w], std::index_sequence_for<I...>{});
  }

  std::array<std::size_t, impls> object{}, heap{}, bytes{};
  [&]<std::size_t... Ix>(std::index_sequence<Ix...>) {
    ((bytes[Ix] = bytes_per_channel<I>(object[Ix], heap[Ix])), ...);
  }(std::index_sequence_for<I...>{});
  const auto index_of = [&keys](std::string_view key) {
    return static_cast<std::size_t>(std::find(keys.begin(), keys.end(), key) - keys.begin());
  };

  if (opt.tsv) {
#if defined(__clang__)
    std::printf("info\tcompiler\tclang++ %s\n", __clang_version__);
#elif defined(__GNUC__)
    std::printf("info\tcompiler\tg++ %s\n", __VERSION__);
#endif
    for (const Stream& s : streams) {
      std::printf("stream\t%s\t%zu\t%llu", s.name.c_str(), s.entries.size(), static_cast<unsigned long long>(s.recycles));
      for (std::uint64_t d : s.by_disposition) std::printf("\t%llu", static_cast<unsigned long long>(d));
      std::printf("\n");
    }
    for (std::size_t i = 0; i < impls; ++i)
      std::printf("bytes\t%s\t%zu\t%zu\t%zu\n", keys[i], bytes[i], object[i], heap[i]);
    for (std::size_t w = 0; w < streams.size(); ++w) {
      for (std::size_t i = 0; i < impls; ++i) {
        const Measure& m = measures[w][i];
        std::printf("time\t%s\t%s\t%.4f\t%.4f\t%.4f\n", streams[w].name.c_str(), keys[i], best(m.ns), median(m.ns),
                    m.allocs_per_entry);
      }
    }
    return 0;
  }

  std::printf("\nvox::rx_channel, %zu entries per stream, best of %d runs (ns per entry; recycles count as entries)\n",
              opt.events, opt.runs);
  std::printf("%-16s %-11s %9s %9s %10s %9s %9s %9s\n", "stream", "impl", "ns best", "ns median", "vs switch",
              "vs msm", "allocs/e", "B/chan");
  for (std::size_t w = 0; w < streams.size(); ++w) {
    const double sw = best(measures[w][index_of("switch")].ns), ms = best(measures[w][index_of("msm")].ns);
    for (std::size_t i = 0; i < impls; ++i) {
      const Measure& m = measures[w][i];
      std::printf("%-16s %-11s %9.2f %9.2f %9.2fx %8.2fx %9.3f %9zu\n", streams[w].name.c_str(), keys[i], best(m.ns),
                  median(m.ns), best(m.ns) / sw, best(m.ns) / ms, m.allocs_per_entry, bytes[i]);
    }
  }
  std::printf("\nstream mix (entries: recycle / transition / ignored / rejected / violation):\n");
  for (const Stream& s : streams) {
    const double n = static_cast<double>(s.entries.size()) / 100;
    std::printf("  %-16s %5.1f%% %5.1f%% %5.1f%% %5.1f%% %5.1f%%\n", s.name.c_str(), s.recycles / n,
                s.by_disposition[0] / n, s.by_disposition[1] / n, s.by_disposition[2] / n, s.by_disposition[3] / n);
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const Options opt = parse(argc, argv);
  return bench_main<Generated, GeneratedSwitch, Table, Switch, Msm, Statechart>(opt);
}
