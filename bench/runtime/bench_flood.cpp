// Hash flooding benchmark (not a test): what a peer that picks its channel ids can cost
// the registry. Every run checks its functional result and exits non-zero if it is wrong.
//
// Workload, per (hash, ids) pair: a registry of capacity C (the index has 2C slots);
// the peer announces C channels (generation 0), then sends R rounds of one item to every
// channel in turn (a round robin over all C channels, so every frame pays a lookup; the
// items stay buffered, within the credit, as for channels not yet bound). Printed: ns per
// announce while filling, ns per item afterwards, and colliding / random for each hash.
//
//   hashes:  legacy - the registry's old index hash (murmur3's fmix64 of id ^ seed ^
//                     generation * golden ratio), with seed 0 as Session used it;
//            keyed  - the registry's hash now: SipHash-1-3 under a key from the OS.
//   ids:     random    - uniformly random 64-bit ids;
//            colliding - ids an attacker computes against the legacy hash: fmix64 is a
//                        bijection, so it picks outputs whose low 32 bits are 0 (the home
//                        slot 0 for any index of up to 2^32 slots) and inverts fmix64 on
//                        them. Against the keyed hash it can do no better than send the
//                        same ids: without the key their slots are uniform, like random
//                        ids.
//
// usage: phasegen-bench-flood [--channels C] [--rounds R] [--reps N]
//   defaults: C = 16384, R = 8, N = 3 (median, slowest and fastest run in ()).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <type_traits>
#include <vector>

#include "phasegen/vox/registry.hpp"

namespace {

namespace pv = phasegen::vox;
namespace rx = vox::rx_channel;
using phasegen::Disposition;
using Clock = std::chrono::steady_clock;

void require(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "bench-flood: functional check failed: %s\n", what);
    std::exit(1);
  }
}

constexpr std::uint64_t golden = 0x9e3779b97f4a7c15ULL;
constexpr std::uint64_t m1 = 0xff51afd7ed558ccdULL, m2 = 0xc4ceb9fe1a85ec53ULL;

constexpr std::uint64_t fmix64(std::uint64_t x) noexcept {
  x ^= x >> 33;
  x *= m1;
  x ^= x >> 33;
  x *= m2;
  x ^= x >> 33;
  return x;
}

/// The multiplicative inverse of an odd number modulo 2^64 (Newton: each step doubles the bits).
constexpr std::uint64_t inverse(std::uint64_t a) noexcept {
  std::uint64_t x = a;  // correct to 3 bits for odd a
  for (int i = 0; i < 5; ++i) x *= 2 - a * x;
  return x;
}

/// fmix64^-1: x ^= x >> 33 undoes itself (33 >= 32), and each multiplier is odd.
constexpr std::uint64_t unfmix64(std::uint64_t x) noexcept {
  x ^= x >> 33;
  x *= inverse(m2);
  x ^= x >> 33;
  x *= inverse(m1);
  x ^= x >> 33;
  return x;
}
static_assert(unfmix64(fmix64(0x0123456789abcdefULL)) == 0x0123456789abcdefULL);

/// The registry's index hash before issue 10 (seed 0 in every Session).
struct LegacyHash {
  pv::HashKey key;  // k0 was the seed
  std::uint64_t operator()(std::uint64_t id, std::uint32_t gen) const noexcept {
    return fmix64(id ^ key.k0 ^ (std::uint64_t{gen} * golden));
  }
};

/// What an attacker sends against LegacyHash with seed 0, generation 0: n distinct ids
/// whose hash has its low 32 bits clear, so all share home slot 0.
std::vector<std::uint64_t> colliding_ids(std::size_t n) {
  std::vector<std::uint64_t> ids;
  for (std::uint64_t j = 1; ids.size() < n; ++j) ids.push_back(unfmix64(j << 32));
  for (std::uint64_t id : ids) require((LegacyHash{}(id, 0) & 0xffffffffULL) == 0, "the ids collide on the legacy hash");
  return ids;
}

std::vector<std::uint64_t> random_ids(std::size_t n) {
  std::vector<std::uint64_t> ids;
  std::uint64_t x = 0x243f6a8885a308d3ULL;
  while (ids.size() < n) ids.push_back(fmix64(x += golden));  // a bijection of a counter: distinct
  return ids;
}

struct Figures {
  double announce_ns = 0, item_ns = 0;
};

