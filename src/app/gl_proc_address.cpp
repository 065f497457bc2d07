// SDL's EGL layer keeps a pointer to eglGetProcAddress. Emscripten's own version looks a name up
// among every WebGL function there is, so linking it brings all 271 of them into the page: their
// JS glue (50 KB of the page's script, not compressed) and their imports into the wasm. Nothing
// here asks for functions by name; SDL does only for the few below (SDL_GL_ExtensionSupported,
// SDL_GL_GetAttribute), which this definition serves. Being defined here, Emscripten's is never
// linked.
#include <EGL/egl.h>
#include <GLES3/gl3.h>

#include <cstring>

extern "C" __eglMustCastToProperFunctionPointerType eglGetProcAddress(const char* name) {
    using Function = __eglMustCastToProperFunctionPointerType;
    static const struct {
        const char* name;
        Function function;
    } kKnown[] = {
        {"glGetString", reinterpret_cast<Function>(&glGetString)},
        {"glGetStringi", reinterpret_cast<Function>(&glGetStringi)},
        {"glGetIntegerv", reinterpret_cast<Function>(&glGetIntegerv)},
        {"glGetError", reinterpret_cast<Function>(&glGetError)},
        {"glBindFramebuffer", reinterpret_cast<Function>(&glBindFramebuffer)},
        {"glGetFramebufferAttachmentParameteriv", reinterpret_cast<Function>(&glGetFramebufferAttachmentParameteriv)},
    };
    for (const auto& known : kKnown) {
        if (std::strcmp(name, known.name) == 0) return known.function;
    }
    return nullptr;
}
