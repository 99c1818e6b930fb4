// phasegen runtime: a trace sink that writes one JSON object per line (nlohmann::json).
//
// Each line: {"machine", "scope", "instance", "generation", "event", "from", "to", "disposition",
// "code", ["reason"], "vars": {...}, "actions": [...]}; tools/phasegen-replay checks such a
// file against the spec. The sink formats with nlohmann::json and therefore allocates;
// tracing is optional and off the hot path (with no hook set nothing is formatted).
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include <nlohmann/json.hpp>

#include "phasegen/trace_record.hpp"

namespace phasegen {

inline nlohmann::ordered_json to_json(const TraceRecord& r) {
  nlohmann::ordered_json j;
  j["machine"] = r.machine;
  j["scope"] = r.scope;
  j["instance"] = r.instance;
  j["generation"] = r.generation;
  j["event"] = r.event;
  j["from"] = r.from;
  j["to"] = r.to;
  j["disposition"] = to_string(r.disposition);
  j["code"] = r.code;
  if (!r.reason.empty()) j["reason"] = r.reason;
  auto vars = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < r.var_count; ++i) vars[std::string(r.var_names[i])] = r.var_values[i];
  j["vars"] = std::move(vars);
  auto actions = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < r.action_count; ++i) actions.push_back(r.actions[i]);
  j["actions"] = std::move(actions);
  return j;
}

/// Writes one JSON line per record to a FILE* it does not own. Counts what it wrote and
/// what it could not write (an I/O or formatting failure is counted, never thrown).
class JsonLinesTrace {
 public:
  explicit JsonLinesTrace(std::FILE* out) noexcept : out_(out) {}

  TraceHook hook() noexcept { return {this, &JsonLinesTrace::write_record}; }
  std::uint64_t written() const noexcept { return written_; }
  std::uint64_t failed() const noexcept { return failed_; }

 private:
  static void write_record(void* ctx, const TraceRecord& r) noexcept {
    auto* self = static_cast<JsonLinesTrace*>(ctx);
    try {
      const std::string line = to_json(r).dump() + '\n';
      if (std::fwrite(line.data(), 1, line.size(), self->out_) == line.size()) {
        ++self->written_;
        return;
      }
    } catch (...) {  // allocation failure while formatting: counted below
    }
    ++self->failed_;
  }

  std::FILE* out_;
  std::uint64_t written_ = 0;
  std::uint64_t failed_ = 0;
};

}  // namespace phasegen
