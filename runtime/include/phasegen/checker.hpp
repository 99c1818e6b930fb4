// phasegen runtime: the breadth-first engine of generated system checkers.
//
// A generated checker (codegen/checker_cpp.py) defines a Model: a State it computes on,
// its packing into a Key of 64-bit words (a bit layout generated from the spec), its
// initial state, its successors (each labelled with the input that produced it and the
// properties it violated) and, when symmetry is on, a canonical form. A State also
// records which of its parts a step changed (`touched`), so that Model::repack derives a
// successor's key from its predecessor's by packing just those, a step that changed
// nothing needs no lookup at all, and an invariant is evaluated only where a part it reads
// changed (it held before; from the initial state, passed `also` = every part, all are).
//
// Memory per state: the key, once, in the hash set's slot, plus the slot's 4-byte index
// in the discovery-order list (which is also the BFS queue). A key of two words whose
// bits (Model::word_bits) fit one word once the home slot's bits are taken out is stored
// as that quotient, one word a slot (CompactKeySet); other keys as they are (KeySet).
// There are no parent links: a counterexample is rebuilt afterwards by searching each
// predecessor in the level before (breadth-first levels are kept as index ranges), which
// costs a few levels' successors for each failing property and nothing during the search.
//
// Levels are expanded in rounds, by one or several threads (`threads`): within a round
// threads insert into the set concurrently (a slot is claimed by compare-and-swap); the
// set grows only between rounds (its keys moved by the same threads), and a round never
// adds more states than the set has room for. States new in a round are appended in
// thread order, so with one thread the search (and every counterexample) is
// deterministic; with several, the states, the verdicts and the lengths of the
// counterexamples are the same, which counterexample is found may differ.
#pragma once

#include <sys/mman.h>
#include <sys/resource.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string_view>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace phasegen::check {

struct Label {
  std::uint16_t option;  ///< index into Model::options (input, instance, event, stale)
};

/// Passed to Model::successors as `same` by a caller that wants every step emitted with
/// its successor, even one known to change nothing (the replays after the search).
struct NoSame {
  void operator()(Label, std::uint32_t) const {}
};

/// A step callback of the replays after the search, behind one type: the model's
/// successors() is compiled once for all of them (once per callback type otherwise, and
/// they are cold). Refers to the callable it is made from, which must outlive it.
template <class State>
class Replay {
 public:
  template <class F>
  explicit Replay(F&& f)
      : f_(static_cast<void*>(&f)), call_([](void* g, const State& s, Label label, std::uint32_t violated) {
          (*static_cast<std::remove_reference_t<F>*>(g))(s, label, violated);
        }) {}
  void operator()(const State& s, Label label, std::uint32_t violated) const { call_(f_, s, label, violated); }

 private:
  void* f_;
  void (*call_)(void*, const State&, Label, std::uint32_t);
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

#ifndef PHASEGEN_CHECKER_MIN_SHARED
/// Work of fewer items than this (states to expand, keys to move) runs on one thread:
/// starting threads would cost more than they save (a test sets 1, so that every round
/// and every growth of a small search is shared).
#define PHASEGEN_CHECKER_MIN_SHARED 4096
#endif
inline constexpr std::size_t kMinShared = PHASEGEN_CHECKER_MIN_SHARED;

/// Runs fn(from, to) on `threads` contiguous shares of [0, count), one per thread (this one
/// included), and returns when all are done.
template <class F>
void in_shares(unsigned threads, std::size_t count, F&& fn) {
  if (threads <= 1 || count < kMinShared) {
    fn(std::size_t{0}, count);
    return;
  }
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back([&, t] { fn(count * t / threads, count * (t + 1) / threads); });
  fn(std::size_t{0}, count / threads);
  for (auto& t : pool) t.join();
}

/// Helper threads that stay for a whole search and run one job after another beside the
/// calling thread (the rounds of its levels). A thread started anew for each round began
/// up to 5 ms late on the 2-vCPU KVM guest this was measured on (the idle vCPU had to be
/// woken), a third of the time of a 40 ms search; these helpers spin between jobs for a
/// few milliseconds, then sleep on the job counter until the next one. Spinning yields
/// the core after a short while, so that more threads than cores still take turns.
class Crew {
 public:
  explicit Crew(unsigned helpers) {
    for (unsigned t = 1; t <= helpers; ++t) threads_.emplace_back([this, t] { serve(t); });
  }
  Crew(const Crew&) = delete;
  Crew& operator=(const Crew&) = delete;
  ~Crew() {
    stop_ = true;  // published by the release below
    epoch_.fetch_add(1, std::memory_order_release);
    epoch_.notify_all();
    for (auto& t : threads_) t.join();
  }

  /// Runs job(t) on every helper t (1 to helpers) and job(0) on this thread; returns
  /// when all are done.
  template <class F>
  void run(F& job) {
    job_ = &job;
    call_ = [](void* f, unsigned t) { (*static_cast<F*>(f))(t); };
    done_.store(0, std::memory_order_relaxed);
    epoch_.fetch_add(1, std::memory_order_release);
    epoch_.notify_all();
    job(0);
    for (unsigned spin = 0; done_.load(std::memory_order_acquire) < threads_.size(); ++spin) wait_turn(spin);
  }

 private:
  static constexpr unsigned kPauses = 1024, kSpins = kPauses + 4096;  // then a yield takes about a microsecond

