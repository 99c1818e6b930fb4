// DO NOT EDIT: generated from spec/http2/system.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// The checker of system http2_conn: breadth-first exploration of every variant,
// stepping the machines through their generated step() functions (with this system's
// param overrides). Same semantics as codegen/explore.py; see docs/checker.md.
//
// usage: http2_conn-checker [--variant NAME] [--no-symmetry] [--max-states N] [--states N] [--paths]
//                                  [--progress] [--skip-no-stuck] [--threads N]
// --states N: the states the search is expected to store (e.g. a previous run's count):
// the visited set starts with room for them instead of growing on the way.
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <type_traits>

#include "phasegen/checker.hpp"
#include "check_http2_conn/http2/connection.hpp"
#include "check_http2_conn/http2/stream.hpp"

namespace {

using phasegen::Disposition;
using phasegen::check::Label;

/// A var's value in a property's condition, as int: through a call, so that a bound its
/// storage type cannot pass (`window >= 0` on a byte) is not "always true" to -Wtype-limits.
[[maybe_unused]] constexpr int value(int v) noexcept { return v; }

/// One system state, as the steps compute on it; the visited set stores it packed (Key).
struct State {
  std::uint64_t touched;  // parts changed since unpack (bit 0: gen and budgets; then one per instance)
  std::uint8_t gen;
  std::uint8_t budget[5];  // per budgeted input of the variant
  check_http2_conn::http2::connection::State conn[1];
  check_http2_conn::http2::connection::Vars vars_conn[1];
  std::uint8_t gen_conn[1];     // the generation each instance belongs to
  std::uint32_t closed_conn[1];  // ghost: bit j, the group's j-th data_after_close or never_after saw its close or 'after'
  check_http2_conn::http2::stream::State st[2];
  check_http2_conn::http2::stream::Vars vars_st[2];
  std::uint8_t gen_st[2];     // the generation each instance belongs to
  std::uint32_t closed_st[2];  // ghost: bit j, the group's j-th data_after_close or never_after saw its close or 'after'
};

[[gnu::always_inline]] inline check_http2_conn::http2::connection::Config get_conn(const State& s, int i) {
  return {s.conn[i], s.vars_conn[i]};
}

[[gnu::always_inline]] inline void put_conn(State& s, int i, const check_http2_conn::http2::connection::Config& c) {
  if (get_conn(s, i) == c) return;
  s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  s.conn[i] = c.state;
  s.vars_conn[i] = c.vars;
}

[[gnu::always_inline]] inline check_http2_conn::http2::stream::Config get_st(const State& s, int i) {
  return {s.st[i], s.vars_st[i]};
}

[[gnu::always_inline]] inline void put_st(State& s, int i, const check_http2_conn::http2::stream::Config& c) {
  if (get_st(s, i) == c) return;
  s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  s.st[i] = c.state;
  s.vars_st[i] = c.vars;
}

[[maybe_unused]] constexpr bool terminal_conn[] = {false, false, false, true};
[[maybe_unused]] constexpr bool terminal_st[] = {false, false, false, false, false, false, false, true, true};

/// The packed form: 1 64-bit word(s), one bit field per part of the state, as
/// wide as its range needs (generations are bounded by 0 here).
using Key = std::array<std::uint64_t, 1>;
/// The bits of each word the fields use (35 in all).
constexpr std::array<unsigned, 1> key_word_bits = {35};

[[gnu::always_inline]] inline Key pack(const State& s) {
  Key k{};
  k[0] |= static_cast<std::uint64_t>(s.budget[0]) << 0;  // budget0: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[1]) << 2;  // budget1: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[2]) << 4;  // budget2: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[3]) << 5;  // budget3: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[4]) << 6;  // budget4: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.conn[0])) << 7;  // conn[0].state: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_conn[0].conn_window - (0))) << 9;  // conn[0].conn_window: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.st[0])) << 11;  // st[0].state: 4 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_st[0].buffered - (0))) << 15;  // st[0].buffered: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_st[0].send_window - (0))) << 17;  // st[0].send_window: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.closed_st[0]) << 19;  // st[0].closed: 4 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.st[1])) << 23;  // st[1].state: 4 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_st[1].buffered - (0))) << 27;  // st[1].buffered: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_st[1].send_window - (0))) << 29;  // st[1].send_window: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.closed_st[1]) << 31;  // st[1].closed: 4 bit(s)
  return k;
}

/// The key of a successor of the state packed in `k`: only the parts the step touched
/// are packed again (one instance, mostly, and the budgets).
[[gnu::always_inline]] inline Key repack(Key k, const State& s) {
  if (s.touched & (std::uint64_t{1} << 0)) {
    k[0] &= ~0x7full;
    k[0] |= static_cast<std::uint64_t>(s.budget[0]) << 0;  // budget0
    k[0] |= static_cast<std::uint64_t>(s.budget[1]) << 2;  // budget1
    k[0] |= static_cast<std::uint64_t>(s.budget[2]) << 4;  // budget2
    k[0] |= static_cast<std::uint64_t>(s.budget[3]) << 5;  // budget3
    k[0] |= static_cast<std::uint64_t>(s.budget[4]) << 6;  // budget4
  }
  if (s.touched & (std::uint64_t{1} << 1)) {
    k[0] &= ~0x780ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.conn[0])) << 7;  // conn[0].state
    k[0] |= static_cast<std::uint64_t>((s.vars_conn[0].conn_window - (0))) << 9;  // conn[0].conn_window
  }
  if (s.touched & (std::uint64_t{1} << 2)) {
    k[0] &= ~0x7ff800ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.st[0])) << 11;  // st[0].state
    k[0] |= static_cast<std::uint64_t>((s.vars_st[0].buffered - (0))) << 15;  // st[0].buffered
    k[0] |= static_cast<std::uint64_t>((s.vars_st[0].send_window - (0))) << 17;  // st[0].send_window
    k[0] |= static_cast<std::uint64_t>(s.closed_st[0]) << 19;  // st[0].closed
  }
  if (s.touched & (std::uint64_t{1} << 3)) {
    k[0] &= ~0x7ff800000ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.st[1])) << 23;  // st[1].state
    k[0] |= static_cast<std::uint64_t>((s.vars_st[1].buffered - (0))) << 27;  // st[1].buffered
    k[0] |= static_cast<std::uint64_t>((s.vars_st[1].send_window - (0))) << 29;  // st[1].send_window
    k[0] |= static_cast<std::uint64_t>(s.closed_st[1]) << 31;  // st[1].closed
  }
  return k;
}

