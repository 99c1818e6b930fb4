// phasegen runtime: the breadth-first engine of generated system checkers.
//
// A generated checker (codegen/checker_cpp.py) defines a Model with a packed State (no
// padding: it is hashed and compared as bytes), its initial state, its successors (each
// labelled with the input that produced it and the properties it violated) and, when
// symmetry is on, a canonical form. This engine stores every state once, in discovery
// order, so the store is also the BFS queue and parent links give shortest paths.
#pragma once

#include <sys/resource.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>
#include <type_traits>
#include <vector>

namespace phasegen::check {

struct Label {
  std::uint16_t option;  ///< index into Model::options (input, instance, event, stale)
};

template <class State>
class StateSet {
  static_assert(std::has_unique_object_representations_v<State>, "State must have no padding");

 public:
  StateSet() { slots_.assign(1u << 16, kEmpty); }

  /// Index of s; inserted at the end when new. `inserted` tells which.
  std::uint32_t insert(const State& s, bool& inserted) {
    if ((states_.size() + 1) * 2 > slots_.size()) grow();
    const std::uint64_t h = hash(s);
    std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint32_t at = slots_[i];
      if (at == kEmpty) {
        slots_[i] = static_cast<std::uint32_t>(states_.size());
        states_.push_back(s);
        inserted = true;
        return slots_[i];
      }
      if (std::memcmp(&states_[at], &s, sizeof(State)) == 0) {
        inserted = false;
        return at;
      }
    }
  }

  const State& operator[](std::uint32_t i) const { return states_[i]; }
  std::size_t size() const { return states_.size(); }
  std::size_t bytes() const { return states_.capacity() * sizeof(State) + slots_.capacity() * sizeof(std::uint32_t); }

 private:
  static constexpr std::uint32_t kEmpty = ~0u;

  // Eight bytes at a time, multiply-xorshift mixing (the state is a few dozen bytes).
  static std::uint64_t hash(const State& s) {
    constexpr std::size_t words = (sizeof(State) + 7) / 8;
    std::uint64_t w[words] = {};
    std::memcpy(w, &s, sizeof(State));
    std::uint64_t h = 0x9e3779b97f4a7c15ull ^ sizeof(State);
    for (std::size_t i = 0; i < words; ++i) {
      h = (h ^ w[i]) * 0xbf58476d1ce4e5b9ull;
      h ^= h >> 31;
    }
    h *= 0x94d049bb133111ebull;
    return h ^ (h >> 29);
  }

  void grow() {
    std::vector<std::uint32_t> old(slots_.size() * 2, kEmpty);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (std::uint32_t at = 0; at < states_.size(); ++at) {
      std::size_t i = hash(states_[at]) & mask;
      while (slots_[i] != kEmpty) i = (i + 1) & mask;
      slots_[i] = at;
    }
  }

