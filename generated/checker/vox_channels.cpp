// DO NOT EDIT: generated from spec/vox/system.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// The checker of system vox_channels: breadth-first exploration of every variant,
// stepping the machines through their generated step() functions (with this system's
// param overrides). Same semantics as codegen/explore.py; see docs/checker.md.
//
// usage: vox_channels-checker [--variant NAME] [--no-symmetry] [--max-states N] [--states N] [--paths]
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
#include "check_vox_channels/vox/session.hpp"
#include "check_vox_channels/vox/rx_channel.hpp"
#include "check_vox_channels/vox/tx_channel.hpp"

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
  std::uint8_t budget[4];  // per budgeted input of the variant
  check_vox_channels::vox::session::State session[1];
  check_vox_channels::vox::session::Vars vars_session[1];
  std::uint8_t gen_session[1];     // the generation each instance belongs to
  std::uint32_t closed_session[1];  // ghost: bit j, the group's j-th data_after_close or never_after saw its close or 'after'
  check_vox_channels::vox::rx_channel::State ch[2];
  check_vox_channels::vox::rx_channel::Vars vars_ch[2];
  std::uint8_t gen_ch[2];     // the generation each instance belongs to
  std::uint32_t closed_ch[2];  // ghost: bit j, the group's j-th data_after_close or never_after saw its close or 'after'
  check_vox_channels::vox::tx_channel::State peer[2];
  check_vox_channels::vox::tx_channel::Vars vars_peer[2];
  std::uint8_t gen_peer[2];     // the generation each instance belongs to
  std::uint32_t closed_peer[2];  // ghost: bit j, the group's j-th data_after_close or never_after saw its close or 'after'
};

[[gnu::always_inline]] inline check_vox_channels::vox::session::Config get_session(const State& s, int i) {
  return {s.session[i], s.vars_session[i]};
}

[[gnu::always_inline]] inline void put_session(State& s, int i, const check_vox_channels::vox::session::Config& c) {
  if (get_session(s, i) == c) return;
  s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  s.session[i] = c.state;
  s.vars_session[i] = c.vars;
}

[[gnu::always_inline]] inline check_vox_channels::vox::rx_channel::Config get_ch(const State& s, int i) {
  return {s.ch[i], s.vars_ch[i]};
}

[[gnu::always_inline]] inline void put_ch(State& s, int i, const check_vox_channels::vox::rx_channel::Config& c) {
  if (get_ch(s, i) == c) return;
  s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  s.ch[i] = c.state;
  s.vars_ch[i] = c.vars;
}

[[gnu::always_inline]] inline check_vox_channels::vox::tx_channel::Config get_peer(const State& s, int i) {
  return {s.peer[i], s.vars_peer[i]};
}

[[gnu::always_inline]] inline void put_peer(State& s, int i, const check_vox_channels::vox::tx_channel::Config& c) {
  if (get_peer(s, i) == c) return;
  s.touched |= std::uint64_t{1} << std::min(4 + i, 63);
  s.peer[i] = c.state;
  s.vars_peer[i] = c.vars;
}

[[maybe_unused]] constexpr bool terminal_session[] = {false, false, false, true};
[[maybe_unused]] constexpr bool terminal_ch[] = {false, false, false, false, false, false, true, false, false, true};
[[maybe_unused]] constexpr bool terminal_peer[] = {false, true, true, true};

/// The packed form: 1 64-bit word(s), one bit field per part of the state, as
/// wide as its range needs (generations are bounded by 1 here).
using Key = std::array<std::uint64_t, 1>;
/// The bits of each word the fields use (37 in all).
constexpr std::array<unsigned, 1> key_word_bits = {37};

[[gnu::always_inline]] inline Key pack(const State& s) {
  Key k{};
  k[0] |= static_cast<std::uint64_t>(s.gen) << 0;  // gen: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[0]) << 1;  // budget0: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[1]) << 3;  // budget1: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[2]) << 4;  // budget2: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[3]) << 5;  // budget3: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.session[0])) << 6;  // session[0].state: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_session[0].attempts - (0))) << 8;  // session[0].attempts: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.gen_session[0]) << 10;  // session[0].gen: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.ch[0])) << 11;  // ch[0].state: 4 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_ch[0].queued - (0))) << 15;  // ch[0].queued: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.gen_ch[0]) << 17;  // ch[0].gen: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.closed_ch[0]) << 18;  // ch[0].closed: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.ch[1])) << 19;  // ch[1].state: 4 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_ch[1].queued - (0))) << 23;  // ch[1].queued: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.gen_ch[1]) << 25;  // ch[1].gen: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.closed_ch[1]) << 26;  // ch[1].closed: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.peer[0])) << 27;  // peer[0].state: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_peer[0].window - (0))) << 29;  // peer[0].window: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.gen_peer[0]) << 31;  // peer[0].gen: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.peer[1])) << 32;  // peer[1].state: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>((s.vars_peer[1].window - (0))) << 34;  // peer[1].window: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.gen_peer[1]) << 36;  // peer[1].gen: 1 bit(s)
  return k;
}

/// The key of a successor of the state packed in `k`: only the parts the step touched
/// are packed again (one instance, mostly, and the budgets).
[[gnu::always_inline]] inline Key repack(Key k, const State& s) {
  if (s.touched & (std::uint64_t{1} << 0)) {
    k[0] &= ~0x3full;
    k[0] |= static_cast<std::uint64_t>(s.gen) << 0;  // gen
    k[0] |= static_cast<std::uint64_t>(s.budget[0]) << 1;  // budget0
    k[0] |= static_cast<std::uint64_t>(s.budget[1]) << 3;  // budget1
    k[0] |= static_cast<std::uint64_t>(s.budget[2]) << 4;  // budget2
    k[0] |= static_cast<std::uint64_t>(s.budget[3]) << 5;  // budget3
  }
  if (s.touched & (std::uint64_t{1} << 1)) {
    k[0] &= ~0x7c0ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.session[0])) << 6;  // session[0].state
    k[0] |= static_cast<std::uint64_t>((s.vars_session[0].attempts - (0))) << 8;  // session[0].attempts
    k[0] |= static_cast<std::uint64_t>(s.gen_session[0]) << 10;  // session[0].gen
  }
  if (s.touched & (std::uint64_t{1} << 2)) {
    k[0] &= ~0x7f800ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.ch[0])) << 11;  // ch[0].state
    k[0] |= static_cast<std::uint64_t>((s.vars_ch[0].queued - (0))) << 15;  // ch[0].queued
    k[0] |= static_cast<std::uint64_t>(s.gen_ch[0]) << 17;  // ch[0].gen
    k[0] |= static_cast<std::uint64_t>(s.closed_ch[0]) << 18;  // ch[0].closed
  }
  if (s.touched & (std::uint64_t{1} << 3)) {
    k[0] &= ~0x7f80000ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.ch[1])) << 19;  // ch[1].state
    k[0] |= static_cast<std::uint64_t>((s.vars_ch[1].queued - (0))) << 23;  // ch[1].queued
    k[0] |= static_cast<std::uint64_t>(s.gen_ch[1]) << 25;  // ch[1].gen
    k[0] |= static_cast<std::uint64_t>(s.closed_ch[1]) << 26;  // ch[1].closed
  }
  if (s.touched & (std::uint64_t{1} << 4)) {
    k[0] &= ~0xf8000000ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.peer[0])) << 27;  // peer[0].state
    k[0] |= static_cast<std::uint64_t>((s.vars_peer[0].window - (0))) << 29;  // peer[0].window
    k[0] |= static_cast<std::uint64_t>(s.gen_peer[0]) << 31;  // peer[0].gen
  }
  if (s.touched & (std::uint64_t{1} << 5)) {
    k[0] &= ~0x1f00000000ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.peer[1])) << 32;  // peer[1].state
    k[0] |= static_cast<std::uint64_t>((s.vars_peer[1].window - (0))) << 34;  // peer[1].window
    k[0] |= static_cast<std::uint64_t>(s.gen_peer[1]) << 36;  // peer[1].gen
  }
  return k;
}

