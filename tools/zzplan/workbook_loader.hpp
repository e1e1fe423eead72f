#pragma once
// Finds and loads the workbook module (workbook.hpp) the first time a workbook is read or
// written: next to the command (the build tree), else where it is installed, the library
// directory's zzplan/ (ZZPLAN_WORKBOOK_DIR, relative to the command's directory, so that an
// installed tree can be moved).

#include "workbook.hpp"

#include <zzplan/io/error.hpp>

#include <dlfcn.h>

#include <filesystem>
#include <string>
#include <system_error>

namespace zzplan::cli {

inline constexpr const char* workbook_module_name = "zzplan-workbook.so";

namespace detail {

/// The module at `at`, or nullptr with why not in `why`.
inline const workbook_api* open_workbook_module(const std::filesystem::path& at, std::string& why) {
  void* h = ::dlopen(at.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (h == nullptr) {
    const char* e = ::dlerror();
    why = at.string() + " could not be loaded (" + (e ? e : "no reason given") + ")";
    return nullptr;
  }
  using entry_fn = const workbook_api* (*)();
  const auto entry = reinterpret_cast<entry_fn>(::dlsym(h, workbook_entry));
  const workbook_api* api = entry ? entry() : nullptr;
  if (api == nullptr || api->stamp != workbook_stamp) {
    why = at.string() + " is not the workbook module of this build of zzplan";
    ::dlclose(h);
    return nullptr;
  }
  return api; // kept loaded until the command exits
}

/// Loads the module, or throws input_error naming `file` and what was tried.
inline const workbook_api& load_workbook_module(const std::string& file) {
  std::error_code ec;
  const std::filesystem::path dir =
      std::filesystem::read_symlink("/proc/self/exe", ec).parent_path();
  std::string why;
  if (!ec) {
    for (const std::filesystem::path& at :
         {dir / workbook_module_name,
          (dir / ZZPLAN_WORKBOOK_DIR / workbook_module_name).lexically_normal()}) {
      if (std::filesystem::exists(at, ec)) {
        if (const workbook_api* api = open_workbook_module(at, why)) {
          return *api;
        }
        break;
      }
      why = std::string(workbook_module_name) + " is neither in " + dir.string() + " nor in " +
            (dir / ZZPLAN_WORKBOOK_DIR).lexically_normal().string();
    }
  } else {
    why = "the command's own directory is unknown (/proc/self/exe: " + ec.message() + ")";
  }
  throw io::input_error(file, 0, 0,
                        "workbooks are read and written by zzplan's workbook module, and " + why +
                            "; reinstall zzplan, or use CSV (save the sheet as CSV, or give "
                            "--format csv)");
}

} // namespace detail

/// The workbook module, loaded on first use.
inline const workbook_api& workbook(const std::string& file) {
  static const workbook_api& api = detail::load_workbook_module(file);
  return api;
}

} // namespace zzplan::cli
