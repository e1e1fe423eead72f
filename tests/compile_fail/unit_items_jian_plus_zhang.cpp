// expect: zzplan: counts with different classifiers (件 of patents, 张 of beds, 家 of firms…) cannot be added or compared
// expect: count one thing in one classifier
//
// Patents (件) plus hospital beds (张): a count keeps its classifier. The twin adds 件 to 件.
#include "support/user_header.hpp"

using namespace zzplan;

jian misuse() {
  const jian patents(4'015'000.0);
  const zhang beds(9'750'000.0);
#ifdef ZZPLAN_COMPILING_TWIN
  (void)beds;
  return patents + jian(1'000.0);
#else
  return patents + beds;
#endif
}