[[gnu::always_inline]] inline State unpack(const Key& k) {
  State s{};
  [[maybe_unused]] std::uint64_t x = 0;
  x = (k[0] >> 0) & 1u;
  s.gen = static_cast<std::uint8_t>(x);
  x = (k[0] >> 1) & 3u;
  s.budget[0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 3) & 1u;
  s.budget[1] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 4) & 1u;
  s.budget[2] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 5) & 1u;
  s.budget[3] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 6) & 3u;
  s.session[0] = static_cast<check_vox_channels::vox::session::State>(x);
  x = (k[0] >> 8) & 3u;
  s.vars_session[0].attempts = static_cast<decltype(s.vars_session[0].attempts)>(static_cast<int>(x) + (0));
  x = (k[0] >> 10) & 1u;
  s.gen_session[0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 11) & 15u;
  s.ch[0] = static_cast<check_vox_channels::vox::rx_channel::State>(x);
  x = (k[0] >> 15) & 3u;
  s.vars_ch[0].queued = static_cast<decltype(s.vars_ch[0].queued)>(static_cast<int>(x) + (0));
  x = (k[0] >> 17) & 1u;
  s.gen_ch[0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 18) & 1u;
  s.closed_ch[0] = static_cast<std::uint32_t>(x);
  x = (k[0] >> 19) & 15u;
  s.ch[1] = static_cast<check_vox_channels::vox::rx_channel::State>(x);
  x = (k[0] >> 23) & 3u;
  s.vars_ch[1].queued = static_cast<decltype(s.vars_ch[1].queued)>(static_cast<int>(x) + (0));
  x = (k[0] >> 25) & 1u;
  s.gen_ch[1] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 26) & 1u;
  s.closed_ch[1] = static_cast<std::uint32_t>(x);
  x = (k[0] >> 27) & 3u;
  s.peer[0] = static_cast<check_vox_channels::vox::tx_channel::State>(x);
  x = (k[0] >> 29) & 3u;
  s.vars_peer[0].window = static_cast<decltype(s.vars_peer[0].window)>(static_cast<int>(x) + (0));
  x = (k[0] >> 31) & 1u;
  s.gen_peer[0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 32) & 3u;
  s.peer[1] = static_cast<check_vox_channels::vox::tx_channel::State>(x);
  x = (k[0] >> 34) & 3u;
  s.vars_peer[1].window = static_cast<decltype(s.vars_peer[1].window)>(static_cast<int>(x) + (0));
  x = (k[0] >> 36) & 1u;
  s.gen_peer[1] = static_cast<std::uint8_t>(x);
  return s;
}

/// Terminal, or still in the initial configuration: may restart in a new generation.
bool renewable_session(const State& s, int i) {
  const auto c = get_session(s, i);
  return terminal_session[static_cast<std::size_t>(c.state)] || c == check_vox_channels::vox::session::Config{};
}

bool renewable_ch(const State& s, int i) {
  const auto c = get_ch(s, i);
  return terminal_ch[static_cast<std::size_t>(c.state)] || c == check_vox_channels::vox::rx_channel::Config{};
}

bool renewable_peer(const State& s, int i) {
  const auto c = get_peer(s, i);
  return terminal_peer[static_cast<std::size_t>(c.state)] || c == check_vox_channels::vox::tx_channel::Config{};
}

/// Every instance terminal or in its initial configuration (the goal of no_stuck); monitors aside.
[[maybe_unused]] bool settled(const State& s) {
  for (int i = 0; i < 1; ++i)
    if (!renewable_session(s, i)) return false;
  for (int i = 0; i < 2; ++i)
    if (!renewable_ch(s, i)) return false;
  for (int i = 0; i < 2; ++i)
    if (!renewable_peer(s, i)) return false;
  return true;
}

/// Every instance terminal (the goal of terminates); monitors aside.
[[maybe_unused]] bool all_terminal([[maybe_unused]] const State& s) {
  for (int i = 0; i < 1; ++i)
    if (!terminal_session[static_cast<std::size_t>(s.session[i])]) return false;
  for (int i = 0; i < 2; ++i)
    if (!terminal_ch[static_cast<std::size_t>(s.ch[i])]) return false;
  for (int i = 0; i < 2; ++i)
    if (!terminal_peer[static_cast<std::size_t>(s.peer[i])]) return false;
  return true;
}

