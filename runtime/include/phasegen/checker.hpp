// phasegen runtime: the breadth-first engine of generated system checkers.
//
// A generated checker (codegen/checker_cpp.py) defines a Model: a State it computes on,
// its packing into a Key of 64-bit words (a bit layout generated from the spec), its
// initial state, its successors (each labelled with the input that produced it and the
// properties it violated) and, when symmetry is on, a canonical form. This engine keeps
// every key once, in discovery order, so that list is also the BFS queue and parent
// links give shortest paths.
#pragma once

#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <array>
#include <utility>
#include <vector>

namespace phasegen::check {

struct Label {
  std::uint16_t option;  ///< index into Model::options (input, instance, event, stale)
};

/// The set of visited states, as packed keys (arrays of 64-bit words) stored in the
/// slots themselves: a lookup touches one cache line, and a duplicate (most successors
/// are) needs no second load. The top bit of the last word marks a used slot, so the
/// generator leaves it out of every layout. With `with_ids`, a parallel array maps each
/// slot to the state's discovery index (the no_stuck graph needs the ids of old states).
template <class Key>
class KeySet {
 public:
  static constexpr std::uint64_t kUsed = std::uint64_t{1} << 63;

  explicit KeySet(bool with_ids) : with_ids_(with_ids) { resize(1u << 16); }

  /// Hints the cache about the slot a later insert of a key with hash h starts at.
  void prefetch(std::uint64_t h) const { __builtin_prefetch(&slots_[h & (slots_.size() - 1)]); }

  /// The discovery index of k (0xffffffff when known only to be old and ids are off).
  std::uint32_t insert(Key k, std::uint32_t next_id, bool& inserted) { return insert(k, hash(k), next_id, inserted); }

  std::uint32_t insert(Key k, std::uint64_t h, std::uint32_t next_id, bool& inserted) {
    if ((count_ + 1) * 4 > slots_.size() * 3) grow();
    k.back() |= kUsed;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      Key& slot = slots_[i];
      if (!(slot.back() & kUsed)) {
        slot = k;
        if (with_ids_) ids_[i] = next_id;
        ++count_;
        inserted = true;
        return next_id;
      }
      if (same(slot, k)) {
        inserted = false;
        return with_ids_ ? ids_[i] : 0xffffffffu;
      }
    }
  }

  std::size_t bytes() const { return slots_.capacity() * sizeof(Key) + ids_.capacity() * sizeof(std::uint32_t); }

  static std::uint64_t hash(const Key& raw) {
    Key k = raw;
    k.back() |= kUsed;
    return hash_used(k);
  }

 private:
  static bool same(const Key& a, const Key& b) {  // a word loop: operator== would call memcmp
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i] != b[i]) return false;
    return true;
  }

  static std::uint64_t hash_used(const Key& k) {
    std::uint64_t h = 0x9e3779b97f4a7c15ull;
    for (std::uint64_t w : k) {
      h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
      h ^= h >> 31;
    }
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 29);
  }

  void resize(std::size_t n) {
    slots_.assign(n, Key{});
    if (with_ids_) ids_.assign(n, 0);
  }

  void grow() {
    std::vector<Key> old_slots;
    std::vector<std::uint32_t> old_ids;
    old_slots.swap(slots_);
    old_ids.swap(ids_);
    resize(old_slots.size() * 2);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t j = 0; j < old_slots.size(); ++j) {
      if (!(old_slots[j].back() & kUsed)) continue;
      std::size_t i = hash_used(old_slots[j]) & mask;
      while (slots_[i].back() & kUsed) i = (i + 1) & mask;
      slots_[i] = old_slots[j];
      if (with_ids_) ids_[i] = old_ids[j];
    }
  }

  bool with_ids_;
  std::size_t count_ = 0;
  std::vector<Key> slots_;
  std::vector<std::uint32_t> ids_;
};

struct Found {
  bool found = false;
  std::uint32_t from = 0;  ///< the state the violating input was applied to
  Label label{};
};

struct Result {
  std::size_t states = 0;
  std::size_t transitions = 0;
  std::size_t depth = 0;
  double seconds = 0;
  long peak_kib = 0;
  std::size_t store_bytes = 0;
  std::vector<Found> failures;                 ///< per property
  std::vector<std::vector<Label>> paths;       ///< per property: the inputs of a shortest counterexample
};

