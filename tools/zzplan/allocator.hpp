#pragma once
// The command's allocator setting. glibc serves a large block (above 128 KiB at first) with a
// mapping of its own and returns it to the system when freed; memory asked for later is then
// fresh, and every page of it is zeroed by the kernel at its first touch (about 10 µs a fault on
// the virtual machines where zzplan is measured). `zzplan evaluate` frees its read buffers (two
// of 5 MB) just before it fills its output texts (a dozen of up to 1 MB): with large blocks kept
// in the heap, the output reuses the pages the reading touched. On the 20 MB panel with JSON out,
// 1,900 page faults instead of 3,400 (docs/performance.md §3). Elsewhere it does nothing.

#if defined(__has_include)
#if __has_include(<malloc.h>)
#include <malloc.h> // with glibc: mallopt, and __GLIBC__ defined
#endif
#endif

namespace zzplan::cli {

/// Blocks below 16 MiB are taken from the heap and, once freed, kept there for the next ones; a
/// data table's rows (24 bytes a row) still have a mapping of their own from 700,000 rows on.
inline void keep_freed_memory() noexcept {
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
  static_cast<void>(::mallopt(M_MMAP_THRESHOLD, 16 << 20)); // a hint: if refused, as before
#endif
}

} // namespace zzplan::cli