template <class V>
void d_session_handshake_ok(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_ch_disconnect(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_peer_grant(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_ch_item(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_peer_reset(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_ch_close(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_peer_disconnect(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_ch_announce(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_peer_send(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_peer_close(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_ch_bind(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_ch_consume(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_ch_drop_receiver(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_session_conduit_break(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_session_resume_ok(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_session_shutdown(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_ch_reset(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_ch_grant(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void renew_ch_peer(State& s, std::uint32_t& f);

/// The checks of session handshake_ok that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_session_handshake_ok = [] {
  std::array<std::uint32_t, check_vox_channels::vox::session::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::session::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::session::step(c, check_vox_channels::vox::session::Event::handshake_ok);
    std::uint32_t f = 0;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of ch disconnect that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_ch_disconnect = [] {
  std::array<std::uint32_t, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::disconnect);
    std::uint32_t f = 0;
    if (V::bit_no_silent_drop && c.vars.queued > before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_no_silent_drop && c.vars.queued < before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of peer grant that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_peer_grant = [] {
  std::array<std::uint32_t, check_vox_channels::vox::tx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::tx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::tx_channel::step(c, check_vox_channels::vox::tx_channel::Event::grant);
    std::uint32_t f = 0;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of ch item that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_ch_item = [] {
  std::array<std::uint32_t, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::item);
    std::uint32_t f = 0;
    if (V::bit_no_silent_drop && o.disposition == Disposition::transition && c.vars.queued != before.vars.queued + 1) f |= V::bit_no_silent_drop;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    if (V::bit_no_refused_item && (o.disposition == Disposition::ignored || o.disposition == Disposition::rejected || o.disposition == Disposition::violation)) f |= V::bit_no_refused_item;
    t[k] = f;
  }
  return t;
}();

/// The checks of peer reset that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_peer_reset = [] {
  std::array<std::uint32_t, check_vox_channels::vox::tx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::tx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::tx_channel::step(c, check_vox_channels::vox::tx_channel::Event::reset);
    std::uint32_t f = 0;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of ch close that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_ch_close = [] {
  std::array<std::uint32_t, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::close);
    std::uint32_t f = 0;
    if (V::bit_no_silent_drop && c.vars.queued > before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_no_silent_drop && c.vars.queued < before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of peer disconnect that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_peer_disconnect = [] {
  std::array<std::uint32_t, check_vox_channels::vox::tx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::tx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::tx_channel::step(c, check_vox_channels::vox::tx_channel::Event::disconnect);
    std::uint32_t f = 0;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of ch announce that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_ch_announce = [] {
  std::array<std::uint32_t, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::announce);
    std::uint32_t f = 0;
    if (V::bit_no_silent_drop && c.vars.queued > before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_no_silent_drop && c.vars.queued < before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of peer send that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_peer_send = [] {
  std::array<std::uint32_t, check_vox_channels::vox::tx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::tx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::tx_channel::step(c, check_vox_channels::vox::tx_channel::Event::send);
    std::uint32_t f = 0;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of peer close that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_peer_close = [] {
  std::array<std::uint32_t, check_vox_channels::vox::tx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::tx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::tx_channel::step(c, check_vox_channels::vox::tx_channel::Event::close);
    std::uint32_t f = 0;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of ch bind that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_ch_bind = [] {
  std::array<std::uint32_t, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::bind);
    std::uint32_t f = 0;
    if (V::bit_no_silent_drop && c.vars.queued > before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_no_silent_drop && c.vars.queued < before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of ch consume that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_ch_consume = [] {
  std::array<std::uint32_t, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::consume);
    std::uint32_t f = 0;
    if (V::bit_no_silent_drop && c.vars.queued > before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_no_silent_drop && c.vars.queued < before.vars.queued && !(o.disposition == Disposition::transition && c.vars.queued == before.vars.queued - 1)) f |= V::bit_no_silent_drop;
    if (V::bit_no_delivery_after_terminal && terminal_ch[static_cast<std::size_t>(before.state)] && o.disposition == Disposition::transition) f |= V::bit_no_delivery_after_terminal;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of ch drop_receiver that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_ch_drop_receiver = [] {
  std::array<std::uint32_t, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::drop_receiver);
    std::uint32_t f = 0;
    if (V::bit_no_silent_drop && c.vars.queued > before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of session conduit_break that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_session_conduit_break = [] {
  std::array<std::uint32_t, check_vox_channels::vox::session::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::session::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::session::step(c, check_vox_channels::vox::session::Event::conduit_break);
    std::uint32_t f = 0;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of session resume_ok that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_session_resume_ok = [] {
  std::array<std::uint32_t, check_vox_channels::vox::session::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::session::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::session::step(c, check_vox_channels::vox::session::Event::resume_ok);
    std::uint32_t f = 0;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of session shutdown that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_session_shutdown = [] {
  std::array<std::uint32_t, check_vox_channels::vox::session::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::session::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::session::step(c, check_vox_channels::vox::session::Event::shutdown);
    std::uint32_t f = 0;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of ch reset that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_ch_reset = [] {
  std::array<std::uint32_t, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::reset);
    std::uint32_t f = 0;
    if (V::bit_no_silent_drop && c.vars.queued > before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_no_silent_drop && c.vars.queued < before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// The checks of ch grant that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_ch_grant = [] {
  std::array<std::uint32_t, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::grant);
    std::uint32_t f = 0;
    if (V::bit_no_silent_drop && c.vars.queued > before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_no_silent_drop && c.vars.queued < before.vars.queued) f |= V::bit_no_silent_drop;
    if (V::bit_credit_safety && o.disposition == Disposition::violation) f |= V::bit_credit_safety;
    t[k] = f;
  }
  return t;
}();

/// Whether session handshake_ok changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_session_handshake_ok = [] {
  std::array<bool, check_vox_channels::vox::session::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::session::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::session::step(c, check_vox_channels::vox::session::Event::handshake_ok);
    t[k] = !((o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::fail_channels)) != 0) && !((o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::begin_generation)) != 0) && c == before;
  }
  return t;
}();

/// Whether ch disconnect changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_ch_disconnect = [] {
  std::array<bool, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::disconnect);
    t[k] = !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) != 0) && !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) != 0) && c == before;
  }
  return t;
}();

/// Whether peer grant changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_peer_grant = [] {
  std::array<bool, check_vox_channels::vox::tx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::tx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::tx_channel::step(c, check_vox_channels::vox::tx_channel::Event::grant);
    t[k] = !((o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_item)) != 0) && !((o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_close)) != 0) && c == before;
  }
  return t;
}();

/// Whether peer reset changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_peer_reset = [] {
  std::array<bool, check_vox_channels::vox::tx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::tx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::tx_channel::step(c, check_vox_channels::vox::tx_channel::Event::reset);
    t[k] = !((o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_item)) != 0) && !((o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_close)) != 0) && c == before;
  }
  return t;
}();

/// Whether ch close changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_ch_close = [] {
  std::array<bool, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::close);
    t[k] = !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) != 0) && !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) != 0) && !((o.disposition == Disposition::transition)) && c == before;
  }
  return t;
}();

/// Whether peer disconnect changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_peer_disconnect = [] {
  std::array<bool, check_vox_channels::vox::tx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::tx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::tx_channel::step(c, check_vox_channels::vox::tx_channel::Event::disconnect);
    t[k] = !((o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_item)) != 0) && !((o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_close)) != 0) && c == before;
  }
  return t;
}();

/// Whether ch announce changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_ch_announce = [] {
  std::array<bool, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::announce);
    t[k] = !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) != 0) && !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) != 0) && c == before;
  }
  return t;
}();

/// Whether peer close changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_peer_close = [] {
  std::array<bool, check_vox_channels::vox::tx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::tx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::tx_channel::step(c, check_vox_channels::vox::tx_channel::Event::close);
    t[k] = !((o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_item)) != 0) && !((o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_close)) != 0) && c == before;
  }
  return t;
}();

/// Whether ch bind changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_ch_bind = [] {
  std::array<bool, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::bind);
    t[k] = !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) != 0) && !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) != 0) && c == before;
  }
  return t;
}();

/// Whether ch consume changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_ch_consume = [] {
  std::array<bool, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::consume);
    t[k] = !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) != 0) && !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) != 0) && c == before;
  }
  return t;
}();

/// Whether ch drop_receiver changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_ch_drop_receiver = [] {
  std::array<bool, check_vox_channels::vox::rx_channel::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::rx_channel::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::rx_channel::step(c, check_vox_channels::vox::rx_channel::Event::drop_receiver);
    t[k] = !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) != 0) && !((o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) != 0) && c == before;
  }
  return t;
}();

/// Whether session shutdown changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_session_shutdown = [] {
  std::array<bool, check_vox_channels::vox::session::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_vox_channels::vox::session::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_vox_channels::vox::session::step(c, check_vox_channels::vox::session::Event::shutdown);
    t[k] = !((o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::fail_channels)) != 0) && !((o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::begin_generation)) != 0) && c == before;
  }
  return t;
}();

/// ch disconnect delivered by a link: no dispatch where it changes nothing.
template <class V>
[[gnu::always_inline]] inline void l_ch_disconnect(State& s, int i, std::uint32_t& f) {
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, i));
  if (same_ch_disconnect[at]) {
    f |= local_ch_disconnect<V>[at];
    return;
  }
  d_ch_disconnect<V>(s, i, -1, f);
}

/// peer grant delivered by a link: no dispatch where it changes nothing.
template <class V>
[[gnu::always_inline]] inline void l_peer_grant(State& s, int i, std::uint32_t& f) {
  const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(get_peer(s, i));
  if (same_peer_grant[at]) {
    f |= local_peer_grant<V>[at];
    return;
  }
  d_peer_grant<V>(s, i, -1, f);
}

/// ch item delivered by a link.
template <class V>
[[gnu::always_inline]] inline void l_ch_item(State& s, int i, std::uint32_t& f) {
  d_ch_item<V>(s, i, -1, f);
}

