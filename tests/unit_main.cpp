// Catch2 v2 main, used only when the installed Catch2 has no Catch2::Catch2WithMain target.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
