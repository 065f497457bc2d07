# cmake -DSHELL=index.html -DSCRIPT=weerbaar.js -DWASM=weerbaar.wasm.gz -DDEFAULT_DB=default.sqlite.gz
#       -DOUT=dist/index.html -P assemble_page.cmake
# Puts the module's JS, its wasm and the default database (both gzip, as text: FILE.gz.txt made by
# tools/embed/page_text) inside the page shell, so the product is one file.
file(READ "${SHELL}" page)

# embed(MARKER ID GZ): the marker becomes a data block <script type="application/octet-stream">
# holding GZ as text (GZ.txt) and its length in bytes, read by web/files.js.
function(embed marker id gz)
  file(READ "${gz}.txt" data)
  file(SIZE "${gz}" length)
  string(FIND "${page}" "<!-- ${marker} -->" at)
  if(at EQUAL -1)
    message(FATAL_ERROR "${SHELL} has no <!-- ${marker} --> marker")
  endif()
  string(REPLACE "<!-- ${marker} -->"
    "<script type=\"application/octet-stream\" id=\"${id}\" data-encoding=\"gzip\" data-text=\"ascii7\" data-length=\"${length}\">${data}</script>"
    page "${page}")
  set(page "${page}" PARENT_SCOPE)
endfunction()
embed(WEERBAAR_WASM weerbaar-wasm "${WASM}")
embed(WEERBAAR_DEFAULT_DATABASE weerbaar-default-database "${DEFAULT_DB}")
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