[[gnu::always_inline]] inline State unpack(const Key& k) {
  State s{};
  [[maybe_unused]] std::uint64_t x = 0;
  x = (k[0] >> 0) & 3u;
  s.budget[0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 2) & 3u;
  s.budget[1] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 4) & 1u;
  s.budget[2] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 5) & 1u;
  s.budget[3] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 6) & 1u;
  s.budget[4] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 7) & 3u;
  s.conn[0] = static_cast<check_http2_conn::http2::connection::State>(x);
  x = (k[0] >> 9) & 3u;
  s.vars_conn[0].conn_window = static_cast<decltype(s.vars_conn[0].conn_window)>(static_cast<int>(x) + (0));
  x = (k[0] >> 11) & 15u;
  s.st[0] = static_cast<check_http2_conn::http2::stream::State>(x);
  x = (k[0] >> 15) & 3u;
  s.vars_st[0].buffered = static_cast<decltype(s.vars_st[0].buffered)>(static_cast<int>(x) + (0));
  x = (k[0] >> 17) & 3u;
  s.vars_st[0].send_window = static_cast<decltype(s.vars_st[0].send_window)>(static_cast<int>(x) + (0));
  x = (k[0] >> 19) & 15u;
  s.closed_st[0] = static_cast<std::uint32_t>(x);
  x = (k[0] >> 23) & 15u;
  s.st[1] = static_cast<check_http2_conn::http2::stream::State>(x);
  x = (k[0] >> 27) & 3u;
  s.vars_st[1].buffered = static_cast<decltype(s.vars_st[1].buffered)>(static_cast<int>(x) + (0));
  x = (k[0] >> 29) & 3u;
  s.vars_st[1].send_window = static_cast<decltype(s.vars_st[1].send_window)>(static_cast<int>(x) + (0));
  x = (k[0] >> 31) & 15u;
  s.closed_st[1] = static_cast<std::uint32_t>(x);
  return s;
}

/// Terminal, or still in the initial configuration: may restart in a new generation.
bool renewable_conn(const State& s, int i) {
  const auto c = get_conn(s, i);
  return terminal_conn[static_cast<std::size_t>(c.state)] || c == check_http2_conn::http2::connection::Config{};
}

bool renewable_st(const State& s, int i) {
  const auto c = get_st(s, i);
  return terminal_st[static_cast<std::size_t>(c.state)] || c == check_http2_conn::http2::stream::Config{};
}

/// Every instance terminal or in its initial configuration (the goal of no_stuck); monitors aside.
[[maybe_unused]] bool settled(const State& s) {
  for (int i = 0; i < 1; ++i)
    if (!renewable_conn(s, i)) return false;
  for (int i = 0; i < 2; ++i)
    if (!renewable_st(s, i)) return false;
  return true;
}

/// Every instance terminal (the goal of terminates); monitors aside.
[[maybe_unused]] bool all_terminal([[maybe_unused]] const State& s) {
  for (int i = 0; i < 1; ++i)
    if (!terminal_conn[static_cast<std::size_t>(s.conn[i])]) return false;
  for (int i = 0; i < 2; ++i)
    if (!terminal_st[static_cast<std::size_t>(s.st[i])]) return false;
  return true;
}

