// expect: zzplan: a floating-point number stored in an integer quantity would be truncated
// expect: use the default representation, double
//
// A floating value in an integer quantity: 2.5 clusters stored as int would be 2.
#include "support/user_header.hpp"

using namespace zzplan;

#ifdef ZZPLAN_COMPILING_TWIN
const quantity<units::item> clusters(2.5);
#else
const quantity<units::item, int> clusters(2.5);
#endif
