// DO NOT EDIT: generated from spec/tcp/system.yaml by phasegen.
// Regenerate with: phasegen generate --namespace-dirs --emit all --out generated spec/vox spec/tcp spec/http2
//
// The checker of system tcp_pair: breadth-first exploration of every variant,
// stepping the machines through their generated step() functions (with this system's
// param overrides). Same semantics as codegen/explore.py; see docs/checker.md.
//
// usage: tcp_pair-checker [--variant NAME] [--no-symmetry] [--max-states N] [--states N] [--paths]
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
#include "check_tcp_pair/tcp/endpoint.hpp"
#include "check_tcp_pair/tcp/endpoint.hpp"

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
  std::uint8_t budget[10];  // per budgeted input of the variant
  check_tcp_pair::tcp::endpoint::State a[1];
  std::uint8_t gen_a[1];     // the generation each instance belongs to
  std::uint32_t closed_a[1];  // ghost: bit j, the group's j-th data_after_close or never_after saw its close or 'after'
  check_tcp_pair::tcp::endpoint::State b[1];
  std::uint8_t gen_b[1];     // the generation each instance belongs to
  std::uint32_t closed_b[1];  // ghost: bit j, the group's j-th data_after_close or never_after saw its close or 'after'
  std::uint8_t qn_ab[1];  // channel ab: messages in flight to each b
  std::uint8_t qm_ab[1][3];  // each message: an index into syn, syn_ack, ack, fin, the head first
  std::uint8_t qt_ab[1][3];  // and the sender's generation
  std::uint8_t qn_ba[1];  // channel ba: messages in flight to each a
  std::uint8_t qm_ba[1][3];  // each message: an index into syn, syn_ack, ack, fin, the head first
  std::uint8_t qt_ba[1][3];  // and the sender's generation
};

[[gnu::always_inline]] inline check_tcp_pair::tcp::endpoint::Config get_a(const State& s, int i) {
  return {s.a[i], {}};
}

[[gnu::always_inline]] inline void put_a(State& s, int i, const check_tcp_pair::tcp::endpoint::Config& c) {
  if (get_a(s, i) == c) return;
  s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  s.a[i] = c.state;
}

[[gnu::always_inline]] inline check_tcp_pair::tcp::endpoint::Config get_b(const State& s, int i) {
  return {s.b[i], {}};
}

[[gnu::always_inline]] inline void put_b(State& s, int i, const check_tcp_pair::tcp::endpoint::Config& c) {
  if (get_b(s, i) == c) return;
  s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
  s.b[i] = c.state;
}

[[maybe_unused]] constexpr bool terminal_a[] = {false, false, false, false, false, false, false, false, false, false, false, true};
[[maybe_unused]] constexpr bool terminal_b[] = {false, false, false, false, false, false, false, false, false, false, false, true};

/// The packed form: 1 64-bit word(s), one bit field per part of the state, as
/// wide as its range needs (generations are bounded by 0 here).
using Key = std::array<std::uint64_t, 1>;
/// The bits of each word the fields use (35 in all).
constexpr std::array<unsigned, 1> key_word_bits = {35};

[[gnu::always_inline]] inline Key pack(const State& s) {
  Key k{};
  k[0] |= static_cast<std::uint64_t>(s.budget[0]) << 0;  // budget0: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[1]) << 1;  // budget1: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[2]) << 2;  // budget2: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[3]) << 3;  // budget3: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[4]) << 4;  // budget4: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[5]) << 5;  // budget5: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[6]) << 6;  // budget6: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[7]) << 7;  // budget7: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[8]) << 8;  // budget8: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.budget[9]) << 9;  // budget9: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.a[0])) << 10;  // a[0].state: 4 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.closed_a[0]) << 14;  // a[0].closed: 1 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.qn_ba[0]) << 15;  // a[0].ba.length: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.qm_ba[0][0]) << 17;  // a[0].ba[0].message: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.qm_ba[0][1]) << 19;  // a[0].ba[1].message: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.qm_ba[0][2]) << 21;  // a[0].ba[2].message: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.b[0])) << 23;  // b[0].state: 4 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.qn_ab[0]) << 27;  // b[0].ab.length: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.qm_ab[0][0]) << 29;  // b[0].ab[0].message: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.qm_ab[0][1]) << 31;  // b[0].ab[1].message: 2 bit(s)
  k[0] |= static_cast<std::uint64_t>(s.qm_ab[0][2]) << 33;  // b[0].ab[2].message: 2 bit(s)
  return k;
}

/// The key of a successor of the state packed in `k`: only the parts the step touched
/// are packed again (one instance, mostly, and the budgets).
[[gnu::always_inline]] inline Key repack(Key k, const State& s) {
  if (s.touched & (std::uint64_t{1} << 0)) {
    k[0] &= ~0x3ffull;
    k[0] |= static_cast<std::uint64_t>(s.budget[0]) << 0;  // budget0
    k[0] |= static_cast<std::uint64_t>(s.budget[1]) << 1;  // budget1
    k[0] |= static_cast<std::uint64_t>(s.budget[2]) << 2;  // budget2
    k[0] |= static_cast<std::uint64_t>(s.budget[3]) << 3;  // budget3
    k[0] |= static_cast<std::uint64_t>(s.budget[4]) << 4;  // budget4
    k[0] |= static_cast<std::uint64_t>(s.budget[5]) << 5;  // budget5
    k[0] |= static_cast<std::uint64_t>(s.budget[6]) << 6;  // budget6
    k[0] |= static_cast<std::uint64_t>(s.budget[7]) << 7;  // budget7
    k[0] |= static_cast<std::uint64_t>(s.budget[8]) << 8;  // budget8
    k[0] |= static_cast<std::uint64_t>(s.budget[9]) << 9;  // budget9
  }
  if (s.touched & (std::uint64_t{1} << 1)) {
    k[0] &= ~0x7ffc00ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.a[0])) << 10;  // a[0].state
    k[0] |= static_cast<std::uint64_t>(s.closed_a[0]) << 14;  // a[0].closed
    k[0] |= static_cast<std::uint64_t>(s.qn_ba[0]) << 15;  // a[0].ba.length
    k[0] |= static_cast<std::uint64_t>(s.qm_ba[0][0]) << 17;  // a[0].ba[0].message
    k[0] |= static_cast<std::uint64_t>(s.qm_ba[0][1]) << 19;  // a[0].ba[1].message
    k[0] |= static_cast<std::uint64_t>(s.qm_ba[0][2]) << 21;  // a[0].ba[2].message
  }
  if (s.touched & (std::uint64_t{1} << 2)) {
    k[0] &= ~0x7ff800000ull;
    k[0] |= static_cast<std::uint64_t>(static_cast<unsigned>(s.b[0])) << 23;  // b[0].state
    k[0] |= static_cast<std::uint64_t>(s.qn_ab[0]) << 27;  // b[0].ab.length
    k[0] |= static_cast<std::uint64_t>(s.qm_ab[0][0]) << 29;  // b[0].ab[0].message
    k[0] |= static_cast<std::uint64_t>(s.qm_ab[0][1]) << 31;  // b[0].ab[1].message
    k[0] |= static_cast<std::uint64_t>(s.qm_ab[0][2]) << 33;  // b[0].ab[2].message
  }
  return k;
}

