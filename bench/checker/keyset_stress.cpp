// Stress test of the compiled checker's visited sets (runtime/include/phasegen/checker.hpp):
// CompactKeySet (two-word keys stored as one-word quotients) against a std::set, by one
// and by several threads, across growth from two-word slots to one-word slots, with keys
// sent to the overflow list. The test suites run it (tests/meson.build, suite 'threads',
// so also under ThreadSanitizer): no bundled model has keys wider than 64 bits. By hand:
//
//   c++ -std=c++20 -O2 -pthread -I runtime/include bench/checker/keyset_stress.cpp -o /tmp/keyset_stress
//   c++ -std=c++20 -O1 -g -fsanitize=thread -pthread -I runtime/include bench/checker/keyset_stress.cpp -o /tmp/keyset_stress_tsan
//   (and with -DPHASEGEN_CHECKER_MIN_DISPLACEMENT_BITS=1 -DPHASEGEN_CHECKER_MAX_DISPLACEMENT=3: many keys overflow)
//
// usage: keyset_stress [KEYS [THREADS]]   (default 3000000 keys, 2 threads)
#include <phasegen/checker.hpp>

#include <cstdio>
#include <cstdlib>
#include <set>

namespace {

// The slots' array (Zeroed): zero everywhere, small (heap) and large (mapped, 2 MiB
// aligned on Linux); a move hands the memory over and leaves the source empty.
int zeroed() {
  using phasegen::check::Zeroed;
  for (const std::size_t n : {std::size_t{1}, std::size_t{1000}, Zeroed<std::uint64_t>::kHuge / 8,
                              Zeroed<std::uint64_t>::kHuge / 8 * 3 + 5}) {
    Zeroed<std::uint64_t> a(n);
    for (std::size_t i = 0; i < n; ++i)
      if (a[i] != 0) {
        std::fprintf(stderr, "FAIL: Zeroed(%zu)[%zu] = %llu\n", n, i, static_cast<unsigned long long>(a[i]));
        return 1;
      }
    for (std::size_t i = 0; i < n; ++i) a[i] = i + 1;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (n * 8 >= Zeroed<std::uint64_t>::kHuge && reinterpret_cast<std::uintptr_t>(a.data()) % Zeroed<std::uint64_t>::kHuge != 0) {
      std::fprintf(stderr, "FAIL: Zeroed(%zu) is not 2 MiB aligned\n", n);
      return 1;
    }
#endif
    Zeroed<std::uint64_t> b = std::move(a);
    Zeroed<std::uint64_t> c(7);
    c = std::move(b);
    if (a.data() != nullptr || a.size() != 0 || b.data() != nullptr || c.size() != n || c[n - 1] != n || c[0] != 1) {
      std::fprintf(stderr, "FAIL: Zeroed(%zu) moved\n", n);
      return 1;
    }
  }
  return 0;
}

using Key = std::array<std::uint64_t, 2>;

template <unsigned B0, unsigned B1>
int run(std::size_t keys, unsigned threads) {
  using Set = phasegen::check::CompactKeySet<Key, B0, B1>;
  constexpr std::uint64_t m0 = B0 == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << B0) - 1;
  constexpr std::uint64_t m1 = (std::uint64_t{1} << B1) - 1;
  // Structured keys, as packed states are: a counter spread over both words, few bits changing.
  auto key_of = [](std::uint64_t n) {
    const std::uint64_t x = n * 0x9e3779b97f4a7c15ull;
    return Key{(n ^ (x << 40)) & m0, ((x >> 7) ^ (n >> 20)) & m1};
  };
  for (std::uint64_t n = 0; n < 1000; ++n) {  // hash() is a bijection: key() undoes it
    const Key k = key_of(n);
    if (Set::key(Set::hash(k)) != k) {
      std::fprintf(stderr, "FAIL: key(hash(k)) != k\n");
      return 1;
    }
  }
  Set set(false);
  phasegen::check::Blocks<std::uint32_t> order;
  std::set<Key> want;
  std::size_t next = 0, rounds = 0;
  bool compact_seen = false;
  while (next < keys) {
    // A round: each thread looks up a batch (half of it keys already in, some twice across
    // threads), as the engine's rounds do; the set grows between rounds.
    const std::size_t n = std::min(keys - next, std::max<std::size_t>(set.room() / 2, 1));
    if (set.room() < 2 * n || set.room() < 1024) {
      set.grow(order, threads);  // the keys moved by the same threads
      compact_seen = compact_seen || set.slot_bytes() == 8;
      continue;
    }
    std::vector<std::vector<std::uint32_t>> fresh(threads);
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (std::size_t i = 0; i < n; ++i) {
          // every thread tries the same new keys (in its own order) and some old ones
          const std::size_t j = (i * (2 * t + 1) + t * 7919) % n;
          const auto [slot, added] = set.find_or_add(Set::hash(key_of(next + j)));
          if (added) fresh[t].push_back(slot);
          if (next > 0) set.find_or_add(Set::hash(key_of((next + j) % next)));
        }
      });
    }
    for (auto& th : pool) th.join();
    std::size_t total = 0;
    for (auto& f : fresh) {
      for (std::uint32_t slot : f) order.push_back(slot);
      total += f.size();
    }
    if (total != n) {
      std::fprintf(stderr, "FAIL: round %zu added %zu keys, not %zu\n", rounds, total, n);
      return 1;
    }
    set.added(total);
    for (std::size_t i = 0; i < n; ++i) want.insert(key_of(next + i));
    next += n;
    ++rounds;
  }
  std::set<Key> got;
  for (std::size_t i = 0; i < order.size(); ++i) got.insert(set.at(order[i]));
  if (got != want || order.size() != keys) {
    std::fprintf(stderr, "FAIL: %zu keys read back, %zu distinct, %zu expected\n", order.size(), got.size(),
                 want.size());
    return 1;
  }
  for (std::size_t i = 0; i < order.size(); ++i) {  // each key is found where it was put
    const auto [slot, added] = set.find_or_add(Set::hash(set.at(order[i])));
    if (added || slot != order[i]) {
      std::fprintf(stderr, "FAIL: key %zu not found in its slot\n", i);
      return 1;
    }
  }
  std::printf("%u+%u-bit keys: %zu keys, %u thread(s), %zu rounds, %zu-byte slots at the end%s, %zu overflowed, "
              "%.1f bytes/key\n",
              B0, B1, keys, threads, rounds, set.slot_bytes(), compact_seen ? "" : " (never compact)", set.spilled(),
              static_cast<double>(set.bytes()) / static_cast<double>(keys));
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::size_t keys = argc > 1 ? std::strtoull(argv[1], nullptr, 10) : 3'000'000;
  const unsigned threads = argc > 2 ? static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10)) : 2;
  int rc = zeroed();
  rc |= run<63, 13>(keys, threads);  // vox at 5 channels
  rc |= run<64, 0>(keys, threads);   // exactly 64 bits: a second word with nothing in it
  rc |= run<60, 20>(keys, 1);
  if (rc == 0) std::printf("ok\n");
  return rc;
}
