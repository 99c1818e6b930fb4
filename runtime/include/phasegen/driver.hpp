// phasegen runtime: a small generic driver for any generated machine.
//
// A Driver owns one machine instance: its configuration (state + vars), its generation
// (for generational machines) and a counter per disposition. dispatch() is noexcept,
// allocates nothing and returns what happened; nothing is dropped without an outcome.
// Single owner: one thread performs every dispatch of an instance.
#pragma once

#include <array>
#include <cstdint>
#include <limits>

#include "phasegen/table.hpp"

namespace phasegen {

template <class M>
class Driver {
 public:
  using State = typename M::State;
  using Event = typename M::Event;
  using Code = typename M::Code;
  using Config = typename M::Config;
  using Outcome = typename M::Outcome;

  /// Optional hooks: plain function pointers plus a context, so no allocation.
  struct Hooks {
    void* context = nullptr;
    /// Called for every rejected or violation outcome (the invalid cells), before dispatch returns.
    void (*on_invalid)(void* context, const Driver& driver, Event event, const Outcome& outcome) = nullptr;
    /// Called for every dispatch, stale ones included, after the step.
    void (*on_trace)(void* context, const Driver& driver, Event event, std::uint32_t generation,
                     const Outcome& outcome) = nullptr;
  };

  /// `first_generation`: where the generations start (0; a test hook for the last one).
  explicit Driver(std::uint64_t instance = 0, Hooks hooks = {}, std::uint32_t first_generation = 0) noexcept
      : generation_(first_generation), instance_(instance), hooks_(hooks) {}

  /// Dispatches an event of the current generation. [[nodiscard]]: the outcome is the
  /// only report of a violation or a refusal; dropping it drops the peer's misbehaviour.
  [[nodiscard]] Outcome dispatch(Event e) noexcept { return dispatch(e, generation_); }

  /// Dispatches an event tagged with the generation it targets. An event of an older
  /// generation is classified stale and never reaches the table. An event of a generation
  /// that has not begun never reaches it either: from outside (a peer, the transport...)
  /// it is a violation, from the application itself a rejected call; both with Code::none.
  [[nodiscard]] Outcome dispatch(Event e, std::uint32_t generation) noexcept {
    return run(e, generation, [this, e] { return M::step(config_, e); });
  }

  /// For a machine whose events carry data (M::Args): dispatches an event with its
  /// arguments, of the current generation or tagged with the one it targets.
  template <class A = M>
    requires requires { typename A::Args; }
  [[nodiscard]] Outcome dispatch(Event e, const typename A::Args& args) noexcept {
    return dispatch(e, args, generation_);
  }
  template <class A = M>
    requires requires { typename A::Args; }
  [[nodiscard]] Outcome dispatch(Event e, const typename A::Args& args, std::uint32_t generation) noexcept {
    return run(e, generation, [this, e, &args] { return M::step(config_, e, args); });
  }

  /// Begins the next generation (for generational machines, when begin_generation is
  /// emitted). Generations never wrap around: after the last one (2^32 - 1) this returns
  /// false and changes nothing, since generation 0's events would be current again.
  bool begin_generation() noexcept {
    if (generation_ == last_generation) return false;
    ++generation_;
    return true;
  }
  static constexpr std::uint32_t last_generation = std::numeric_limits<std::uint32_t>::max();

  const Config& config() const noexcept { return config_; }
  State state() const noexcept { return config_.state; }
  std::uint32_t generation() const noexcept { return generation_; }
  std::uint64_t instance() const noexcept { return instance_; }
  /// How many dispatches had disposition d.
  std::uint64_t count(Disposition d) const noexcept { return counts_[static_cast<std::size_t>(d)]; }

 private:
  /// One dispatch: `step` runs the table when the generation is current.
  template <class Step>
  Outcome run(Event e, std::uint32_t generation, Step step) noexcept {
    Outcome o;
    if (generation == generation_) {
      o = step();
    } else {
      const bool local = M::event_source[static_cast<std::size_t>(e)] == Source::local;
      const auto kind = generation < generation_ ? Disposition::stale
                        : local                  ? Disposition::rejected
                                                 : Disposition::violation;
      o = Outcome{kind, config_.state, config_.state, Code::none, 0};
    }
    ++counts_[static_cast<std::size_t>(o.disposition)];
    if ((o.disposition == Disposition::rejected || o.disposition == Disposition::violation) && hooks_.on_invalid)
      hooks_.on_invalid(hooks_.context, *this, e, o);
    if (hooks_.on_trace) hooks_.on_trace(hooks_.context, *this, e, generation, o);
    return o;
  }

  Config config_{};
  std::uint32_t generation_ = 0;
  std::uint64_t instance_;
  Hooks hooks_;
  std::array<std::uint64_t, 5> counts_{};
};

}  // namespace phasegen
