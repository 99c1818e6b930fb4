// phasegen runtime: the breadth-first engine of generated system checkers.
//
// A generated checker (codegen/checker_cpp.py) defines a Model: a State it computes on,
// its packing into a Key of 64-bit words (a bit layout generated from the spec), its
// initial state, its successors (each labelled with the input that produced it and the
// properties it violated) and, when symmetry is on, a canonical form. A State also
// records which of its parts a step changed (`touched`), so that Model::repack derives a
// successor's key from its predecessor's by packing just those, and a step that changed
// nothing needs no lookup at all.
//
// Memory per state: the key, once, in the hash set's slot, plus the slot's 4-byte index
// in the discovery-order list (which is also the BFS queue). There are no parent links:
// a counterexample is rebuilt afterwards by searching each predecessor in the level
// before (breadth-first levels are kept as index ranges), which costs a few levels'
// successors for each failing property and nothing during the search.
//
// Levels are expanded in rounds, by one or several threads (`threads`): within a round
// threads insert into the set concurrently (a slot is claimed by compare-and-swap); the
// set grows only between rounds, and a round never adds more states than the set has
// room for. States new in a round are appended in thread order, so with one thread the
// search (and every counterexample) is deterministic; with several, the states, the
// verdicts and the lengths of the counterexamples are the same, which counterexample is
// found may differ.
#pragma once

#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <thread>
#include <utility>
#include <vector>

namespace phasegen::check {

struct Label {
  std::uint16_t option;  ///< index into Model::options (input, instance, event, stale)
};

/// A list that grows by fixed blocks: no doubling slack, no copy when it grows.
template <class T>
class Blocks {
 public:
  static constexpr std::size_t kShift = 16, kSize = std::size_t{1} << kShift;
  void push_back(T v) {
    if ((size_ & (kSize - 1)) == 0 && (size_ >> kShift) == blocks_.size()) blocks_.emplace_back(new T[kSize]);
    (*this)[size_++] = v;
  }
  T& operator[](std::size_t i) { return blocks_[i >> kShift][i & (kSize - 1)]; }
  const T& operator[](std::size_t i) const { return blocks_[i >> kShift][i & (kSize - 1)]; }
  std::size_t size() const { return size_; }
  std::size_t bytes() const { return blocks_.size() * kSize * sizeof(T); }

 private:
  std::vector<std::unique_ptr<T[]>> blocks_;
  std::size_t size_ = 0;
};

/// The set of visited states, as packed keys (arrays of 64-bit words) stored in the
/// slots themselves: a lookup touches one cache line, and a duplicate (most successors
/// are) needs no second load. The top bit of the last word marks a used slot, so the
/// generator leaves it out of every layout; a last word that is neither 0 nor used marks
/// a slot being written by another thread. With `with_ids`, a parallel array maps each
/// slot to the state's discovery index (the no_stuck graph needs the ids of old states).
template <class Key>
class KeySet {
 public:
  static constexpr std::uint64_t kUsed = std::uint64_t{1} << 63, kBusy = 1;
  static constexpr std::size_t kLast = std::tuple_size_v<Key> - 1;

  explicit KeySet(bool with_ids, std::size_t slots = std::size_t{1} << 16) : with_ids_(with_ids) { resize(slots); }

  static std::uint64_t hash(const Key& k) {
    std::uint64_t h = 0x9e3779b97f4a7c15ull;
    for (std::uint64_t w : k) {
      h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
      h ^= h >> 31;
    }
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 29);
  }

  /// Hints the cache about the slot a later find_or_add of a key with hash h starts at.
  void prefetch(std::uint64_t h) const { __builtin_prefetch(&slots_[h & mask_]); }
  /// Hints the cache about a slot a later at() reads.
  void prefetch_slot(std::uint32_t slot) const { __builtin_prefetch(&slots_[slot]); }

