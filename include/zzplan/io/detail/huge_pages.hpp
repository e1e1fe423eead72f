#pragma once
// Large buffers (a data table's rows, a block of a file being read, a batch of output) are asked
// to be backed by 2 MiB pages where the system gives them on request (Linux transparent huge
// pages in "madvise" mode, the default of Debian and others): the first touch of 2 MiB is then
// one page fault instead of 512. On the virtual machines where zzplan is measured a fault costs
// about 10 µs, and the 9,400 faults of `zzplan evaluate` on the 20 MB panel were a third of its
// time (docs/performance.md §3). Only a hint: elsewhere, or when refused, nothing changes.

#include <cstddef>
#include <cstdint>
#include <vector>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace zzplan::io::detail {

/// Asks for huge pages under the whole 2 MiB pages of [data, data + bytes).
inline void advise_huge_pages(const void* data, std::size_t bytes) noexcept {
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  constexpr std::uintptr_t huge = std::uintptr_t{1} << 21;
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

/// v.reserve(n), with huge pages asked for the new storage (before anything is written to it).
template <class T, class A> void reserve_huge(std::vector<T, A>& v, std::size_t n) {
  if (n > v.capacity()) {
    v.reserve(n);
    advise_huge_pages(v.data(), v.capacity() * sizeof(T));
  }
}

} // namespace zzplan::io::detail
