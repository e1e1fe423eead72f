#pragma once
// Steps of work done by two threads at once, with a moment between two steps when one of them
// does what the next step needs (data_table rows placed, names interned): csv_rows.hpp reads a
// block of a file so, its pieces shared out as each thread is free.

#include <barrier>
#include <system_error>
#include <thread>

namespace zzplan::io::detail {

/// Calls step(0), …, step(Steps - 1) in turn on this thread and, when `two`, on another thread at
/// once (each call shares the step's work with the other thread's, e.g. by taking its pieces from
/// an atomic counter); after every step but the last, once both threads are done with it,
/// between(s) on one of them, before either starts the next. step and between must not throw
/// (they keep their failures for the caller). Without a thread to be had, this thread does it all.
template <int Steps, class Step, class Between>
void run_paired_steps(bool two, const Step& step, const Between& between) {
  static_assert(Steps > 0);
  if (two) {
    int s = 0;
    std::barrier sync(2, [&]() noexcept { between(s++); });
    const auto steps = [&] {
      for (int k = 0; k < Steps; ++k) {
        step(k);
        if (k + 1 < Steps) {
          sync.arrive_and_wait();
        }
      }
    };
    std::thread other;
    try {
      other = std::thread(steps);
    } catch (const std::system_error&) {
      two = false;
    }
    if (two) {
      steps();
      other.join();
      return;
    }
  }
  for (int k = 0; k < Steps; ++k) {
    step(k);
    if (k + 1 < Steps) {
      between(k);
    }
  }
}

} // namespace zzplan::io::detail