/// peer reset delivered by a link: no dispatch where it changes nothing.
template <class V>
[[gnu::always_inline]] inline void l_peer_reset(State& s, int i, std::uint32_t& f) {
  const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(get_peer(s, i));
  if (same_peer_reset[at]) {
    f |= local_peer_reset<V>[at];
    return;
  }
  d_peer_reset<V>(s, i, -1, f);
}

/// ch close delivered by a link: no dispatch where it changes nothing.
template <class V>
[[gnu::always_inline]] inline void l_ch_close(State& s, int i, std::uint32_t& f) {
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, i));
  if (same_ch_close[at]) {
    f |= local_ch_close<V>[at];
    return;
  }
  d_ch_close<V>(s, i, -1, f);
}

/// peer disconnect delivered by a link: no dispatch where it changes nothing.
template <class V>
[[gnu::always_inline]] inline void l_peer_disconnect(State& s, int i, std::uint32_t& f) {
  const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(get_peer(s, i));
  if (same_peer_disconnect[at]) {
    f |= local_peer_disconnect<V>[at];
    return;
  }
  d_peer_disconnect<V>(s, i, -1, f);
}

template <class V>
void d_session_handshake_ok(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_session[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_session(s, i);
  const std::size_t at = check_vox_channels::vox::session::detail::index_of(before);
  const auto& x = check_vox_channels::vox::session::steps[static_cast<std::size_t>(check_vox_channels::vox::session::Event::handshake_ok) * check_vox_channels::vox::session::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::session::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.session[i] = o.to;
    s.vars_session[i] = x.vars;
  }
  f |= local_session_handshake_ok<V>[at];
  if (o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::fail_channels)) {
    l_ch_disconnect<V>(s, 0, f);
    l_ch_disconnect<V>(s, 1, f);
    l_peer_disconnect<V>(s, 0, f);
    l_peer_disconnect<V>(s, 1, f);
  }
  if (o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::begin_generation)) {
    renew_ch_peer<V>(s, f);
  }
}

template <class V>
void d_ch_disconnect(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_ch[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_ch(s, i);
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::rx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::rx_channel::Event::disconnect) * check_vox_channels::vox::rx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::rx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.ch[i] = o.to;
    s.vars_ch[i] = x.vars;
  }
  f |= local_ch_disconnect<V>[at];
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) {
    l_peer_reset<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) {
    l_peer_grant<V>(s, i, f);
  }
}

template <class V>
void d_peer_grant(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_peer[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_peer(s, i);
  const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::tx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::tx_channel::Event::grant) * check_vox_channels::vox::tx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::tx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(4 + i, 63);
    s.peer[i] = o.to;
    s.vars_peer[i] = x.vars;
  }
  f |= local_peer_grant<V>[at];
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_item)) {
    l_ch_item<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_close)) {
    l_ch_close<V>(s, i, f);
  }
}

template <class V>
void d_ch_item(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_ch[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_ch(s, i);
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::rx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::rx_channel::Event::item) * check_vox_channels::vox::rx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::rx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.ch[i] = o.to;
    s.vars_ch[i] = x.vars;
  }
  f |= local_ch_item<V>[at];
  if (V::bit_data_after_close && (s.closed_ch[i] & 1u) && o.disposition != Disposition::violation) f |= V::bit_data_after_close;
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) {
    l_peer_reset<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) {
    l_peer_grant<V>(s, i, f);
  }
}

template <class V>
void d_peer_reset(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_peer[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_peer(s, i);
  const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::tx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::tx_channel::Event::reset) * check_vox_channels::vox::tx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::tx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(4 + i, 63);
    s.peer[i] = o.to;
    s.vars_peer[i] = x.vars;
  }
  f |= local_peer_reset<V>[at];
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_item)) {
    l_ch_item<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_close)) {
    l_ch_close<V>(s, i, f);
  }
}

template <class V>
void d_ch_close(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_ch[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_ch(s, i);
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::rx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::rx_channel::Event::close) * check_vox_channels::vox::rx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::rx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.ch[i] = o.to;
    s.vars_ch[i] = x.vars;
  }
  f |= local_ch_close<V>[at];
  if ((o.disposition == Disposition::transition) && (s.closed_ch[i] & 1u) == 0) {  // a close or an 'after' seen
    s.closed_ch[i] |= 1u;
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) {
    l_peer_reset<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) {
    l_peer_grant<V>(s, i, f);
  }
}

template <class V>
void d_peer_disconnect(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_peer[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_peer(s, i);
  const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::tx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::tx_channel::Event::disconnect) * check_vox_channels::vox::tx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::tx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(4 + i, 63);
    s.peer[i] = o.to;
    s.vars_peer[i] = x.vars;
  }
  f |= local_peer_disconnect<V>[at];
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_item)) {
    l_ch_item<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_close)) {
    l_ch_close<V>(s, i, f);
  }
}

template <class V>
void d_ch_announce(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_ch[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_ch(s, i);
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::rx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::rx_channel::Event::announce) * check_vox_channels::vox::rx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::rx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.ch[i] = o.to;
    s.vars_ch[i] = x.vars;
  }
  f |= local_ch_announce<V>[at];
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) {
    l_peer_reset<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) {
    l_peer_grant<V>(s, i, f);
  }
}

template <class V>
void d_peer_send(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_peer[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_peer(s, i);
  const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::tx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::tx_channel::Event::send) * check_vox_channels::vox::tx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::tx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(4 + i, 63);
    s.peer[i] = o.to;
    s.vars_peer[i] = x.vars;
  }
  f |= local_peer_send<V>[at];
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_item)) {
    l_ch_item<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_close)) {
    l_ch_close<V>(s, i, f);
  }
}

template <class V>
void d_peer_close(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_peer[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_peer(s, i);
  const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::tx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::tx_channel::Event::close) * check_vox_channels::vox::tx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::tx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(4 + i, 63);
    s.peer[i] = o.to;
    s.vars_peer[i] = x.vars;
  }
  f |= local_peer_close<V>[at];
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_item)) {
    l_ch_item<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::tx_channel::bit(check_vox_channels::vox::tx_channel::Action::send_close)) {
    l_ch_close<V>(s, i, f);
  }
}

template <class V>
void d_ch_bind(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_ch[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_ch(s, i);
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::rx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::rx_channel::Event::bind) * check_vox_channels::vox::rx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::rx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.ch[i] = o.to;
    s.vars_ch[i] = x.vars;
  }
  f |= local_ch_bind<V>[at];
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) {
    l_peer_reset<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) {
    l_peer_grant<V>(s, i, f);
  }
}

template <class V>
void d_ch_consume(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_ch[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_ch(s, i);
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::rx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::rx_channel::Event::consume) * check_vox_channels::vox::rx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::rx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.ch[i] = o.to;
    s.vars_ch[i] = x.vars;
  }
  f |= local_ch_consume<V>[at];
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) {
    l_peer_reset<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) {
    l_peer_grant<V>(s, i, f);
  }
}

template <class V>
void d_ch_drop_receiver(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_ch[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_ch(s, i);
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::rx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::rx_channel::Event::drop_receiver) * check_vox_channels::vox::rx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::rx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.ch[i] = o.to;
    s.vars_ch[i] = x.vars;
  }
  f |= local_ch_drop_receiver<V>[at];
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) {
    l_peer_reset<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) {
    l_peer_grant<V>(s, i, f);
  }
}

