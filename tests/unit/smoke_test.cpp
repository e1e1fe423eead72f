// Smoke test of the harness: the umbrella header (once it exists) compiles in a Catch2 test.
#include "support/catch.hpp"

#if __has_include(<zzplan/zzplan.hpp>)
#include <zzplan/zzplan.hpp>
#endif

#include <string>

TEST_CASE("the unit test harness runs", "[smoke]") {
  const std::string name = "zzplan";
  REQUIRE(name.size() == 6U);
}