  // The wait of the spin-th turn of a loop: a pause instruction, later the core given up.
  static void wait_turn(unsigned spin) {
    if (spin >= kPauses) {
      std::this_thread::yield();
      return;
    }
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#elif defined(__aarch64__)
    asm volatile("yield");
#endif
  }

  void serve(unsigned t) {
    std::uint64_t seen = 0;
    for (;;) {
      for (unsigned spin = 0; epoch_.load(std::memory_order_acquire) == seen; ++spin) {
        if (spin < kSpins) wait_turn(spin);
        else epoch_.wait(seen, std::memory_order_acquire);
      }
      ++seen;  // run() waits for every helper before it starts the next job: no job is skipped
      if (stop_) return;
      call_(job_, t);
      done_.fetch_add(1, std::memory_order_release);
    }
  }

  std::vector<std::thread> threads_;
  std::atomic<std::uint64_t> epoch_{0};
  std::atomic<std::size_t> done_{0};
  void* job_ = nullptr;
  void (*call_)(void*, unsigned) = nullptr;
  bool stop_ = false;
};

/// A zero-filled array of trivially copyable T, of a size fixed when made: the slots of
/// a visited set. Every lookup of a search reads a random slot, so a table larger than the
/// caches costs a TLB miss per lookup with 4 KiB pages, and in a virtual machine that miss
/// is a nested page walk: at 25 million states (268 MB of slots) the prefetches stalled on
/// them for a fifth of the search. An array of 2 MiB or more is therefore mapped on its
/// own, aligned to 2 MiB, and asks the kernel for transparent huge pages (Linux's
/// madvise; where huge pages are off, or elsewhere, it is plain zeroed memory). Its pages
/// are zero when first touched: no pass that writes zeros up front.
template <class T>
class Zeroed {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  static constexpr std::size_t kHuge = std::size_t{2} << 20;
  Zeroed() = default;
  explicit Zeroed(std::size_t n) : size_(n) {
    const std::size_t bytes = n * sizeof(T);
    if (bytes == 0) return;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (bytes >= kHuge) {
      // Mapped with 2 MiB to spare, then trimmed to a 2 MiB-aligned run: a huge page
      // needs an aligned virtual range.
      const std::size_t span = bytes + kHuge;
      void* m = mmap(nullptr, span, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
      if (m == MAP_FAILED) throw std::bad_alloc();
      const auto at = reinterpret_cast<std::uintptr_t>(m), start = (at + kHuge - 1) & ~(kHuge - 1);
      if (start > at) munmap(m, start - at);
      if (const std::uintptr_t end = start + bytes, stop = at + span; stop > end) munmap(reinterpret_cast<void*>(end), stop - end);
      madvise(reinterpret_cast<void*>(start), bytes, MADV_HUGEPAGE);  // advice only: refused is fine
      data_ = reinterpret_cast<T*>(start);
      mapped_ = true;
      return;
    }
#endif
    data_ = static_cast<T*>(std::calloc(n, sizeof(T)));
    if (data_ == nullptr) throw std::bad_alloc();
  }
  Zeroed(Zeroed&& o) noexcept : data_(std::exchange(o.data_, nullptr)), size_(std::exchange(o.size_, 0)), mapped_(o.mapped_) {}
  Zeroed& operator=(Zeroed&& o) noexcept {
    if (this != &o) {
      release();
      data_ = std::exchange(o.data_, nullptr);
      size_ = std::exchange(o.size_, 0);
      mapped_ = o.mapped_;
    }
    return *this;
  }
  Zeroed(const Zeroed&) = delete;
  Zeroed& operator=(const Zeroed&) = delete;
  ~Zeroed() { release(); }

  T* data() { return data_; }
  const T* data() const { return data_; }
  std::size_t size() const { return size_; }
  T& operator[](std::size_t i) { return data_[i]; }
  const T& operator[](std::size_t i) const { return data_[i]; }

 private:
  void release() {
    if (data_ == nullptr) return;
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    if (mapped_) {
      munmap(data_, size_ * sizeof(T));
      data_ = nullptr;
      return;
    }
#endif
    std::free(data_);
    data_ = nullptr;
  }
  T* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
};

/// The loop of a set's grow() over keys [from, to) of `order`, with the cache misses
/// overlapped: the old slot of key n + 16 is prefetched (touch), key n + 8 is read and
/// hashed (read) and its new home slot prefetched, key n is put in place (put).
template <class Read, class Touch, class Put>
void moved(std::size_t from, std::size_t to, Read&& read, Touch&& touch, Put&& put) {
  constexpr std::size_t kAhead = 8;
  std::array<decltype(read(from)), kAhead> ready;
  for (std::size_t n = from; n < std::min(to, from + 2 * kAhead); ++n) touch(n);
  for (std::size_t n = from; n < std::min(to, from + kAhead); ++n) ready[n % kAhead] = read(n);
  for (std::size_t n = from; n < to; ++n) {
    if (n + 2 * kAhead < to) touch(n + 2 * kAhead);
    const auto k = ready[n % kAhead];
    if (n + kAhead < to) ready[n % kAhead] = read(n + kAhead);
    put(n, k);
  }
}

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

  /// A key and its hash: what a lookup takes (computed once, before the slot is prefetched).
  struct Hashed {
    Key key;
    std::uint64_t h;
  };