template <class Model>
Result explore(const Model& model, bool symmetry, std::size_t max_states, bool with_no_stuck = true) {
  using State = typename Model::State;
  using Key = typename Model::Key;
  const auto t0 = std::chrono::steady_clock::now();
  Result r;
  r.failures.resize(Model::property_count);
  const bool need_edges = Model::needs_graph && with_no_stuck;
  KeySet<Key> set(need_edges);
  std::vector<Key> keys;              // every state, in discovery order: also the BFS queue
  std::vector<std::uint32_t> parent;  // discovery index of the state it was found from
  std::vector<std::uint32_t> edge_begin, edges;  // successor lists, only for no_stuck
  std::vector<std::pair<Key, std::uint64_t>> batch;  // one state's successors and their hashes

  auto canonical = [&](State x) {
    if (symmetry) model.canonicalize(x);
    return x;
  };
  bool inserted = false;
  const Key init = Model::pack(canonical(model.initial()));
  set.insert(init, 0, inserted);
  keys.push_back(init);
  parent.push_back(0);
  std::size_t level_end = 1;
  for (std::uint32_t at = 0; at < keys.size(); ++at) {
    if (at == level_end) {
      ++r.depth;
      level_end = keys.size();
    }
    if (need_edges) edge_begin.push_back(static_cast<std::uint32_t>(edges.size()));
    // All successors of one state first, their slots prefetched, then inserted: the
    // cache misses of a batch overlap instead of following one another.
    batch.clear();
    const State current = Model::unpack(keys[at]);
    model.successors(current, [&](const State& next, Label label, std::uint32_t violated) {
      for (std::size_t p = 0; violated != 0; ++p, violated >>= 1) {
        if ((violated & 1u) && !r.failures[p].found) r.failures[p] = Found{true, at, label};
      }
      const Key k = Model::pack(canonical(next));
      const std::uint64_t h = KeySet<Key>::hash(k);
      set.prefetch(h);
      batch.push_back({k, h});
    });
    r.transitions += batch.size();
    for (const auto& [k, h] : batch) {
      const std::uint32_t id = set.insert(k, h, static_cast<std::uint32_t>(keys.size()), inserted);
      if (inserted) {
        keys.push_back(k);
        parent.push_back(at);
      }
      if (need_edges) edges.push_back(id);
    }
    if (keys.size() > max_states) {
      std::fprintf(stderr, "phasegen checker: more than %zu states; lower the bounds\n", max_states);
      std::exit(2);
    }
  }
  const std::size_t n = keys.size();
  if (need_edges) {
    edge_begin.push_back(static_cast<std::uint32_t>(edges.size()));
    // Backward reachability from settled states, over reversed edges.
    std::vector<std::uint32_t> rbegin(n + 1, 0), redges(edges.size());
    for (std::uint32_t e : edges) ++rbegin[e + 1];
    for (std::size_t i = 0; i < n; ++i) rbegin[i + 1] += rbegin[i];
    std::vector<std::uint32_t> fill(rbegin.begin(), rbegin.end() - 1);
    for (std::uint32_t a = 0; a < n; ++a)
      for (std::uint32_t k = edge_begin[a]; k < edge_begin[a + 1]; ++k) redges[fill[edges[k]]++] = a;
    std::vector<char> good(n, 0);
    std::vector<std::uint32_t> queue;
    for (std::uint32_t i = 0; i < n; ++i)
      if (model.settled(Model::unpack(keys[i]))) good[i] = 1, queue.push_back(i);
    for (std::size_t q = 0; q < queue.size(); ++q)
      for (std::uint32_t k = rbegin[queue[q]]; k < rbegin[queue[q] + 1]; ++k)
        if (!good[redges[k]]) good[redges[k]] = 1, queue.push_back(redges[k]);
    for (std::uint32_t i = 0; i < n; ++i) {
      if (!good[i]) {
        r.failures[Model::no_stuck_index] = Found{true, i, Label{0xffff}};
        break;
      }
    }
  }
  r.states = n;
  r.store_bytes = set.bytes() + keys.capacity() * sizeof(Key) + parent.capacity() * sizeof(std::uint32_t);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  // Counterexamples: the chain of stored (canonical) states, replayed on concrete states
  // so that instance numbers stay consistent from step to step.
  r.paths.resize(Model::property_count);
  for (std::size_t p = 0; p < Model::property_count; ++p) {
    if (!r.failures[p].found) continue;
    std::vector<std::uint32_t> chain;
    for (std::uint32_t at = r.failures[p].from; at != 0; at = parent[at]) chain.push_back(at);
    State cur = model.initial();
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      bool done = false;
      State next_cur{};
      model.successors(cur, [&](const State& next, Label label, std::uint32_t) {
        if (done || Model::pack(canonical(next)) != keys[*it]) return;
        r.paths[p].push_back(label);
        next_cur = next;
        done = true;
      });
      cur = next_cur;
    }
    if (r.failures[p].label.option == 0xffff) continue;  // no_stuck: the path ends in the stuck state
    Key target{};
    model.successors(Model::unpack(keys[r.failures[p].from]), [&](const State& next, Label label, std::uint32_t) {
      if (label.option == r.failures[p].label.option) target = Model::pack(canonical(next));
    });
    bool done = false;
    model.successors(cur, [&](const State& next, Label label, std::uint32_t violated) {
      if (!done && (violated >> p & 1u) && Model::pack(canonical(next)) == target) {
        r.paths[p].push_back(label);
        done = true;
      }
    });
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  r.peak_kib = usage.ru_maxrss;
  return r;
}

}  // namespace phasegen::check
