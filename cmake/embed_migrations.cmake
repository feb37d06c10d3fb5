# Writes a C++ file holding every src/store/migrations/NNNN_name.sql as a string literal,
# so that the binary carries its schema and needs no files beside it.
# Inputs: MIGRATIONS_DIR, OUTPUT.
file(GLOB files "${MIGRATIONS_DIR}/*.sql")
list(SORT files)
set(body "#include \"store/migrations.h\"\n\nnamespace vigie {\n\nconst std::vector<Migration>& builtin_migrations() {\n  static const std::vector<Migration> kMigrations{\n")
foreach(path IN LISTS files)
  get_filename_component(name "${path}" NAME_WE)
  string(SUBSTRING "${name}" 0 4 version)
  math(EXPR version_number "${version}")
  file(READ "${path}" sql)
  string(APPEND body "      {${version_number}, \"${name}\", R\"vigie_sql(${sql})vigie_sql\"},\n")
endforeach()
string(APPEND body "  };\n  return kMigrations;\n}\n\n}  // namespace vigie\n")
file(WRITE "${OUTPUT}.tmp" "${body}")
configure_file("${OUTPUT}.tmp" "${OUTPUT}" COPYONLY)