template <class V>
void d_conn_settings(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_connection_error(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_headers(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_headers_end(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_push_promise(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_data(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_end_stream(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_rst_stream(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_read(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_send_headers(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_send_data(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_send_end_stream(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_cancel(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_conn_goaway(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_conn_credit(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_conn_shutdown(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_conn_conduit_break(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_st_window_update(State& s, int i, int tag, std::uint32_t& f, const check_http2_conn::http2::stream::Args& a);
template <class V>
void d_st_priority(State& s, int i, int tag, std::uint32_t& f);

/// The checks of conn settings that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_conn_settings = [] {
  std::array<std::uint32_t, check_http2_conn::http2::connection::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_http2_conn::http2::connection::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_http2_conn::http2::connection::step(c, check_http2_conn::http2::connection::Event::settings);
    std::uint32_t f = 0;
    if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
    t[k] = f;
  }
  return t;
}();

/// The checks of conn goaway that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_conn_goaway = [] {
  std::array<std::uint32_t, check_http2_conn::http2::connection::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_http2_conn::http2::connection::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_http2_conn::http2::connection::step(c, check_http2_conn::http2::connection::Event::goaway);
    std::uint32_t f = 0;
    if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
    t[k] = f;
  }
  return t;
}();

/// The checks of conn credit that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_conn_credit = [] {
  std::array<std::uint32_t, check_http2_conn::http2::connection::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_http2_conn::http2::connection::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_http2_conn::http2::connection::step(c, check_http2_conn::http2::connection::Event::credit);
    std::uint32_t f = 0;
    if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
    t[k] = f;
  }
  return t;
}();

/// The checks of conn shutdown that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_conn_shutdown = [] {
  std::array<std::uint32_t, check_http2_conn::http2::connection::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_http2_conn::http2::connection::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_http2_conn::http2::connection::step(c, check_http2_conn::http2::connection::Event::shutdown);
    std::uint32_t f = 0;
    if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
    t[k] = f;
  }
  return t;
}();

/// The checks of conn conduit_break that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_conn_conduit_break = [] {
  std::array<std::uint32_t, check_http2_conn::http2::connection::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_http2_conn::http2::connection::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_http2_conn::http2::connection::step(c, check_http2_conn::http2::connection::Event::conduit_break);
    std::uint32_t f = 0;
    if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
    t[k] = f;
  }
  return t;
}();

/// Whether conn settings changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_conn_settings = [] {
  std::array<bool, check_http2_conn::http2::connection::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_http2_conn::http2::connection::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_http2_conn::http2::connection::step(c, check_http2_conn::http2::connection::Event::settings);
    t[k] = !((o.actions & check_http2_conn::http2::connection::bit(check_http2_conn::http2::connection::Action::fail_streams)) != 0) && c == before;
  }
  return t;
}();

/// Whether conn credit changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_conn_credit = [] {
  std::array<bool, check_http2_conn::http2::connection::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_http2_conn::http2::connection::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_http2_conn::http2::connection::step(c, check_http2_conn::http2::connection::Event::credit);
    t[k] = !((o.actions & check_http2_conn::http2::connection::bit(check_http2_conn::http2::connection::Action::fail_streams)) != 0) && c == before;
  }
  return t;
}();

/// st connection_error delivered by a link.
template <class V>
[[gnu::always_inline]] inline void l_st_connection_error(State& s, int i, std::uint32_t& f) {
  d_st_connection_error<V>(s, i, -1, f);
}

template <class V>
void d_conn_settings(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_conn[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_conn(s, i);
  const std::size_t at = check_http2_conn::http2::connection::detail::index_of(before);
  const auto& x = check_http2_conn::http2::connection::steps[static_cast<std::size_t>(check_http2_conn::http2::connection::Event::settings) * check_http2_conn::http2::connection::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_http2_conn::http2::connection::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.conn[i] = o.to;
    s.vars_conn[i] = x.vars;
  }
  f |= local_conn_settings<V>[at];
  if (o.actions & check_http2_conn::http2::connection::bit(check_http2_conn::http2::connection::Action::fail_streams)) {
    l_st_connection_error<V>(s, 0, f);
    l_st_connection_error<V>(s, 1, f);
  }
}

template <class V>
void d_st_connection_error(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::connection_error);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_headers(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::headers);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_headers_end(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::headers_end);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if ((o.disposition == Disposition::transition) && (s.closed_st[i] & 2u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 2u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_push_promise(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::push_promise);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_data(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::data);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && o.disposition == Disposition::transition && c.vars.buffered != before.vars.buffered + 1) f |= V::bit_no_silent_drop;
  if (V::bit_data_after_close && (s.closed_st[i] & 1u) && o.disposition != Disposition::violation) f |= V::bit_data_after_close;
  if (V::bit_data_after_trailers && (s.closed_st[i] & 2u) && o.disposition != Disposition::violation) f |= V::bit_data_after_trailers;
  if (V::bit_no_data_after_reset && (s.closed_st[i] & 4u) && (o.disposition == Disposition::transition)) f |= V::bit_no_data_after_reset;
  if (V::bit_no_data_after_cancel && (s.closed_st[i] & 8u) && (o.disposition == Disposition::transition)) f |= V::bit_no_data_after_cancel;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_end_stream(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::end_stream);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if ((o.disposition == Disposition::transition) && (s.closed_st[i] & 1u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 1u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_rst_stream(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::rst_stream);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if ((o.disposition == Disposition::transition) && (s.closed_st[i] & 4u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 4u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_read(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::read);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered && !(o.disposition == Disposition::transition && c.vars.buffered == before.vars.buffered - 1)) f |= V::bit_no_silent_drop;
  if (V::bit_no_read_after_closed && terminal_st[static_cast<std::size_t>(before.state)] && o.disposition == Disposition::transition) f |= V::bit_no_read_after_closed;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_send_headers(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::send_headers);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_send_data(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::send_data);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_send_end_stream(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::send_end_stream);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_cancel(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::cancel);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_conn_goaway(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_conn[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_conn(s, i);
  const std::size_t at = check_http2_conn::http2::connection::detail::index_of(before);
  const auto& x = check_http2_conn::http2::connection::steps[static_cast<std::size_t>(check_http2_conn::http2::connection::Event::goaway) * check_http2_conn::http2::connection::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_http2_conn::http2::connection::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.conn[i] = o.to;
    s.vars_conn[i] = x.vars;
  }
  f |= local_conn_goaway<V>[at];
  if (o.actions & check_http2_conn::http2::connection::bit(check_http2_conn::http2::connection::Action::fail_streams)) {
    l_st_connection_error<V>(s, 0, f);
    l_st_connection_error<V>(s, 1, f);
  }
}

template <class V>
void d_conn_credit(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_conn[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_conn(s, i);
  const std::size_t at = check_http2_conn::http2::connection::detail::index_of(before);
  const auto& x = check_http2_conn::http2::connection::steps[static_cast<std::size_t>(check_http2_conn::http2::connection::Event::credit) * check_http2_conn::http2::connection::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_http2_conn::http2::connection::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.conn[i] = o.to;
    s.vars_conn[i] = x.vars;
  }
  f |= local_conn_credit<V>[at];
  if (o.actions & check_http2_conn::http2::connection::bit(check_http2_conn::http2::connection::Action::fail_streams)) {
    l_st_connection_error<V>(s, 0, f);
    l_st_connection_error<V>(s, 1, f);
  }
}

template <class V>
void d_conn_shutdown(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_conn[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_conn(s, i);
  const std::size_t at = check_http2_conn::http2::connection::detail::index_of(before);
  const auto& x = check_http2_conn::http2::connection::steps[static_cast<std::size_t>(check_http2_conn::http2::connection::Event::shutdown) * check_http2_conn::http2::connection::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_http2_conn::http2::connection::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.conn[i] = o.to;
    s.vars_conn[i] = x.vars;
  }
  f |= local_conn_shutdown<V>[at];
  if (o.actions & check_http2_conn::http2::connection::bit(check_http2_conn::http2::connection::Action::fail_streams)) {
    l_st_connection_error<V>(s, 0, f);
    l_st_connection_error<V>(s, 1, f);
  }
}

template <class V>
void d_conn_conduit_break(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_conn[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_conn(s, i);
  const std::size_t at = check_http2_conn::http2::connection::detail::index_of(before);
  const auto& x = check_http2_conn::http2::connection::steps[static_cast<std::size_t>(check_http2_conn::http2::connection::Event::conduit_break) * check_http2_conn::http2::connection::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_http2_conn::http2::connection::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.conn[i] = o.to;
    s.vars_conn[i] = x.vars;
  }
  f |= local_conn_conduit_break<V>[at];
  if (o.actions & check_http2_conn::http2::connection::bit(check_http2_conn::http2::connection::Action::fail_streams)) {
    l_st_connection_error<V>(s, 0, f);
    l_st_connection_error<V>(s, 1, f);
  }
}

template <class V>
void d_st_window_update(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f, const check_http2_conn::http2::stream::Args& a) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::window_update, a);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

template <class V>
void d_st_priority(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_st[i]) return;  // stale: classified, never applied
  auto c = get_st(s, i);
  [[maybe_unused]] const auto before = c;
  [[maybe_unused]] const auto o = check_http2_conn::http2::stream::step(c, check_http2_conn::http2::stream::Event::priority);
  put_st(s, i, c);
  if (V::bit_no_silent_drop && c.vars.buffered > before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_no_silent_drop && c.vars.buffered < before.vars.buffered) f |= V::bit_no_silent_drop;
  if (V::bit_compliant_peer && o.disposition == Disposition::violation) f |= V::bit_compliant_peer;
  if (((o.actions & check_http2_conn::http2::stream::bit(check_http2_conn::http2::stream::Action::send_rst)) != 0) && (s.closed_st[i] & 8u) == 0) {  // a close or an 'after' seen
    s.closed_st[i] |= 8u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
}

struct Variant_compliant {
  [[maybe_unused]] static constexpr std::uint32_t bit_no_silent_drop = 1u << 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_data_after_close = 1u << 1;
  [[maybe_unused]] static constexpr std::uint32_t bit_data_after_trailers = 1u << 2;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_data_after_reset = 1u << 3;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_data_after_cancel = 1u << 4;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_read_after_closed = 1u << 5;
  [[maybe_unused]] static constexpr std::uint32_t bit_compliant_peer = 1u << 6;
  [[maybe_unused]] static constexpr std::uint32_t bit_windows = 1u << 7;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_stuck = 1u << 8;
  [[maybe_unused]] static constexpr std::uint32_t bit_stream_closes = 1u << 9;
  [[maybe_unused]] static constexpr std::uint32_t bit_stream_half_closed = 1u << 10;
};

/// The always properties of variant compliant, on a state after a step whose `touched`
/// parts changed: each index only where a part it reads did.
void invariants_compliant(const State& s, std::uint64_t touched, std::uint32_t& f) {
  using V = Variant_compliant;
  if (V::bit_windows && (touched & 0x6ull) && true && !(value(s.vars_conn[0].conn_window) >= 0 && value(s.vars_st[0].send_window) >= 0 && value(s.vars_st[0].buffered) <= 2)) f |= V::bit_windows;
  if (V::bit_windows && (touched & 0xaull) && true && !(value(s.vars_conn[0].conn_window) >= 0 && value(s.vars_st[1].send_window) >= 0 && value(s.vars_st[1].buffered) <= 2)) f |= V::bit_windows;
}

/// Variant compliant: its inputs, properties and symmetry.
struct Model_compliant {
  using State = ::State;
  using Key = ::Key;
  static constexpr auto word_bits = ::key_word_bits;
  [[gnu::always_inline]] static Key pack(const State& s) { return ::pack(s); }
  [[gnu::always_inline]] static State unpack(const Key& k) { return ::unpack(k); }
  [[gnu::always_inline]] static Key repack(const Key& k, const State& s) { return ::repack(k, s); }
  static constexpr std::size_t property_count = 11;
  static constexpr bool needs_graph = true;
  /// Properties decided on the whole graph (no_stuck, terminates) and by a reachable state (reachable).
  static constexpr std::array<std::size_t, 1> graph_properties = {8};
  /// leads_to properties: an obligation per instance, open or not in each state (open()).
  static constexpr std::array<std::size_t, 0> open_properties = {};
  static constexpr std::array<std::size_t, 2> reach_properties = {9, 10};
  static constexpr std::array<std::string_view, 11> properties = {"no_silent_drop", "data_after_close", "data_after_trailers", "no_data_after_reset", "no_data_after_cancel", "no_read_after_closed", "compliant_peer", "windows", "no_stuck", "stream_closes", "stream_half_closed"};
  struct Option {
    std::string_view instance;
    std::string_view event;  // empty for a channel step (the message decides)
    bool stale;
    std::string_view via;      // a channel step: its channel ...
    std::string_view network;  // ... and deliver, lose, duplicate or reorder
  };
  static constexpr std::array<Option, 29> options = {{
      {"conn", "settings", false, "", ""},
      {"st[0]", "headers", false, "", ""},
      {"st[0]", "headers_end", false, "", ""},
      {"st[0]", "push_promise", false, "", ""},
      {"st[1]", "headers", false, "", ""},
      {"st[1]", "headers_end", false, "", ""},
      {"st[1]", "push_promise", false, "", ""},
      {"st[0]", "headers_end", false, "", ""},
      {"st[1]", "headers_end", false, "", ""},
      {"st[0]", "data", false, "", ""},
      {"st[1]", "data", false, "", ""},
      {"st[0]", "end_stream", false, "", ""},
      {"st[1]", "end_stream", false, "", ""},
      {"st[0]", "rst_stream", false, "", ""},
      {"st[1]", "rst_stream", false, "", ""},
      {"st[0]", "read", false, "", ""},
      {"st[0]", "send_headers", false, "", ""},
      {"st[0]", "send_data", false, "", ""},
      {"st[0]", "send_end_stream", false, "", ""},
      {"st[0]", "cancel", false, "", ""},
      {"st[1]", "read", false, "", ""},
      {"st[1]", "send_headers", false, "", ""},
      {"st[1]", "send_data", false, "", ""},
      {"st[1]", "send_end_stream", false, "", ""},
      {"st[1]", "cancel", false, "", ""},
      {"conn", "goaway", false, "", ""},
      {"conn", "credit", false, "", ""},
      {"conn", "shutdown", false, "", ""},
      {"conn", "conduit_break", false, "", ""},
  }};

  State initial() const {
    State s{};
    for (int i = 0; i < 1; ++i) put_conn(s, i, {});  // the initial configuration
    for (int i = 0; i < 2; ++i) put_st(s, i, {});  // the initial configuration
    s.budget[0] = 1;
    s.budget[1] = 2;
    s.budget[2] = 1;
    s.budget[3] = 1;
    s.budget[4] = 1;
    return s;
  }

  /// Each input enabled in s: emit(successor, its label, the properties it violates).
  /// `also`: parts whose invariants are checked after every step, changed or not (all of
  /// them from the initial state).
  template <class F>
  void successors(const State& s, F&& emit, std::uint64_t also = 0) const {
    successors(s, emit, phasegen::check::NoSame{}, also);
  }

  /// The same, but a step known in advance to change nothing is told to same(its label,
  /// the properties it violates) instead, without a successor (it would be s itself);
  /// unless `same` is a phasegen::check::NoSame.
  template <class F, class G>
  void successors(const State& s, F&& emit, [[maybe_unused]] G&& same, [[maybe_unused]] std::uint64_t also) const {
    [[maybe_unused]] constexpr bool fast = !std::is_same_v<std::remove_cvref_t<G>, phasegen::check::NoSame>;
    if ((s.conn[0] == check_http2_conn::http2::connection::State::Preface) && s.gen_conn[0] == s.gen) {  // conn settings
      const std::size_t at = check_http2_conn::http2::connection::detail::index_of(get_conn(s, 0));
      if (fast && same_conn_settings[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_conn_settings<Variant_compliant>[at];
        if (also & 0xeull) invariants_compliant(s, also, f);
        same(Label{0}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_conn_settings<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{0}, f);
      }
    }
    if ((s.st[0] == check_http2_conn::http2::stream::State::Idle) && (s.conn[0] == check_http2_conn::http2::connection::State::Open) && s.gen_st[0] == s.gen) {  // st[0] headers
      State n = s;
      std::uint32_t f = 0;
      d_st_headers<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{1}, f);
    }
    if ((s.st[0] == check_http2_conn::http2::stream::State::Idle) && (s.conn[0] == check_http2_conn::http2::connection::State::Open) && s.gen_st[0] == s.gen) {  // st[0] headers_end
      State n = s;
      std::uint32_t f = 0;
      d_st_headers_end<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{2}, f);
    }
    if ((s.st[0] == check_http2_conn::http2::stream::State::Idle) && (s.conn[0] == check_http2_conn::http2::connection::State::Open) && s.gen_st[0] == s.gen) {  // st[0] push_promise
      State n = s;
      std::uint32_t f = 0;
      d_st_push_promise<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{3}, f);
    }
    if ((s.st[1] == check_http2_conn::http2::stream::State::Idle) && (s.conn[0] == check_http2_conn::http2::connection::State::Open) && s.gen_st[1] == s.gen) {  // st[1] headers
      State n = s;
      std::uint32_t f = 0;
      d_st_headers<Variant_compliant>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{4}, f);
    }
    if ((s.st[1] == check_http2_conn::http2::stream::State::Idle) && (s.conn[0] == check_http2_conn::http2::connection::State::Open) && s.gen_st[1] == s.gen) {  // st[1] headers_end
      State n = s;
      std::uint32_t f = 0;
      d_st_headers_end<Variant_compliant>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{5}, f);
    }
    if ((s.st[1] == check_http2_conn::http2::stream::State::Idle) && (s.conn[0] == check_http2_conn::http2::connection::State::Open) && s.gen_st[1] == s.gen) {  // st[1] push_promise
      State n = s;
      std::uint32_t f = 0;
      d_st_push_promise<Variant_compliant>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{6}, f);
    }
    if (s.budget[0] > 0 && (s.st[0] == check_http2_conn::http2::stream::State::Open || s.st[0] == check_http2_conn::http2::stream::State::HalfClosedLocal) && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] headers_end
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_headers_end<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{7}, f);
    }
    if (s.budget[0] > 0 && (s.st[1] == check_http2_conn::http2::stream::State::Open || s.st[1] == check_http2_conn::http2::stream::State::HalfClosedLocal) && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] headers_end
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_headers_end<Variant_compliant>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{8}, f);
    }
    if (s.budget[1] > 0 && (s.st[0] == check_http2_conn::http2::stream::State::Open || s.st[0] == check_http2_conn::http2::stream::State::HalfClosedLocal) && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] data
      State n = s;
      std::uint32_t f = 0;
      --n.budget[1];
      n.touched |= 1;
      d_st_data<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{9}, f);
    }
    if (s.budget[1] > 0 && (s.st[1] == check_http2_conn::http2::stream::State::Open || s.st[1] == check_http2_conn::http2::stream::State::HalfClosedLocal) && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] data
      State n = s;
      std::uint32_t f = 0;
      --n.budget[1];
      n.touched |= 1;
      d_st_data<Variant_compliant>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{10}, f);
    }
    if ((s.st[0] == check_http2_conn::http2::stream::State::Open || s.st[0] == check_http2_conn::http2::stream::State::HalfClosedLocal) && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] end_stream
      State n = s;
      std::uint32_t f = 0;
      d_st_end_stream<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{11}, f);
    }
    if ((s.st[1] == check_http2_conn::http2::stream::State::Open || s.st[1] == check_http2_conn::http2::stream::State::HalfClosedLocal) && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] end_stream
      State n = s;
      std::uint32_t f = 0;
      d_st_end_stream<Variant_compliant>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{12}, f);
    }
    if (s.budget[2] > 0 && (s.st[0] == check_http2_conn::http2::stream::State::Open || s.st[0] == check_http2_conn::http2::stream::State::HalfClosedLocal || s.st[0] == check_http2_conn::http2::stream::State::HalfClosedRemote) && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] rst_stream
      State n = s;
      std::uint32_t f = 0;
      --n.budget[2];
      n.touched |= 1;
      d_st_rst_stream<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{13}, f);
    }
    if (s.budget[2] > 0 && (s.st[1] == check_http2_conn::http2::stream::State::Open || s.st[1] == check_http2_conn::http2::stream::State::HalfClosedLocal || s.st[1] == check_http2_conn::http2::stream::State::HalfClosedRemote) && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] rst_stream
      State n = s;
      std::uint32_t f = 0;
      --n.budget[2];
      n.touched |= 1;
      d_st_rst_stream<Variant_compliant>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{14}, f);
    }
    if (true) {  // st[0] read
      State n = s;
      std::uint32_t f = 0;
      d_st_read<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{15}, f);
    }
    if (true) {  // st[0] send_headers
      State n = s;
      std::uint32_t f = 0;
      d_st_send_headers<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{16}, f);
    }
    if (true) {  // st[0] send_data
      State n = s;
      std::uint32_t f = 0;
      d_st_send_data<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{17}, f);
    }
    if (true) {  // st[0] send_end_stream
      State n = s;
      std::uint32_t f = 0;
      d_st_send_end_stream<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{18}, f);
    }
    if (true) {  // st[0] cancel
      State n = s;
      std::uint32_t f = 0;
      d_st_cancel<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{19}, f);
    }
    if (true) {  // st[1] read
      State n = s;
      std::uint32_t f = 0;
      d_st_read<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{20}, f);
    }
    if (true) {  // st[1] send_headers
      State n = s;
      std::uint32_t f = 0;
      d_st_send_headers<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{21}, f);
    }
    if (true) {  // st[1] send_data
      State n = s;
      std::uint32_t f = 0;
      d_st_send_data<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{22}, f);
    }
    if (true) {  // st[1] send_end_stream
      State n = s;
      std::uint32_t f = 0;
      d_st_send_end_stream<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{23}, f);
    }
    if (true) {  // st[1] cancel
      State n = s;
      std::uint32_t f = 0;
      d_st_cancel<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{24}, f);
    }
    if (s.budget[3] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open) && s.gen_conn[0] == s.gen) {  // conn goaway
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_conn_goaway<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{25}, f);
    }
    if (true) {  // conn credit
      const std::size_t at = check_http2_conn::http2::connection::detail::index_of(get_conn(s, 0));
      if (fast && same_conn_credit[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_conn_credit<Variant_compliant>[at];
        if (also & 0xeull) invariants_compliant(s, also, f);
        same(Label{26}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_conn_credit<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{26}, f);
      }
    }
    if (s.budget[4] > 0) {  // conn shutdown
      State n = s;
      std::uint32_t f = 0;
      --n.budget[4];
      n.touched |= 1;
      d_conn_shutdown<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{27}, f);
    }
    if (s.budget[4] > 0 && s.gen_conn[0] == s.gen) {  // conn conduit_break
      State n = s;
      std::uint32_t f = 0;
      --n.budget[4];
      n.touched |= 1;
      d_conn_conduit_break<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{28}, f);
    }
  }

  void canonicalize([[maybe_unused]] State& s) const {
    {
      struct Key {
        std::remove_cvref_t<decltype(s.st[0])> st;
        std::remove_cvref_t<decltype(s.vars_st[0])> vars_st;
        std::uint8_t gen_st;
        std::uint32_t closed_st;
      };
      std::array<std::array<unsigned char, sizeof(Key)>, 2> keys{};
      for (int i = 0; i < 2; ++i) {
        Key k;
        std::memset(static_cast<void*>(&k), 0, sizeof(Key));  // padding included: keys compare as bytes
        k.st = s.st[i];
        k.vars_st = s.vars_st[i];
        k.gen_st = s.gen_st[i];
        k.closed_st = s.closed_st[i];
        std::memcpy(keys[i].data(), &k, sizeof(Key));
      }
      std::sort(keys.begin(), keys.end());
      for (int i = 0; i < 2; ++i) {
        Key k;
        std::memcpy(&k, keys[i].data(), sizeof(Key));
        s.st[i] = k.st;
        s.vars_st[i] = k.vars_st;
        s.gen_st[i] = k.gen_st;
        s.closed_st[i] = k.closed_st;
      }
    }
  }

  /// Whether s is a goal of graph property p: settled (no_stuck), every instance terminal (terminates).
  bool goal([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 8) return settled(s);
    return false;
  }

  /// How many obligations leads_to property p follows (one per instance of its group).
  std::size_t open_count([[maybe_unused]] std::size_t p) const {
    return 0;
  }

  /// Whether obligation j of leads_to property p is open in s.
  bool open([[maybe_unused]] std::size_t p, [[maybe_unused]] std::size_t j, [[maybe_unused]] const State& s) const {
    return false;
  }

  /// Whether s is what reachable property p asks for.
  bool reached([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 9) return (s.st[0] == check_http2_conn::http2::stream::State::Closed) && (s.st[1] == check_http2_conn::http2::stream::State::Closed) && (s.conn[0] == check_http2_conn::http2::connection::State::Open);
    if (p == 10) return (s.st[0] == check_http2_conn::http2::stream::State::HalfClosedRemote) && (s.st[1] == check_http2_conn::http2::stream::State::HalfClosedRemote) && ((value(s.vars_st[0].buffered) > 0) || (value(s.vars_st[1].buffered) > 0));
    return false;
  }
};