[[gnu::always_inline]] inline State unpack(const Key& k) {
  State s{};
  [[maybe_unused]] std::uint64_t x = 0;
  x = (k[0] >> 0) & 1u;
  s.budget[0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 1) & 1u;
  s.budget[1] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 2) & 1u;
  s.budget[2] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 3) & 1u;
  s.budget[3] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 4) & 1u;
  s.budget[4] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 5) & 1u;
  s.budget[5] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 6) & 1u;
  s.budget[6] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 7) & 1u;
  s.budget[7] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 8) & 1u;
  s.budget[8] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 9) & 1u;
  s.budget[9] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 10) & 15u;
  s.a[0] = static_cast<check_tcp_pair::tcp::endpoint::State>(x);
  x = (k[0] >> 14) & 1u;
  s.closed_a[0] = static_cast<std::uint32_t>(x);
  x = (k[0] >> 15) & 3u;
  s.qn_ba[0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 17) & 3u;
  s.qm_ba[0][0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 19) & 3u;
  s.qm_ba[0][1] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 21) & 3u;
  s.qm_ba[0][2] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 23) & 15u;
  s.b[0] = static_cast<check_tcp_pair::tcp::endpoint::State>(x);
  x = (k[0] >> 27) & 3u;
  s.qn_ab[0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 29) & 3u;
  s.qm_ab[0][0] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 31) & 3u;
  s.qm_ab[0][1] = static_cast<std::uint8_t>(x);
  x = (k[0] >> 33) & 3u;
  s.qm_ab[0][2] = static_cast<std::uint8_t>(x);
  return s;
}

/// Terminal, or still in the initial configuration: may restart in a new generation.
bool renewable_a(const State& s, int i) {
  const auto c = get_a(s, i);
  return terminal_a[static_cast<std::size_t>(c.state)] || c == check_tcp_pair::tcp::endpoint::Config{};
}

bool renewable_b(const State& s, int i) {
  const auto c = get_b(s, i);
  return terminal_b[static_cast<std::size_t>(c.state)] || c == check_tcp_pair::tcp::endpoint::Config{};
}

/// Every instance terminal or in its initial configuration (the goal of no_stuck); monitors aside.
[[maybe_unused]] bool settled(const State& s) {
  for (int i = 0; i < 1; ++i)
    if (!renewable_a(s, i)) return false;
  for (int i = 0; i < 1; ++i)
    if (!renewable_b(s, i)) return false;
  return true;
}

/// Every instance terminal (the goal of terminates); monitors aside.
[[maybe_unused]] bool all_terminal([[maybe_unused]] const State& s) {
  for (int i = 0; i < 1; ++i)
    if (!terminal_a[static_cast<std::size_t>(s.a[i])]) return false;
  for (int i = 0; i < 1; ++i)
    if (!terminal_b[static_cast<std::size_t>(s.b[i])]) return false;
  return true;
}

