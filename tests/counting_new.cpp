// Global operator new and delete that count (see counting_new.hpp). Linked into one test
// binary each; not under ThreadSanitizer, whose runtime defines them itself.
#include "counting_new.hpp"

#include <cstddef>
#include <cstdlib>
#include <new>

namespace counting_new {
std::atomic<bool> counting{false};
std::atomic<std::uint64_t> allocations{0};
}  // namespace counting_new

namespace {
void* counted(std::size_t n, std::size_t align = 0) {
  if (counting_new::counting.load(std::memory_order_relaxed))
    counting_new::allocations.fetch_add(1, std::memory_order_relaxed);
  if (n == 0) n = 1;
  if (align > alignof(std::max_align_t)) {
    n = (n + align - 1) / align * align;
    return std::aligned_alloc(align, n);
  }
  return std::malloc(n);
}

// Out of line so that g++ does not pair an inlined operator delete's free() with the
// new-expression it was inlined into (-Wmismatched-new-delete).
[[gnu::noinline]] void release(void* p) noexcept { std::free(p); }
}  // namespace

void* operator new(std::size_t n) {
  if (void* p = counted(n)) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n) {
  if (void* p = counted(n)) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, std::align_val_t a) {
  if (void* p = counted(n, static_cast<std::size_t>(a))) return p;
  throw std::bad_alloc();
}
void* operator new[](std::size_t n, std::align_val_t a) {
  if (void* p = counted(n, static_cast<std::size_t>(a))) return p;
  throw std::bad_alloc();
}
void* operator new(std::size_t n, const std::nothrow_t&) noexcept { return counted(n); }
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept { return counted(n); }
void operator delete(void* p) noexcept { release(p); }
void operator delete[](void* p) noexcept { release(p); }
void operator delete(void* p, std::size_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t) noexcept { release(p); }
void operator delete(void* p, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::align_val_t) noexcept { release(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { release(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { release(p); }
