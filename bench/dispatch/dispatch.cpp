// phasegen dispatch benchmark (not a test): vox::rx_channel dispatched eight ways, side
// by side in one process, on seeded event streams generated before the timed loops.
//
//   generated    vox::rx_channel::step(Config&, Event): the flat step table, its index
//                rebuilt from the configuration's state and vars (range-checked)
//   gen-packed   vox::rx_channel::step(Packed&, Event): the same table on a packed
//                configuration (one byte, its index): one load, which gives the next index
//   gen-switch   vox::rx_channel::detail::switch_step: the generated nested switch
//   table        phasegen::table_step<vox::rx_channel::Machine> (interprets rows and cells)
//   switch       a hand-written nested switch (hand_switch.hpp)
//   hand-table   a hand-written packed table: one byte per channel, one load (hand_table.hpp)
//   msm          Boost.MSM back-end state machine, no_transition for the refusals (msm_machine.hpp)
//   statechart   Boost.Statechart, unconsumed_event for the refusals (statechart_machine.hpp)
//
// Workloads (each 2^24 entries by default, one seed): `valid` picks among the events
// whose outcome in the channel's current configuration is a transition, item and consume
// (the data path) 8 times as likely as the others; `uniform` picks uniformly among all 9
// events; `bursty` is a channel's life as the runtime sees it: bind, 1-8 rounds of a burst
// of 1-16 items then consumes until one finds the queue empty, close, recycle. `valid` and
// `uniform` on 4,096 channels send entry i to channel h(i), a multiplicative hash of i;
// `bursty` on 4,096 channels plays one round of a random channel at a time (a list of
// channel numbers beside the entries). A channel in a terminal state is recycled (a new
// channel in its slot: `recycle` entries): always in `valid` and `bursty`, with
// probability 1/8 per entry in `uniform`.
//
// Each timed loop (run<>) is compiled with every call in it inlined where the compiler
// can (gnu::flatten), the same for all; the streams and checks live in checks.cpp. Each
// round times every implementation once per stream, starting one place further along
// the list each round.
//
// Before timing, all are checked against the generated step: every event on every
// reachable configuration (replayed from a fresh channel), every event on every
// configuration for those whose channel can be set directly, and every outcome of every
// stream in lockstep. Every timed run tallies its outcomes (counts per disposition, the
// sum of the outcomes' bytes, the final configurations) and the tallies of all must be
// equal, so a fast figure cannot come from skipped work. Any mismatch aborts.
//
// usage: phasegen-bench-dispatch [--events N] [--runs R] [--seed S] [--no-verify] [--tsv]
//        [--impls K,...] [--streams S,...]   time only these (all are still checked)
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
#include <limits>
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

enum class Spread { one, hashed, listed };  // one channel; entry i to channel h(i); to the stream's list

template <class I, Spread M>
[[gnu::noinline, gnu::flatten]] Tally run(const std::uint8_t* entries, const std::uint16_t* listed, std::size_t n,
                                          typename I::Channel* chans) {
  Tally t;
  typename I::Channel local;  // the one channel: a local, as a caller would keep it
  if constexpr (M == Spread::one) I::start(local);
  std::uint64_t sig = 0;
  std::uint64_t recycles = 0;
  for (std::size_t first = 0; first < n; first += lane_chunk) {
    const std::size_t last = std::min(n, first + lane_chunk);
    std::uint64_t lanes = 0;
    for (std::size_t i = first; i < last; ++i) {
      typename I::Channel& c = M == Spread::one ? local : chans[M == Spread::hashed ? channel_of(i) : listed[i]];
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
  if constexpr (M == Spread::one) t.final_configs = mix(0, I::config(local));
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
  const std::uint8_t* in = s.entries.data();
  Tally t = !many                ? run<I, Spread::one>(in, nullptr, s.entries.size(), chans.get())
            : s.channel.empty() ? run<I, Spread::hashed>(in, nullptr, s.entries.size(), chans.get())
                                : run<I, Spread::listed>(in, s.channel.data(), s.entries.size(), chans.get());
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
  std::string impls, streams;  // comma-separated keys and stream names to time (default: all)
};

bool picked(const std::string& list, std::string_view key) {
  if (list.empty()) return true;
  for (std::size_t at = 0; at <= list.size();) {
    const std::size_t end = std::min(list.find(',', at), list.size());
    if (std::string_view(list).substr(at, end - at) == key) return true;
    at = end + 1;
  }
  return false;
}

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
    else if (a == "--impls") o.impls = value();
    else if (a == "--streams") o.streams = value();
    else if (a == "--callgrind") callgrind_mode = true;
    else {
      std::fprintf(stderr, "usage: %s [--events N] [--runs R] [--seed S] [--no-verify] [--tsv] [--callgrind] [--impls K,..] [--streams S,..]\n", argv[0]);
      std::exit(2);
    }
  }
  if (callgrind_mode) o.runs = 1;
  return o;
}