  static Hashed hash(const Key& k) {
    std::uint64_t h = 0x9e3779b97f4a7c15ull;
    for (std::uint64_t w : k) {
      h = (h ^ w) * 0xbf58476d1ce4e5b9ull;
      h ^= h >> 31;
    }
    h *= 0x94d049bb133111ebull;
    return {k, h ^ (h >> 29)};
  }

  /// Hints the cache about the slot a later find_or_add of this key starts at.
  void prefetch(const Hashed& k) const { __builtin_prefetch(&slots_[k.h & mask_]); }
  /// Hints the cache about a slot a later at() reads.
  void prefetch_slot(std::uint32_t slot) const { __builtin_prefetch(&slots_[slot]); }

  /// The slot holding the key, and whether this call put it there. Safe to call from
  /// several threads at once; not while the set grows.
  std::pair<std::uint32_t, bool> find_or_add(const Hashed& hk) {
    const Key& k = hk.key;
    const std::uint64_t last = k[kLast] | kUsed;
    Key* const slots = slots_.data();  // in locals: the acquire loads below would make the compiler reload them
    const std::size_t mask = mask_;
    for (std::size_t i = hk.h & mask;; i = (i + 1) & mask) {
      Key& slot = slots[i];
      std::atomic_ref<std::uint64_t> tail(slot[kLast]);
      std::uint64_t seen = tail.load(std::memory_order_acquire);
      if constexpr (kLast == 0) {  // one word: a slot is empty or holds its key, never half written
        if (seen == last) return {static_cast<std::uint32_t>(i), false};
        if (seen == 0 &&
            tail.compare_exchange_strong(seen, last, std::memory_order_acq_rel, std::memory_order_acquire))
          return {static_cast<std::uint32_t>(i), true};
        if (seen == last) return {static_cast<std::uint32_t>(i), false};  // another thread put this key here first
      } else {
        if (seen == 0) {
          if (tail.compare_exchange_strong(seen, kBusy, std::memory_order_acq_rel, std::memory_order_acquire)) {
            for (std::size_t w = 0; w < kLast; ++w)
              std::atomic_ref<std::uint64_t>(slot[w]).store(k[w], std::memory_order_relaxed);
            tail.store(last, std::memory_order_release);
            return {static_cast<std::uint32_t>(i), true};
          }
          // Another thread claimed the slot first: `seen` is what it wrote.
        }
        while (!(seen & kUsed)) seen = tail.load(std::memory_order_acquire);  // being written
        if (seen == last && same_head(slot, k)) return {static_cast<std::uint32_t>(i), false};
      }
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
  /// The bytes of one slot.
  std::size_t slot_bytes() const { return sizeof(Key); }

  /// Twice the slots; every key of `order` (slot numbers, in discovery order) moves, and
  /// `order` is rewritten to the new slots; by `threads` threads, each a share of `order`.
  void grow(Blocks<std::uint32_t>& order, unsigned threads = 1) {
    Zeroed<Key> old = std::move(slots_);
    resize(old.size() * 2);
    in_shares(threads, order.size(), [&](std::size_t from, std::size_t to) {
      moved(from, to, [&](std::size_t n) {
              const Hashed k = hash(unused(old[order[n]]));
              prefetch(k);
              return k;
            },
            [&](std::size_t n) { __builtin_prefetch(&old[order[n]]); },
            [&](std::size_t n, const Hashed& k) {
              const std::uint32_t i = threads == 1 ? place(k) : find_or_add(k).first;
              if (with_ids_) ids_[i] = static_cast<std::uint32_t>(n);
              order[n] = i;
            });
    });
  }

 private:
  static Key unused(Key k) {
    k[kLast] &= ~kUsed;
    return k;
  }

  // Puts a key known not to be in the set into it, by one thread (grow()).
  std::uint32_t place(const Hashed& k) {
    std::size_t i = k.h & mask_;
    while (slots_[i][kLast] & kUsed) i = (i + 1) & mask_;
    slots_[i] = k.key;
    slots_[i][kLast] |= kUsed;
    return static_cast<std::uint32_t>(i);
  }

  static bool same_head(Key& slot, const Key& k) {  // the words before the last
    for (std::size_t w = 0; w < kLast; ++w)
      if (std::atomic_ref<std::uint64_t>(slot[w]).load(std::memory_order_relaxed) != k[w]) return false;
    return true;
  }

  void resize(std::size_t n) {
    slots_ = Zeroed<Key>(n);
    if (with_ids_) ids_.assign(n, 0);
    mask_ = n - 1;
    limit_ = n / 5 * 4;
  }

  bool with_ids_;
  std::size_t count_ = 0, limit_ = 0, mask_ = 0;
  Zeroed<Key> slots_;
  std::vector<std::uint32_t> ids_;
};

#ifndef PHASEGEN_CHECKER_MIN_DISPLACEMENT_BITS
/// CompactKeySet: the fewest bits a slot's displacement field may have (largest
/// displacement 2^bits - 2); the table stays two words a slot until it is large enough.
#define PHASEGEN_CHECKER_MIN_DISPLACEMENT_BITS 8
#endif
#ifndef PHASEGEN_CHECKER_MAX_DISPLACEMENT
/// CompactKeySet: a cap on the displacement below what the field holds (tests set it low
/// to send keys to the overflow list).
#define PHASEGEN_CHECKER_MAX_DISPLACEMENT 0xffffffffu
#endif

/// How many low bits of each key word a model's layout uses: Model::word_bits, which the
/// generator emits; all of them (63 of the last) for a model that does not say.
template <class Model>
constexpr auto key_word_bits() {
  if constexpr (requires { Model::word_bits; }) {
    return Model::word_bits;
  } else {
    std::array<unsigned, std::tuple_size_v<typename Model::Key>> b{};
    for (auto& x : b) x = 64;
    b.back() = 63;
    return b;
  }
}

/// The visited set of a model whose key takes two words but, with the home slot's bits
/// taken out, fits one: quotienting (Cleary's compact hashing). The W = B0 + B1 bits of a
/// key (B0 used in its first word, B1 in its second) go through a bijection, three Feistel
/// rounds over halves of W/2 and W - W/2 bits; with 2^k slots, k of the permuted bits
/// choose the home slot and only the other W - k are stored, the quotient, with the
/// displacement from home (linear probing) in the D = 64 - (W - k) bits left: one word a
/// slot. A slot holds (quotient << D) | (displacement + 1), so an empty slot (0) is no key,
/// and a word found where the probe for a key expects its own (same displacement, same
/// quotient) means the same home and quotient, i.e. the same key. A key is recovered from
/// its slot number and word (at(), and when the table grows).
///
/// While the table is too small for that (W - k + kMinDisplacementBits > 64) it holds
/// the permuted key in two words a slot, claimed through the second as in KeySet. A key
/// whose probe passes the largest displacement the field holds goes to an overflow list
/// behind a mutex, numbered after the table's slots: rare at 80% load with 8 bits or more
/// (random keys at 80% load: one past 254 in 2^20 slots, where the field has 8 bits; none
/// past 1022 in 2^22 or 2^25, where it has 10 or more), and it keeps every key findable
/// whatever the layout does to the hash.
template <class Key, unsigned B0, unsigned B1>
class CompactKeySet {
 public:
  static constexpr unsigned kWidth = B0 + B1, kLow = kWidth / 2, kHigh = kWidth - kLow;
  static constexpr unsigned kMaxBits = 31;  // slot numbers, the overflow's after the table's, are 32-bit
  static constexpr unsigned kMinDisplacementBits = PHASEGEN_CHECKER_MIN_DISPLACEMENT_BITS;
  static constexpr std::uint64_t kUsed = std::uint64_t{1} << 63, kBusy = 1;
  /// Whether keys of B0 + B1 bits fit one word once the table has 2^kMaxBits slots.
  static constexpr bool fits(unsigned b0, unsigned b1) {
    return b0 <= 64 && b1 <= 63 && (b0 + b1) / 2 <= b0 && b0 + b1 - (b0 + b1) / 2 > kMaxBits &&
           b0 + b1 + kMinDisplacementBits <= 64 + kMaxBits;
  }
  static_assert(std::tuple_size_v<Key> == 2 && fits(B0, B1));

  /// The permuted key: kLow and kHigh bits; the home slot is the low bits of `high`.
  struct Hashed {
    std::uint64_t low, high;
    bool operator==(const Hashed&) const = default;
  };

  explicit CompactKeySet(bool with_ids, std::size_t slots = std::size_t{1} << 16) : with_ids_(with_ids) {
    resize(slots);
  }

  static Hashed hash(const Key& k) {
    Hashed p{k[0] & mask(kLow), (k[0] >> kLow) | (k[1] << (B0 - kLow))};
    p.high ^= mix(p.low, 0x243f6a8885a308d3ull) & mask(kHigh);
    p.low ^= mix(p.high, 0x13198a2e03707344ull) & mask(kLow);
    p.high ^= mix(p.low, 0xa4093822299f31d0ull) & mask(kHigh);
    return p;
  }

  /// The key hash() permuted into p.
  static Key key(Hashed p) {
    p.high ^= mix(p.low, 0xa4093822299f31d0ull) & mask(kHigh);
    p.low ^= mix(p.high, 0x13198a2e03707344ull) & mask(kLow);
    p.high ^= mix(p.low, 0x243f6a8885a308d3ull) & mask(kHigh);
    return Key{(p.low | (p.high << kLow)) & mask(B0), p.high >> (B0 - kLow)};
  }

  void prefetch(const Hashed& k) const { __builtin_prefetch(&words_[(k.high & g_.mask) << (g_.compact ? 0 : 1)]); }
  void prefetch_slot(std::uint32_t slot) const {
    if (slot <= g_.mask) __builtin_prefetch(&words_[std::size_t{slot} << (g_.compact ? 0 : 1)]);
  }

  /// The slot holding the key, and whether this call put it there. Safe to call from
  /// several threads at once; not while the set grows.
  std::pair<std::uint32_t, bool> find_or_add(const Hashed& k) {
    if (!g_.compact) return find_or_add_wide(k);
    const Geometry g = g_;  // in locals: the acquire loads below would make the compiler reload them
    std::uint64_t* const words = words_.data();
    const std::size_t home = k.high & g.mask;
    const std::uint64_t quotient = quotient_of(g, k);
    for (std::uint64_t d = 0; d <= g.max_displacement; ++d) {
      const std::size_t i = (home + d) & g.mask;
      std::atomic_ref<std::uint64_t> slot(words[i]);
      const std::uint64_t want = quotient | (d + 1);
      std::uint64_t seen = slot.load(std::memory_order_acquire);
      if (seen == 0 && slot.compare_exchange_strong(seen, want, std::memory_order_acq_rel, std::memory_order_acquire))
        return {static_cast<std::uint32_t>(i), true};
      if (seen == want) return {static_cast<std::uint32_t>(i), false};
    }
    return spill(k);
  }

  /// The key in a used slot.
  Key at(std::uint32_t slot) const { return key(decode(g_, words_, spilled_, slot)); }

  std::uint32_t& id(std::uint32_t slot) { return slot <= g_.mask ? ids_[slot] : spilled_[slot - g_.mask - 1].id; }

  /// Room for this many more keys before the set must grow (it keeps 20% of slots free).
  std::size_t room() const { return limit_ > count_ ? limit_ - count_ : 0; }
  void added(std::size_t n) { count_ += n; }
  std::size_t bytes() const {
    return words_.size() * sizeof(std::uint64_t) + ids_.size() * sizeof(std::uint32_t) +
           spilled_.capacity() * sizeof(Spilled) + spilled_index_.size() * 4 * sizeof(void*);
  }
  /// The bytes of one slot: 8 once the table is large enough for quotients, else 16.
  std::size_t slot_bytes() const { return g_.compact ? 8 : 16; }
  /// Keys in the overflow list.
  std::size_t spilled() const { return spilled_.size(); }

  /// Twice the slots; every key of `order` (slot numbers, in discovery order) moves, and
  /// `order` is rewritten to the new slots.
  void grow(Blocks<std::uint32_t>& order, unsigned threads = 1) {
    Zeroed<std::uint64_t> old = std::move(words_);
    std::vector<Spilled> old_spilled;
    old_spilled.swap(spilled_);
    spilled_index_.clear();
    const Geometry was = g_;
    resize((g_.mask + 1) * 2);
    in_shares(threads, order.size(), [&](std::size_t from, std::size_t to) {
      moved(from, to, [&](std::size_t n) {
              const Hashed k = decode(was, old, old_spilled, order[n]);
              prefetch(k);
              return k;
            },
            [&](std::size_t n) {
              if (order[n] <= was.mask) __builtin_prefetch(&old[std::size_t{order[n]} << (was.compact ? 0 : 1)]);
            },
            [&](std::size_t n, const Hashed& k) {
              const std::uint32_t slot = threads == 1 ? place(k) : find_or_add(k).first;
              if (with_ids_) id(slot) = static_cast<std::uint32_t>(n);
              order[n] = slot;
            });
    });
  }

 private:
  struct Geometry {
    std::size_t mask = 0;
    unsigned bits = 0, shift = 0;  // log2 of the slots; the displacement field's width
    std::uint64_t max_displacement = 0;
    bool compact = false;
  };
  struct Spilled {
    Hashed key;
    std::uint32_t id;
  };
  struct HashedHash {
    std::size_t operator()(const Hashed& k) const { return k.high ^ (k.low * 0x9e3779b97f4a7c15ull); }
  };

  static constexpr std::uint64_t mask(unsigned bits) {
    return bits >= 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << bits) - 1;
  }
  static std::uint64_t mix(std::uint64_t x, std::uint64_t seed) {  // splitmix64's finalizer
    x += seed;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ull;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebull;
    return x ^ (x >> 31);
  }
  static std::uint64_t quotient_of(const Geometry& g, const Hashed& k) {  // shifted over the displacement field
    return ((k.high >> g.bits) | (k.low << (kHigh - g.bits))) << g.shift;
  }

  // The permuted key in slot `slot` of a table of geometry g, or after its slots, in the
  // overflow list.
  Hashed decode(const Geometry& g, const Zeroed<std::uint64_t>& words, const std::vector<Spilled>& spilled,
                std::uint32_t slot) const {
    if (slot > g.mask) {
      std::lock_guard<std::mutex> lock(spill_mutex_);
      return spilled[slot - g.mask - 1].key;
    }
    if (!g.compact) return {words[2 * std::size_t{slot}], words[2 * std::size_t{slot} + 1] & ~kUsed};
    const std::uint64_t v = words[slot];
    const std::size_t home = (slot - ((v & mask(g.shift)) - 1)) & g.mask;
    const std::uint64_t q = v >> g.shift;
    return {q >> (kHigh - g.bits), home | ((q & mask(kHigh - g.bits)) << g.bits)};
  }

  std::pair<std::uint32_t, bool> find_or_add_wide(const Hashed& k) {
    const std::uint64_t last = k.high | kUsed;
    std::uint64_t* const words = words_.data();
    const std::size_t mask = g_.mask;
    for (std::size_t i = k.high & mask;; i = (i + 1) & mask) {
      std::atomic_ref<std::uint64_t> head(words[2 * i]), tail(words[2 * i + 1]);
      std::uint64_t seen = tail.load(std::memory_order_acquire);
      if (seen == 0) {
        if (tail.compare_exchange_strong(seen, kBusy, std::memory_order_acq_rel, std::memory_order_acquire)) {
          head.store(k.low, std::memory_order_relaxed);
          tail.store(last, std::memory_order_release);
          return {static_cast<std::uint32_t>(i), true};
        }
        // Another thread claimed the slot first: `seen` is what it wrote.
      }
      while (!(seen & kUsed)) seen = tail.load(std::memory_order_acquire);  // being written
      if (seen == last && head.load(std::memory_order_relaxed) == k.low) return {static_cast<std::uint32_t>(i), false};
    }
  }

  // A key past the largest displacement: in the overflow list, numbered after the slots.
  std::pair<std::uint32_t, bool> spill(const Hashed& k) {
    std::lock_guard<std::mutex> lock(spill_mutex_);
    const auto [it, added] = spilled_index_.try_emplace(k, static_cast<std::uint32_t>(spilled_.size()));
    if (added) spilled_.push_back({k, 0});
    return {static_cast<std::uint32_t>(g_.mask + 1 + it->second), added};
  }

  // Puts a key known not to be in the set into it, by one thread (grow()).
  std::uint32_t place(const Hashed& k) {
    const std::size_t home = k.high & g_.mask;
    if (!g_.compact) {
      std::size_t i = home;
      while (words_[2 * i + 1] != 0) i = (i + 1) & g_.mask;
      words_[2 * i] = k.low;
      words_[2 * i + 1] = k.high | kUsed;
      return static_cast<std::uint32_t>(i);
    }
    for (std::uint64_t d = 0; d <= g_.max_displacement; ++d) {
      const std::size_t i = (home + d) & g_.mask;
      if (words_[i] == 0) {
        words_[i] = quotient_of(g_, k) | (d + 1);
        return static_cast<std::uint32_t>(i);
      }
    }
    return spill(k).first;
  }

  void resize(std::size_t n) {
    g_.mask = n - 1;
    g_.bits = static_cast<unsigned>(std::countr_zero(n));
    g_.compact = g_.bits <= kMaxBits && kWidth - g_.bits + kMinDisplacementBits <= 64;
    g_.shift = g_.compact ? 64 - (kWidth - g_.bits) : 0;
    g_.max_displacement =
        g_.compact ? std::min<std::uint64_t>((std::uint64_t{1} << g_.shift) - 2, PHASEGEN_CHECKER_MAX_DISPLACEMENT) : 0;
    words_ = Zeroed<std::uint64_t>(g_.compact ? n : 2 * n);
    if (with_ids_) ids_.assign(n, 0);
    limit_ = n / 5 * 4;
  }

  bool with_ids_;
  std::size_t count_ = 0, limit_ = 0;
  Geometry g_;
  Zeroed<std::uint64_t> words_;
  std::vector<std::uint32_t> ids_;
  std::vector<Spilled> spilled_;
  std::unordered_map<Hashed, std::uint32_t, HashedHash> spilled_index_;
  mutable std::mutex spill_mutex_;
};

/// The visited set for a model: one-word slots for a two-word key that fits once
/// quotiented (CompactKeySet), else its words as they are (KeySet).
template <class Model>
struct SetChoice {
  using Key = typename Model::Key;
  static constexpr auto bits = key_word_bits<Model>();
  static auto pick() {
    if constexpr (std::tuple_size_v<Key> == 2) {
      if constexpr (CompactKeySet<std::array<std::uint64_t, 2>, 32, 32>::fits(bits[0], bits[1]))
        return std::type_identity<CompactKeySet<Key, bits[0], bits[1]>>{};
      else
        return std::type_identity<KeySet<Key>>{};
    } else {
      return std::type_identity<KeySet<Key>>{};
    }
  }
  using type = typename decltype(pick())::type;
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
  std::size_t slot_bytes = 0;             ///< bytes of one slot of the visited set at the end
  std::size_t overflowed = 0;             ///< keys the compact set keeps past its probe limit
  unsigned threads = 1;                   ///< threads that searched
  std::vector<Found> failures;            ///< per property
  std::vector<std::vector<Label>> paths;  ///< per property: the inputs of a shortest counterexample
  std::vector<std::vector<char>> lassos;  ///< per leads_to property that fails: the states where it can stay open
};

/// Told, about once a second while a search runs, how far it got (for a progress line).
using Progress = void (*)(std::size_t states, std::size_t depth, double seconds);

/// The slots a visited set starts with to hold `states` keys without growing (it fills
/// 80% of its slots before it grows): at least 2^16, at most 2^31.
inline std::size_t initial_slots(std::size_t states) {
  std::size_t n = std::size_t{1} << 16;
  while (n < (std::size_t{1} << 31) && n / 5 * 4 < states) n *= 2;
  return n;
}

/// `expect_states`: how many states the search is expected to store (0: unknown). The
/// visited set starts with room for them (at most max_states), as pan's -w sizes its
/// table: growing rehashes every key stored so far into a table twice the size, a random
/// write each, a fifth to a third of the search's time at 2 million states. Too few only means
/// it grows as without; too many costs memory.
template <class Model>
Result explore(const Model& model, bool symmetry, std::size_t max_states, bool with_no_stuck = true,
               unsigned threads = 1, Progress progress = nullptr, std::size_t expect_states = 0) {
  using State = typename Model::State;
  using Key = typename Model::Key;
  using Set = typename SetChoice<Model>::type;
  const auto t0 = std::chrono::steady_clock::now();
  Result r;
  r.failures.resize(Model::property_count);
  const bool need_edges = Model::needs_graph && with_no_stuck;
  if (need_edges || threads == 0) threads = 1;  // the graph is built in discovery order
  Set set(need_edges, initial_slots(std::min(expect_states, max_states)));
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
    const auto [slot, added] = set.find_or_add(Set::hash(init));
    set.added(1);
    order.push_back(slot);
    if (need_edges) set.id(slot) = 0;
  }