struct Variant_hostile {
  [[maybe_unused]] static constexpr std::uint32_t bit_no_silent_drop = 1u << 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_data_after_close = 1u << 1;
  [[maybe_unused]] static constexpr std::uint32_t bit_data_after_trailers = 1u << 2;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_data_after_reset = 1u << 3;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_data_after_cancel = 1u << 4;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_read_after_closed = 1u << 5;
  [[maybe_unused]] static constexpr std::uint32_t bit_compliant_peer = 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_windows = 1u << 6;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_stuck = 1u << 7;
  [[maybe_unused]] static constexpr std::uint32_t bit_stream_closes = 1u << 8;
  [[maybe_unused]] static constexpr std::uint32_t bit_stream_half_closed = 1u << 9;
};

/// The always properties of variant hostile, on a state after a step whose `touched`
/// parts changed: each index only where a part it reads did.
void invariants_hostile(const State& s, std::uint64_t touched, std::uint32_t& f) {
  using V = Variant_hostile;
  if (V::bit_windows && (touched & 0x6ull) && true && !(value(s.vars_conn[0].conn_window) >= 0 && value(s.vars_st[0].send_window) >= 0 && value(s.vars_st[0].buffered) <= 2)) f |= V::bit_windows;
  if (V::bit_windows && (touched & 0xaull) && true && !(value(s.vars_conn[0].conn_window) >= 0 && value(s.vars_st[1].send_window) >= 0 && value(s.vars_st[1].buffered) <= 2)) f |= V::bit_windows;
}

