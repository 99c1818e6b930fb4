// The eight implementations of vox::rx_channel behind one interface, the event streams,
// and the functional checks (checks.cpp), for the dispatch benchmark (dispatch.cpp).
// Include this header first: it configures Boost.MPL for Boost.MSM.
#pragma once

// Boost.MSM's documented way to have more than 20 transition rows; before any Boost header.
#define BOOST_MPL_CFG_NO_PREPROCESSED_HEADERS
#define BOOST_MPL_LIMIT_VECTOR_SIZE 30
#define BOOST_MPL_LIMIT_MAP_SIZE 30

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "common.hpp"
#include "hand_switch.hpp"
#include "hand_table.hpp"
#include "msm_machine.hpp"
#include "statechart_machine.hpp"

namespace bench {

[[noreturn]] void fail(const std::string& what);
void require(bool ok, const std::string& what);
std::string show(const Outcome& o);
std::string show(const rx::Config& c);

struct Generated {
  static constexpr const char* key = "generated";
  using Channel = rx::Config;
  static void start(Channel& c) { c = Channel{}; }
  static void recycle(Channel& c) { c = Channel{}; }
  static Outcome dispatch(Channel& c, Event e) { return rx::step(c, e); }
  static rx::Config config(const Channel& c) { return c; }
};

/// The generated step on a packed configuration (one byte, its index in rx::configs).
struct GeneratedPacked {
  static constexpr const char* key = "gen-packed";
  using Channel = rx::Packed;
  static void start(Channel& c) { c = Channel{}; }
  static void recycle(Channel& c) { c = Channel{}; }
  static Outcome dispatch(Channel& c, Event e) { return rx::step(c, e); }
  static rx::Config config(const Channel& c) { return c.config(); }
};

/// The generated switch that step() replaced for small machines (it still computes the
/// step table, and answers configurations outside the declared ranges).
struct GeneratedSwitch {
  static constexpr const char* key = "gen-switch";
  using Channel = rx::Config;
  static void start(Channel& c) { c = Channel{}; }
  static void recycle(Channel& c) { c = Channel{}; }
  static Outcome dispatch(Channel& c, Event e) { return rx::detail::switch_step(c, e); }
  static rx::Config config(const Channel& c) { return c; }
};

struct Table {
  static constexpr const char* key = "table";
  using Channel = rx::Config;
  static void start(Channel& c) { c = Channel{}; }
  static void recycle(Channel& c) { c = Channel{}; }
  static Outcome dispatch(Channel& c, Event e) { return phasegen::table_step<rx::Machine>(c, e); }
  static rx::Config config(const Channel& c) { return c; }
};

struct Switch {
  static constexpr const char* key = "switch";
  using Channel = hand::Channel;
  static void start(Channel& c) { c = Channel{}; }
  static void recycle(Channel& c) { c = Channel{}; }
  static Outcome dispatch(Channel& c, Event e) { return hand::step(c, e); }
  static rx::Config config(const Channel& c) { return rx::Config{c.state, rx::Vars{c.queued}}; }
};

struct HandTable {
  static constexpr const char* key = "hand-table";
  using Channel = hand_table::Channel;
  static void start(Channel& c) { c = Channel{}; }
  static void recycle(Channel& c) { c = Channel{}; }
  static Outcome dispatch(Channel& c, Event e) { return hand_table::step(c, e); }
  static rx::Config config(const Channel& c) {
    return rx::Config{static_cast<State>(c.packed / hand_table::spans),
                      rx::Vars{static_cast<std::uint8_t>(c.packed % hand_table::spans)}};
  }
};

struct Msm {
  static constexpr const char* key = "msm";
  using Channel = bench::msm::Channel;
  static void start(Channel& c) { bench::msm::start(c); }
  static void recycle(Channel& c) { bench::msm::recycle(c); }
  static Outcome dispatch(Channel& c, Event e) { return bench::msm::dispatch(c, e); }
  static rx::Config config(const Channel& c) { return bench::msm::config(c); }
};

struct Statechart {
  static constexpr const char* key = "statechart";
  using Channel = bench::statechart::Channel;
  static void start(Channel& c) { bench::statechart::start(c); }
  static void recycle(Channel& c) { bench::statechart::recycle(c); }
  static Outcome dispatch(Channel& c, Event e) { return bench::statechart::dispatch(c, e); }
  static rx::Config config(const Channel& c) { return bench::statechart::config(c); }
};

template <class I>
std::unique_ptr<typename I::Channel[]> fresh_channels(unsigned n) {
  std::unique_ptr<typename I::Channel[]> p(new typename I::Channel[n]);
  for (unsigned k = 0; k < n; ++k) I::start(p[k]);
  return p;
}

// --- event streams ---------------------------------------------------------------------

constexpr std::uint8_t recycle_entry = rx::event_count;  // an entry that is not an event
constexpr unsigned many_channels = 4096;
constexpr unsigned many_shift = 20;  // 32 - log2(many_channels)
static_assert(many_channels == 1u << (32 - many_shift));

/// Entry i of a many-channel stream goes to channel h(i) (Fibonacci hashing of i).
inline std::uint32_t channel_of(std::size_t i) noexcept {
  return (static_cast<std::uint32_t>(i) * 2654435769u) >> many_shift;
}

struct SplitMix {
  std::uint64_t s;
  std::uint64_t next() noexcept {
    std::uint64_t z = (s += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  unsigned below(unsigned k) noexcept { return static_cast<unsigned>(((next() >> 32) * k) >> 32); }
};

enum class Workload { valid, uniform, bursty };

struct Stream {
  std::string name;
  Workload workload = Workload::valid;
  unsigned channels = 1;
  std::vector<std::uint8_t> entries;
  std::vector<std::uint16_t> channel;  // entry i's channel when listed (bursty on many channels)
  std::array<std::uint64_t, 4> by_disposition{};  // as the reference (generated step) saw them
  std::uint64_t recycles = 0;

  unsigned channel_of_entry(std::size_t i) const noexcept {
    return channels == 1 ? 0 : channel.empty() ? channel_of(i) : channel[i];
  }
};

/// A seeded stream (see dispatch.cpp for the workloads); made with the generated step.
Stream make_stream(const std::string& name, Workload w, unsigned channels, std::size_t n, std::uint64_t seed);

/// Every implementation against the generated step: every event on every reachable
/// configuration, and every outcome of every stream in lockstep. Exits on a mismatch.
void check_all(const std::vector<Stream>& streams);

}  // namespace bench
