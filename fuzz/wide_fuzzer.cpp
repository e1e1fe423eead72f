// libFuzzer target: the wide (yearbook) table reader (layout_fuzz.hpp).
#include "layout_fuzz.hpp"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  return fuzz_layout(bytes, size, zzplan::io::data_layout::wide);
}
