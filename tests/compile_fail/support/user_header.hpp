#pragma once
// A student's own header, as a real program has one: main.cpp includes it, it includes zzplan.
// Every compile-fail test includes it first, so the harness measures each error through the
// include chain of a real program (main.cpp -> user_header.hpp -> zzplan.hpp -> the header that
// reports the mistake).
#include <zzplan/zzplan.hpp>
