// The one place that includes the OpenGL ES 3 (WebGL2) headers.
#pragma once

#ifdef __EMSCRIPTEN__
#include <GLES3/gl3.h>
#else
#include <SDL_opengles2.h>
#endif
