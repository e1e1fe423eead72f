#pragma once
// Large buffers (a data table's rows, a block of a file being read, a batch of output) are asked
// to be backed by 2 MiB pages where the system gives them on request (Linux transparent huge
// pages in "madvise" mode, the default of Debian and others): the first touch of 2 MiB is then
// one page fault instead of 512. On the virtual machines where zzplan is measured a fault costs
// about 10 µs, and the 9,400 faults of `zzplan evaluate` on the 20 MB panel were a third of its
// time (docs/performance.md §3). Only a hint: elsewhere, or when refused, nothing changes.

#include <cstddef>
#include <cstdint>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace zzplan::io::detail {

/// The size of a huge page, and the alignment of large buffers.
inline constexpr std::size_t huge_page_bytes = std::size_t{1} << 21;

/// Asks for huge pages under the whole 2 MiB pages of [data, data + bytes).
inline void advise_huge_pages(const void* data, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = huge_page_bytes;
  const auto begin = reinterpret_cast<std::uintptr_t>(data);
  const std::uintptr_t first = (begin + huge - 1) & ~(huge - 1);
  const std::uintptr_t last = (begin + bytes) & ~(huge - 1);
  if (data != nullptr && last > first) {
    // a hint: if it is refused, the pages are the usual ones
    static_cast<void>(::madvise(reinterpret_cast<void*>(first), last - first, MADV_HUGEPAGE));
  }
#else
  static_cast<void>(data);
  static_cast<void>(bytes);
#endif
}

/// Storage for a buffer of `bytes`, to be filled at once (a table's rows). From one huge page's
/// size on, it starts on a huge page's boundary and huge pages are asked for: unaligned, a block
/// of some megabytes has one to three megabytes of small pages at its ends, a few hundred page
/// faults of their own (docs/performance.md §3). Free it with release_buffer(p, bytes).
[[nodiscard]] inline void* allocate_buffer(std::size_t bytes) {
  if (bytes < huge_page_bytes) {
    return ::operator new(bytes);
  }
  void* p = ::operator new (bytes, std::align_val_t{huge_page_bytes});
  advise_huge_pages(p, bytes);
  return p;
}
inline void release_buffer(void* p, std::size_t bytes) noexcept {
  if (bytes < huge_page_bytes) {
    ::operator delete(p);
  } else {
    ::operator delete (p, std::align_val_t{huge_page_bytes});
  }
}

} // namespace zzplan::io::detail
