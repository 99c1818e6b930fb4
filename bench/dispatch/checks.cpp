// Stream generation and functional checks of the dispatch benchmark, in their own
// translation unit: the timed loops (dispatch.cpp) are then the only callers of each
// implementation there, so the compiler's inlining decisions are the same for all of them.
#include "impls.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <tuple>
#include <type_traits>
#include <utility>

namespace bench {

[[noreturn]] void fail(const std::string& what) {
  std::fprintf(stderr, "phasegen-bench-dispatch: functional check failed: %s\n", what.c_str());
  std::exit(1);
}
void require(bool ok, const std::string& what) {
  if (!ok) fail(what);
}

std::string show(const Outcome& o) {
  return std::string(phasegen::to_string(o.disposition)) + " " + std::string(rx::to_string(o.from)) + "->" +
         std::string(rx::to_string(o.to)) + " " + std::string(rx::to_string(o.code)) + " actions=" +
         std::to_string(o.actions);
}
std::string show(const rx::Config& c) {
  return std::string(rx::to_string(c.state)) + "/queued=" + std::to_string(c.vars.queued);
}

namespace {

constexpr unsigned data_weight = 8;

bool terminal(State s) { return s == State::Closed || s == State::Failed; }

}  // namespace

Stream make_stream(const std::string& name, Workload w, unsigned channels, std::size_t n, std::uint64_t seed) {
  Stream s;
  s.name = name;
  s.workload = w;
  s.channels = channels;
  s.entries.reserve(n);
  std::vector<rx::Config> ch(channels);
  SplitMix rng{seed};
  const auto add = [&](unsigned k, std::uint8_t entry) {
    if (s.entries.size() == n) return;
    s.entries.push_back(entry);
    if (w == Workload::bursty && channels > 1) s.channel.push_back(static_cast<std::uint16_t>(k));
    if (entry == recycle_entry) {
      ++s.recycles;
      ch[k] = rx::Config{};
    } else {
      ++s.by_disposition[static_cast<std::size_t>(rx::step(ch[k], static_cast<Event>(entry)).disposition)];
    }
  };
  if (w == Workload::bursty) {
    // Every channel's life: bind; 1-8 rounds of a burst of 1-16 items, as many consumes and
    // one more that finds the queue empty; close; recycle. On many channels a random channel
    // plays its next round each time (its bind before the first, its close after the last).
    std::vector<unsigned> rounds_left(channels, 0);
    while (s.entries.size() < n) {
      const unsigned k = channels == 1 ? 0 : rng.below(channels);
      if (rounds_left[k] == 0) {
        add(k, static_cast<std::uint8_t>(Event::bind));
        rounds_left[k] = 1 + rng.below(8);
      }
      const unsigned burst = 1 + rng.below(credit);
      for (unsigned j = 0; j < burst; ++j) add(k, static_cast<std::uint8_t>(Event::item));
      for (unsigned j = 0; j <= burst; ++j) add(k, static_cast<std::uint8_t>(Event::consume));
      if (--rounds_left[k] == 0) {
        add(k, static_cast<std::uint8_t>(Event::close));
        add(k, recycle_entry);
      }
    }
    return s;
  }
  const bool valid = w == Workload::valid;
  for (std::size_t i = 0; i < n; ++i) {
    const unsigned k = channels == 1 ? 0 : channel_of(i);
    const rx::Config& c = ch[k];
    if (terminal(c.state) && (valid || rng.below(8) == 0)) {
      add(k, recycle_entry);
      continue;
    }
    Event e{};
    if (valid) {
      // Weighted by traffic: the data path (item, consume) 8 to 1 over control events.
      std::array<Event, rx::event_count * data_weight> ok{};
      unsigned m = 0;
      for (unsigned j = 0; j < rx::event_count; ++j) {
        const Event x = static_cast<Event>(j);
        rx::Config t = c;
        if (rx::step(t, x).disposition != Disposition::transition) continue;
        for (unsigned d = (x == Event::item || x == Event::consume) ? data_weight : 1; d > 0; --d) ok[m++] = x;
      }
      require(m > 0, "a non-terminal configuration with no transition");
      e = ok[rng.below(m)];
    } else {
      e = static_cast<Event>(rng.below(rx::event_count));
    }
    add(k, static_cast<std::uint8_t>(e));
  }
  return s;
}

namespace {

/// Every event on every reachable configuration, each reached from a fresh channel by a
/// shortest path found on the generated step; plus, for the implementations whose channel
/// can be set directly, every event on every configuration (reachable or not).
template <class... I>
void check_cells() {
  std::vector<rx::Config> configs{rx::Config{}};
  std::vector<std::vector<Event>> paths{{}};
  for (std::size_t k = 0; k < configs.size(); ++k) {
    for (unsigned j = 0; j < rx::event_count; ++j) {
      rx::Config c = configs[k];
      (void)rx::step(c, static_cast<Event>(j));
      if (std::find(configs.begin(), configs.end(), c) != configs.end()) continue;
      configs.push_back(c);
      paths.push_back(paths[k]);
      paths.back().push_back(static_cast<Event>(j));
    }
  }
  std::size_t checked = 0;
  for (std::size_t k = 0; k < configs.size(); ++k) {
    for (unsigned j = 0; j < rx::event_count; ++j) {
      const Event e = static_cast<Event>(j);
      rx::Config want_c = configs[k];
      const Outcome want = rx::step(want_c, e);
      const auto one = [&](auto impl) {
        using Impl = decltype(impl);
        auto ch = fresh_channels<Impl>(1);
        for (Event p : paths[k]) Impl::dispatch(ch[0], p);
        require(Impl::config(ch[0]) == configs[k], std::string(Impl::key) + ": path to " + show(configs[k]));
        const Outcome got = Impl::dispatch(ch[0], e);
        require(got == want, std::string(Impl::key) + ": " + show(configs[k]) + " x " +
                                 std::string(rx::to_string(e)) + ": got " + show(got) + ", want " + show(want));
        require(Impl::config(ch[0]) == want_c, std::string(Impl::key) + ": config after " + show(configs[k]) + " x " +
                                                   std::string(rx::to_string(e)));
        ++checked;
      };
      (one(I{}), ...);
    }
  }
  for (unsigned s = 0; s < rx::state_count; ++s) {
    for (int q = 0; q <= credit; ++q) {
      for (unsigned j = 0; j < rx::event_count; ++j) {
        const rx::Config c0{static_cast<State>(s), rx::Vars{static_cast<std::uint8_t>(q)}};
        rx::Config a = c0, b = c0, g = c0;
        hand::Channel h{c0.state, c0.vars.queued};
        const Outcome oa = rx::step(a, static_cast<Event>(j));
        require(rx::detail::switch_step(g, static_cast<Event>(j)) == oa && a == g,
                "gen-switch: " + show(c0) + " x " + std::string(rx::to_string(static_cast<Event>(j))));
        require(phasegen::table_step<rx::Machine>(b, static_cast<Event>(j)) == oa && a == b,
                "table: " + show(c0) + " x " + std::string(rx::to_string(static_cast<Event>(j))));
        require(hand::step(h, static_cast<Event>(j)) == oa && Switch::config(h) == a,
                "switch: " + show(c0) + " x " + std::string(rx::to_string(static_cast<Event>(j))));
        const std::optional<rx::Packed> p0 = rx::Packed::from(c0);
        require(p0.has_value() && p0->config() == c0, "gen-packed: packing " + show(c0));
        rx::Packed p = *p0;
        require(rx::step(p, static_cast<Event>(j)) == oa && p.config() == a,
                "gen-packed: " + show(c0) + " x " + std::string(rx::to_string(static_cast<Event>(j))));
        hand_table::Channel t{static_cast<std::uint8_t>(s * hand_table::spans + static_cast<unsigned>(q))};
        require(hand_table::step(t, static_cast<Event>(j)) == oa && HandTable::config(t) == a,
                "hand-table: " + show(c0) + " x " + std::string(rx::to_string(static_cast<Event>(j))));
        checked += 5;
      }
    }
  }
  require(!rx::Packed::from(rx::Config{State::Open, rx::Vars{static_cast<std::uint8_t>(credit + 1)}}).has_value(),
          "gen-packed: a configuration outside the declared ranges packed");
  std::printf("checked: %zu reachable configurations x %zu events on all %zu implementations, every configuration "
              "on gen-packed, gen-switch, table, switch and hand-table (%zu cases)\n",
              configs.size(), rx::event_count, sizeof...(I), checked);
}

/// All of them on one stream in lockstep: every outcome equal to the generated step's (the
/// first implementation), and the same final configuration of every channel.
template <class... I, std::size_t... Ix>
void check_stream(const Stream& s, std::index_sequence<Ix...>) {
  static_assert(std::is_same_v<std::tuple_element_t<0, std::tuple<I...>>, Generated>);
  const unsigned n = s.channels;
  auto chans = std::make_tuple(fresh_channels<I>(n)...);
  std::array<std::uint64_t, 4> by{};
  for (std::size_t i = 0; i < s.entries.size(); ++i) {
    const unsigned k = s.channel_of_entry(i);
    const std::uint8_t e = s.entries[i];
    if (e == recycle_entry) {
      (I::recycle(std::get<Ix>(chans)[k]), ...);
      continue;
    }
    const rx::Config before = std::get<0>(chans)[k];
    std::array<Outcome, sizeof...(I)> got{I::dispatch(std::get<Ix>(chans)[k], static_cast<Event>(e))...};
    ++by[static_cast<std::size_t>(got[0].disposition)];
    const std::array<const char*, sizeof...(I)> keys{I::key...};
    for (std::size_t j = 1; j < got.size(); ++j) {
      if (got[j] != got[0])
        fail(std::string(keys[j]) + ": " + s.name + " entry " + std::to_string(i) + ": " + show(before) + " x " +
             std::string(rx::to_string(static_cast<Event>(e))) + ": got " + show(got[j]) + ", want " + show(got[0]));
    }
  }
  for (unsigned k = 0; k < n; ++k) {
    const std::array<rx::Config, sizeof...(I)> c{I::config(std::get<Ix>(chans)[k])...};
    for (const rx::Config& x : c)
      require(x == c[0], s.name + ": final configuration of channel " + std::to_string(k) + " differs");
  }
  require(by == s.by_disposition, s.name + ": dispositions differ from the stream's own");
}

}  // namespace

void check_all(const std::vector<Stream>& streams) {
  check_cells<Generated, GeneratedPacked, GeneratedSwitch, Table, Switch, HandTable, Msm, Statechart>();
  for (const Stream& s : streams)
    check_stream<Generated, GeneratedPacked, GeneratedSwitch, Table, Switch, HandTable, Msm, Statechart>(s, std::index_sequence_for<Generated, GeneratedPacked, GeneratedSwitch, Table, Switch, HandTable, Msm, Statechart>{});
  std::printf("checked: every outcome of the %zu streams (%zu entries each) equal on all eight\n", streams.size(),
              streams.empty() ? std::size_t{0} : streams[0].entries.size());
}

}  // namespace bench
