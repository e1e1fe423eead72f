#pragma once
// Include this, not Catch2 directly: works with Catch2 v2 (Debian bookworm) and v3.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif
