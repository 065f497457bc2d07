# Shared environment for the project's scripts (sourced, not run).
# Paths of the dependency cache and the settings Debian's Emscripten 3.1.6 needs here.
DEPS="$ROOT/.deps"
SDL_WASM="$DEPS/sdl2-wasm-lean"  # its own folder: a checkout with the earlier build keeps that
export EM_CACHE="$DEPS/em-cache"
export EM_FROZEN_CACHE=          # empty = not frozen (any non-empty value counts as true)
export NODE_PATH=/usr/share/nodejs   # node 20 does not find Debian's acorn otherwise