  std::vector<std::uint32_t> slots_;
  std::vector<State> states_;
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
Result explore(const Model& model, bool symmetry, std::size_t max_states) {
  using State = typename Model::State;
  const auto t0 = std::chrono::steady_clock::now();
  Result r;
  r.failures.resize(Model::property_count);
  StateSet<State> set;
  std::vector<std::uint32_t> parent;
  std::vector<Label> via;
  std::vector<std::uint32_t> edge_begin, edges;  // successor lists, only for no_stuck
  const bool need_edges = Model::needs_graph;

  State init = model.initial();
  if (symmetry) model.canonicalize(init);
  bool inserted = false;
  set.insert(init, inserted);
  parent.push_back(0);
  via.push_back(Label{0});
  std::size_t level_end = 1;
  for (std::uint32_t at = 0; at < set.size(); ++at) {
    if (at == level_end) {
      ++r.depth;
      level_end = set.size();
    }
    if (need_edges) edge_begin.push_back(static_cast<std::uint32_t>(edges.size()));
    const State current = set[at];
    model.successors(current, [&](State next, Label label, std::uint32_t violated) {
      ++r.transitions;
      for (std::size_t p = 0; violated != 0; ++p, violated >>= 1) {
        if ((violated & 1u) && !r.failures[p].found) r.failures[p] = Found{true, at, label};
      }
      if (symmetry) model.canonicalize(next);
      const std::uint32_t id = set.insert(next, inserted);
      if (inserted) {
        parent.push_back(at);
        via.push_back(label);
      }
      if (need_edges) edges.push_back(id);
    });
    if (set.size() > max_states) {
      std::fprintf(stderr, "phasegen checker: more than %zu states; lower the bounds\n", max_states);
      std::exit(2);
    }
  }
  if (need_edges) {
    edge_begin.push_back(static_cast<std::uint32_t>(edges.size()));
    // Backward reachability from settled states, over reversed edges.
    std::vector<std::uint32_t> rbegin(set.size() + 1, 0), redges(edges.size());
    for (std::uint32_t e : edges) ++rbegin[e + 1];
    for (std::size_t i = 0; i < set.size(); ++i) rbegin[i + 1] += rbegin[i];
    std::vector<std::uint32_t> fill(rbegin.begin(), rbegin.end() - 1);
    for (std::uint32_t a = 0; a < set.size(); ++a)
      for (std::uint32_t k = edge_begin[a]; k < edge_begin[a + 1]; ++k) redges[fill[edges[k]]++] = a;
    std::vector<char> good(set.size(), 0);
    std::vector<std::uint32_t> queue;
    for (std::uint32_t i = 0; i < set.size(); ++i)
      if (model.settled(set[i])) good[i] = 1, queue.push_back(i);
    for (std::size_t q = 0; q < queue.size(); ++q)
      for (std::uint32_t k = rbegin[queue[q]]; k < rbegin[queue[q] + 1]; ++k)
        if (!good[redges[k]]) good[redges[k]] = 1, queue.push_back(redges[k]);
    for (std::uint32_t i = 0; i < set.size(); ++i) {
      if (!good[i]) {
        r.failures[Model::no_stuck_index] = Found{true, i, Label{0xffff}};
        break;
      }
    }
  }
  // Counterexamples: the chain of stored (canonical) states, replayed on concrete states
  // so that instance numbers stay consistent from step to step.
  r.paths.resize(Model::property_count);
  auto canonical = [&](State x) {
    if (symmetry) model.canonicalize(x);
    return x;
  };
  for (std::size_t p = 0; p < Model::property_count; ++p) {
    if (!r.failures[p].found) continue;
    std::vector<std::uint32_t> chain;
    for (std::uint32_t at = r.failures[p].from; at != 0; at = parent[at]) chain.push_back(at);
    State cur = model.initial();
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
      bool done = false;
      State next_cur{};
      model.successors(cur, [&](State next, Label label, std::uint32_t) {
        if (done) return;
        const State c = canonical(next);
        if (std::memcmp(&c, &set[*it], sizeof(State)) == 0) {
          r.paths[p].push_back(label);
          next_cur = next;
          done = true;
        }
      });
      cur = next_cur;
    }
    if (r.failures[p].label.option == 0xffff) continue;  // no_stuck: the path ends in the stuck state
    State target{};
    model.successors(set[r.failures[p].from], [&](State next, Label label, std::uint32_t) {
      if (label.option == r.failures[p].label.option) target = canonical(next);
    });
    bool done = false;
    model.successors(cur, [&](State next, Label label, std::uint32_t violated) {
      const State c = canonical(next);
      if (!done && (violated >> p & 1u) && std::memcmp(&c, &target, sizeof(State)) == 0) {
        r.paths[p].push_back(label);
        done = true;
      }
    });
  }
  r.states = set.size();
  r.store_bytes = set.bytes();
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  r.peak_kib = usage.ru_maxrss;
  return r;
}

}  // namespace phasegen::check
