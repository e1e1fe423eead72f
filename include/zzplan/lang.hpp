#pragma once
// The language of everything zzplan prints: Chinese, the language of the plans, by default.
// Every function that prints takes `lang l = lang::zh` as its last parameter.

namespace zzplan {

enum class lang : unsigned char { zh, en };

} // namespace zzplan
