# cmake -DSHELL=index.html -DSCRIPT=weerbaar.js -DOUT=dist/index.html -P assemble_page.cmake
# Puts the module's JS inside the page shell, so the product is one file.
file(READ "${SHELL}" page)
file(READ "${SCRIPT}" script)
# "</script" inside the JS would end the inline script early; "<\/script" means the same in JS.
string(REPLACE "</script" "<\\/script" script "${script}")
string(FIND "${page}" "<!-- WEERBAAR_SCRIPT -->" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${SHELL} has no <!-- WEERBAAR_SCRIPT --> marker")
endif()
string(REPLACE "<!-- WEERBAAR_SCRIPT -->" "<script>\n${script}\n</script>" page "${page}")
get_filename_component(dir "${OUT}" DIRECTORY)
file(MAKE_DIRECTORY "${dir}")
file(WRITE "${OUT}" "${page}")