template <class Hash>
Figures run_once(const std::vector<std::uint64_t>& ids, std::uint64_t rounds) {
  using Registry = pv::ChannelRegistry<std::uint64_t, Hash>;
  // The legacy hash as every Session ran it (seed 0); the keyed one as a Session runs it now.
  const pv::HashKey key = std::is_same_v<Hash, LegacyHash> ? pv::HashKey{} : pv::HashKey::random();
  auto reg = std::make_unique<Registry>(ids.size(), phasegen::TraceHook{}, 0, key);
  std::uint64_t bad = 0;
  const auto t0 = Clock::now();
  for (std::uint64_t id : ids) bad += reg->announce(id, 0).disposition != Disposition::transition;
  const auto t1 = Clock::now();
  for (std::uint64_t r = 0; r < rounds; ++r)
    for (std::uint64_t id : ids) bad += reg->on_item(id, 0, r).disposition != Disposition::transition;
  const auto t2 = Clock::now();
  require(bad == 0, "every announce and item accepted");
  require(reg->size() == ids.size() && reg->items().queued == rounds * ids.size() && reg->items().conserved(),
          "registry counts");
  const double n = static_cast<double>(ids.size());
  return {std::chrono::duration<double, std::nano>(t1 - t0).count() / n,
          std::chrono::duration<double, std::nano>(t2 - t1).count() / (n * static_cast<double>(rounds))};
}

struct Stat {
  double median, slow, fast;
};
Stat stat(std::vector<double> v) {
  std::sort(v.begin(), v.end());
  return {v[v.size() / 2], v.back(), v.front()};
}

template <class Hash>
std::pair<Stat, Stat> measure(const std::vector<std::uint64_t>& ids, std::uint64_t rounds, int reps) {
  std::vector<double> a, i;
  for (int r = 0; r < reps; ++r) {
    const Figures f = run_once<Hash>(ids, rounds);
    a.push_back(f.announce_ns);
    i.push_back(f.item_ns);
  }
  return {stat(a), stat(i)};
}

void print(const char* hash, const char* ids, const std::pair<Stat, Stat>& f) {
  std::printf("  %-7s %-10s %12.1f  (%.1f - %.1f) %12.1f  (%.1f - %.1f)\n", hash, ids, f.first.median, f.first.fast,
              f.first.slow, f.second.median, f.second.fast, f.second.slow);
  std::fflush(stdout);
}

}  // namespace

int main(int argc, char** argv) {
  std::uint64_t channels = 16384, rounds = 8;
  int reps = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--channels" && i + 1 < argc) channels = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--rounds" && i + 1 < argc) rounds = std::strtoull(argv[++i], nullptr, 10);
    else if (a == "--reps" && i + 1 < argc) reps = std::atoi(argv[++i]);
    else require(false, "usage: phasegen-bench-flood [--channels C] [--rounds R] [--reps N]");
  }
  require(channels > 0 && rounds > 0 && rounds <= static_cast<std::uint64_t>(rx::params::credit) && reps > 0,
          "--channels > 0, 0 < --rounds <= credit, --reps > 0");
  std::printf("phasegen hash flooding benchmark: capacity %llu (index %llu slots), %llu announces then %llu rounds of\n"
              "one item per channel (on_item, round robin); ns per frame, median of %d (fastest - slowest)\n",
              static_cast<unsigned long long>(channels), static_cast<unsigned long long>(2 * channels),
              static_cast<unsigned long long>(channels), static_cast<unsigned long long>(rounds), reps);
  std::printf("  %-7s %-10s %12s %18s %12s\n", "hash", "ids", "announce ns", "", "item ns");
  const auto random = random_ids(channels), colliding = colliding_ids(channels);
  const auto legacy_random = measure<LegacyHash>(random, rounds, reps);
  print("legacy", "random", legacy_random);
  const auto legacy_colliding = measure<LegacyHash>(colliding, rounds, reps);
  print("legacy", "colliding", legacy_colliding);
  const auto keyed_random = measure<pv::KeyedHash>(random, rounds, reps);
  print("keyed", "random", keyed_random);
  const auto keyed_colliding = measure<pv::KeyedHash>(colliding, rounds, reps);
  print("keyed", "colliding", keyed_colliding);
  // Fastest runs too: on a shared host a median can land on an interrupted run.
  std::printf("  colliding / random, medians: legacy x%.1f announce, x%.1f item; keyed x%.2f announce, x%.2f item\n",
              legacy_colliding.first.median / legacy_random.first.median,
              legacy_colliding.second.median / legacy_random.second.median,
              keyed_colliding.first.median / keyed_random.first.median,
              keyed_colliding.second.median / keyed_random.second.median);
  std::printf("  colliding / random, fastest: legacy x%.1f announce, x%.1f item; keyed x%.2f announce, x%.2f item\n",
              legacy_colliding.first.fast / legacy_random.first.fast,
              legacy_colliding.second.fast / legacy_random.second.fast,
              keyed_colliding.first.fast / keyed_random.first.fast,
              keyed_colliding.second.fast / keyed_random.second.fast);
  return 0;
}
