// Shared by the benchmarks: callgrind client requests (each measured loop dumped on its
// own under `valgrind --tool=callgrind`, for instructions per item; no-ops otherwise) and
// the CPU's spin-wait hint.
#pragma once

#if __has_include(<valgrind/callgrind.h>)
#include <valgrind/callgrind.h>
#define BENCH_CG_BEGIN() CALLGRIND_ZERO_STATS
#define BENCH_CG_END(label) CALLGRIND_DUMP_STATS_AT(label)
#else
#define BENCH_CG_BEGIN() ((void)0)
#define BENCH_CG_END(label) ((void)(label))
#endif

#if defined(__x86_64__) || defined(__i386__)
#include <immintrin.h>
#define BENCH_CPU_PAUSE() _mm_pause()
#else
#define BENCH_CPU_PAUSE() ((void)0)
#endif