template <class V>
void d_session_conduit_break(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_session[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_session(s, i);
  const std::size_t at = check_vox_channels::vox::session::detail::index_of(before);
  const auto& x = check_vox_channels::vox::session::steps[static_cast<std::size_t>(check_vox_channels::vox::session::Event::conduit_break) * check_vox_channels::vox::session::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::session::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.session[i] = o.to;
    s.vars_session[i] = x.vars;
  }
  f |= local_session_conduit_break<V>[at];
  if (o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::fail_channels)) {
    l_ch_disconnect<V>(s, 0, f);
    l_ch_disconnect<V>(s, 1, f);
    l_peer_disconnect<V>(s, 0, f);
    l_peer_disconnect<V>(s, 1, f);
  }
  if (o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::begin_generation)) {
    renew_ch_peer<V>(s, f);
  }
}

template <class V>
void d_session_resume_ok(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_session[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_session(s, i);
  const std::size_t at = check_vox_channels::vox::session::detail::index_of(before);
  const auto& x = check_vox_channels::vox::session::steps[static_cast<std::size_t>(check_vox_channels::vox::session::Event::resume_ok) * check_vox_channels::vox::session::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::session::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.session[i] = o.to;
    s.vars_session[i] = x.vars;
  }
  f |= local_session_resume_ok<V>[at];
  if (o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::fail_channels)) {
    l_ch_disconnect<V>(s, 0, f);
    l_ch_disconnect<V>(s, 1, f);
    l_peer_disconnect<V>(s, 0, f);
    l_peer_disconnect<V>(s, 1, f);
  }
  if (o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::begin_generation)) {
    renew_ch_peer<V>(s, f);
  }
}

template <class V>
void d_session_shutdown(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_session[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_session(s, i);
  const std::size_t at = check_vox_channels::vox::session::detail::index_of(before);
  const auto& x = check_vox_channels::vox::session::steps[static_cast<std::size_t>(check_vox_channels::vox::session::Event::shutdown) * check_vox_channels::vox::session::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::session::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.session[i] = o.to;
    s.vars_session[i] = x.vars;
  }
  f |= local_session_shutdown<V>[at];
  if (o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::fail_channels)) {
    l_ch_disconnect<V>(s, 0, f);
    l_ch_disconnect<V>(s, 1, f);
    l_peer_disconnect<V>(s, 0, f);
    l_peer_disconnect<V>(s, 1, f);
  }
  if (o.actions & check_vox_channels::vox::session::bit(check_vox_channels::vox::session::Action::begin_generation)) {
    renew_ch_peer<V>(s, f);
  }
}

template <class V>
void d_ch_reset(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_ch[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_ch(s, i);
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::rx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::rx_channel::Event::reset) * check_vox_channels::vox::rx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::rx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.ch[i] = o.to;
    s.vars_ch[i] = x.vars;
  }
  f |= local_ch_reset<V>[at];
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) {
    l_peer_reset<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) {
    l_peer_grant<V>(s, i, f);
  }
}

template <class V>
void d_ch_grant(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_ch[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_ch(s, i);
  const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(before);
  const auto& x = check_vox_channels::vox::rx_channel::steps[static_cast<std::size_t>(check_vox_channels::vox::rx_channel::Event::grant) * check_vox_channels::vox::rx_channel::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_vox_channels::vox::rx_channel::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.ch[i] = o.to;
    s.vars_ch[i] = x.vars;
  }
  f |= local_ch_grant<V>[at];
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::send_reset)) {
    l_peer_reset<V>(s, i, f);
  }
  if (o.actions & check_vox_channels::vox::rx_channel::bit(check_vox_channels::vox::rx_channel::Action::grant_credit)) {
    l_peer_grant<V>(s, i, f);
  }
}

/// Begins a generation: instances that are terminal or initial restart in it; the ends
/// of one channel (same index, groups with several instances) restart together.
template <class V>
void renew_ch_peer(State& s, [[maybe_unused]] std::uint32_t& f) {
  s.touched = ~std::uint64_t{0};
  if (++s.gen > 1) {
    std::fprintf(stderr, "phasegen checker: more than 1 generations; bound the inputs that begin one\n");
    std::exit(2);
  }
  for (int i = 0; i < 2; ++i) {
    const bool ok = renewable_ch(s, i) && renewable_peer(s, i);
    if (!ok) continue;
    if (V::bit_no_silent_drop && s.vars_ch[i].queued > 0) f |= V::bit_no_silent_drop;
    put_ch(s, i, {});
    s.gen_ch[i] = s.gen;
    s.closed_ch[i] = 0;
  }
  for (int i = 0; i < 2; ++i) {
    const bool ok = renewable_ch(s, i) && renewable_peer(s, i);
    if (!ok) continue;
    put_peer(s, i, {});
    s.gen_peer[i] = s.gen;
    s.closed_peer[i] = 0;
  }
  for (auto& gen : s.gen_session) gen = s.gen;  // not restarted: lives on in the new generation
}

struct Variant_compliant {
  [[maybe_unused]] static constexpr std::uint32_t bit_no_silent_drop = 1u << 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_data_after_close = 1u << 1;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_delivery_after_terminal = 1u << 2;
  [[maybe_unused]] static constexpr std::uint32_t bit_credit_safety = 1u << 3;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_refused_item = 1u << 4;
  [[maybe_unused]] static constexpr std::uint32_t bit_stale_isolation = 1u << 5;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_stuck = 1u << 6;
  [[maybe_unused]] static constexpr std::uint32_t bit_credit_conserved = 1u << 7;
  [[maybe_unused]] static constexpr std::uint32_t bit_channel_open = 1u << 8;
};

/// The always properties of variant compliant, on a state after a step whose `touched`
/// parts changed: each index only where a part it reads did.
void invariants_compliant(const State& s, std::uint64_t touched, std::uint32_t& f) {
  using V = Variant_compliant;
  if (V::bit_credit_conserved && (touched & 0x14ull) && true && !(value(s.vars_peer[0].window) + value(s.vars_ch[0].queued) <= 2)) f |= V::bit_credit_conserved;
  if (V::bit_credit_conserved && (touched & 0x28ull) && true && !(value(s.vars_peer[1].window) + value(s.vars_ch[1].queued) <= 2)) f |= V::bit_credit_conserved;
}

