# cmake -DWASM=module.wasm -DNAME=VARIABLE -DOUT=module.js -P wasm_as_js.cmake
# Writes a script that defines VARIABLE as the base64 of WASM (coreutils' base64), for --pre-js.
execute_process(COMMAND base64 -w0 "${WASM}" OUTPUT_VARIABLE encoded RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "base64 could not read ${WASM}")
endif()
get_filename_component(name "${WASM}" NAME)
file(WRITE "${OUT}" "// Generated from ${name} by cmake/wasm_as_js.cmake\nvar ${NAME} = '${encoded}';\n")