  // One worker's share of a round: the states it expands, the ones it adds, what it found.
  // One state's successors that need a lookup: their keys and hashes.
  struct Batch {
    std::array<typename Set::Hashed, Model::options.size()> keys;
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

  // The properties a step from state `at` violates: the first such step of each, in discovery order.
  auto record = [](Worker& w, std::size_t at, Label label, std::uint32_t violated) {
    for (std::size_t p = 0; violated != 0; ++p, violated >>= 1) {
      Found& f = w.failures[p];
      if ((violated & 1u) && (!f.found || at < f.from)) f = Found{true, static_cast<std::uint32_t>(at), label};
    }
  };

  auto insert = [&](Worker& w, const Batch& b) {
    if (need_edges) edge_begin.push_back(static_cast<std::uint32_t>(edges.size()));
    for (std::size_t i = 0; i < b.size; ++i) {
      const auto [slot, added] = set.find_or_add(b.keys[i]);
      if (added) {
        if (need_edges) set.id(slot) = static_cast<std::uint32_t>(order.size() + w.fresh.size());
        w.fresh.push_back(slot);
      }
      if (need_edges) edges.push_back(set.id(slot));
    }
  };

  // What the threads of a round share: the states [from, to) of `order` to expand, taken
  // `chunk` at a time from `next`; how many states the round added (`added`, counted per
  // chunk); and the `budget` past which no thread takes another chunk.
  struct Round {
    std::size_t from, to, chunk, budget;
    std::atomic<std::size_t> next{0}, added{0};
  };

