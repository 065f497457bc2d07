# cmake -DSHELL=index.html -DSCRIPT=weerbaar.js -DDEFAULT_DB=default.sqlite.gz.b64 -DOUT=dist/index.html
#       -P assemble_page.cmake
# Puts the module's JS and the default database (gzip, base64) inside the page shell, so the
# product is one file.
file(READ "${SHELL}" page)
file(READ "${DEFAULT_DB}" database)
string(FIND "${page}" "<!-- WEERBAAR_DEFAULT_DATABASE -->" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${SHELL} has no <!-- WEERBAAR_DEFAULT_DATABASE --> marker")
endif()
string(REPLACE "<!-- WEERBAAR_DEFAULT_DATABASE -->"
  "<script type=\"application/octet-stream\" id=\"weerbaar-default-database\" data-encoding=\"gzip\">${database}</script>"
  page "${page}")
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