/// Variant hostile: its inputs, properties and symmetry.
struct Model_hostile {
  using State = ::State;
  using Key = ::Key;
  static constexpr auto word_bits = ::key_word_bits;
  [[gnu::always_inline]] static Key pack(const State& s) { return ::pack(s); }
  [[gnu::always_inline]] static State unpack(const Key& k) { return ::unpack(k); }
  [[gnu::always_inline]] static Key repack(const Key& k, const State& s) { return ::repack(k, s); }
  static constexpr std::size_t property_count = 10;
  static constexpr bool needs_graph = true;
  /// Properties decided on the whole graph (no_stuck, terminates) and by a reachable state (reachable).
  static constexpr std::array<std::size_t, 1> graph_properties = {7};
  /// leads_to properties: an obligation per instance, open or not in each state (open()).
  static constexpr std::array<std::size_t, 0> open_properties = {};
  static constexpr std::array<std::size_t, 2> reach_properties = {8, 9};
  static constexpr std::array<std::string_view, 10> properties = {"no_silent_drop", "data_after_close", "data_after_trailers", "no_data_after_reset", "no_data_after_cancel", "no_read_after_closed", "windows", "no_stuck", "stream_closes", "stream_half_closed"};
  struct Option {
    std::string_view instance;
    std::string_view event;  // empty for a channel step (the message decides)
    bool stale;
    std::string_view via;      // a channel step: its channel ...
    std::string_view network;  // ... and deliver, lose, duplicate or reorder
  };
  static constexpr std::array<Option, 33> options = {{
      {"conn", "settings", false, "", ""},
      {"st[0]", "headers", false, "", ""},
      {"st[0]", "headers_end", false, "", ""},
      {"st[0]", "push_promise", false, "", ""},
      {"st[0]", "data", false, "", ""},
      {"st[0]", "end_stream", false, "", ""},
      {"st[0]", "rst_stream", false, "", ""},
      {"st[0]", "window_update(n=1)", false, "", ""},
      {"st[0]", "window_update(n=2)", false, "", ""},
      {"st[0]", "priority", false, "", ""},
      {"st[1]", "headers", false, "", ""},
      {"st[1]", "headers_end", false, "", ""},
      {"st[1]", "push_promise", false, "", ""},
      {"st[1]", "data", false, "", ""},
      {"st[1]", "end_stream", false, "", ""},
      {"st[1]", "rst_stream", false, "", ""},
      {"st[1]", "window_update(n=1)", false, "", ""},
      {"st[1]", "window_update(n=2)", false, "", ""},
      {"st[1]", "priority", false, "", ""},
      {"st[0]", "read", false, "", ""},
      {"st[0]", "send_headers", false, "", ""},
      {"st[0]", "send_data", false, "", ""},
      {"st[0]", "send_end_stream", false, "", ""},
      {"st[0]", "cancel", false, "", ""},
      {"st[1]", "read", false, "", ""},
      {"st[1]", "send_headers", false, "", ""},
      {"st[1]", "send_data", false, "", ""},
      {"st[1]", "send_end_stream", false, "", ""},
      {"st[1]", "cancel", false, "", ""},
      {"conn", "goaway", false, "", ""},
      {"conn", "credit", false, "", ""},
      {"conn", "shutdown", false, "", ""},
      {"conn", "conduit_break", false, "", ""},
  }};

