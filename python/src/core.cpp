// zzplan._core: the typed core of zzplan for Python (pybind11). The pure-Python package zzplan
// (python/zzplan/) is the API; this module only moves data across:
//   - plan files: io::parse_plan_toml + io::check_typed, the same checks as `zzplan check`;
//   - data: io::read_data_file for a file (any layout and encoding the command reads), or a
//     data_table built from whole NumPy columns (names factorised once, by factorise_names below
//     or pd.factorize: codes and their uniques cross, never one Python object made a row),
//     checked and sorted by the same functions as the data reader (io/detail/data_table.hpp);
//   - evaluation: io::evaluate_plan_file, the GIL released, each record's fields appended to
//     one column each (record.hpp's data_columns and visit_field: no list of fields here), handed
//     back as NumPy arrays that own those buffers (no copy a value);
//   - reports (io::report_of + io::html_report, as `zzplan report`), io::to_json of a phrase (as
//     `zzplan explain --format json`) and io::facts_of (as `zzplan check`).
// Every io::input_error becomes zzplan.PlanError or zzplan.DataError (python/zzplan/_errors.py),
// with the file, line and column and the command's message text.

#include <zzplan/io/data.hpp>
#if ZZPLAN_HAS_XLSX
#include <zzplan/io/xlsx.hpp> // .xlsx data by path (liborcus), when this build has it
#endif
#include <zzplan/io/json.hpp>
#include <zzplan/io/plan.hpp>
#include <zzplan/io/record.hpp>
#include <zzplan/io/report.hpp>
#include <zzplan/io/run.hpp>
#include <zzplan/io/tables.hpp>
#include <zzplan/phrase.hpp>

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace py = pybind11;
using namespace zzplan;

