// Built against an installed (or build-tree) zzplan found with find_package(zzplan).
#include <zzplan/zzplan.hpp>

#include <iostream>

int main() {
  std::cout << "zzplan consumer: ok\n";
  return 0;
}
