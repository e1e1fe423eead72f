#pragma once
// zzplan: policy goals as typed values, evaluated as statisticians do. The whole core but panels
// (<zzplan/panel.hpp>, which brings range-v3 and a quarter of the compile time: docs/performance.md)
// and the encoded plans (<zzplan/plans/...>); no io/.

#include <zzplan/assessment.hpp>
#include <zzplan/calendar.hpp>
#include <zzplan/dimension.hpp>
#include <zzplan/evaluate.hpp>
#include <zzplan/format.hpp>
#include <zzplan/goal.hpp>
#include <zzplan/indicator.hpp>
#include <zzplan/lang.hpp>
#include <zzplan/milestone.hpp>
#include <zzplan/notes.hpp>
#include <zzplan/percent.hpp>
#include <zzplan/phrase.hpp>
#include <zzplan/phrase_goal.hpp>
#include <zzplan/plan.hpp>
#include <zzplan/quantity.hpp>
#include <zzplan/relative.hpp>
#include <zzplan/series.hpp>
#include <zzplan/status.hpp>
#include <zzplan/target.hpp>
#include <zzplan/unit_table.hpp>
#include <zzplan/units.hpp>