template <class V>
void d_a_connect(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_b_syn(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_a_syn(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_b_syn_ack(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_a_syn_ack(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_b_ack(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_a_ack(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_b_fin(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_a_fin(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_b_listen(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_a_close(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_b_close(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_a_timeout(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_b_timeout(State& s, int i, int tag, std::uint32_t& f);
template <class V>
void d_b_connect(State& s, int i, int tag, std::uint32_t& f);

/// Channel ab: a message at the tail of queue j, or lost when it is full (no_overflow).
template <class V>
void send_ab(State& s, int j, std::uint8_t m, std::uint8_t t, [[maybe_unused]] std::uint32_t& f) {
  auto& n = s.qn_ab[j];
  if (n == 3) {
    f |= V::bit_no_overflow;
    return;
  }
  s.qm_ab[j][n] = m;
  s.qt_ab[j][n] = t;
  ++n;
  s.touched |= std::uint64_t{1} << std::min(2 + j, 63);
}

/// How many messages first..last are in flight in channel ab's queue j, not older than the
/// receiver's generation (an older one will be stale): for invariants.
[[maybe_unused]] int count_ab(const State& s, int j, int first, int last) {
  int n = 0;
  for (int k = 0; k < s.qn_ab[j]; ++k) {
    const int m = s.qm_ab[j][k];  // messages first..last: one event, any argument values
    n += m >= first && m <= last && s.qt_ab[j][k] >= s.gen_b[j];
  }
  return n;
}

/// Channel ab's steps on queue j: deliver the head, or a fault of the network.
template <class V>
void recv_ab(State& s, int j, phasegen::check::Network kind, std::uint32_t& f) {
  using phasegen::check::Network;
  auto& n = s.qn_ab[j];
  const int at = kind == Network::reorder ? 1 : 0;  // reorder: the second goes first
  const std::uint8_t m = s.qm_ab[j][at], t = s.qt_ab[j][at];
  if (kind != Network::duplicate) {  // out of the queue (a duplicate stays at its head)
    for (int k = at; k + 1 < n; ++k) {
      s.qm_ab[j][k] = s.qm_ab[j][k + 1];
      s.qt_ab[j][k] = s.qt_ab[j][k + 1];
    }
    --n;
    s.qm_ab[j][n] = 0;
    s.qt_ab[j][n] = 0;
    s.touched |= std::uint64_t{1} << std::min(2 + j, 63);
  }
  if (kind == Network::lose) return;
  switch (m) {
    case 0: d_b_syn<V>(s, j, t, f); break;
    case 1: d_b_syn_ack<V>(s, j, t, f); break;
    case 2: d_b_ack<V>(s, j, t, f); break;
    case 3: d_b_fin<V>(s, j, t, f); break;
    default: break;
  }
}

/// Channel ba: a message at the tail of queue j, or lost when it is full (no_overflow).
template <class V>
void send_ba(State& s, int j, std::uint8_t m, std::uint8_t t, [[maybe_unused]] std::uint32_t& f) {
  auto& n = s.qn_ba[j];
  if (n == 3) {
    f |= V::bit_no_overflow;
    return;
  }
  s.qm_ba[j][n] = m;
  s.qt_ba[j][n] = t;
  ++n;
  s.touched |= std::uint64_t{1} << std::min(1 + j, 63);
}

/// How many messages first..last are in flight in channel ba's queue j, not older than the
/// receiver's generation (an older one will be stale): for invariants.
[[maybe_unused]] int count_ba(const State& s, int j, int first, int last) {
  int n = 0;
  for (int k = 0; k < s.qn_ba[j]; ++k) {
    const int m = s.qm_ba[j][k];  // messages first..last: one event, any argument values
    n += m >= first && m <= last && s.qt_ba[j][k] >= s.gen_a[j];
  }
  return n;
}

/// Channel ba's steps on queue j: deliver the head, or a fault of the network.
template <class V>
void recv_ba(State& s, int j, phasegen::check::Network kind, std::uint32_t& f) {
  using phasegen::check::Network;
  auto& n = s.qn_ba[j];
  const int at = kind == Network::reorder ? 1 : 0;  // reorder: the second goes first
  const std::uint8_t m = s.qm_ba[j][at], t = s.qt_ba[j][at];
  if (kind != Network::duplicate) {  // out of the queue (a duplicate stays at its head)
    for (int k = at; k + 1 < n; ++k) {
      s.qm_ba[j][k] = s.qm_ba[j][k + 1];
      s.qt_ba[j][k] = s.qt_ba[j][k + 1];
    }
    --n;
    s.qm_ba[j][n] = 0;
    s.qt_ba[j][n] = 0;
    s.touched |= std::uint64_t{1} << std::min(1 + j, 63);
  }
  if (kind == Network::lose) return;
  switch (m) {
    case 0: d_a_syn<V>(s, j, t, f); break;
    case 1: d_a_syn_ack<V>(s, j, t, f); break;
    case 2: d_a_ack<V>(s, j, t, f); break;
    case 3: d_a_fin<V>(s, j, t, f); break;
    default: break;
  }
}

/// The checks of a connect that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_a_connect = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::connect);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of b syn that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_b_syn = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::syn);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of a syn that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_a_syn = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::syn);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of b syn_ack that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_b_syn_ack = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::syn_ack);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of a syn_ack that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_a_syn_ack = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::syn_ack);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of b ack that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_b_ack = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::ack);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of a ack that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_a_ack = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::ack);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of b fin that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_b_fin = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::fin);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of a fin that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_a_fin = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::fin);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of b listen that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_b_listen = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::listen);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of a close that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_a_close = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::close);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of b close that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_b_close = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::close);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of a timeout that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_a_timeout = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::timeout);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of b timeout that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_b_timeout = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::timeout);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// The checks of b connect that read only the instance's configurations and the
/// outcome, by configuration index: computed at compile time from the machine's step.
template <class V>
constexpr auto local_b_connect = [] {
  std::array<std::uint32_t, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    [[maybe_unused]] const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::connect);
    std::uint32_t f = 0;
    if (V::bit_no_violation && o.disposition == Disposition::violation) f |= V::bit_no_violation;
    t[k] = f;
  }
  return t;
}();

/// Whether a timeout changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_a_timeout = [] {
  std::array<bool, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::timeout);
    t[k] = !((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) != 0) && !((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) != 0) && !((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) != 0) && !((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0) && !(((o.disposition == Disposition::transition))) && !(((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0)) && c == before;
  }
  return t;
}();

/// Whether b timeout changes nothing, by configuration index: the configuration
/// stays as it is, and the step follows no link, touches no ghost bit and feeds no monitor.
constexpr auto same_b_timeout = [] {
  std::array<bool, check_tcp_pair::tcp::endpoint::config_count> t{};
  for (std::size_t k = 0; k < t.size(); ++k) {
    auto c = check_tcp_pair::tcp::endpoint::configs[k];
    const auto before = c;
    [[maybe_unused]] const auto o = check_tcp_pair::tcp::endpoint::step(c, check_tcp_pair::tcp::endpoint::Event::timeout);
    t[k] = !((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) != 0) && !((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) != 0) && !((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) != 0) && !((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0) && c == before;
  }
  return t;
}();

template <class V>
void d_a_connect(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_a[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_a(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::connect) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.a[i] = o.to;
  }
  f |= local_a_connect<V>[at];
  if (((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0) && (s.closed_a[i] & 1u) == 0) {  // a close or an 'after' seen
    s.closed_a[i] |= 1u;
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ab<V>(s, 0, 0, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ab<V>(s, 0, 1, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ab<V>(s, 0, 2, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ab<V>(s, 0, 3, s.gen_a[i], f);
  }
}

template <class V>
void d_b_syn(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_b[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_b(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::syn) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.b[i] = o.to;
  }
  f |= local_b_syn<V>[at];
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ba<V>(s, 0, 0, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ba<V>(s, 0, 1, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ba<V>(s, 0, 2, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ba<V>(s, 0, 3, s.gen_b[i], f);
  }
}

template <class V>
void d_a_syn(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_a[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_a(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::syn) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.a[i] = o.to;
  }
  f |= local_a_syn<V>[at];
  if (((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0) && (s.closed_a[i] & 1u) == 0) {  // a close or an 'after' seen
    s.closed_a[i] |= 1u;
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ab<V>(s, 0, 0, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ab<V>(s, 0, 1, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ab<V>(s, 0, 2, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ab<V>(s, 0, 3, s.gen_a[i], f);
  }
}

template <class V>
void d_b_syn_ack(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_b[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_b(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::syn_ack) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.b[i] = o.to;
  }
  f |= local_b_syn_ack<V>[at];
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ba<V>(s, 0, 0, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ba<V>(s, 0, 1, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ba<V>(s, 0, 2, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ba<V>(s, 0, 3, s.gen_b[i], f);
  }
}

template <class V>
void d_a_syn_ack(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_a[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_a(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::syn_ack) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.a[i] = o.to;
  }
  f |= local_a_syn_ack<V>[at];
  if (((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0) && (s.closed_a[i] & 1u) == 0) {  // a close or an 'after' seen
    s.closed_a[i] |= 1u;
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ab<V>(s, 0, 0, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ab<V>(s, 0, 1, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ab<V>(s, 0, 2, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ab<V>(s, 0, 3, s.gen_a[i], f);
  }
}

template <class V>
void d_b_ack(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_b[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_b(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::ack) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.b[i] = o.to;
  }
  f |= local_b_ack<V>[at];
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ba<V>(s, 0, 0, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ba<V>(s, 0, 1, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ba<V>(s, 0, 2, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ba<V>(s, 0, 3, s.gen_b[i], f);
  }
}

template <class V>
void d_a_ack(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_a[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_a(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::ack) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.a[i] = o.to;
  }
  f |= local_a_ack<V>[at];
  if (((o.disposition == Disposition::transition)) && (s.closed_a[i] & 1u) != 0) {  // an obligation discharged
    s.closed_a[i] &= ~1u;
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  }
  if (((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0) && (s.closed_a[i] & 1u) == 0) {  // a close or an 'after' seen
    s.closed_a[i] |= 1u;
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ab<V>(s, 0, 0, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ab<V>(s, 0, 1, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ab<V>(s, 0, 2, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ab<V>(s, 0, 3, s.gen_a[i], f);
  }
}

template <class V>
void d_b_fin(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_b[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_b(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::fin) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.b[i] = o.to;
  }
  f |= local_b_fin<V>[at];
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ba<V>(s, 0, 0, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ba<V>(s, 0, 1, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ba<V>(s, 0, 2, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ba<V>(s, 0, 3, s.gen_b[i], f);
  }
}

template <class V>
void d_a_fin(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_a[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_a(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::fin) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.a[i] = o.to;
  }
  f |= local_a_fin<V>[at];
  if (((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0) && (s.closed_a[i] & 1u) == 0) {  // a close or an 'after' seen
    s.closed_a[i] |= 1u;
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ab<V>(s, 0, 0, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ab<V>(s, 0, 1, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ab<V>(s, 0, 2, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ab<V>(s, 0, 3, s.gen_a[i], f);
  }
}

template <class V>
void d_b_listen(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_b[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_b(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::listen) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.b[i] = o.to;
  }
  f |= local_b_listen<V>[at];
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ba<V>(s, 0, 0, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ba<V>(s, 0, 1, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ba<V>(s, 0, 2, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ba<V>(s, 0, 3, s.gen_b[i], f);
  }
}

template <class V>
void d_a_close(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_a[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_a(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::close) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.a[i] = o.to;
  }
  f |= local_a_close<V>[at];
  if (((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0) && (s.closed_a[i] & 1u) == 0) {  // a close or an 'after' seen
    s.closed_a[i] |= 1u;
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ab<V>(s, 0, 0, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ab<V>(s, 0, 1, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ab<V>(s, 0, 2, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ab<V>(s, 0, 3, s.gen_a[i], f);
  }
}

template <class V>
void d_b_close(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_b[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_b(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::close) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.b[i] = o.to;
  }
  f |= local_b_close<V>[at];
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ba<V>(s, 0, 0, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ba<V>(s, 0, 1, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ba<V>(s, 0, 2, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ba<V>(s, 0, 3, s.gen_b[i], f);
  }
}

template <class V>
void d_a_timeout(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_a[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_a(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::timeout) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
    s.a[i] = o.to;
  }
  f |= local_a_timeout<V>[at];
  if (((o.disposition == Disposition::transition)) && (s.closed_a[i] & 1u) != 0) {  // an obligation discharged
    s.closed_a[i] &= ~1u;
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  }
  if (((o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) != 0) && (s.closed_a[i] & 1u) == 0) {  // a close or an 'after' seen
    s.closed_a[i] |= 1u;
    s.touched |= std::uint64_t{1} << std::min(1 + i, 63);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ab<V>(s, 0, 0, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ab<V>(s, 0, 1, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ab<V>(s, 0, 2, s.gen_a[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ab<V>(s, 0, 3, s.gen_a[i], f);
  }
}

template <class V>
void d_b_timeout(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_b[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_b(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::timeout) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.b[i] = o.to;
  }
  f |= local_b_timeout<V>[at];
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ba<V>(s, 0, 0, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ba<V>(s, 0, 1, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ba<V>(s, 0, 2, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ba<V>(s, 0, 3, s.gen_b[i], f);
  }
}

template <class V>
void d_b_connect(State& s, [[maybe_unused]] int i, [[maybe_unused]] int tag,
                                        [[maybe_unused]] std::uint32_t& f) {
  if (tag >= 0 && tag < s.gen_b[i]) return;  // stale: classified, never applied
  // One load from the flat step table: the configuration is in its ranges by construction.
  [[maybe_unused]] const auto before = get_b(s, i);
  const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(before);
  const auto& x = check_tcp_pair::tcp::endpoint::steps[static_cast<std::size_t>(check_tcp_pair::tcp::endpoint::Event::connect) * check_tcp_pair::tcp::endpoint::config_count + at];
  [[maybe_unused]] const auto o = x.outcome;
  [[maybe_unused]] const check_tcp_pair::tcp::endpoint::Config c{o.to, x.vars};
  if (x.next != at) {
    s.touched |= std::uint64_t{1} << std::min(2 + i, 63);
    s.b[i] = o.to;
  }
  f |= local_b_connect<V>[at];
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn)) {
    send_ba<V>(s, 0, 0, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_syn_ack)) {
    send_ba<V>(s, 0, 1, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_ack)) {
    send_ba<V>(s, 0, 2, s.gen_b[i], f);
  }
  if (o.actions & check_tcp_pair::tcp::endpoint::bit(check_tcp_pair::tcp::endpoint::Action::send_fin)) {
    send_ba<V>(s, 0, 3, s.gen_b[i], f);
  }
}

struct Variant_client_server {
  [[maybe_unused]] static constexpr std::uint32_t bit_both_established = 1u << 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_both_synchronized = 1u << 1;
  [[maybe_unused]] static constexpr std::uint32_t bit_simultaneous_close = 1u << 2;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_overflow = 1u << 3;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_violation = 1u << 4;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_stuck = 1u << 5;
  [[maybe_unused]] static constexpr std::uint32_t bit_ends_together = 1u << 6;
};

/// Variant client_server: its inputs, properties and symmetry.
struct Model_client_server {
  using State = ::State;
  using Key = ::Key;
  static constexpr auto word_bits = ::key_word_bits;
  [[gnu::always_inline]] static Key pack(const State& s) { return ::pack(s); }
  [[gnu::always_inline]] static State unpack(const Key& k) { return ::unpack(k); }
  [[gnu::always_inline]] static Key repack(const Key& k, const State& s) { return ::repack(k, s); }
  static constexpr std::size_t property_count = 7;
  static constexpr bool needs_graph = true;
  /// Properties decided on the whole graph (no_stuck, terminates) and by a reachable state (reachable).
  static constexpr std::array<std::size_t, 1> graph_properties = {5};
  /// leads_to properties: an obligation per instance, open or not in each state (open()).
  static constexpr std::array<std::size_t, 1> open_properties = {6};
  static constexpr std::array<std::size_t, 3> reach_properties = {0, 1, 2};
  static constexpr std::array<std::string_view, 7> properties = {"both_established", "both_synchronized", "simultaneous_close", "no_overflow", "no_violation", "no_stuck", "ends_together"};
  struct Option {
    std::string_view instance;
    std::string_view event;  // empty for a channel step (the message decides)
    bool stale;
    std::string_view via;      // a channel step: its channel ...
    std::string_view network;  // ... and deliver, lose, duplicate or reorder
  };
  static constexpr std::array<Option, 8> options = {{
      {"a", "connect", false, "", ""},
      {"b", "listen", false, "", ""},
      {"a", "close", false, "", ""},
      {"b", "close", false, "", ""},
      {"a", "timeout", false, "", ""},
      {"b", "timeout", false, "", ""},
      {"b", "", false, "ab", "deliver"},
      {"a", "", false, "ba", "deliver"},
  }};

  State initial() const {
    State s{};
    for (int i = 0; i < 1; ++i) put_a(s, i, {});  // the initial configuration
    for (int i = 0; i < 1; ++i) put_b(s, i, {});  // the initial configuration
    s.budget[0] = 1;
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
    if (s.budget[0] > 0 && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Listen)) {  // a connect
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_a_connect<Variant_client_server>(n, 0, -1, f);
      emit(n, Label{0}, f);
    }
    if (s.budget[1] > 0) {  // b listen
      State n = s;
      std::uint32_t f = 0;
      --n.budget[1];
      n.touched |= 1;
      d_b_listen<Variant_client_server>(n, 0, -1, f);
      emit(n, Label{1}, f);
    }
    if (s.budget[2] > 0 && (s.a[0] == check_tcp_pair::tcp::endpoint::State::Established || s.a[0] == check_tcp_pair::tcp::endpoint::State::CloseWait)) {  // a close
      State n = s;
      std::uint32_t f = 0;
      --n.budget[2];
      n.touched |= 1;
      d_a_close<Variant_client_server>(n, 0, -1, f);
      emit(n, Label{2}, f);
    }
    if (s.budget[3] > 0 && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Established || s.b[0] == check_tcp_pair::tcp::endpoint::State::CloseWait)) {  // b close
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_b_close<Variant_client_server>(n, 0, -1, f);
      emit(n, Label{3}, f);
    }
    if ((s.a[0] == check_tcp_pair::tcp::endpoint::State::TimeWait)) {  // a timeout
      const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(get_a(s, 0));
      if (fast && same_a_timeout[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_a_timeout<Variant_client_server>[at];
        same(Label{4}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_a_timeout<Variant_client_server>(n, 0, -1, f);
      emit(n, Label{4}, f);
      }
    }
    if ((s.b[0] == check_tcp_pair::tcp::endpoint::State::TimeWait)) {  // b timeout
      const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(get_b(s, 0));
      if (fast && same_b_timeout[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_b_timeout<Variant_client_server>[at];
        same(Label{5}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_b_timeout<Variant_client_server>(n, 0, -1, f);
      emit(n, Label{5}, f);
      }
    }
    if (s.qn_ab[0] > 0) {  // b via ab: deliver
      State n = s;
      std::uint32_t f = 0;
      recv_ab<Variant_client_server>(n, 0, phasegen::check::Network::deliver, f);
      emit(n, Label{6}, f);
    }
    if (s.qn_ba[0] > 0) {  // a via ba: deliver
      State n = s;
      std::uint32_t f = 0;
      recv_ba<Variant_client_server>(n, 0, phasegen::check::Network::deliver, f);
      emit(n, Label{7}, f);
    }
  }

  void canonicalize([[maybe_unused]] State& s) const {
  }

  /// Whether s is a goal of graph property p: settled (no_stuck), every instance terminal (terminates).
  bool goal([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 5) return settled(s);
    return false;
  }

  /// How many obligations leads_to property p follows (one per instance of its group).
  std::size_t open_count([[maybe_unused]] std::size_t p) const {
    if (p == 6) return 1;
    return 0;
  }

  /// Whether obligation j of leads_to property p is open in s.
  bool open([[maybe_unused]] std::size_t p, [[maybe_unused]] std::size_t j, [[maybe_unused]] const State& s) const {
    if (p == 6 && j == 0) return (s.closed_a[0] & 1u) != 0;
    return false;
  }

  /// Whether s is what reachable property p asks for.
  bool reached([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 0) return (s.a[0] == check_tcp_pair::tcp::endpoint::State::Established) && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Established);
    if (p == 1) return (s.a[0] == check_tcp_pair::tcp::endpoint::State::Established || s.a[0] == check_tcp_pair::tcp::endpoint::State::FinWait1 || s.a[0] == check_tcp_pair::tcp::endpoint::State::FinWait2 || s.a[0] == check_tcp_pair::tcp::endpoint::State::CloseWait || s.a[0] == check_tcp_pair::tcp::endpoint::State::Closing || s.a[0] == check_tcp_pair::tcp::endpoint::State::LastAck || s.a[0] == check_tcp_pair::tcp::endpoint::State::TimeWait) && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Established || s.b[0] == check_tcp_pair::tcp::endpoint::State::FinWait1 || s.b[0] == check_tcp_pair::tcp::endpoint::State::FinWait2 || s.b[0] == check_tcp_pair::tcp::endpoint::State::CloseWait || s.b[0] == check_tcp_pair::tcp::endpoint::State::Closing || s.b[0] == check_tcp_pair::tcp::endpoint::State::LastAck || s.b[0] == check_tcp_pair::tcp::endpoint::State::TimeWait);
    if (p == 2) return (s.a[0] == check_tcp_pair::tcp::endpoint::State::Closing);
    return false;
  }
};

struct Variant_simultaneous {
  [[maybe_unused]] static constexpr std::uint32_t bit_both_established = 1u << 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_both_synchronized = 1u << 1;
  [[maybe_unused]] static constexpr std::uint32_t bit_simultaneous_close = 1u << 2;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_overflow = 1u << 3;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_violation = 1u << 4;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_stuck = 1u << 5;
  [[maybe_unused]] static constexpr std::uint32_t bit_ends_together = 1u << 6;
};

/// Variant simultaneous: its inputs, properties and symmetry.
struct Model_simultaneous {
  using State = ::State;
  using Key = ::Key;
  static constexpr auto word_bits = ::key_word_bits;
  [[gnu::always_inline]] static Key pack(const State& s) { return ::pack(s); }
  [[gnu::always_inline]] static State unpack(const Key& k) { return ::unpack(k); }
  [[gnu::always_inline]] static Key repack(const Key& k, const State& s) { return ::repack(k, s); }
  static constexpr std::size_t property_count = 7;
  static constexpr bool needs_graph = true;
  /// Properties decided on the whole graph (no_stuck, terminates) and by a reachable state (reachable).
  static constexpr std::array<std::size_t, 1> graph_properties = {5};
  /// leads_to properties: an obligation per instance, open or not in each state (open()).
  static constexpr std::array<std::size_t, 1> open_properties = {6};
  static constexpr std::array<std::size_t, 3> reach_properties = {0, 1, 2};
  static constexpr std::array<std::string_view, 7> properties = {"both_established", "both_synchronized", "simultaneous_close", "no_overflow", "no_violation", "no_stuck", "ends_together"};
  struct Option {
    std::string_view instance;
    std::string_view event;  // empty for a channel step (the message decides)
    bool stale;
    std::string_view via;      // a channel step: its channel ...
    std::string_view network;  // ... and deliver, lose, duplicate or reorder
  };
  static constexpr std::array<Option, 8> options = {{
      {"a", "connect", false, "", ""},
      {"b", "connect", false, "", ""},
      {"a", "close", false, "", ""},
      {"b", "close", false, "", ""},
      {"a", "timeout", false, "", ""},
      {"b", "timeout", false, "", ""},
      {"b", "", false, "ab", "deliver"},
      {"a", "", false, "ba", "deliver"},
  }};

  State initial() const {
    State s{};
    for (int i = 0; i < 1; ++i) put_a(s, i, {});  // the initial configuration
    for (int i = 0; i < 1; ++i) put_b(s, i, {});  // the initial configuration
    s.budget[0] = 1;
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
    if (s.budget[0] > 0) {  // a connect
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_a_connect<Variant_simultaneous>(n, 0, -1, f);
      emit(n, Label{0}, f);
    }
    if (s.budget[1] > 0) {  // b connect
      State n = s;
      std::uint32_t f = 0;
      --n.budget[1];
      n.touched |= 1;
      d_b_connect<Variant_simultaneous>(n, 0, -1, f);
      emit(n, Label{1}, f);
    }
    if (s.budget[2] > 0 && (s.a[0] == check_tcp_pair::tcp::endpoint::State::Established || s.a[0] == check_tcp_pair::tcp::endpoint::State::CloseWait)) {  // a close
      State n = s;
      std::uint32_t f = 0;
      --n.budget[2];
      n.touched |= 1;
      d_a_close<Variant_simultaneous>(n, 0, -1, f);
      emit(n, Label{2}, f);
    }
    if (s.budget[3] > 0 && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Established || s.b[0] == check_tcp_pair::tcp::endpoint::State::CloseWait)) {  // b close
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_b_close<Variant_simultaneous>(n, 0, -1, f);
      emit(n, Label{3}, f);
    }
    if ((s.a[0] == check_tcp_pair::tcp::endpoint::State::TimeWait)) {  // a timeout
      const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(get_a(s, 0));
      if (fast && same_a_timeout[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_a_timeout<Variant_simultaneous>[at];
        same(Label{4}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_a_timeout<Variant_simultaneous>(n, 0, -1, f);
      emit(n, Label{4}, f);
      }
    }
    if ((s.b[0] == check_tcp_pair::tcp::endpoint::State::TimeWait)) {  // b timeout
      const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(get_b(s, 0));
      if (fast && same_b_timeout[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_b_timeout<Variant_simultaneous>[at];
        same(Label{5}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_b_timeout<Variant_simultaneous>(n, 0, -1, f);
      emit(n, Label{5}, f);
      }
    }
    if (s.qn_ab[0] > 0) {  // b via ab: deliver
      State n = s;
      std::uint32_t f = 0;
      recv_ab<Variant_simultaneous>(n, 0, phasegen::check::Network::deliver, f);
      emit(n, Label{6}, f);
    }
    if (s.qn_ba[0] > 0) {  // a via ba: deliver
      State n = s;
      std::uint32_t f = 0;
      recv_ba<Variant_simultaneous>(n, 0, phasegen::check::Network::deliver, f);
      emit(n, Label{7}, f);
    }
  }

  void canonicalize([[maybe_unused]] State& s) const {
  }

  /// Whether s is a goal of graph property p: settled (no_stuck), every instance terminal (terminates).
  bool goal([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 5) return settled(s);
    return false;
  }

  /// How many obligations leads_to property p follows (one per instance of its group).
  std::size_t open_count([[maybe_unused]] std::size_t p) const {
    if (p == 6) return 1;
    return 0;
  }

  /// Whether obligation j of leads_to property p is open in s.
  bool open([[maybe_unused]] std::size_t p, [[maybe_unused]] std::size_t j, [[maybe_unused]] const State& s) const {
    if (p == 6 && j == 0) return (s.closed_a[0] & 1u) != 0;
    return false;
  }

  /// Whether s is what reachable property p asks for.
  bool reached([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 0) return (s.a[0] == check_tcp_pair::tcp::endpoint::State::Established) && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Established);
    if (p == 1) return (s.a[0] == check_tcp_pair::tcp::endpoint::State::Established || s.a[0] == check_tcp_pair::tcp::endpoint::State::FinWait1 || s.a[0] == check_tcp_pair::tcp::endpoint::State::FinWait2 || s.a[0] == check_tcp_pair::tcp::endpoint::State::CloseWait || s.a[0] == check_tcp_pair::tcp::endpoint::State::Closing || s.a[0] == check_tcp_pair::tcp::endpoint::State::LastAck || s.a[0] == check_tcp_pair::tcp::endpoint::State::TimeWait) && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Established || s.b[0] == check_tcp_pair::tcp::endpoint::State::FinWait1 || s.b[0] == check_tcp_pair::tcp::endpoint::State::FinWait2 || s.b[0] == check_tcp_pair::tcp::endpoint::State::CloseWait || s.b[0] == check_tcp_pair::tcp::endpoint::State::Closing || s.b[0] == check_tcp_pair::tcp::endpoint::State::LastAck || s.b[0] == check_tcp_pair::tcp::endpoint::State::TimeWait);
    if (p == 2) return (s.a[0] == check_tcp_pair::tcp::endpoint::State::Closing);
    return false;
  }
};

struct Variant_lossy {
  [[maybe_unused]] static constexpr std::uint32_t bit_both_established = 1u << 0;
  [[maybe_unused]] static constexpr std::uint32_t bit_both_synchronized = 1u << 1;
  [[maybe_unused]] static constexpr std::uint32_t bit_simultaneous_close = 1u << 2;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_overflow = 1u << 3;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_violation = 1u << 4;
  [[maybe_unused]] static constexpr std::uint32_t bit_no_stuck = 1u << 5;
  [[maybe_unused]] static constexpr std::uint32_t bit_ends_together = 1u << 6;
};

/// Variant lossy: its inputs, properties and symmetry.
struct Model_lossy {
  using State = ::State;
  using Key = ::Key;
  static constexpr auto word_bits = ::key_word_bits;
  [[gnu::always_inline]] static Key pack(const State& s) { return ::pack(s); }
  [[gnu::always_inline]] static State unpack(const Key& k) { return ::unpack(k); }
  [[gnu::always_inline]] static Key repack(const Key& k, const State& s) { return ::repack(k, s); }
  static constexpr std::size_t property_count = 7;
  static constexpr bool needs_graph = true;
  /// Properties decided on the whole graph (no_stuck, terminates) and by a reachable state (reachable).
  static constexpr std::array<std::size_t, 1> graph_properties = {5};
  /// leads_to properties: an obligation per instance, open or not in each state (open()).
  static constexpr std::array<std::size_t, 1> open_properties = {6};
  static constexpr std::array<std::size_t, 3> reach_properties = {0, 1, 2};
  static constexpr std::array<std::string_view, 7> properties = {"both_established", "both_synchronized", "simultaneous_close", "no_overflow", "no_violation", "no_stuck", "ends_together"};
  struct Option {
    std::string_view instance;
    std::string_view event;  // empty for a channel step (the message decides)
    bool stale;
    std::string_view via;      // a channel step: its channel ...
    std::string_view network;  // ... and deliver, lose, duplicate or reorder
  };
  static constexpr std::array<Option, 14> options = {{
      {"a", "connect", false, "", ""},
      {"b", "listen", false, "", ""},
      {"a", "close", false, "", ""},
      {"b", "close", false, "", ""},
      {"a", "timeout", false, "", ""},
      {"b", "timeout", false, "", ""},
      {"b", "", false, "ab", "deliver"},
      {"b", "", false, "ab", "lose"},
      {"b", "", false, "ab", "duplicate"},
      {"b", "", false, "ab", "reorder"},
      {"a", "", false, "ba", "deliver"},
      {"a", "", false, "ba", "lose"},
      {"a", "", false, "ba", "duplicate"},
      {"a", "", false, "ba", "reorder"},
  }};

  State initial() const {
    State s{};
    for (int i = 0; i < 1; ++i) put_a(s, i, {});  // the initial configuration
    for (int i = 0; i < 1; ++i) put_b(s, i, {});  // the initial configuration
    s.budget[0] = 1;
    s.budget[1] = 1;
    s.budget[2] = 1;
    s.budget[3] = 1;
    s.budget[4] = 1;
    s.budget[5] = 1;
    s.budget[6] = 1;
    s.budget[7] = 1;
    s.budget[8] = 1;
    s.budget[9] = 1;
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
    if (s.budget[0] > 0 && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Listen)) {  // a connect
      State n = s;
      std::uint32_t f = 0;
      --n.budget[0];
      n.touched |= 1;
      d_a_connect<Variant_lossy>(n, 0, -1, f);
      emit(n, Label{0}, f);
    }
    if (s.budget[1] > 0) {  // b listen
      State n = s;
      std::uint32_t f = 0;
      --n.budget[1];
      n.touched |= 1;
      d_b_listen<Variant_lossy>(n, 0, -1, f);
      emit(n, Label{1}, f);
    }
    if (s.budget[2] > 0 && (s.a[0] == check_tcp_pair::tcp::endpoint::State::Established || s.a[0] == check_tcp_pair::tcp::endpoint::State::CloseWait)) {  // a close
      State n = s;
      std::uint32_t f = 0;
      --n.budget[2];
      n.touched |= 1;
      d_a_close<Variant_lossy>(n, 0, -1, f);
      emit(n, Label{2}, f);
    }
    if (s.budget[3] > 0 && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Established || s.b[0] == check_tcp_pair::tcp::endpoint::State::CloseWait)) {  // b close
      State n = s;
      std::uint32_t f = 0;
      --n.budget[3];
      n.touched |= 1;
      d_b_close<Variant_lossy>(n, 0, -1, f);
      emit(n, Label{3}, f);
    }
    if ((s.a[0] == check_tcp_pair::tcp::endpoint::State::TimeWait)) {  // a timeout
      const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(get_a(s, 0));
      if (fast && same_a_timeout[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_a_timeout<Variant_lossy>[at];
        same(Label{4}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_a_timeout<Variant_lossy>(n, 0, -1, f);
      emit(n, Label{4}, f);
      }
    }
    if ((s.b[0] == check_tcp_pair::tcp::endpoint::State::TimeWait)) {  // b timeout
      const std::size_t at = check_tcp_pair::tcp::endpoint::detail::index_of(get_b(s, 0));
      if (fast && same_b_timeout[at]) {  // a step that changes nothing: no copy, no dispatch
        std::uint32_t f = local_b_timeout<Variant_lossy>[at];
        same(Label{5}, f);
      } else {
      State n = s;
      std::uint32_t f = 0;
      d_b_timeout<Variant_lossy>(n, 0, -1, f);
      emit(n, Label{5}, f);
      }
    }
    if (s.qn_ab[0] > 0) {  // b via ab: deliver
      State n = s;
      std::uint32_t f = 0;
      recv_ab<Variant_lossy>(n, 0, phasegen::check::Network::deliver, f);
      emit(n, Label{6}, f);
    }
    if (s.budget[4] > 0 && s.qn_ab[0] >= 1) {  // b via ab: lose
      State n = s;
      std::uint32_t f = 0;
      --n.budget[4];
      n.touched |= 1;
      recv_ab<Variant_lossy>(n, 0, phasegen::check::Network::lose, f);
      emit(n, Label{7}, f);
    }
    if (s.budget[5] > 0 && s.qn_ab[0] >= 1) {  // b via ab: duplicate
      State n = s;
      std::uint32_t f = 0;
      --n.budget[5];
      n.touched |= 1;
      recv_ab<Variant_lossy>(n, 0, phasegen::check::Network::duplicate, f);
      emit(n, Label{8}, f);
    }
    if (s.budget[6] > 0 && s.qn_ab[0] >= 2) {  // b via ab: reorder
      State n = s;
      std::uint32_t f = 0;
      --n.budget[6];
      n.touched |= 1;
      recv_ab<Variant_lossy>(n, 0, phasegen::check::Network::reorder, f);
      emit(n, Label{9}, f);
    }
    if (s.qn_ba[0] > 0) {  // a via ba: deliver
      State n = s;
      std::uint32_t f = 0;
      recv_ba<Variant_lossy>(n, 0, phasegen::check::Network::deliver, f);
      emit(n, Label{10}, f);
    }
    if (s.budget[7] > 0 && s.qn_ba[0] >= 1) {  // a via ba: lose
      State n = s;
      std::uint32_t f = 0;
      --n.budget[7];
      n.touched |= 1;
      recv_ba<Variant_lossy>(n, 0, phasegen::check::Network::lose, f);
      emit(n, Label{11}, f);
    }
    if (s.budget[8] > 0 && s.qn_ba[0] >= 1) {  // a via ba: duplicate
      State n = s;
      std::uint32_t f = 0;
      --n.budget[8];
      n.touched |= 1;
      recv_ba<Variant_lossy>(n, 0, phasegen::check::Network::duplicate, f);
      emit(n, Label{12}, f);
    }
    if (s.budget[9] > 0 && s.qn_ba[0] >= 2) {  // a via ba: reorder
      State n = s;
      std::uint32_t f = 0;
      --n.budget[9];
      n.touched |= 1;
      recv_ba<Variant_lossy>(n, 0, phasegen::check::Network::reorder, f);
      emit(n, Label{13}, f);
    }
  }

  void canonicalize([[maybe_unused]] State& s) const {
  }

  /// Whether s is a goal of graph property p: settled (no_stuck), every instance terminal (terminates).
  bool goal([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 5) return settled(s);
    return false;
  }

  /// How many obligations leads_to property p follows (one per instance of its group).
  std::size_t open_count([[maybe_unused]] std::size_t p) const {
    if (p == 6) return 1;
    return 0;
  }

  /// Whether obligation j of leads_to property p is open in s.
  bool open([[maybe_unused]] std::size_t p, [[maybe_unused]] std::size_t j, [[maybe_unused]] const State& s) const {
    if (p == 6 && j == 0) return (s.closed_a[0] & 1u) != 0;
    return false;
  }

  /// Whether s is what reachable property p asks for.
  bool reached([[maybe_unused]] std::size_t p, [[maybe_unused]] const State& s) const {
    if (p == 0) return (s.a[0] == check_tcp_pair::tcp::endpoint::State::Established) && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Established);
    if (p == 1) return (s.a[0] == check_tcp_pair::tcp::endpoint::State::Established || s.a[0] == check_tcp_pair::tcp::endpoint::State::FinWait1 || s.a[0] == check_tcp_pair::tcp::endpoint::State::FinWait2 || s.a[0] == check_tcp_pair::tcp::endpoint::State::CloseWait || s.a[0] == check_tcp_pair::tcp::endpoint::State::Closing || s.a[0] == check_tcp_pair::tcp::endpoint::State::LastAck || s.a[0] == check_tcp_pair::tcp::endpoint::State::TimeWait) && (s.b[0] == check_tcp_pair::tcp::endpoint::State::Established || s.b[0] == check_tcp_pair::tcp::endpoint::State::FinWait1 || s.b[0] == check_tcp_pair::tcp::endpoint::State::FinWait2 || s.b[0] == check_tcp_pair::tcp::endpoint::State::CloseWait || s.b[0] == check_tcp_pair::tcp::endpoint::State::Closing || s.b[0] == check_tcp_pair::tcp::endpoint::State::LastAck || s.b[0] == check_tcp_pair::tcp::endpoint::State::TimeWait);
    if (p == 2) return (s.a[0] == check_tcp_pair::tcp::endpoint::State::Closing);
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
  std::printf("tcp_pair [%.*s]: %zu states, %zu transitions, depth %zu, %.3f s, %.0f states/s, peak %ld MiB, "
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
  if (o.only.empty() || o.only == "client_server") {
    ran = true;
    run<Model_client_server>("client_server", o);
  }
  if (o.only.empty() || o.only == "simultaneous") {
    ran = true;
    run<Model_simultaneous>("simultaneous", o);
  }
  if (o.only.empty() || o.only == "lossy") {
    ran = true;
    run<Model_lossy>("lossy", o);
  }
  if (!ran) {
    std::fprintf(stderr, "no variant named %.*s\n", static_cast<int>(o.only.size()), o.only.data());
    return 2;
  }
  return 0;
}
