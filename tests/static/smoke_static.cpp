// Smoke test of the static harness: this translation unit is only static_asserts.
#include <type_traits>

static_assert(std::is_same_v<int, int>);
static_assert(sizeof(char) == 1);