  State initial() const {
    State s{};
    for (int i = 0; i < 1; ++i) put_conn(s, i, {});  // the initial configuration
    for (int i = 0; i < 2; ++i) put_st(s, i, {});  // the initial configuration
    s.budget[0] = 3;
    s.budget[1] = 1;
    s.budget[2] = 1;
    return s;
  }

  /// Each input enabled in s: emit(successor, its label, the properties it violates).
  /// `also`: parts whose invariants are checked after every step, changed or not (all of
  /// them from the initial state).
  template <class F>
  void successors(const State& s, F&& emit, std::uint64_t also = 0) const {
    successors(s, emit, phasegen::check::NoSame{}, also);
  }

  /// The same, but a step known in advance to change nothing is told to same(its label,
  /// the properties it violates) instead, without a successor (it would be s itself);
  /// unless `same` is a phasegen::check::NoSame.
  template <class F, class G>
  void successors(const State& s, F&& emit, [[maybe_unused]] G&& same, [[maybe_unused]] std::uint64_t also) const {
    [[maybe_unused]] constexpr bool fast = !std::is_same_v<std::remove_cvref_t<G>, phasegen::check::NoSame>;
    if ((s.conn[0] == check_http2_conn::http2::connection::State::Preface) && s.gen_conn[0] == s.gen) {  // conn settings
      const std::size_t at = check_http2_conn::http2::connection::detail::index_of(get_conn(s, 0));
      if (fast && same_conn_settings[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_conn_settings<Variant_hostile>[at];
        if (also & 0xeull) invariants_hostile(s, also, f);
        same(Label{0}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_conn_settings<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{0}, f);
      }
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] headers
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_headers<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{1}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] headers_end
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_headers_end<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{2}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] push_promise
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_push_promise<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{3}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] data
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_data<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{4}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] end_stream
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_end_stream<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{5}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] rst_stream
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_rst_stream<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{6}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] window_update(n=1)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_window_update<Variant_hostile>(n, 0, s.gen, f, check_http2_conn::http2::stream::Args{.n = 1});
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{7}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] window_update(n=2)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_window_update<Variant_hostile>(n, 0, s.gen, f, check_http2_conn::http2::stream::Args{.n = 2});
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{8}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[0] == s.gen) {  // st[0] priority
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_priority<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{9}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] headers
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_headers<Variant_hostile>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{10}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] headers_end
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_headers_end<Variant_hostile>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{11}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] push_promise
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_push_promise<Variant_hostile>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{12}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] data
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_data<Variant_hostile>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{13}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] end_stream
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_end_stream<Variant_hostile>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{14}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] rst_stream
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_rst_stream<Variant_hostile>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{15}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] window_update(n=1)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_window_update<Variant_hostile>(n, 1, s.gen, f, check_http2_conn::http2::stream::Args{.n = 1});
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{16}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] window_update(n=2)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_window_update<Variant_hostile>(n, 1, s.gen, f, check_http2_conn::http2::stream::Args{.n = 2});
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{17}, f);
    }
    if (s.budget[0] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open || s.conn[0] == check_http2_conn::http2::connection::State::GoingAway) && s.gen_st[1] == s.gen) {  // st[1] priority
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_st_priority<Variant_hostile>(n, 1, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{18}, f);
    }
    if (true) {  // st[0] read
      State n = s;
      std::uint32_t f = 0;
      d_st_read<Variant_hostile>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{19}, f);
    }
    if (true) {  // st[0] send_headers
      State n = s;
      std::uint32_t f = 0;
      d_st_send_headers<Variant_hostile>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{20}, f);
    }
    if (true) {  // st[0] send_data
      State n = s;
      std::uint32_t f = 0;
      d_st_send_data<Variant_hostile>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{21}, f);
    }
    if (true) {  // st[0] send_end_stream
      State n = s;
      std::uint32_t f = 0;
      d_st_send_end_stream<Variant_hostile>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{22}, f);
    }
    if (true) {  // st[0] cancel
      State n = s;
      std::uint32_t f = 0;
      d_st_cancel<Variant_hostile>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{23}, f);
    }
    if (true) {  // st[1] read
      State n = s;
      std::uint32_t f = 0;
      d_st_read<Variant_hostile>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{24}, f);
    }
    if (true) {  // st[1] send_headers
      State n = s;
      std::uint32_t f = 0;
      d_st_send_headers<Variant_hostile>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{25}, f);
    }
    if (true) {  // st[1] send_data
      State n = s;
      std::uint32_t f = 0;
      d_st_send_data<Variant_hostile>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{26}, f);
    }
    if (true) {  // st[1] send_end_stream
      State n = s;
      std::uint32_t f = 0;
      d_st_send_end_stream<Variant_hostile>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{27}, f);
    }
    if (true) {  // st[1] cancel
      State n = s;
      std::uint32_t f = 0;
      d_st_cancel<Variant_hostile>(n, 1, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{28}, f);
    }
    if (s.budget[1] > 0 && (s.conn[0] == check_http2_conn::http2::connection::State::Open) && s.gen_conn[0] == s.gen) {  // conn goaway
      State n = s;
      std::uint32_t f = 0;
      --n.budget[1];
      n.touched |= 1;
      d_conn_goaway<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{29}, f);
    }
    if (true) {  // conn credit
      const std::size_t at = check_http2_conn::http2::connection::detail::index_of(get_conn(s, 0));
      if (fast && same_conn_credit[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_conn_credit<Variant_hostile>[at];
        if (also & 0xeull) invariants_hostile(s, also, f);
        same(Label{30}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_conn_credit<Variant_hostile>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{30}, f);
      }
    }
    if (s.budget[2] > 0) {  // conn shutdown
      State n = s;
      std::uint32_t f = 0;
      --n.budget[2];
      n.touched |= 1;
      d_conn_shutdown<Variant_hostile>(n, 0, -1, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{31}, f);
    }
    if (s.budget[2] > 0 && s.gen_conn[0] == s.gen) {  // conn conduit_break
      State n = s;
      std::uint32_t f = 0;
      --n.budget[2];
      n.touched |= 1;
      d_conn_conduit_break<Variant_hostile>(n, 0, s.gen, f);
      if ((n.touched | also) & 0xeull) invariants_hostile(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{32}, f);
    }
  }

  void canonicalize([[maybe_unused]] State& s) const {
    {
      struct Key {
        std::remove_cvref_t<decltype(s.st[0])> st;
        std::remove_cvref_t<decltype(s.vars_st[0])> vars_st;
        std::uint8_t gen_st;
        std::uint32_t closed_st;
      };
      std::array<std::array<unsigned char, sizeof(Key)>, 2> keys{};
      for (int i = 0; i < 2; ++i) {
        Key k;
        std::memset(static_cast<void*>(&k), 0, sizeof(Key));  // padding included: keys compare as bytes
        k.st = s.st[i];
        k.vars_st = s.vars_st[i];
        k.gen_st = s.gen_st[i];
        k.closed_st = s.closed_st[i];
        std::memcpy(keys[i].data(), &k, sizeof(Key));
      }
      std::sort(keys.begin(), keys.end());
      for (int i = 0; i < 2; ++i) {
        Key k;
        std::memcpy(&k, keys[i].data(), sizeof(Key));
        s.st[i] = k.st;
        s.vars_st[i] = k.vars_st;
        s.gen_st[i] = k.gen_st;
        s.closed_st[i] = k.closed_st;
      }
    }
  }

  /// Whether s is a goal of graph property p: settled (no_stuck), every instance terminal (terminates).
  bool goal([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 7) return settled(s);
    return false;
  }

  /// How many obligations leads_to property p follows (one per instance of its group).
  std::size_t open_count([[maybe_unused]] std::size_t p) const {
    return 0;
  }

  /// Whether obligation j of leads_to property p is open in s.
  bool open([[maybe_unused]] std::size_t p, [[maybe_unused]] std::size_t j, [[maybe_unused]] const State& s) const {
    return false;
  }

  /// Whether s is what reachable property p asks for.
  bool reached([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 8) return (s.st[0] == check_http2_conn::http2::stream::State::Closed) && (s.st[1] == check_http2_conn::http2::stream::State::Closed) && (s.conn[0] == check_http2_conn::http2::connection::State::Open);
    if (p == 9) return (s.st[0] == check_http2_conn::http2::stream::State::HalfClosedRemote) && (s.st[1] == check_http2_conn::http2::stream::State::HalfClosedRemote) && ((value(s.vars_st[0].buffered) > 0) || (value(s.vars_st[1].buffered) > 0));
    return false;
  }
};

