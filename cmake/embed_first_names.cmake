# Writes the first names of Dicollecte's French dictionary (Debian hunspell-fr-classical,
# MPL 2.0: the entries tagged "po:prn") as a sorted C++ array, for the nominative check of
# minutes. Input: DICTIONARY, OUTPUT.
file(STRINGS ${DICTIONARY} lines REGEX "po:prn" ENCODING UTF-8)
set(names "")
foreach(line IN LISTS lines)
  string(REGEX REPLACE "[/ \t].*$" "" name "${line}")
  if(name MATCHES "^[^\"\\\\]+$")
    list(APPEND names "${name}")
  endif()
endforeach()
list(REMOVE_DUPLICATES names)
list(SORT names)
list(LENGTH names count)
set(body "")
foreach(name IN LISTS names)
  string(APPEND body "    \"${name}\",\n")
endforeach()
file(WRITE ${OUTPUT} "// Generated from ${DICTIONARY} by cmake/embed_first_names.cmake.\n"
     "#include \"core/first_names.h\"\n\nnamespace vigie {\nnamespace {\n\n"
     "constexpr std::string_view kFirstNames[${count}] = {\n${body}};\n\n}  // namespace\n\n"
     "std::span<const std::string_view> first_names() { return kFirstNames; }\n\n"
     "}  // namespace vigie\n")