/// Variant compliant: its inputs, properties and symmetry.
struct Model_compliant {
  using State = ::State;
  using Key = ::Key;
  static constexpr auto word_bits = ::key_word_bits;
  [[gnu::always_inline]] static Key pack(const State& s) { return ::pack(s); }
  [[gnu::always_inline]] static State unpack(const Key& k) { return ::unpack(k); }
  [[gnu::always_inline]] static Key repack(const Key& k, const State& s) { return ::repack(k, s); }
  static constexpr std::size_t property_count = 9;
  static constexpr bool needs_graph = true;
  /// Properties decided on the whole graph (no_stuck, terminates) and by a reachable state (reachable).
  static constexpr std::array<std::size_t, 1> graph_properties = {6};
  /// leads_to properties: an obligation per instance, open or not in each state (open()).
  static constexpr std::array<std::size_t, 0> open_properties = {};
  static constexpr std::array<std::size_t, 1> reach_properties = {8};
  static constexpr std::array<std::string_view, 9> properties = {"no_silent_drop", "data_after_close", "no_delivery_after_terminal", "credit_safety", "no_refused_item", "stale_isolation", "no_stuck", "credit_conserved", "channel_open"};
  struct Option {
    std::string_view instance;
    std::string_view event;  // empty for a channel step (the message decides)
    bool stale;
    std::string_view via;      // a channel step: its channel ...
    std::string_view network;  // ... and deliver, lose, duplicate or reorder
  };
  static constexpr std::array<Option, 20> options = {{
      {"session", "handshake_ok", false, "", ""},
      {"ch[0]", "announce", false, "", ""},
      {"ch[1]", "announce", false, "", ""},
      {"peer[0]", "send", false, "", ""},
      {"peer[1]", "send", false, "", ""},
      {"peer[0]", "close", false, "", ""},
      {"peer[1]", "close", false, "", ""},
      {"ch[0]", "bind", false, "", ""},
      {"ch[1]", "bind", false, "", ""},
      {"ch[0]", "consume", false, "", ""},
      {"ch[0]", "drop_receiver", false, "", ""},
      {"ch[1]", "consume", false, "", ""},
      {"ch[1]", "drop_receiver", false, "", ""},
      {"session", "conduit_break", false, "", ""},
      {"session", "resume_ok", false, "", ""},
      {"ch[0]", "item", true, "", ""},
      {"ch[0]", "close", true, "", ""},
      {"ch[1]", "item", true, "", ""},
      {"ch[1]", "close", true, "", ""},
      {"session", "shutdown", false, "", ""},
  }};

  State initial() const {
    State s{};
    for (int i = 0; i < 1; ++i) put_session(s, i, {});  // the initial configuration
    for (int i = 0; i < 2; ++i) put_ch(s, i, {});  // the initial configuration
    for (int i = 0; i < 2; ++i) put_peer(s, i, {});  // the initial configuration
    s.budget[0] = 3;
    s.budget[1] = 1;
    s.budget[2] = 1;
    s.budget[3] = 1;
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
    if ((s.session[0] == check_vox_channels::vox::session::State::Handshaking) && s.gen_session[0] == s.gen) {  // session handshake_ok
      const std::size_t at = check_vox_channels::vox::session::detail::index_of(get_session(s, 0));
      if (fast && same_session_handshake_ok[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_session_handshake_ok<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{0}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_session_handshake_ok<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{0}, f);
      }
    }
    if ((s.ch[0] == check_vox_channels::vox::rx_channel::State::Unknown) && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[0] == s.gen) {  // ch[0] announce
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 0));
      if (fast && same_ch_announce[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_announce<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{1}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_announce<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{1}, f);
      }
    }
    if ((s.ch[1] == check_vox_channels::vox::rx_channel::State::Unknown) && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[1] == s.gen) {  // ch[1] announce
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 1));
      if (fast && same_ch_announce[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_announce<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{2}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_announce<Variant_compliant>(n, 1, s.gen, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{2}, f);
      }
    }
    if (s.budget[0] > 0 && (s.ch[0] == check_vox_channels::vox::rx_channel::State::Announced || s.ch[0] == check_vox_channels::vox::rx_channel::State::Open || s.ch[0] == check_vox_channels::vox::rx_channel::State::ResetSent) && (s.session[0] == check_vox_channels::vox::session::State::Established)) {  // peer[0] send
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_peer_send<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{3}, f);
    }
    if (s.budget[0] > 0 && (s.ch[1] == check_vox_channels::vox::rx_channel::State::Announced || s.ch[1] == check_vox_channels::vox::rx_channel::State::Open || s.ch[1] == check_vox_channels::vox::rx_channel::State::ResetSent) && (s.session[0] == check_vox_channels::vox::session::State::Established)) {  // peer[1] send
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_peer_send<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{4}, f);
    }
    if ((s.ch[0] == check_vox_channels::vox::rx_channel::State::Announced || s.ch[0] == check_vox_channels::vox::rx_channel::State::Open || s.ch[0] == check_vox_channels::vox::rx_channel::State::ResetSent) && (s.session[0] == check_vox_channels::vox::session::State::Established)) {  // peer[0] close
      const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(get_peer(s, 0));
      if (fast && same_peer_close[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_peer_close<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{5}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_peer_close<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{5}, f);
      }
    }
    if ((s.ch[1] == check_vox_channels::vox::rx_channel::State::Announced || s.ch[1] == check_vox_channels::vox::rx_channel::State::Open || s.ch[1] == check_vox_channels::vox::rx_channel::State::ResetSent) && (s.session[0] == check_vox_channels::vox::session::State::Established)) {  // peer[1] close
      const std::size_t at = check_vox_channels::vox::tx_channel::detail::index_of(get_peer(s, 1));
      if (fast && same_peer_close[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_peer_close<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{6}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_peer_close<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{6}, f);
      }
    }
    if ((s.session[0] == check_vox_channels::vox::session::State::Established)) {  // ch[0] bind
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 0));
      if (fast && same_ch_bind[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_bind<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{7}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_bind<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{7}, f);
      }
    }
    if ((s.session[0] == check_vox_channels::vox::session::State::Established)) {  // ch[1] bind
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 1));
      if (fast && same_ch_bind[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_bind<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{8}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_bind<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{8}, f);
      }
    }
    if (true) {  // ch[0] consume
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 0));
      if (fast && same_ch_consume[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_consume<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{9}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_consume<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{9}, f);
      }
    }
    if (true) {  // ch[0] drop_receiver
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 0));
      if (fast && same_ch_drop_receiver[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_drop_receiver<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{10}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_drop_receiver<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{10}, f);
      }
    }
    if (true) {  // ch[1] consume
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 1));
      if (fast && same_ch_consume[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_consume<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{11}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_consume<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{11}, f);
      }
    }
    if (true) {  // ch[1] drop_receiver
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 1));
      if (fast && same_ch_drop_receiver[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_drop_receiver<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{12}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_drop_receiver<Variant_compliant>(n, 1, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{12}, f);
      }
    }
    if (s.budget[1] > 0 && s.gen_session[0] == s.gen) {  // session conduit_break
      State n = s;
      std::uint32_t f = 0;
      --n.budget[1];
      n.touched |= 1;
      d_session_conduit_break<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{13}, f);
    }
    if (s.budget[2] > 0 && s.gen_session[0] == s.gen) {  // session resume_ok
      State n = s;
      std::uint32_t f = 0;
      --n.budget[2];
      n.touched |= 1;
      d_session_resume_ok<Variant_compliant>(n, 0, s.gen, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{14}, f);
    }
    if (s.budget[3] > 0 && s.gen >= 1 && s.gen_ch[0] == s.gen) {  // ch[0] item (stale)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_ch_item<Variant_compliant>(n, 0, s.gen - 1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{15}, f);
    }
    if (s.budget[3] > 0 && s.gen >= 1 && s.gen_ch[0] == s.gen) {  // ch[0] close (stale)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_ch_close<Variant_compliant>(n, 0, s.gen - 1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{16}, f);
    }
    if (s.budget[3] > 0 && s.gen >= 1 && s.gen_ch[1] == s.gen) {  // ch[1] item (stale)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_ch_item<Variant_compliant>(n, 1, s.gen - 1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{17}, f);
    }
    if (s.budget[3] > 0 && s.gen >= 1 && s.gen_ch[1] == s.gen) {  // ch[1] close (stale)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_ch_close<Variant_compliant>(n, 1, s.gen - 1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{18}, f);
    }
    if (true) {  // session shutdown
      const std::size_t at = check_vox_channels::vox::session::detail::index_of(get_session(s, 0));
      if (fast && same_session_shutdown[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_session_shutdown<Variant_compliant>[at];
        if (also & 0x3cull) invariants_compliant(s, also, f);
        same(Label{19}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_session_shutdown<Variant_compliant>(n, 0, -1, f);
      if ((n.touched | also) & 0x3cull) invariants_compliant(n, n.touched | also, f);  // a part one reads changed
      emit(n, Label{19}, f);
      }
    }
  }

  void canonicalize([[maybe_unused]] State& s) const {
    {
      struct Key {
        std::remove_cvref_t<decltype(s.ch[0])> ch;
        std::remove_cvref_t<decltype(s.vars_ch[0])> vars_ch;
        std::uint8_t gen_ch;
        std::uint32_t closed_ch;
        std::remove_cvref_t<decltype(s.peer[0])> peer;
        std::remove_cvref_t<decltype(s.vars_peer[0])> vars_peer;
        std::uint8_t gen_peer;
        std::uint32_t closed_peer;
      };
      std::array<std::array<unsigned char, sizeof(Key)>, 2> keys{};
      for (int i = 0; i < 2; ++i) {
        Key k;
        std::memset(static_cast<void*>(&k), 0, sizeof(Key));  // padding included: keys compare as bytes
        k.ch = s.ch[i];
        k.vars_ch = s.vars_ch[i];
        k.gen_ch = s.gen_ch[i];
        k.closed_ch = s.closed_ch[i];
        k.peer = s.peer[i];
        k.vars_peer = s.vars_peer[i];
        k.gen_peer = s.gen_peer[i];
        k.closed_peer = s.closed_peer[i];
        std::memcpy(keys[i].data(), &k, sizeof(Key));
      }
      std::sort(keys.begin(), keys.end());
      for (int i = 0; i < 2; ++i) {
        Key k;
        std::memcpy(&k, keys[i].data(), sizeof(Key));
        s.ch[i] = k.ch;
        s.vars_ch[i] = k.vars_ch;
        s.gen_ch[i] = k.gen_ch;
        s.closed_ch[i] = k.closed_ch;
        s.peer[i] = k.peer;
        s.vars_peer[i] = k.vars_peer;
        s.gen_peer[i] = k.gen_peer;
        s.closed_peer[i] = k.closed_peer;
      }
    }
  }

  /// Whether s is a goal of graph property p: settled (no_stuck), every instance terminal (terminates).
  bool goal([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 6) return settled(s);
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
    if (p == 8) return (s.session[0] == check_vox_channels::vox::session::State::Established) && (s.ch[0] == check_vox_channels::vox::rx_channel::State::Open) && (s.ch[1] == check_vox_channels::vox::rx_channel::State::Open);
    return false;
  }
};

