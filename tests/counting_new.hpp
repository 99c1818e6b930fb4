// The allocation counter of the zero-allocation tests (tests/runtime/alloc.test.cpp,
// examples/h2_alloc.test.cpp): tests/counting_new.cpp replaces the global operator new and
// delete of a test binary that links it, and counts every allocation made while `counting`
// is set. Checks inside the counted window should only bump plain counters (a doctest
// assertion may allocate); assert them afterwards.
#pragma once

#include <atomic>
#include <cstdint>

namespace counting_new {
extern std::atomic<bool> counting;
extern std::atomic<std::uint64_t> allocations;
}  // namespace counting_new