namespace {

// ---- errors ----------------------------------------------------------------------------------

/// The message of an input_error without the "file:line:column: " that input_error puts first.
std::string reason_of(const io::input_error& e) {
  std::string where = e.file();
  if (e.line()) {
    where += ":" + std::to_string(e.line());
  }
  if (e.column()) {
    where += ":" + std::to_string(e.column());
  }
  where += ": ";
  const std::string_view all = e.what();
  return std::string(all.starts_with(where) ? all.substr(where.size()) : all);
}

/// Raises zzplan.PlanError ("plan") or zzplan.DataError ("data") for an input_error. `field` is
/// the column of a DataFrame the error is about (empty: none).
[[noreturn]] void raise_input(const char* kind, const io::input_error& e,
                              const std::string& field = {}) {
  const py::object make = py::module_::import("zzplan._errors").attr("_from_core");
  const py::object err = make(kind, e.file(), e.line(), e.column(), reason_of(e),
                              field.empty() ? py::object(py::none()) : py::str(field));
  PyErr_SetObject(reinterpret_cast<PyObject*>(Py_TYPE(err.ptr())), err.ptr());
  throw py::error_already_set();
}

/// A data error about one field of a DataFrame's row (pos: the row's position, from 0).
[[noreturn]] void raise_frame(const std::string& file, std::size_t pos, const std::string& field,
                              const std::string& message) {
  raise_input("data", io::input_error(file, pos + 1, 0, message), field);
}

// ---- handles -------------------------------------------------------------------------------------

/// A plan file read and checked (with the typed checks).
struct plan_handle {
  io::plan_spec spec;
};

/// A data table, from a file or from the columns of a DataFrame.
struct table_handle {
  io::data_table table;
  bool from_frame = false;
};

plan_handle parse_plan(const std::string& text, const std::string& file) {
  try {
    plan_handle h{io::parse_plan_toml(text, file)};
    io::check_typed(h.spec);
    return h;
  } catch (const io::input_error& e) {
    raise_input("plan", e);
  }
}

plan_handle read_plan(const std::string& path) {
  try {
    plan_handle h{io::read_plan_toml(path)};
    io::check_typed(h.spec);
    return h;
  } catch (const io::input_error& e) {
    raise_input("plan", e);
  }
}

// ---- the values a plan file writes, as written (for Plan.from_toml) -----------------------------

py::object toml_value(const toml::node& n) {
  if (const auto* s = n.as_string()) {
    return py::str(s->get());
  }
  if (const auto* i = n.as_integer()) {
    return py::int_(i->get());
  }
  if (const auto* f = n.as_floating_point()) {
    return py::float_(f->get());
  }
  if (const auto* b = n.as_boolean()) {
    return py::bool_(b->get());
  }
  if (const auto* t = n.as_table()) {
    py::dict d;
    for (auto&& [k, v] : *t) {
      d[py::str(std::string(k.str()))] = toml_value(v);
    }
    return d;
  }
  if (const auto* a = n.as_array()) {
    py::list l;
    for (const toml::node& e : *a) {
      l.append(toml_value(e));
    }
    return l;
  }
  return py::none();
}

/// {"plan": {...}, "goal": [{...}], "milestone": [{...}]}: the keys and values of a plan file
/// that parse_plan has accepted, as toml++ reads them.
py::dict plan_fields(const std::string& text, const std::string& file) {
  std::string_view body = text;
  if (body.starts_with("\xEF\xBB\xBF")) {
    body.remove_prefix(3);
  }
  try {
    const toml::table doc = toml::parse(body, file);
    return toml_value(doc).cast<py::dict>();
  } catch (const toml::parse_error& e) {
    raise_input("plan", io::input_error(file, e.source().begin.line, e.source().begin.column,
                                        "TOML syntax error: " + std::string(e.description())));
  }
}

// ---- data: a file, or whole columns of a DataFrame -----------------------------------------------

/// A data file in any layout and encoding the command reads ("auto": recognised).
table_handle read_data(const std::string& path, const std::string& layout,
                       const std::string& encoding) {
  io::data_options o;
  o.layout = layout == "long"   ? io::data_layout::long_csv
             : layout == "wide" ? io::data_layout::wide
             : layout == "sdmx" ? io::data_layout::sdmx
                                : io::data_layout::detect;
  o.encoding = encoding == "utf-8"     ? io::text_encoding::utf8
               : encoding == "gb18030" ? io::text_encoding::gb18030
                                       : io::text_encoding::detect;
  try {
    if (io::is_workbook(path)) { // its first sheet, as the command reads it without --sheet
#if ZZPLAN_HAS_XLSX
      return {io::read_data_xlsx(path, "", o), false};
#else
      throw io::input_error(path, 0, 0,
                            "this zzplan was built without Excel support (liborcus); save the "
                            "sheet as CSV, or build zzplan with liborcus-dev installed");
#endif
    }
    return {io::read_data_file(path, o), false};
  } catch (const io::input_error& e) {
    raise_input("data", e);
  }
}

/// Names factorised (codes into uniques, -1 for NA), as UTF-8 bytes (a string that was not valid
/// UTF-8 arrives from pd.factorize as its surrogate-escaped bytes and is refused here).
struct factorised {
  py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> codes;
  std::vector<std::string> names;
};

/// A column of names (a NumPy object array of str, None or NaN) factorised as pd.factorize does:
/// codes into the distinct names in the order they first appear, -1 for NA. The rows of a long
/// table come in runs of one region and one indicator, so each name is compared with the row
/// before (same object, or equal text) and only the first of a run is looked up: about a tenth
/// of pd.factorize's time, which hashes every row's string. std::nullopt for anything else (a
/// number among the names, pd.NA, a string that is not valid UTF-8): pd.factorize then does it.
std::optional<factorised> factorise_names(const py::array& column) {
  if (column.ndim() != 1 || column.dtype().kind() != 'O') {
    return std::nullopt;
  }
  const auto n = column.shape(0);
  const auto stride = column.strides(0);
  const auto* base = static_cast<const char*>(column.data());
  py::array_t<std::int64_t> codes(n);
  std::int64_t* out = codes.mutable_data();
  std::vector<std::string> names;
  std::unordered_map<std::string_view, std::int64_t> seen;
  PyObject* previous = nullptr;
  std::int64_t previous_code = -1;
  for (py::ssize_t i = 0; i < n; ++i) {
    PyObject* o = *reinterpret_cast<PyObject* const*>(base + i * stride);
    if (o == previous) {
      out[i] = previous_code;
      continue;
    }
    std::int64_t code = -1;
    if (PyUnicode_Check(o)) {
      if (previous != nullptr && previous_code >= 0 && PyUnicode_Check(previous) &&
          PyUnicode_Compare(o, previous) == 0) {
        code = previous_code;
      } else {
        Py_ssize_t size = 0;
        const char* utf8 = PyUnicode_AsUTF8AndSize(o, &size);
        if (utf8 == nullptr) { // surrogate-escaped bytes: pd.factorize keeps them for the message
          PyErr_Clear();
          return std::nullopt;
        }
        const std::string_view text(utf8, static_cast<std::size_t>(size));
        if (const auto it = seen.find(text); it != seen.end()) {
          code = it->second;
        } else {
          code = static_cast<std::int64_t>(names.size());
          names.emplace_back(text);
          // the str object keeps its UTF-8 buffer alive as long as the column holds it
          seen.emplace(text, code);
        }
      }
    } else if (o == Py_None || (PyFloat_Check(o) && std::isnan(PyFloat_AS_DOUBLE(o)))) {
      code = -1;
    } else {
      return std::nullopt;
    }
    out[i] = code;
    previous = o;
    previous_code = code;
  }
  return factorised{std::move(codes), std::move(names)};
}

/// The ids in the table's names of a column's uniques (a name interned once for regions and
/// indicators alike, as the data reader does).
std::vector<std::uint32_t> intern_all(io::table_builder& b, const std::string& file,
                                      const factorised& f, const std::string& field,
                                      const py::array_t<std::int64_t>& codes) {
  std::vector<std::uint32_t> out;
  out.reserve(f.names.size());
  for (std::size_t k = 0; k < f.names.size(); ++k) {
    const std::string& n = f.names[k];
    if (const std::size_t bad = utf8::invalid_at(n); bad != std::string_view::npos) {
      // the first row that has this name
      const auto c = codes.unchecked<1>();
      std::size_t pos = 0;
      while (pos < static_cast<std::size_t>(c.shape(0)) &&
             c(static_cast<py::ssize_t>(pos)) != static_cast<std::int64_t>(k)) {
        ++pos;
      }
      raise_frame(file, pos, field, io::detail::invalid_utf8_message(bad));
    }
    out.push_back(b.intern(n));
  }
  return out;
}

/// The text of a whole number as the data reader would show it ("2021"), or the value's own text.
std::string number_text(double v) {
  if (std::isfinite(v) && v == std::floor(v) && std::abs(v) < 1e15) {
    return std::to_string(static_cast<long long>(v));
  }
  return io::shortest(v).empty() ? (std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf"))
                                 : io::shortest(v);
}

using f64_array = py::array_t<double, py::array::c_style | py::array::forcecast>;

/// A data table from the columns of a DataFrame, with the data reader's checks and messages. A
/// bad field raises DataError at its row (position) and column; text_of(column, position) gives
/// the field as the frame holds it (None for NA), asked only for a message.
table_handle table_from_columns(const std::string& file, std::size_t n, factorised indicator,
                                f64_array year, f64_array value, std::optional<factorised> region,
                                std::optional<factorised> flags, std::optional<f64_array> span,
                                const py::function& text_of) {
  table_handle h;
  h.from_frame = true;
  io::table_builder t(file);
  t.columns(region.has_value(), flags.has_value(), span.has_value());
  const auto text = [&](const char* column, std::size_t pos) -> std::optional<std::string> {
    const py::object o = text_of(column, pos);
    if (o.is_none()) {
      return std::nullopt;
    }
    return o.cast<std::string>();
  };
  const auto check_length = [&](py::ssize_t size, const char* column) {
    if (static_cast<std::size_t>(size) != n) {
      throw std::invalid_argument(std::string("column ") + column + " has the wrong length");
    }
  };
  check_length(indicator.codes.size(), "indicator");
  check_length(year.size(), "year");
  check_length(value.size(), "value");
  // regions first, as a file's first row interns its indicator and then its region: the names'
  // order does not matter (rows are sorted by name), only that each name is interned once
  const std::vector<std::uint32_t> region_id =
      region ? intern_all(t, file, *region, "region", region->codes) : std::vector<std::uint32_t>{};
  const std::vector<std::uint32_t> indicator_id =
      intern_all(t, file, indicator, "indicator", indicator.codes);
  // the region of a row without one (no region column, or NA), as a file's empty field
  const std::uint32_t no_region = t.intern("");
  if (region) {
    check_length(region->codes.size(), "region");
  }
  // flags: each distinct text parsed once; a bad one is an error only on a row that has it
  std::vector<flag> flag_of;
  std::vector<bool> flag_ok;
  if (flags) {
    check_length(flags->codes.size(), "flag");
    for (const std::string& f : flags->names) {
      bool ok = true;
      flag_of.push_back(io::detail::parse_flags(f, ok));
      flag_ok.push_back(ok);
    }
  }
  if (span) {
    check_length(span->size(), "span");
  }
  // the arrays are C-contiguous (c_style | forcecast): read through their data pointers
  const std::int64_t* const ind = indicator.codes.data();
  const std::int64_t* const reg = region ? region->codes.data() : nullptr;
  const std::int64_t* const flg = flags ? flags->codes.data() : nullptr;
  const double* const spn = span ? span->data() : nullptr;
  const double* const yr = year.data();
  const double* const val = value.data();
  t.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    io::data_row r;
    r.line = static_cast<std::uint32_t>(i + 1);
    const std::int64_t ic = ind[i];
    if (ic < 0 || t.names()[indicator_id[static_cast<std::size_t>(ic)]].empty()) {
      raise_frame(file, i, "indicator", io::detail::empty_indicator_message());
    }
    r.indicator = indicator_id[static_cast<std::size_t>(ic)];
    if (region) {
      const std::int64_t rc = reg[i];
      r.region = rc < 0 ? no_region : region_id[static_cast<std::size_t>(rc)];
    } else {
      r.region = no_region;
    }
    const double y = yr[i];
    if (!std::isfinite(y) || y != std::floor(y)) {
      raise_frame(file, i, "year",
                  io::detail::year_not_whole_message(text("year", i).value_or("")));
    }
    if (y < io::detail::first_data_year || y > io::detail::last_data_year) {
      raise_frame(file, i, "year", io::detail::year_out_of_range_message(number_text(y)));
    }
    r.year = static_cast<std::int16_t>(y);
    const double v = val[i];
    if (!std::isfinite(v)) {
      const std::optional<std::string> s = text("value", i);
      const bool empty =
          !s || s->find_first_not_of(" \t") == std::string::npos; // NA, or a blank field
      raise_frame(file, i, "value",
                  empty ? io::detail::empty_value_message()
                        : io::detail::value_not_finite_message(*s));
    }
    r.value = v;
    if (flags) {
      const std::int64_t fc = flg[i];
      if (fc >= 0) {
        const auto k = static_cast<std::size_t>(fc);
        if (!flag_ok[k]) {
          raise_frame(file, i, "flag", io::detail::unknown_flag_message(flags->names[k]));
        }
        r.flags = flag_of[k];
      }
    }
    if (span) {
      const double s = spn[i];
      if (!std::isnan(s)) { // NA: a yearly change, as an empty field in a file
        if (s != std::floor(s) || !io::detail::data_span_in_range(static_cast<int>(s)) ||
            std::abs(s) > 1e6) {
          raise_frame(file, i, "span", io::detail::bad_span_message(number_text(s)));
        }
        r.span = static_cast<std::uint8_t>(s);
      }
    }
    t.add(r);
  }
  try {
    h.table = std::move(t).finish("row", 0);
  } catch (const io::input_error& e) {
    raise_input("data", e);
  }
  return h;
}

// ---- evaluation into columns --------------------------------------------------------------------

/// Strings interned: a column of codes and its distinct texts.
struct string_pool {
  std::unordered_map<std::string, std::int32_t> ids;
  std::vector<std::string> texts;
  std::int32_t add(const std::string& s) {
    auto [it, fresh] = ids.try_emplace(s, static_cast<std::int32_t>(texts.size()));
    if (fresh) {
      texts.push_back(s);
    }
    return it->second;
  }
};

/// The number of values of each enum of a record (they are numbered from 0 in order).
template <class E> constexpr int enum_size = 0;
template <> constexpr int enum_size<goal_kind> = static_cast<int>(goal_kind::milestone) + 1;
template <> constexpr int enum_size<attribute> = static_cast<int>(attribute::binding) + 1;
template <> constexpr int enum_size<status> = static_cast<int>(status_count);
template <> constexpr int enum_size<schedule_label> = static_cast<int>(label_count);
template <>
constexpr int enum_size<projection_method> = static_cast<int>(projection_method::geometric) + 1;
template <> constexpr int enum_size<modality> = static_cast<int>(modality::aspirational) + 1;

/// What a column holds, and so how it becomes a pandas column.
enum class column_type : unsigned char { text, number, whole, boolean, category };

/// One column of the output, filled record by record.
struct column_store {
  column_type type = column_type::text;
  std::vector<std::int32_t> codes;   // text (into pool), category (-1: none)
  std::vector<double> numbers;       // number (NaN: none)
  std::vector<std::int64_t> wholes;  // whole
  std::vector<std::uint8_t> truth;   // boolean
  std::vector<std::uint8_t> missing; // whole, boolean
  string_pool pool;                  // text
  std::vector<std::string> categories;

