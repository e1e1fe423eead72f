#pragma once
// Large buffers that grow without being written: a table's rows and a block of a file's text are
// written in full right after they are made room for (by the threads that parse a block, by the
// read of a block), so the zeros std::vector::resize and std::string::resize would write first
// are wasted, and worse, they are written on one thread: on the virtual machines where zzplan is
// measured the first touch of fresh memory costs 2 to 10 ms a 4 MB block, which the reading
// thread paid alone while the other core waited (docs/performance.md §3). Left unwritten, the
// pages are first touched by whoever fills them, the two parsing threads in parallel.

#include <zzplan/io/detail/huge_pages.hpp>

#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <utility>

namespace zzplan::io::detail {

/// std::allocator, except that a new element made without a value (resize(), emplace_back()) is
/// left unwritten. Only for aggregates of numbers (implicit-lifetime types: their objects exist as
/// soon as their storage is allocated), and only where every such element is written before it is
/// read.
template <class T> struct uninitialized_allocator : std::allocator<T> {
  static_assert(std::is_aggregate_v<T> && std::is_trivially_copyable_v<T> &&
                    std::is_trivially_destructible_v<T>,
                "uninitialized_allocator: only for aggregates of numbers");
  using value_type = T;
  template <class U> struct rebind { using other = uninitialized_allocator<U>; };
  uninitialized_allocator() noexcept = default;
  template <class U>
  constexpr explicit uninitialized_allocator(const uninitialized_allocator<U>&) noexcept {}
  [[nodiscard]] T* allocate(std::size_t n) { // large ones aligned for huge pages
    if (n > std::allocator_traits<std::allocator<T>>::max_size(*this)) {
      throw std::bad_array_new_length();
    }
    return static_cast<T*>(allocate_buffer(n * sizeof(T)));
  }
  void deallocate(T* p, std::size_t n) noexcept { release_buffer(p, n * sizeof(T)); }
  template <class U> void construct(U*) noexcept {} // left for its owner to write
  template <class U, class... A> void construct(U* p, A&&... a) {
    ::new (static_cast<void*>(p)) U(std::forward<A>(a)...);
  }
  friend constexpr bool operator==(const uninitialized_allocator&,
                                   const uninitialized_allocator&) noexcept {
    return true;
  }
};

/// The text of a block of a file: bytes whose room is made without writing them (they are read
/// into at once). Huge pages are asked for before anything touches them (huge_pages.hpp).
class text_block {
public:
  text_block() = default;
  explicit text_block(std::size_t capacity) { reserve(capacity); }

  [[nodiscard]] char* data() noexcept { return bytes_.get(); }
  [[nodiscard]] const char* data() const noexcept { return bytes_.get(); }
  [[nodiscard]] std::size_t size() const noexcept { return size_; }
  [[nodiscard]] std::string_view view() const noexcept { return {bytes_.get(), size_}; }

  /// Room for n bytes; the bytes held are kept.
  void reserve(std::size_t n) {
    if (n <= capacity_) {
      return;
    }
    std::unique_ptr<char[]> more(new char[n]); // not value-initialised: nothing written
    advise_huge_pages(more.get(), n);
    if (size_ > 0) {
      std::memcpy(more.get(), bytes_.get(), size_);
    }
    bytes_ = std::move(more);
    capacity_ = n;
  }
  /// n bytes: the first size() kept, any new ones unwritten (for the caller to write).
  void resize(std::size_t n) {
    reserve(n);
    size_ = n;
  }

private:
  std::unique_ptr<char[]> bytes_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

} // namespace zzplan::io::detail
