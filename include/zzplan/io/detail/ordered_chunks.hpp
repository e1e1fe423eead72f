#pragma once
// Work cut into chunks, each making a piece of text, done by up to N threads and written in chunk
// order by the calling thread alone. A thread takes the next chunk as soon as it is free, and the
// calling thread writes each chunk as soon as it and every one before it are done, so that
// neither a thread waits for the others at the end of a batch nor the writing waits for a batch:
// a batch that every thread must finish before its text is written leaves a core idle for the
// slowest thread's last regions and for each write.

#include <zzplan/io/detail/huge_pages.hpp>

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <type_traits>
#include <vector>

namespace zzplan::io::detail {

/// Whether write takes the texts of several chunks at once (a span of them, in chunk order): a
/// file is then written in fewer, larger system calls, which the kernel serves in larger pages
/// (writing a 49 MB output in 1.7 MB calls instead of 0.4 MB ones took a fifth less time, and
/// removing the file afterwards a fifth less too).
template <class Write>
inline constexpr bool writes_batches =
    std::is_invocable_v<Write&, std::span<const std::string_view>>;

/// Calls make(workers[t], c, text) for every chunk c < chunks, on workers.size() threads (the
/// calling thread is workers[0]'s), each into a text of its own, and write with the texts in
/// chunk order, on the calling thread only, never two at once: write(text) for each, or
/// write(texts) with up to 2 × workers.size() consecutive texts at once when it takes a
/// std::span<const std::string_view> (writes_batches). At most 4 × workers.size() texts are held
/// at once (2 × without batches), each reserved `reserve` bytes. If a chunk throws, the texts of
/// the chunks before it are written, nothing after them, and its exception is rethrown once every
/// thread has stopped: the first failing chunk's, whatever the number of threads. So is a failed
/// write.
template <class Worker, class Make, class Write>
void ordered_chunks(std::vector<Worker>& workers, std::size_t chunks, std::size_t reserve,
                    Make&& make, Write&& write) {
  constexpr std::size_t none = static_cast<std::size_t>(-1);
  struct slot {
    std::string text;
    bool ready = false;
  };
  // With batches, half the texts can wait to be written while the threads fill the other half.
  const std::size_t batch = writes_batches<Write> ? 2 * workers.size() : 1;
  const std::size_t n_slots = 2 * workers.size() + (batch > 1 ? batch : 0);
  std::vector<slot> slots(n_slots);
  for (slot& s : slots) {
    s.text.reserve(reserve); // reused for every chunk of the slot: see huge_pages.hpp
    advise_huge_pages(s.text.data(), s.text.capacity());
  }
  std::mutex m;
  std::condition_variable changed;
  std::size_t next = 0;         // the next chunk to take
  std::size_t written = 0;      // chunks written
  std::size_t failed_at = none; // the first chunk that threw
  std::exception_ptr failure;
  const auto fail = [&](std::size_t c, std::exception_ptr e) { // under the lock
    if (c < failed_at) {
      failed_at = c;
      failure = std::move(e);
    }
    changed.notify_all();
  };
  const auto can_take = [&] {
    return failed_at == none && next < chunks && next < written + n_slots;
  };
  // Makes one chunk with the lock released; false if it threw.
  const auto make_one = [&](std::unique_lock<std::mutex>& lock, Worker& w) {
    const std::size_t c = next++;
    slot& s = slots[c % n_slots];
    lock.unlock();
    std::exception_ptr e;
    try {
      make(w, c, s.text);
    } catch (...) {
      e = std::current_exception();
    }
    lock.lock();
    if (e) {
      fail(c, std::move(e));
      return false;
    }
    s.ready = true;
    changed.notify_all();
    return true;
  };
  const auto helper = [&](std::size_t t) {
    std::unique_lock<std::mutex> lock(m);
    while (true) {
      changed.wait(lock, [&] { return failed_at != none || next == chunks || can_take(); });
      if (!can_take() || !make_one(lock, workers[t])) {
        return;
      }
    }
  };
  std::vector<std::thread> helpers;
  for (std::size_t t = 1; t < workers.size() && t < chunks; ++t) {
    try {
      helpers.emplace_back(helper, t);
    } catch (const std::system_error&) {
      break; // no more threads to be had: the ones there are do the work
    }
  }
  std::vector<std::string_view> texts; // a batch
  {
    std::unique_lock<std::mutex> lock(m);
    while (written < chunks && written < failed_at) {
      // the ready texts from the next to write on, up to a batch
      std::size_t ready = 0;
      while (ready < batch && written + ready < chunks && written + ready < failed_at &&
             slots[(written + ready) % n_slots].ready) {
        ++ready;
      }
      // a batch is written once full, or when no more chunks can be made meanwhile
      if (ready > 0 && (ready == batch || written + ready == chunks || !can_take())) {
        lock.unlock();
        std::exception_ptr e;
        try {
          if constexpr (writes_batches<Write>) {
            texts.clear();
            for (std::size_t k = 0; k < ready; ++k) {
              texts.emplace_back(slots[(written + k) % n_slots].text);
            }
            write(std::span<const std::string_view>(texts));
          } else {
            write(std::string_view(slots[written % n_slots].text));
          }
        } catch (...) {
          e = std::current_exception();
        }
        for (std::size_t k = 0; k < ready; ++k) {
          slots[(written + k) % n_slots].text.clear();
        }
        lock.lock();
        if (e) {
          fail(written, std::move(e));
          break;
        }
        for (std::size_t k = 0; k < ready; ++k) {
          slots[(written + k) % n_slots].ready = false;
        }
        written += ready;
        changed.notify_all();
      } else if (can_take()) {
        make_one(lock, workers[0]);
      } else {
        changed.wait(lock, [&] { return failed_at <= written || slots[written % n_slots].ready; });
      }
    }
  }
  for (std::thread& h : helpers) {
    h.join();
  }
  if (failure) {
    std::rethrow_exception(failure);
  }
}

} // namespace zzplan::io::detail