  void add(const io::assessment_record& r, io::column c) {
    io::visit_field(r, c, [&](const auto& v) {
      using T = std::remove_cvref_t<decltype(v)>;
      if constexpr (std::is_same_v<T, std::string>) {
        type = column_type::text;
        codes.push_back(pool.add(v));
      } else if constexpr (std::is_same_v<T, std::vector<std::string>>) {
        type = column_type::text; // joined as the CSV joins them
        std::string s;
        for (const std::string& n : v) {
          s += (s.empty() ? "" : "; ") + n;
        }
        codes.push_back(pool.add(s));
      } else if constexpr (std::is_same_v<T, std::optional<double>>) {
        type = column_type::number;
        numbers.push_back(v && std::isfinite(*v) ? *v : std::nan(""));
      } else if constexpr (std::is_same_v<T, std::optional<int>>) {
        type = column_type::whole;
        wholes.push_back(v.value_or(0));
        missing.push_back(v ? 0 : 1);
      } else if constexpr (std::is_same_v<T, std::optional<bool>>) {
        type = column_type::boolean;
        truth.push_back(v.value_or(false) ? 1 : 0);
        missing.push_back(v ? 0 : 1);
      } else if constexpr (std::is_same_v<T, std::optional<projection_method>>) {
        set_categories<projection_method>();
        codes.push_back(v ? static_cast<std::int32_t>(*v) : -1);
      } else {
        set_categories<T>();
        codes.push_back(static_cast<std::int32_t>(v));
      }
    });
  }
  template <class E> void set_categories() {
    type = column_type::category;
    if (categories.empty()) {
      categories = categories_of<E>();
    }
  }
  template <class E> static std::vector<std::string> categories_of() {
    std::vector<std::string> out;
    for (int k = 0; k < enum_size<E>; ++k) {
      out.emplace_back(io::text_of(static_cast<E>(k)));
    }
    return out;
  }
};

/// A NumPy array that owns the vector's buffer (moved, not copied).
template <class T> py::array owned_array(std::vector<T>&& v) {
  auto* keep = new std::vector<T>(std::move(v));
  const py::capsule owner(keep, [](void* p) { delete static_cast<std::vector<T>*>(p); });
  return py::array_t<T>({static_cast<py::ssize_t>(keep->size())}, {sizeof(T)}, keep->data(), owner);
}

/// Whether the GIL was held while the last evaluation ran (for the tests: it must not be).
bool gil_held_in_last_evaluation = true;

io::run_options options_of(const table_handle& d, int how, std::optional<int> as_of,
                           std::optional<std::string> region) {
  io::run_options o;
  o.how = static_cast<method>(how);
  o.region = std::move(region);
  if (as_of) {
    o.as_of = year{*as_of};
  } else if (d.table.rows.empty()) {
    raise_input("data", io::input_error(d.from_frame ? std::string() : d.table.file, 0, 0,
                                        "the data has no rows, so the evaluation year is "
                                        "unknown; give as_of=YEAR"));
  } else {
    o.as_of = year{io::latest_year(d.table)};
  }
  return o;
}

/// The assessments of a plan against a table: {"as_of": int, "columns": [(name, type, payload)]}.
py::dict evaluate_columns(const plan_handle& p, const table_handle& d, int how,
                          std::optional<int> as_of, std::optional<std::string> region,
                          int language) {
  const io::run_options o = options_of(d, how, as_of, std::move(region));
  std::vector<column_store> columns(io::data_columns.size());
  std::optional<io::input_error> failed;
  {
    const py::gil_scoped_release nogil;
    gil_held_in_last_evaluation = PyGILState_Check() != 0;
    try {
      static_cast<void>(io::evaluate_plan_file(
          p.spec, d.table, o,
          [&](io::evaluated_goal&& e) {
            for (std::size_t k = 0; k < columns.size(); ++k) {
              columns[k].add(e.record, io::data_columns[k]);
            }
          },
          static_cast<lang>(language)));
    } catch (const io::input_error& e) {
      failed = e;
    }
  }
  if (failed) {
    raise_input("data", *failed);
  }
  py::list out;
  for (std::size_t k = 0; k < columns.size(); ++k) {
    column_store& c = columns[k];
    // an empty result still says each column's type (the first record would have set it)
    const io::column col = io::data_columns[k];
    const std::string name(io::key(col));
    py::dict entry;
    entry["name"] = name;
    if (c.codes.empty() && c.numbers.empty() && c.wholes.empty() && c.truth.empty()) {
      const io::assessment_record probe;
      column_store typed;
      typed.add(probe, col);
      c.type = typed.type;
      c.categories = typed.categories;
    }
    switch (c.type) {
    case column_type::text:
      entry["type"] = "text";
      entry["codes"] = owned_array(std::move(c.codes));
      entry["texts"] = c.pool.texts;
      break;
    case column_type::number:
      entry["type"] = "number";
      entry["values"] = owned_array(std::move(c.numbers));
      break;
    case column_type::whole:
      entry["type"] = "whole";
      entry["values"] = owned_array(std::move(c.wholes));
      entry["missing"] = owned_array(std::move(c.missing));
      break;
    case column_type::boolean:
      entry["type"] = "boolean";
      entry["values"] = owned_array(std::move(c.truth));
      entry["missing"] = owned_array(std::move(c.missing));
      break;
    case column_type::category:
      entry["type"] = "category";
      entry["codes"] = owned_array(std::move(c.codes));
      entry["categories"] = c.categories;
      break;
    }
    out.append(std::move(entry));
  }
  py::dict result;
  result["as_of"] = static_cast<int>(o.as_of);
  result["columns"] = std::move(out);
  return result;
}

/// The one-file HTML report, as `zzplan report` writes it.
py::bytes report_html(const plan_handle& p, const table_handle& d, int how,
                      std::optional<int> as_of, std::optional<std::string> region, int language,
                      const std::string& title, const std::string& source) {
  io::run_options o = options_of(d, how, as_of, std::move(region));
  const lang l = static_cast<lang>(language);
  std::string html;
  std::optional<io::input_error> failed;
  {
    const py::gil_scoped_release nogil;
    try {
      io::plan_report report = io::report_of(p.spec, d.table, o, l);
      if (!source.empty()) {
        report.source = source;
      }
      io::html_options h;
      h.title = title.empty() ? report.name : title;
      html = io::html_report(report, h, l);
    } catch (const io::input_error& e) {
      failed = e;
    }
  }
  if (failed) {
    raise_input("data", *failed);
  }
  return py::bytes(html);
}

// ---- phrases and goals as understood --------------------------------------------------------------

/// The reading of a phrase as `zzplan explain --format json` prints it; a phrase not understood
/// raises PlanError (its message and the byte offset as the column).
std::string explain_json(const std::string& phrase) {
  const parse_result r = parse_phrase(phrase);
  if (!r) {
    const std::size_t off = std::min(r.error().offset, phrase.size());
    raise_input("plan",
                io::input_error("", 0, 1 + utf8::count(std::string_view(phrase).substr(0, off)),
                                "the phrase '" + phrase + "' is not understood (at byte " +
                                    std::to_string(r.error().offset) +
                                    "): " + std::string(r.error().message())));
  }
  return io::to_json(*r).dump();
}

/// Each goal and milestone of a plan as the typed core understands it (what `zzplan check`
/// prints, as values).
py::list check(const plan_handle& p) {
  py::list out;
  for (const io::goal_spec& s : p.spec.goals) {
    const io::goal_facts f = io::facts_of(p.spec, s);
    py::dict d;
    d["id"] = s.id;
    d["indicator"] = s.indicator;
    d["name"] = s.name;
    d["target"] = s.target;
    d["kind"] = std::string(to_string(f.kind));
    d["modality"] = std::string(io::text_of(f.mode));
    d["attribute"] = std::string(io::text_of(f.attr));
    d["direction"] = f.better == direction::higher_is_better ? "higher" : "lower";
    d["comparison"] = f.cmp ? py::object(py::str(std::string(io::text_of(*f.cmp)))) : py::none();
    d["relation"] = py::none();
    if (f.relation) {
      constexpr const char* rel[] = {"in_step", "faster_than", "slower_than"};
      d["relation"] = rel[static_cast<int>(*f.relation)];
    }
    d["target_level"] = f.target_level ? py::object(py::float_(*f.target_level)) : py::none();
    d["range"] = f.range ? py::object(py::make_tuple(f.range->first, f.range->second)) : py::none();
    d["tolerance"] =
        f.kind == goal_kind::band || f.relation ? py::object(py::float_(f.tolerance)) : py::none();
    d["additive"] = f.additive;
    d["multiplicative"] = f.multiplicative;
    d["unit"] = f.unit_zh;
    d["unit_en"] = f.unit_en;
    d["base_year"] = s.base_year;
    d["deadline"] = s.deadline;
    d["baseline"] = s.baseline ? py::object(py::float_(*s.baseline)) : py::none();
    d["price_year"] = has_price_basis(s.unit) ? py::object(py::int_(s.price_year)) : py::none();
    d["observed_as"] = s.observed == io::series_form::level ? "level" : "yearly_change";
    d["reference"] = s.reference.empty() ? py::object(py::none()) : py::str(s.reference);
    d["explain_zh"] = explain(s.phrase_view(), lang::zh);
    d["explain_en"] = explain(s.phrase_view(), lang::en);
    out.append(std::move(d));
  }
  for (const io::milestone_spec& m : p.spec.milestones) {
    py::dict d;
    d["id"] = m.id;
    d["name"] = m.name;
    d["kind"] = "milestone";
    d["attribute"] = std::string(io::text_of(m.attr));
    d["base_year"] = m.base_year;
    d["deadline"] = m.deadline;
    d["done"] = m.done ? py::object(py::bool_(*m.done)) : py::none();
    d["year"] = m.done_in ? py::object(py::int_(*m.done_in)) : py::none();
    d["evidence"] = m.evidence;
    out.append(std::move(d));
  }
  return out;
}

} // namespace

