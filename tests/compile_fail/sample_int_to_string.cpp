// expect-gcc: cannot convert 'std::string'
// expect-clang: no viable conversion from 'std::string'
// expect: to 'int'
//
// Sample of the compile-fail machinery, standard library only: a string is not an int.
#include <string>

#ifdef ZZPLAN_COMPILING_TWIN
int x = std::stoi(std::string("1"));
#else
int x = std::string("a");
#endif