  // Expands chunks of a round until its states run out or its budget is spent. The
  // lookups are a state behind the successors: the successors of one state are computed
  // (their slots prefetched) while the slots of the state before are on their way, and
  // then that state's keys are looked up; the key of the state two ahead is prefetched too.
  auto expand = [&](Worker& w, Round& round) {
    while (round.added.load(std::memory_order_relaxed) < round.budget) {
      const std::size_t begin = round.next.fetch_add(round.chunk, std::memory_order_relaxed) + round.from;
      if (begin >= round.to) break;
      const std::size_t end = std::min(begin + round.chunk, round.to), fresh = w.fresh.size();
      Batch* ready = nullptr;  // the state before's, not yet looked up
      for (std::size_t at = begin; at < end; ++at) {
        if (at + 2 < end) set.prefetch_slot(order[at + 2]);
        Batch& b = w.batch[at & 1];
        b.size = 0;
        const Key parent = set.at(order[at]);
        const std::uint64_t also = at == 0 ? ~std::uint64_t{0} : 0;  // the initial state: every invariant
        // A step that changed nothing leads back to the state itself (half the
        // transitions of the vox system: stale frames, refusals): no lookup. The model
        // tells most of them to `same`, without a successor (it knew in advance); the
        // others come to `emit` with nothing touched. Otherwise, without symmetry, only
        // the parts the step changed are packed again.
        // (What the callbacks read on every step is captured by value: one load less each.)
        auto same = [=, &w, &loops, &record](Label label, std::uint32_t violated) {
          ++w.transitions;
          if (violated != 0) [[unlikely]] record(w, at, label, violated);
          if (need_edges) {
            if (loops.size() <= at) loops.resize(at + 1, 0);
            loops[at] = 1;
          }
        };
        auto emit = [=, &same, &w, &record, &key_of, &set, &b](const State& next_state, Label label,
                                                              std::uint32_t violated) {
          if (next_state.touched == 0) return same(label, violated);
          ++w.transitions;
          if (violated != 0) [[unlikely]] record(w, at, label, violated);
          const Key k = symmetry ? key_of(next_state) : Model::repack(parent, next_state);
          const auto hashed = Set::hash(k);
          set.prefetch(hashed);
          b.keys[b.size++] = hashed;
        };
        model.successors(Model::unpack(parent), emit, same, also);
        if (ready) insert(w, *ready);
        ready = &b;
      }
      if (ready) insert(w, *ready);
      round.added.fetch_add(w.fresh.size() - fresh, std::memory_order_relaxed);
    }
  };