  /// The slot holding k, and whether this call put it there. Safe to call from several
  /// threads at once; not while the set grows.
  std::pair<std::uint32_t, bool> find_or_add(const Key& k, std::uint64_t h) {
    const std::uint64_t last = k[kLast] | kUsed;
    for (std::size_t i = h & mask_;; i = (i + 1) & mask_) {
      Key& slot = slots_[i];
      std::atomic_ref<std::uint64_t> tail(slot[kLast]);
      std::uint64_t seen = tail.load(std::memory_order_acquire);
      if (seen == 0) {
        const std::uint64_t claim = kLast == 0 ? last : kBusy;
        if (tail.compare_exchange_strong(seen, claim, std::memory_order_acq_rel, std::memory_order_acquire)) {
          if constexpr (kLast > 0) {
            for (std::size_t w = 0; w < kLast; ++w)
              std::atomic_ref<std::uint64_t>(slot[w]).store(k[w], std::memory_order_relaxed);
            tail.store(last, std::memory_order_release);
          }
          return {static_cast<std::uint32_t>(i), true};
        }
        // Another thread claimed the slot first: `seen` is what it wrote.
      }
      while (!(seen & kUsed)) seen = tail.load(std::memory_order_acquire);  // being written
      if (seen == last && same_head(slot, k)) return {static_cast<std::uint32_t>(i), false};
    }
  }

  /// The key in a used slot.
  Key at(std::uint32_t slot) const {
    Key k = slots_[slot];
    k[kLast] &= ~kUsed;
    return k;
  }

  std::uint32_t& id(std::uint32_t slot) { return ids_[slot]; }

  /// Room for this many more keys before the set must grow (it keeps 20% of slots free).
  std::size_t room() const { return limit_ > count_ ? limit_ - count_ : 0; }
  void added(std::size_t n) { count_ += n; }
  std::size_t bytes() const { return slots_.size() * sizeof(Key) + ids_.size() * sizeof(std::uint32_t); }

  /// Twice the slots; every key of `order` (slot numbers, in discovery order) moves, and
  /// `order` is rewritten to the new slots.
  void grow(Blocks<std::uint32_t>& order) {
    std::vector<Key> old;
    old.swap(slots_);
    resize(old.size() * 2);
    for (std::size_t n = 0; n < order.size(); ++n) {
      const Key& k = old[order[n]];
      std::size_t i = hash(unused(k)) & mask_;
      while (slots_[i][kLast] & kUsed) i = (i + 1) & mask_;
      slots_[i] = k;
      if (with_ids_) ids_[i] = static_cast<std::uint32_t>(n);
      order[n] = static_cast<std::uint32_t>(i);
    }
  }

 private:
  static Key unused(Key k) {
    k[kLast] &= ~kUsed;
    return k;
  }

  static bool same_head(Key& slot, const Key& k) {  // the words before the last
    for (std::size_t w = 0; w < kLast; ++w)
      if (std::atomic_ref<std::uint64_t>(slot[w]).load(std::memory_order_relaxed) != k[w]) return false;
    return true;
  }

  void resize(std::size_t n) {
    slots_.assign(n, Key{});
    if (with_ids_) ids_.assign(n, 0);
    mask_ = n - 1;
    limit_ = n / 5 * 4;
  }

  bool with_ids_;
  std::size_t count_ = 0, limit_ = 0, mask_ = 0;
  std::vector<Key> slots_;
  std::vector<std::uint32_t> ids_;
};

/// What a channel step does to a queue: deliver its head; or, a hostile network's faults,
/// lose the head, deliver it and keep it (duplicate), deliver the second first (reorder).
enum class Network { deliver, lose, duplicate, reorder };

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
  unsigned threads = 1;                   ///< threads that searched
  std::vector<Found> failures;            ///< per property
  std::vector<std::vector<Label>> paths;  ///< per property: the inputs of a shortest counterexample
  std::vector<std::vector<char>> lassos;  ///< per leads_to property that fails: the states where it can stay open
};

/// Told, about once a second while a search runs, how far it got (for a progress line).
using Progress = void (*)(std::size_t states, std::size_t depth, double seconds);