PYBIND11_MODULE(_core, m) {
  m.doc() = "zzplan's typed C++ core (private: use the zzplan package)";

  py::class_<plan_handle>(m, "PlanSpec")
      .def_property_readonly("file", [](const plan_handle& h) { return h.spec.file; })
      .def_property_readonly("name", [](const plan_handle& h) { return h.spec.name; })
      .def_property_readonly("goals", [](const plan_handle& h) { return h.spec.goals.size(); })
      .def_property_readonly("milestones",
                             [](const plan_handle& h) { return h.spec.milestones.size(); });
  py::class_<table_handle>(m, "DataTable")
      .def_property_readonly("file", [](const table_handle& h) { return h.table.file; })
      .def_property_readonly("rows", [](const table_handle& h) { return h.table.rows.size(); })
      .def_property_readonly("has_region", [](const table_handle& h) { return h.table.has_region; })
      .def_property_readonly("latest_year",
                             [](const table_handle& h) { return io::latest_year(h.table); });

  py::class_<factorised>(m, "Factorised")
      .def(py::init([](py::array_t<std::int64_t, py::array::c_style | py::array::forcecast> codes,
                       std::vector<py::bytes> names) {
             factorised f{std::move(codes), {}};
             f.names.reserve(names.size());
             for (const py::bytes& b : names) {
               f.names.emplace_back(b);
             }
             return f;
           }),
           py::arg("codes"), py::arg("names"))
      .def_readonly("codes", &factorised::codes)
      .def_property_readonly("names", [](const factorised& f) {
        std::vector<py::bytes> out;
        out.reserve(f.names.size());
        for (const std::string& n : f.names) {
          out.emplace_back(n);
        }
        return out;
      });

  m.def("factorise_names", &factorise_names, py::arg("column"));
  m.def("parse_plan", &parse_plan, py::arg("text"), py::arg("file"));
  m.def("read_plan", &read_plan, py::arg("path"));
  m.def("plan_fields", &plan_fields, py::arg("text"), py::arg("file"));
  m.def("read_data", &read_data, py::arg("path"), py::arg("layout") = "auto",
        py::arg("encoding") = "auto");
  m.def("table_from_columns", &table_from_columns, py::arg("file"), py::arg("n"),
        py::arg("indicator"), py::arg("year"), py::arg("value"), py::arg("region"),
        py::arg("flags"), py::arg("span"), py::arg("text_of"));
  m.def("evaluate", &evaluate_columns, py::arg("plan"), py::arg("data"), py::arg("method"),
        py::arg("as_of"), py::arg("region"), py::arg("lang"));
  m.def("report_html", &report_html, py::arg("plan"), py::arg("data"), py::arg("method"),
        py::arg("as_of"), py::arg("region"), py::arg("lang"), py::arg("title"), py::arg("source"));
  m.def("missing_column_message", &io::detail::missing_column_message, py::arg("column"));
  m.def("explain_json", &explain_json, py::arg("phrase"));
  m.def("check", &check, py::arg("plan"));
  m.def("methods", [] {
    std::vector<std::string> out;
    for (int k = 0; k <= static_cast<int>(method::eurostat); ++k) {
      out.emplace_back(to_string(static_cast<method>(k)));
    }
    return out;
  });
  m.def("columns", [] {
    std::vector<std::string> out;
    for (const io::column c : io::data_columns) {
      out.emplace_back(io::key(c));
    }
    return out;
  });
  m.def("gil_held_in_last_evaluation", [] { return gil_held_in_last_evaluation; });
}