struct Variant_hostile {
  [[maybe_unused]] static constexpr std::uint32_t bit_no_silent_drop = 1u << 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_data_after_close = 1u << 1;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_delivery_after_terminal = 1u << 2;
  [[maybe_unused]] static constexpr std::uint32_t bit_credit_safety = 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_refused_item = 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_stale_isolation = 1u << 3;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_stuck = 1u << 4;
  [[maybe_unused]] static constexpr std::uint32_t bit_credit_conserved = 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_channel_open = 1u << 5;
};

/// Variant hostile: its inputs, properties and symmetry.
struct Model_hostile {
  using State = ::State;
  using Key = ::Key;
  static constexpr auto word_bits = ::key_word_bits;
  [[gnu::always_inline]] static Key pack(const State& s) { return ::pack(s); }
  [[gnu::always_inline]] static State unpack(const Key& k) { return ::unpack(k); }
  [[gnu::always_inline]] static Key repack(const Key& k, const State& s) { return ::repack(k, s); }
  static constexpr std::size_t property_count = 6;
  static constexpr bool needs_graph = true;
  /// Properties decided on the whole graph (no_stuck, terminates) and by a reachable state (reachable).
  static constexpr std::array<std::size_t, 1> graph_properties = {4};
  /// leads_to properties: an obligation per instance, open or not in each state (open()).
  static constexpr std::array<std::size_t, 0> open_properties = {};
  static constexpr std::array<std::size_t, 1> reach_properties = {5};
  static constexpr std::array<std::string_view, 6> properties = {"no_silent_drop", "data_after_close", "no_delivery_after_terminal", "stale_isolation", "no_stuck", "channel_open"};
  struct Option {
    std::string_view instance;
    std::string_view event;  // empty for a channel step (the message decides)
    bool stale;
    std::string_view via;      // a channel step: its channel ...
    std::string_view network;  // ... and deliver, lose, duplicate or reorder
  };
  static constexpr std::array<Option, 24> options = {{
      {"session", "handshake_ok", false, "", ""},
      {"ch[0]", "announce", false, "", ""},
      {"ch[0]", "item", false, "", ""},
      {"ch[0]", "close", false, "", ""},
      {"ch[0]", "reset", false, "", ""},
      {"ch[0]", "grant", false, "", ""},
      {"ch[1]", "announce", false, "", ""},
      {"ch[1]", "item", false, "", ""},
      {"ch[1]", "close", false, "", ""},
      {"ch[1]", "reset", false, "", ""},
      {"ch[1]", "grant", false, "", ""},
      {"ch[0]", "bind", false, "", ""},
      {"ch[1]", "bind", false, "", ""},
      {"ch[0]", "consume", false, "", ""},
      {"ch[0]", "drop_receiver", false, "", ""},
      {"ch[1]", "consume", false, "", ""},
      {"ch[1]", "drop_receiver", false, "", ""},
      {"session", "conduit_break", false, "", ""},
      {"session", "resume_ok", false, "", ""},
      {"ch[0]", "item", true, "", ""},
      {"ch[0]", "close", true, "", ""},
      {"ch[1]", "item", true, "", ""},
      {"ch[1]", "close", true, "", ""},
      {"session", "shutdown", false, "", ""},
  }};