void print_progress(std::size_t states, std::size_t depth, double seconds) {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  std::fprintf(stderr, "phasegen: %zu states, depth %zu, %.0f states/s, %ld MiB, %.1f s\n", states, depth,
               static_cast<double>(states) / seconds, usage.ru_maxrss / 1024, seconds);
}

template <class Model>
int run(std::string_view variant, const phasegen::check::Options& opt) {
  const bool symmetry = opt.symmetry, paths = opt.paths, no_stuck = opt.no_stuck;
  const Model model;
  const auto r = phasegen::check::explore(model, symmetry, opt.max_states, no_stuck, opt.threads,
                                          opt.progress ? print_progress : nullptr, opt.expect_states);
  const double rate = r.seconds > 0 ? static_cast<double>(r.states) / r.seconds : 0;
  std::printf("http2_conn [%.*s]: %zu states, %zu transitions, depth %zu, %.3f s, %.0f states/s, peak %ld MiB, "
              "%.1f bytes/state (%zu-byte keys%s)%s, %u thread%s\n",
              static_cast<int>(variant.size()), variant.data(), r.states, r.transitions, r.depth, r.seconds, rate,
              r.peak_kib / 1024, static_cast<double>(r.store_bytes) / static_cast<double>(r.states), sizeof(Key),
              r.slot_bytes < sizeof(Key) ? ", 8-byte slots" : "",  // two-word keys stored as one-word quotients
              symmetry ? "" : ", symmetry off", r.threads, r.threads == 1 ? "" : "s");
  if (r.overflowed != 0) std::printf("  (%zu states past the compact set's probe limit, kept aside)\n", r.overflowed);
  for (std::size_t p = 0; p < Model::property_count; ++p) {
    const auto name = Model::properties[p];
    const bool graph = std::find(Model::graph_properties.begin(), Model::graph_properties.end(), p) !=
                           Model::graph_properties.end() ||
                       std::find(Model::open_properties.begin(), Model::open_properties.end(), p) !=
                           Model::open_properties.end();
    const bool reach = std::find(Model::reach_properties.begin(), Model::reach_properties.end(), p) !=
                       Model::reach_properties.end();
    if (!no_stuck && graph) {
      std::printf("  %.*s: not checked (--skip-no-stuck)\n", static_cast<int>(name.size()), name.data());
      continue;
    }
    if (!r.failures[p].found) {
      std::printf(reach ? "  %.*s: FAILS: unreachable\n" : "  %.*s: proved\n", static_cast<int>(name.size()),
                  name.data());
      continue;
    }
    std::printf(reach ? "  %.*s: reachable in %zu steps\n" : "  %.*s: FAILS in %zu steps\n",
                static_cast<int>(name.size()), name.data(), r.paths[p].size());
    if (!paths) continue;
    std::printf("path {\"property\": \"%.*s\", \"inputs\": [", static_cast<int>(name.size()), name.data());
    for (std::size_t k = 0; k < r.paths[p].size(); ++k) {
      const auto& o = Model::options[r.paths[p][k].option];
      std::printf("%s[\"%.*s\", \"%.*s\", %s", k ? ", " : "", static_cast<int>(o.instance.size()), o.instance.data(),
                  static_cast<int>(o.event.size()), o.event.data(), o.stale ? "true" : "false");
      if (!o.via.empty())
        std::printf(", \"%.*s\", \"%.*s\"", static_cast<int>(o.via.size()), o.via.data(),
                    static_cast<int>(o.network.size()), o.network.data());
      std::printf("]");
    }
    std::printf("]}\n");
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  phasegen::check::Options o;
  if (const int bad = phasegen::check::parse_options(argc, argv, o)) return bad;
  bool ran = false;
  if (o.only.empty() || o.only == "compliant") {
    ran = true;
    run<Model_compliant>("compliant", o);
  }
  if (o.only.empty() || o.only == "hostile") {
    ran = true;
    run<Model_hostile>("hostile", o);
  }
  if (!ran) {
    std::fprintf(stderr, "no variant named %.*s\n", static_cast<int>(o.only.size()), o.only.data());
    return 2;
  }
  return 0;
}
