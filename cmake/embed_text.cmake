# Writes a C++ file defining `extern const char* const SYMBOL` as the text of INPUT, so that the
# binary carries a script it runs and needs no file beside it. Inputs: INPUT, OUTPUT, SYMBOL.
file(READ "${INPUT}" text)
file(WRITE "${OUTPUT}.tmp"
     "// Generated from ${INPUT} by cmake/embed_text.cmake.\nnamespace vigie {\nextern const char* const ${SYMBOL};\nconst char* const ${SYMBOL} = R\"vigie_text(${text})vigie_text\";\n}  // namespace vigie\n")
configure_file("${OUTPUT}.tmp" "${OUTPUT}" COPYONLY)