template <class Model>
Result explore(const Model& model, bool symmetry, std::size_t max_states, bool with_no_stuck = true,
               unsigned threads = 1, Progress progress = nullptr) {
  using State = typename Model::State;
  using Key = typename Model::Key;
  using Set = KeySet<Key>;
  const auto t0 = std::chrono::steady_clock::now();
  Result r;
  r.failures.resize(Model::property_count);
  const bool need_edges = Model::needs_graph && with_no_stuck;
  if (need_edges || threads == 0) threads = 1;  // the graph is built in discovery order
  Set set(need_edges);
  Blocks<std::uint32_t> order;             // the slot of every state, in discovery order: the BFS queue
  std::vector<std::size_t> level{0};       // where each breadth-first level begins in `order`
  std::vector<std::uint32_t> edge_begin, edges;  // successor lists, only for no_stuck
  std::vector<char> loops;  // with the edges: whether a state has a step that changes nothing (leads_to)

  auto key_of = [&](const State& s) {
    if (!symmetry) return Model::pack(s);
    State c = s;
    model.canonicalize(c);
    return Model::pack(c);
  };
  auto state_at = [&](std::size_t n) { return Model::unpack(set.at(order[n])); };

  {
    const Key init = key_of(model.initial());
    const auto [slot, added] = set.find_or_add(init, Set::hash(init));
    set.added(1);
    order.push_back(slot);
    if (need_edges) set.id(slot) = 0;
  }

  // One worker's share of a round: the states it expands, the ones it adds, what it found.
  // One state's successors that need a lookup: their keys and hashes.
  struct Batch {
    std::array<std::pair<Key, std::uint64_t>, Model::options.size()> keys;
    std::size_t size = 0;
  };
  struct Worker {
    std::vector<std::uint32_t> fresh;
    Batch batch[2];
    std::vector<Found> failures;
    std::size_t transitions = 0;
  };
  std::vector<Worker> workers(threads);
  for (auto& w : workers) w.failures.resize(Model::property_count);

  auto insert = [&](Worker& w, const Batch& b) {
    if (need_edges) edge_begin.push_back(static_cast<std::uint32_t>(edges.size()));
    for (std::size_t i = 0; i < b.size; ++i) {
      const auto [slot, added] = set.find_or_add(b.keys[i].first, b.keys[i].second);
      if (added) {
        if (need_edges) set.id(slot) = static_cast<std::uint32_t>(order.size() + w.fresh.size());
        w.fresh.push_back(slot);
      }
      if (need_edges) edges.push_back(set.id(slot));
    }
  };

  // Expands states [from, to) of `order`, `chunk` at a time, taken from `next`. The
  // lookups are a state behind the successors: the successors of one state are computed
  // (their slots prefetched) while the slots of the state before are on their way, and
  // then that state's keys are looked up; the key of the state two ahead is prefetched too.
  auto expand = [&](Worker& w, std::size_t from, std::size_t to, std::atomic<std::size_t>& next) {
    constexpr std::size_t chunk = 256;
    for (std::size_t begin; (begin = next.fetch_add(chunk, std::memory_order_relaxed) + from) < to;) {
      const std::size_t end = std::min(begin + chunk, to);
      Batch* ready = nullptr;  // the state before's, not yet looked up
      for (std::size_t at = begin; at < end; ++at) {
        if (at + 2 < end) set.prefetch_slot(order[at + 2]);
        Batch& b = w.batch[at & 1];
        b.size = 0;
        const Key parent = set.at(order[at]);
        model.successors(Model::unpack(parent), [&](const State& next_state, Label label, std::uint32_t violated) {
          ++w.transitions;
          for (std::size_t p = 0; violated != 0; ++p, violated >>= 1) {
            Found& f = w.failures[p];
            if ((violated & 1u) && (!f.found || at < f.from)) f = Found{true, static_cast<std::uint32_t>(at), label};
          }
          // A step that changed nothing leads back to the state itself (half the
          // transitions of the vox system: stale frames, refusals): no lookup. Otherwise,
          // without symmetry, only the parts the step changed are packed again.
          if (next_state.touched == 0) {
            if (need_edges) {
              if (loops.size() <= at) loops.resize(at + 1, 0);
              loops[at] = 1;
            }
            return;
          }
          const Key k = symmetry ? key_of(next_state) : Model::repack(parent, next_state);
          const std::uint64_t h = Set::hash(k);
          set.prefetch(h);
          b.keys[b.size++] = {k, h};
        });
        if (ready) insert(w, *ready);
        ready = &b;
      }
      if (ready) insert(w, *ready);
    }
  };

  double next_report = 1.0;  // seconds: runs shorter than this print no progress
  for (std::size_t begin = 0, end = 1; begin < end; begin = end, end = order.size()) {
    for (std::size_t at = begin; at < end;) {
      // A round may add at most one state per option of each state it expands.
      std::size_t n = std::min(end - at, set.room() / std::max<std::size_t>(Model::options.size(), 1));
      if (n < std::min<std::size_t>(end - at, 256)) {
        set.grow(order);
        continue;
      }
      std::atomic<std::size_t> next{0};
      std::vector<std::thread> pool;
      for (unsigned t = 1; t < threads; ++t) pool.emplace_back([&, t] { expand(workers[t], at, at + n, next); });
      expand(workers[0], at, at + n, next);
      for (auto& t : pool) t.join();
      for (auto& w : workers) {
        for (std::uint32_t slot : w.fresh) order.push_back(slot);
        set.added(w.fresh.size());
        w.fresh.clear();
      }
      at += n;
      if (progress != nullptr) {
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        if (s >= next_report) {
          progress(order.size(), level.size(), s);
          next_report = s + 1.0;
        }
      }
      if (order.size() > max_states) {
        std::fprintf(stderr, "phasegen checker: more than %zu states; lower the bounds\n", max_states);
        std::exit(2);
      }
    }
    if (order.size() > end) level.push_back(end);
  }
  r.depth = level.size() - 1;
  level.push_back(order.size());
  for (auto& w : workers) {
    r.transitions += w.transitions;
    for (std::size_t p = 0; p < Model::property_count; ++p) {
      const Found& f = w.failures[p];
      if (f.found && (!r.failures[p].found || f.from < r.failures[p].from)) r.failures[p] = f;
    }
  }
  const std::size_t n = order.size();
  if (need_edges) {
    edge_begin.push_back(static_cast<std::uint32_t>(edges.size()));
    // Backward reachability from settled states, over reversed edges.
    std::vector<std::uint32_t> rbegin(n + 1, 0), redges(edges.size());
    for (std::uint32_t e : edges) ++rbegin[e + 1];
    for (std::size_t i = 0; i < n; ++i) rbegin[i + 1] += rbegin[i];
    std::vector<std::uint32_t> fill(rbegin.begin(), rbegin.end() - 1);
    for (std::uint32_t a = 0; a < n; ++a)
      for (std::uint32_t k = edge_begin[a]; k < edge_begin[a + 1]; ++k) redges[fill[edges[k]]++] = a;
    for (const std::size_t p : Model::graph_properties) {  // a goal state reachable from every state
      std::vector<char> good(n, 0);
      std::vector<std::uint32_t> queue;
      for (std::uint32_t i = 0; i < n; ++i)
        if (model.goal(p, state_at(i))) good[i] = 1, queue.push_back(i);
      for (std::size_t q = 0; q < queue.size(); ++q)
        for (std::uint32_t k = rbegin[queue[q]]; k < rbegin[queue[q] + 1]; ++k)
          if (!good[redges[k]]) good[redges[k]] = 1, queue.push_back(redges[k]);
      for (std::uint32_t i = 0; i < n; ++i) {
        if (!good[i]) {
          r.failures[p] = Found{true, i, Label{0xffff}};
          break;
        }
      }
    }
    loops.resize(n, 0);
    for (const std::size_t p : Model::open_properties) {  // leads_to: an obligation that can stay open forever
      for (std::size_t j = 0; j < model.open_count(p) && !r.failures[p].found; ++j) {
        // Greatest fixpoint: drop open states whose every successor is closed or dropped;
        // a state with no step at all (no input enabled) stays.
        std::vector<char> alive(n, 0);
        std::vector<std::uint32_t> live(n, 0), queue;
        for (std::uint32_t i = 0; i < n; ++i) alive[i] = model.open(p, j, state_at(i));
        for (std::uint32_t a = 0; a < n; ++a) {
          if (!alive[a]) continue;
          live[a] = loops[a];
          for (std::uint32_t k = edge_begin[a]; k < edge_begin[a + 1]; ++k) live[a] += alive[edges[k]] != 0;
          const bool ends = edge_begin[a] == edge_begin[a + 1] && !loops[a];
          if (live[a] == 0 && !ends) alive[a] = 0, queue.push_back(a);
        }
        for (std::size_t q = 0; q < queue.size(); ++q)
          for (std::uint32_t k = rbegin[queue[q]]; k < rbegin[queue[q] + 1]; ++k) {
            const std::uint32_t a = redges[k];
            if (alive[a] && --live[a] == 0) alive[a] = 0, queue.push_back(a);
          }
        for (std::uint32_t i = 0; i < n; ++i) {
          if (alive[i]) {
            r.failures[p] = Found{true, i, Label{0xffff}};
            r.lassos.resize(Model::property_count);
            r.lassos[p] = std::move(alive);
            break;
          }
        }
      }
    }
  }
  for (const std::size_t p : Model::reach_properties) {  // the first such state in discovery order: a shortest witness
    for (std::uint32_t i = 0; i < n; ++i) {
      if (model.reached(p, state_at(i))) {
        r.failures[p] = Found{true, i, Label{0xffff}};
        break;
      }
    }
  }
  r.states = n;
  r.threads = threads;
  r.store_bytes = set.bytes() + order.bytes() + (edges.capacity() + edge_begin.capacity()) * sizeof(std::uint32_t);
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();

  // Counterexamples: the chain of stored (canonical) states back to the initial one, each
  // found as the first state of the level before with a successor equal to it; then
  // replayed on concrete states so that instance numbers stay consistent from step to step.
  auto predecessor = [&](std::size_t child) {
    const std::size_t d = static_cast<std::size_t>(std::upper_bound(level.begin(), level.end(), child) - level.begin()) - 1;
    const Key target = set.at(order[child]);
    for (std::size_t j = level[d - 1]; j < level[d]; ++j) {
      bool hit = false;
      model.successors(state_at(j), [&](const State& s, Label, std::uint32_t) { hit = hit || key_of(s) == target; });
      if (hit) return j;
    }
    std::fprintf(stderr, "phasegen checker: state %zu has no predecessor\n", child);
    std::abort();
  };
  r.paths.resize(Model::property_count);
  for (std::size_t p = 0; p < Model::property_count; ++p) {
    if (!r.failures[p].found) continue;
    std::vector<std::size_t> chain;
    for (std::size_t at = r.failures[p].from; at != 0; at = predecessor(at)) chain.push_back(at);
    State cur = model.initial();
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      bool done = false;
      State next_cur{};
      const Key want = set.at(order[*it]);
      model.successors(cur, [&](const State& next, Label label, std::uint32_t) {
        if (done || key_of(next) != want) return;
        r.paths[p].push_back(label);
        next_cur = next;
        done = true;
      });
      cur = next_cur;
    }
    if (p < r.lassos.size() && !r.lassos[p].empty()) {  // leads_to: on through open states until one repeats
      const auto& alive = r.lassos[p];
      std::vector<char> seen(n, 0);
      seen[r.failures[p].from] = 1;
      for (bool moved = true; moved;) {
        moved = false;
        State next_cur{};
        std::uint32_t next_id = 0;
        model.successors(cur, [&](const State& next, Label label, std::uint32_t) {
          if (moved) return;
          const Key k = key_of(next);
          const std::uint32_t id = set.id(set.find_or_add(k, Set::hash(k)).first);
          if (!alive[id]) return;
          r.paths[p].push_back(label);
          next_cur = next;
          next_id = id;
          moved = true;
        });
        if (!moved) break;  // no input enabled: the run ends with the obligation open
        cur = next_cur;
        if (seen[next_id]) break;
        seen[next_id] = 1;
      }
      continue;
    }
    if (r.failures[p].label.option == 0xffff) continue;  // a state, not a step: the path ends in it
    Key target{};
    model.successors(state_at(r.failures[p].from), [&](const State& next, Label label, std::uint32_t) {
      if (label.option == r.failures[p].label.option) target = key_of(next);
    });
    bool done = false;
    model.successors(cur, [&](const State& next, Label label, std::uint32_t violated) {
      if (!done && (violated >> p & 1u) && key_of(next) == target) {
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
