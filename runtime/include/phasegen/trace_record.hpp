// phasegen runtime: dispatch trace records and the hook that receives them.
//
// Kept apart from the JSON sink (trace.hpp) so that code which only offers a trace hook
// (the driver adapter, the channel registry) does not depend on a JSON library.
//
// A trace records every dispatch (machine, instance, generation, event, state before and
// after, disposition, code, the vars after and the emitted actions) so that
// tools/phasegen-replay can check a run against the spec and report which table cells it
// exercised. Tracing is optional: the driver and the registry hold only a function
// pointer and a context, and do nothing when none is set. The JSON sink formats with
// nlohmann::json and does allocate; it is a diagnostic tool, not part of the hot path.
//
// Records that the runtime classified without consulting the table carry a `reason`
// (e.g. "stale", "too-many-channels"); "reclaimed" marks a registry tombstone given back,
// after which the same (instance, generation) starts again from the initial state.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "phasegen/driver.hpp"

namespace phasegen {

struct TraceRecord {
  static constexpr std::size_t max_vars = 8;
  static constexpr std::size_t max_actions = 16;

  std::string_view machine;
  std::uint64_t scope = 0;  ///< the owner of the instance (e.g. a channel's session); 0 if none
  std::uint64_t instance = 0;
  std::uint32_t generation = 0;
  std::string_view event;
  std::string_view from;
  std::string_view to;
  Disposition disposition = Disposition::transition;
  std::string_view code;    ///< "none" for transitions
  std::string_view reason;  ///< empty when the table decided
  std::array<std::string_view, max_vars> var_names{};
  std::array<int, max_vars> var_values{};
  std::size_t var_count = 0;
  std::array<std::string_view, max_actions> actions{};
  std::size_t action_count = 0;
};

/// Where records go: a plain function pointer plus a context, so holding one costs nothing.
struct TraceHook {
  void* context = nullptr;
  void (*write)(void* context, const TraceRecord& record) = nullptr;

  explicit operator bool() const noexcept { return write != nullptr; }
  void operator()(const TraceRecord& r) const noexcept {
    if (write) write(context, r);
  }
};

/// Fills a record from a machine step; `after` is the configuration after the step.
template <class M>
TraceRecord make_record(std::uint64_t instance, std::uint32_t generation, typename M::Event event,
                        const typename M::Outcome& o, const typename M::Config& after,
                        std::string_view reason = {}) noexcept {
  static_assert(M::var_info.size() <= TraceRecord::max_vars, "raise TraceRecord::max_vars");
  static_assert(M::action_count <= TraceRecord::max_actions, "raise TraceRecord::max_actions");
  TraceRecord r;
  r.machine = M::name;
  r.instance = instance;
  r.generation = generation;
  r.event = to_string(event);
  r.from = to_string(o.from);
  r.to = to_string(o.to);
  r.disposition = o.disposition;
  r.code = to_string(o.code);
  r.reason = reason;
  r.var_count = M::var_info.size();
  for (std::size_t i = 0; i < r.var_count; ++i) {
    r.var_names[i] = M::var_info[i].name;
    r.var_values[i] = M::get_var(after.vars, i);
  }
  for (std::size_t a = 0; a < M::action_count; ++a) {
    const auto action = static_cast<typename M::Action>(a);
    if (o.actions & M::bit(action)) r.actions[r.action_count++] = to_string(action);
  }
  return r;
}

/// Driver hooks that trace every dispatch to `hook` (which must outlive the driver).
template <class M>
typename Driver<M>::Hooks trace_hooks(const TraceHook& hook) noexcept {
  typename Driver<M>::Hooks h;
  h.context = const_cast<TraceHook*>(&hook);  // the hook is only read
  h.on_trace = [](void* ctx, const Driver<M>& d, typename M::Event e, std::uint32_t generation,
                  const typename M::Outcome& o) {
    (*static_cast<const TraceHook*>(ctx))(make_record<M>(d.instance(), generation, e, o, d.config()));
  };
  return h;
}

}  // namespace phasegen