/// One timed run of every implementation on stream `s`, the first one `round` places
/// further along each round (no implementation always runs first or after the same one).
template <class... I>
void one_round(const Stream& s, std::array<Measure, sizeof...(I)>& m, int round, const std::vector<bool>& on) {
  constexpr std::size_t n = sizeof...(I);
  using Timed = Tally (*)(const Stream&, Measure&);
  const std::array<Timed, n> timed{&time_once<I>...};
  const std::array<const char*, n> keys{I::key...};
  std::array<Tally, n> t{};
  for (std::size_t k = 0; k < n; ++k) {
    const std::size_t i = (k + static_cast<std::size_t>(round)) % n;
    if (on[i]) t[i] = timed[i](s, m[i]);
  }
  for (std::size_t k = 0; k < n; ++k) {
    if (!on[k]) continue;
    require(t[k].by_disposition == s.by_disposition && t[k].recycles == s.recycles,
            std::string(keys[k]) + ": " + s.name + ": tally differs from the stream's own counts");
    for (std::size_t j = 0; j < k; ++j)
      require(!on[j] || t[k] == t[j], std::string(keys[k]) + ": " + s.name + ": tally differs from " + keys[j] + "'s");
  }
}

double best(const std::vector<double>& v) { return *std::min_element(v.begin(), v.end()); }
double worst(const std::vector<double>& v) { return *std::max_element(v.begin(), v.end()); }
double median(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

template <class... I>
int bench_main(const Options& opt) {
  constexpr std::size_t impls = sizeof...(I);
  const std::array<const char*, impls> keys{I::key...};

  std::vector<Stream> streams;
  streams.push_back(make_stream("valid/1ch", Workload::valid, 1, opt.events, opt.seed));
  streams.push_back(make_stream("uniform/1ch", Workload::uniform, 1, opt.events, opt.seed + 1));
  streams.push_back(make_stream("bursty/1ch", Workload::bursty, 1, opt.events, opt.seed + 4));
  streams.push_back(make_stream("valid/4096ch", Workload::valid, many_channels, opt.events, opt.seed + 2));
  streams.push_back(make_stream("uniform/4096ch", Workload::uniform, many_channels, opt.events, opt.seed + 3));
  streams.push_back(make_stream("bursty/4096ch", Workload::bursty, many_channels, opt.events, opt.seed + 5));

  if (opt.verify) check_all(streams);

  std::vector<bool> on(impls);
  for (std::size_t i = 0; i < impls; ++i) on[i] = picked(opt.impls, keys[i]);
  std::vector<std::array<Measure, impls>> measures(streams.size());
  for (int r = 0; r < opt.runs; ++r) {
    for (std::size_t w = 0; w < streams.size(); ++w)
      if (picked(opt.streams, streams[w].name)) one_round<I...>(streams[w], measures[w], r, on);
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
        if (m.ns.empty()) continue;
        std::printf("time\t%s\t%s\t%.4f\t%.4f\t%.4f\t%.4f\n", streams[w].name.c_str(), keys[i], best(m.ns),
                    median(m.ns), m.allocs_per_entry, worst(m.ns));
        std::printf("runs\t%s\t%s", streams[w].name.c_str(), keys[i]);  // round by round, for paired ratios
        for (const double ns : m.ns) std::printf("\t%.4f", ns);
        std::printf("\n");
      }
    }
    return 0;
  }

  std::printf("\nvox::rx_channel, %zu entries per stream, best of %d runs (ns per entry; recycles count as entries)\n",
              opt.events, opt.runs);
  std::printf("%-16s %-11s %9s %9s %10s %9s %9s %9s\n", "stream", "impl", "ns best", "ns median", "vs switch",
              "vs msm", "allocs/e", "B/chan");
  for (std::size_t w = 0; w < streams.size(); ++w) {
    const auto ref = [&](std::string_view key) {
      const Measure& m = measures[w][index_of(key)];
      return m.ns.empty() ? std::numeric_limits<double>::quiet_NaN() : median(m.ns);
    };
    const double sw = ref("switch"), ms = ref("msm");
    for (std::size_t i = 0; i < impls; ++i) {
      const Measure& m = measures[w][i];
      if (m.ns.empty()) continue;
      std::printf("%-16s %-11s %9.2f %9.2f %9.2fx %8.2fx %9.3f %9zu\n", streams[w].name.c_str(), keys[i], best(m.ns),
                  median(m.ns), median(m.ns) / sw, median(m.ns) / ms, m.allocs_per_entry, bytes[i]);
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
  return bench_main<Generated, GeneratedPacked, GeneratedSwitch, Table, Switch, HandTable, Msm, Statechart>(opt);
}