  // A level is expanded in rounds: a round ends when the level does, or before the set
  // could fill. A chunk of states adds at most chunk x options states, so a round stops
  // taking chunks once it has added `room - threads x chunk x options` (its budget): it
  // never adds more than the set's room. The set grows between rounds, when the room
  // would not allow chunks of 64 states (or the rest of the level). A round of fewer
  // than kMinShared states runs on this thread alone; a round takes at most 2^20 states,
  // so that progress is told about once a second.
  constexpr std::size_t kRoundStates = std::size_t{1} << 20;
  const std::size_t options = std::max<std::size_t>(Model::options.size(), 1);
  std::optional<Crew> crew;
  if (threads > 1) crew.emplace(threads - 1);
  double next_report = 1.0;  // seconds: runs shorter than this print no progress
  for (std::size_t begin = 0, end = 1; begin < end; begin = end, end = order.size()) {
    for (std::size_t at = begin; at < end;) {
      const unsigned share = end - at >= kMinShared ? threads : 1;
      const std::size_t chunk = std::min<std::size_t>(256, set.room() / (2 * share * options));
      if (chunk < std::min<std::size_t>(end - at, 64)) {
        set.grow(order, threads);
        continue;
      }
      Round round{at, std::min(end, at + kRoundStates), chunk, set.room() - share * chunk * options};
      auto job = [&](unsigned t) { expand(workers[t], round); };
      if (share > 1) crew->run(job);
      else job(0);
      for (auto& w : workers) {
        for (std::uint32_t slot : w.fresh) order.push_back(slot);
        set.added(w.fresh.size());
        w.fresh.clear();
      }
      at += std::min(round.next.load(), round.to - at);
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
  crew.reset();
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
  r.slot_bytes = set.slot_bytes();
  if constexpr (requires { set.spilled(); }) r.overflowed = set.spilled();
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
      model.successors(state_at(j), Replay<State>([&](const State& s, Label, std::uint32_t) {
        hit = hit || key_of(s) == target;
      }));
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
      model.successors(cur, Replay<State>([&](const State& next, Label label, std::uint32_t) {
        if (done || key_of(next) != want) return;
        r.paths[p].push_back(label);
        next_cur = next;
        done = true;
      }));
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
        model.successors(cur, Replay<State>([&](const State& next, Label label, std::uint32_t) {
          if (moved) return;
          const Key k = key_of(next);
          const std::uint32_t id = set.id(set.find_or_add(Set::hash(k)).first);
          if (!alive[id]) return;
          r.paths[p].push_back(label);
          next_cur = next;
          next_id = id;
          moved = true;
        }));
        if (!moved) break;  // no input enabled: the run ends with the obligation open
        cur = next_cur;
        if (seen[next_id]) break;
        seen[next_id] = 1;
      }
      continue;
    }
    if (r.failures[p].label.option == 0xffff) continue;  // a state, not a step: the path ends in it
    Key target{};
    model.successors(state_at(r.failures[p].from), Replay<State>([&](const State& next, Label label, std::uint32_t) {
      if (label.option == r.failures[p].label.option) target = key_of(next);
    }));
    bool done = false;
    model.successors(cur, Replay<State>([&](const State& next, Label label, std::uint32_t violated) {
      if (!done && (violated >> p & 1u) && key_of(next) == target) {
        r.paths[p].push_back(label);
        done = true;
      }
    }), r.failures[p].from == 0 ? ~std::uint64_t{0} : 0);  // as the search saw it
  }
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  r.peak_kib = usage.ru_maxrss;
  return r;
}

/// A count on a checker's command line (--states, --max-states, --threads): decimal
/// digits only, at most `most`; `out` is left as it was when the text is not one.
inline bool parse_count(const char* text, std::size_t most, std::size_t& out) {
  if (*text == '\0') return false;
  std::size_t n = 0;
  for (const char* c = text; *c != '\0'; ++c) {
    if (*c < '0' || *c > '9' || n > (most - static_cast<std::size_t>(*c - '0')) / 10) return false;
    n = n * 10 + static_cast<std::size_t>(*c - '0');
  }
  out = n;
  return true;
}

/// A generated checker's command line (the options are in docs/checker.md).
struct Options {
  std::string_view only;  // one variant, or every one
  bool symmetry = true, paths = false, no_stuck = true, progress = false;
  std::size_t max_states = 50'000'000, expect_states = 0;
  unsigned threads = 1;  // more than one: not with no_stuck (the graph is built by one thread)
};

/// Reads the command line into `o`; 0 when it is good, otherwise 2, with a line on stderr.
inline int parse_options(int argc, char** argv, Options& o) {
  for (int k = 1; k < argc; ++k) {
    const std::string_view a = argv[k];
    const bool has_value = k + 1 < argc;
    std::size_t n = 0;
    if (a == "--variant" && has_value) {
      o.only = argv[++k];
    } else if (a == "--no-symmetry") {
      o.symmetry = false;
    } else if (a == "--paths") {
      o.paths = true;
    } else if (a == "--progress") {  // a line on stderr about once a second
      o.progress = true;
    } else if (a == "--skip-no-stuck") {  // the one property that needs the whole graph in memory
      o.no_stuck = false;
    } else if ((a == "--threads" || a == "--max-states" || a == "--states") && has_value) {
      const std::size_t most = a == "--threads" ? 1024 : std::size_t{1} << 40;
      if (!parse_count(argv[++k], most, n) || (n == 0 && a != "--states")) {
        std::fprintf(stderr, "%s: %.*s wants a count%s, not '%s'\n", argv[0], static_cast<int>(a.size()), a.data(),
                     a == "--threads" ? " from 1 to 1024" : "", argv[k]);
        return 2;
      }
      if (a == "--threads") o.threads = static_cast<unsigned>(n);
      else if (a == "--max-states") o.max_states = n;
      else o.expect_states = n;
    } else {
      std::fprintf(stderr, "usage: %s [--variant NAME] [--no-symmetry] [--max-states N] [--states N] [--paths] "
                   "[--progress] [--skip-no-stuck] [--threads N]\n",
                   argv[0]);
      return 2;
    }
  }
  return 0;
}

}  // namespace phasegen::check