  State initial() const {
    State s{};
    for (int i = 0; i < 1; ++i) put_session(s, i, {});  // the initial configuration
    for (int i = 0; i < 2; ++i) put_ch(s, i, {});  // the initial configuration
    for (int i = 0; i < 2; ++i) put_peer(s, i, {});  // the initial configuration
    s.budget[0] = 3;
    s.budget[1] = 1;
    s.budget[2] = 1;
    s.budget[3] = 1;
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
    if ((s.session[0] == check_vox_channels::vox::session::State::Handshaking) && s.gen_session[0] == s.gen) {  // session handshake_ok
      const std::size_t at = check_vox_channels::vox::session::detail::index_of(get_session(s, 0));
      if (fast && same_session_handshake_ok[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_session_handshake_ok<Variant_hostile>[at];
        same(Label{0}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_session_handshake_ok<Variant_hostile>(n, 0, s.gen, f);
      emit(n, Label{0}, f);
      }
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[0] == s.gen) {  // ch[0] announce
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_announce<Variant_hostile>(n, 0, s.gen, f);
      emit(n, Label{1}, f);
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[0] == s.gen) {  // ch[0] item
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_item<Variant_hostile>(n, 0, s.gen, f);
      emit(n, Label{2}, f);
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[0] == s.gen) {  // ch[0] close
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_close<Variant_hostile>(n, 0, s.gen, f);
      emit(n, Label{3}, f);
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[0] == s.gen) {  // ch[0] reset
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_reset<Variant_hostile>(n, 0, s.gen, f);
      emit(n, Label{4}, f);
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[0] == s.gen) {  // ch[0] grant
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_grant<Variant_hostile>(n, 0, s.gen, f);
      emit(n, Label{5}, f);
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[1] == s.gen) {  // ch[1] announce
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_announce<Variant_hostile>(n, 1, s.gen, f);
      emit(n, Label{6}, f);
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[1] == s.gen) {  // ch[1] item
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_item<Variant_hostile>(n, 1, s.gen, f);
      emit(n, Label{7}, f);
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[1] == s.gen) {  // ch[1] close
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_close<Variant_hostile>(n, 1, s.gen, f);
      emit(n, Label{8}, f);
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[1] == s.gen) {  // ch[1] reset
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_reset<Variant_hostile>(n, 1, s.gen, f);
      emit(n, Label{9}, f);
    }
    if (s.budget[0] > 0 && (s.session[0] == check_vox_channels::vox::session::State::Established) && s.gen_ch[1] == s.gen) {  // ch[1] grant
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_ch_grant<Variant_hostile>(n, 1, s.gen, f);
      emit(n, Label{10}, f);
    }
    if ((s.session[0] == check_vox_channels::vox::session::State::Established)) {  // ch[0] bind
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 0));
      if (fast && same_ch_bind[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_bind<Variant_hostile>[at];
        same(Label{11}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_bind<Variant_hostile>(n, 0, -1, f);
      emit(n, Label{11}, f);
      }
    }
    if ((s.session[0] == check_vox_channels::vox::session::State::Established)) {  // ch[1] bind
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 1));
      if (fast && same_ch_bind[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_bind<Variant_hostile>[at];
        same(Label{12}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_bind<Variant_hostile>(n, 1, -1, f);
      emit(n, Label{12}, f);
      }
    }
    if (true) {  // ch[0] consume
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 0));
      if (fast && same_ch_consume[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_consume<Variant_hostile>[at];
        same(Label{13}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_consume<Variant_hostile>(n, 0, -1, f);
      emit(n, Label{13}, f);
      }
    }
    if (true) {  // ch[0] drop_receiver
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 0));
      if (fast && same_ch_drop_receiver[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_drop_receiver<Variant_hostile>[at];
        same(Label{14}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_drop_receiver<Variant_hostile>(n, 0, -1, f);
      emit(n, Label{14}, f);
      }
    }
    if (true) {  // ch[1] consume
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 1));
      if (fast && same_ch_consume[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_consume<Variant_hostile>[at];
        same(Label{15}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_consume<Variant_hostile>(n, 1, -1, f);
      emit(n, Label{15}, f);
      }
    }
    if (true) {  // ch[1] drop_receiver
      const std::size_t at = check_vox_channels::vox::rx_channel::detail::index_of(get_ch(s, 1));
      if (fast && same_ch_drop_receiver[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_ch_drop_receiver<Variant_hostile>[at];
        same(Label{16}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_ch_drop_receiver<Variant_hostile>(n, 1, -1, f);
      emit(n, Label{16}, f);
      }
    }
    if (s.budget[1] > 0 && s.gen_session[0] == s.gen) {  // session conduit_break
      State n = s;
      std::uint32_t f = 0;
      --n.budget[1];
      n.touched |= 1;
      d_session_conduit_break<Variant_hostile>(n, 0, s.gen, f);
      emit(n, Label{17}, f);
    }
    if (s.budget[2] > 0 && s.gen_session[0] == s.gen) {  // session resume_ok
      State n = s;
      std::uint32_t f = 0;
      --n.budget[2];
      n.touched |= 1;
      d_session_resume_ok<Variant_hostile>(n, 0, s.gen, f);
      emit(n, Label{18}, f);
    }
    if (s.budget[3] > 0 && s.gen >= 1 && s.gen_ch[0] == s.gen) {  // ch[0] item (stale)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_ch_item<Variant_hostile>(n, 0, s.gen - 1, f);
      emit(n, Label{19}, f);
    }
    if (s.budget[3] > 0 && s.gen >= 1 && s.gen_ch[0] == s.gen) {  // ch[0] close (stale)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_ch_close<Variant_hostile>(n, 0, s.gen - 1, f);
      emit(n, Label{20}, f);
    }
    if (s.budget[3] > 0 && s.gen >= 1 && s.gen_ch[1] == s.gen) {  // ch[1] item (stale)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_ch_item<Variant_hostile>(n, 1, s.gen - 1, f);
      emit(n, Label{21}, f);
    }
    if (s.budget[3] > 0 && s.gen >= 1 && s.gen_ch[1] == s.gen) {  // ch[1] close (stale)
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_ch_close<Variant_hostile>(n, 1, s.gen - 1, f);
      emit(n, Label{22}, f);
    }
    if (true) {  // session shutdown
      const std::size_t at = check_vox_channels::vox::session::detail::index_of(get_session(s, 0));
      if (fast && same_session_shutdown[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_session_shutdown<Variant_hostile>[at];
        same(Label{23}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_session_shutdown<Variant_hostile>(n, 0, -1, f);
      emit(n, Label{23}, f);
      }
    }
  }

  void canonicalize([[maybe_unused]] State& s) const {
    {
      struct Key {
        std::remove_cvref_t<decltype(s.ch[0])> ch;
        std::remove_cvref_t<decltype(s.vars_ch[0])> vars_ch;
        std::uint8_t gen_ch;
        std::uint32_t closed_ch;
        std::remove_cvref_t<decltype(s.peer[0])> peer;
        std::remove_cvref_t<decltype(s.vars_peer[0])> vars_peer;
        std::uint8_t gen_peer;
        std::uint32_t closed_peer;
      };
      std::array<std::array<unsigned char, sizeof(Key)>, 2> keys{};
      for (int i = 0; i < 2; ++i) {
        Key k;
        std::memset(static_cast<void*>(&k), 0, sizeof(Key));  // padding included: keys compare as bytes
        k.ch = s.ch[i];
        k.vars_ch = s.vars_ch[i];
        k.gen_ch = s.gen_ch[i];
        k.closed_ch = s.closed_ch[i];
        k.peer = s.peer[i];
        k.vars_peer = s.vars_peer[i];
        k.gen_peer = s.gen_peer[i];
        k.closed_peer = s.closed_peer[i];
        std::memcpy(keys[i].data(), &k, sizeof(Key));
      }
      std::sort(keys.begin(), keys.end());
      for (int i = 0; i < 2; ++i) {
        Key k;
        std::memcpy(&k, keys[i].data(), sizeof(Key));
        s.ch[i] = k.ch;
        s.vars_ch[i] = k.vars_ch;
        s.gen_ch[i] = k.gen_ch;
        s.closed_ch[i] = k.closed_ch;
        s.peer[i] = k.peer;
        s.vars_peer[i] = k.vars_peer;
        s.gen_peer[i] = k.gen_peer;
        s.closed_peer[i] = k.closed_peer;
      }
    }
  }

  /// Whether s is a goal of graph property p: settled (no_stuck), every instance terminal (terminates).
  bool goal([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 4) return settled(s);
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
    if (p == 5) return (s.session[0] == check_vox_channels::vox::session::State::Established) && (s.ch[0] == check_vox_channels::vox::rx_channel::State::Open) && (s.ch[1] == check_vox_channels::vox::rx_channel::State::Open);
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
  std::printf("vox_channels [%.*s]: %zu states, %zu transitions, depth %zu, %.3f s, %.0f states/s, peak %ld MiB, "
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
