#pragma once
// zzplan: policy goals as typed values, evaluated as statisticians do. The whole core but panels
// (<zzplan/panel.hpp>, which brings range-v3 and a quarter of the compile time: docs/performance.md)
// and the encoded plans (<zzplan/plans/...>); no io/.

// Leaves first: each header is then first included from here, so that an error reported in one
// of them shows a short include chain (the user's file, the user's header, this one) before the
// message, not the path through every header that happened to include it first.
// clang-format off
#include <zzplan/lang.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/dimension.hpp>
#include <zzplan/detail/misuse.hpp>
#include <zzplan/detail/diagnostics.hpp>
#include <zzplan/quantity.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/units.hpp>
#include <zzplan/calendar.hpp>
#include <zzplan/series.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/target.hpp>
#include <zzplan/detail/goal_rules.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/status.hpp>
#include <zzplan/assessment.hpp>
#include <zzplan/evaluate.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/format.hpp>
#include <zzplan/notes.hpp>
#include <zzplan/detail/phrase_target.hpp>
#include <zzplan/detail/phrase_words.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/phrase_goal.hpp>
// clang-format on
