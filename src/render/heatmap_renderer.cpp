#include "render/heatmap_renderer.h"

#include <emscripten/emscripten.h>
#include <emscripten/html5_webgl.h>

#include <algorithm>
#include <cmath>

#include "render/embedded_shaders.h"
#include "render/heat_ramp.h"

namespace wb::render {
namespace {

constexpr int kRampTexels = 256;
constexpr int kReductionFactor = 4;   // must match heat_max.frag
constexpr int kMaxTaps = 12;          // must match heat_blur.frag
// The blur runs at the first level where a standard deviation is at most this many texels; the
// filter then reaches three of them (kMaxTaps - 1 >= 9).
constexpr double kMaxBlurSigmaTexels = 3.0;
constexpr double kMinBlurSigmaTexels = 0.5;
constexpr int kMinLevelSize = 8;      // coarser levels would be too blocky to upsample
constexpr double kHalfFloatWeightBudget = 60000.0;  // the largest possible sum stays below 65504
constexpr double kByteSteps = 255.0;                // RGBA8: a point of mean weight is one step

// WebGL2 renders to float formats only with EXT_color_buffer_float; enabling it is harmless when
// the context already has it.
bool enableFloatTargets() {
    const auto context = emscripten_webgl_get_current_context();
    return emscripten_webgl_enable_extension(context, "EXT_color_buffer_float") ||
           emscripten_webgl_enable_extension(context, "EXT_color_buffer_half_float");
}

void specifyTexture(bool halfFloat, glm::ivec2 size) {
    if (halfFloat) glTexImage2D(GL_TEXTURE_2D, 0, GL_R16F, size.x, size.y, 0, GL_RED, GL_HALF_FLOAT, nullptr);
    else glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, size.x, size.y, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
}

bool halfFloatTargetWorks() {
    GLuint texture = 0, framebuffer = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    specifyTexture(true, {4, 4});
    glGenFramebuffers(1, &framebuffer);
    glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, texture, 0);
    const bool complete = glCheckFramebufferStatus(GL_FRAMEBUFFER) == GL_FRAMEBUFFER_COMPLETE;
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    glDeleteFramebuffers(1, &framebuffer);
    glDeleteTextures(1, &texture);
    return complete;
}

void clampAndFilter(GLint filter) {
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, filter);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
}

GLuint makeRampTexture() {
    std::vector<uint8_t> texels;
    texels.reserve(kRampTexels * 4);
    for (int i = 0; i < kRampTexels; ++i) {
        const Rgb c = heatColour(i / double(kRampTexels - 1));
        texels.insert(texels.end(), {c.r, c.g, c.b, 255});
    }
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 4);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, kRampTexels, 1, 0, GL_RGBA, GL_UNSIGNED_BYTE, texels.data());
    clampAndFilter(GL_LINEAR);
    return texture;
}

void fullScreenPass() { glDrawArrays(GL_TRIANGLES, 0, 3); }

}  // namespace

HeatmapRenderer::HeatmapRenderer()
    : splat_(shaderText(shader_heat_splat_vert), shaderText(shader_heat_splat_frag)),
      downsample_(shaderText(shader_heat_fullscreen_vert), shaderText(shader_heat_downsample_frag)),
      blur_(shaderText(shader_heat_fullscreen_vert), shaderText(shader_heat_blur_frag)),
      maximum_(shaderText(shader_heat_fullscreen_vert), shaderText(shader_heat_max_frag)),
      ramp_(shaderText(shader_heat_fullscreen_vert), shaderText(shader_heat_ramp_frag)) {
    uSplatWorldToClip_ = splat_.uniform("u_worldToClip");
    uDownsampleSource_ = downsample_.uniform("u_source");
    uBlurSource_ = blur_.uniform("u_source");
    uBlurStep_ = blur_.uniform("u_step");
    uBlurRadius_ = blur_.uniform("u_radius");
    uBlurWeights_ = blur_.uniform("u_weights");
    uMaxSource_ = maximum_.uniform("u_source");
    uRampDensity_ = ramp_.uniform("u_density");
    uRampMaximum_ = ramp_.uniform("u_maximum");
    uRampTexture_ = ramp_.uniform("u_ramp");
    uRampOpacity_ = ramp_.uniform("u_opacity");

    halfFloat_ = enableFloatTargets() && halfFloatTargetWorks();
    if (!halfFloat_) {
        emscripten_log(EM_LOG_WARN, "heat map: no half-float render target (EXT_color_buffer_float); using RGBA8");
    }
    rampTexture_ = makeRampTexture();

    glGenVertexArrays(1, &pointVao_);
    glGenVertexArrays(1, &emptyVao_);  // the full-screen passes make their vertices from gl_VertexID
    glGenBuffers(1, &pointBuffer_);
    glBindVertexArray(pointVao_);
    glBindBuffer(GL_ARRAY_BUFFER, pointBuffer_);
    glEnableVertexAttribArray(0);
    glVertexAttribPointer(0, 3, GL_FLOAT, GL_FALSE, 3 * sizeof(float), nullptr);
    glBindVertexArray(0);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
}

HeatmapRenderer::~HeatmapRenderer() {
    for (Target& t : levels_) release(t);
    for (Target& t : reductions_) release(t);
    release(across_);
    release(density_);
    const GLuint arrays[] = {pointVao_, emptyVao_};
    glDeleteVertexArrays(2, arrays);
    glDeleteBuffers(1, &pointBuffer_);
    glDeleteTextures(1, &rampTexture_);
}

void HeatmapRenderer::setPoints(const std::vector<glm::dvec2>& positions, const std::vector<double>& weights) {
    double total = 0;
    for (double w : weights) total += w;
    const double n = static_cast<double>(positions.size());
    // Weights scaled to the target's range (see the header).
    const double scale = total <= 0 ? 0
                         : halfFloat_ ? std::min(n, kHalfFloatWeightBudget) / total
                                      : n / (total * kByteSteps);
    std::vector<float> data;
    data.reserve(positions.size() * 3);
    for (size_t i = 0; i < positions.size(); ++i) {
        data.insert(data.end(), {static_cast<float>(positions[i].x), static_cast<float>(positions[i].y),
                                 static_cast<float>(weights[i] * scale)});
    }
    glBindBuffer(GL_ARRAY_BUFFER, pointBuffer_);
    glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(data.size() * sizeof(float)), data.data(), GL_STATIC_DRAW);
    glBindBuffer(GL_ARRAY_BUFFER, 0);
    pointCount_ = static_cast<GLsizei>(positions.size());
    ++pointsVersion_;
}

void HeatmapRenderer::allocate(Target& target, glm::ivec2 size) {
    if (target.texture && target.size == size) return;
    if (!target.texture) {
        glGenTextures(1, &target.texture);
        glGenFramebuffers(1, &target.framebuffer);
    }
    target.size = size;
    glBindTexture(GL_TEXTURE_2D, target.texture);
    specifyTexture(halfFloat_, size);
    clampAndFilter(GL_LINEAR);  // only the density is sampled filtered; the rest use texelFetch
    glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
    glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, target.texture, 0);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

void HeatmapRenderer::release(Target& target) {
    glDeleteFramebuffers(1, &target.framebuffer);
    glDeleteTextures(1, &target.texture);
    target = {};
}

void HeatmapRenderer::bindTarget(const Target& target) {
    glBindFramebuffer(GL_FRAMEBUFFER, target.framebuffer);
    glViewport(0, 0, target.size.x, target.size.y);
}

void HeatmapRenderer::draw(const geo::MapView& view, GLuint target, glm::ivec2 pixels, double bandwidthKm, float opacity) {
    if (pointCount_ == 0 || pixels.x <= 0 || pixels.y <= 0) return;
    glDisable(GL_SCISSOR_TEST);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_CULL_FACE);
    if (splattedVersion_ != pointsVersion_ || splattedCentre_ != view.centre() || splattedKmPerPixel_ != view.kmPerPixel() ||
        splattedPixels_ != pixels) {
        splat(view, pixels);
    }
    if (blurredSplat_ != splats_ || blurredBandwidth_ != bandwidthKm) {
        // The kernel in target pixels, and the level where it is at most kMaxBlurSigmaTexels wide.
        const double sigmaPixels = bandwidthKm / view.kmPerPixel() * (pixels.x / view.viewport().x);
        int level = 0;
        while (sigmaPixels / std::ldexp(1.0, level) > kMaxBlurSigmaTexels &&
               std::min(pixels.x, pixels.y) / std::ldexp(1.0, level + 1) >= kMinLevelSize) {
            ++level;
        }
        const double cell = std::ldexp(1.0, level);
        // Summing 2^level pixels square already spread the mass like a box of that width
        // (variance (cell^2 - 1) / 12): the blur adds only what is missing.
        const double missing = sigmaPixels * sigmaPixels - (cell * cell - 1.0) / 12.0;
        const double sigmaTexels = std::max(std::sqrt(std::max(missing, 0.0)) / cell, kMinBlurSigmaTexels);
        blur(levelFor(level), sigmaTexels);
        reduceToMaximum();
        blurredSplat_ = splats_;
        blurredBandwidth_ = bandwidthKm;
        ++blurs_;
    }
    composite(target, pixels, opacity);
}

void HeatmapRenderer::splat(const geo::MapView& view, glm::ivec2 pixels) {
    if (levels_.empty()) levels_.emplace_back();
    allocate(levels_[0], pixels);
    bindTarget(levels_[0]);
    glClearColor(0, 0, 0, 0);
    glClear(GL_COLOR_BUFFER_BIT);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFunc(GL_ONE, GL_ONE);
    glUseProgram(splat_.id());
    const glm::mat4 m = view.worldToClip();
    glUniformMatrix4fv(uSplatWorldToClip_, 1, GL_FALSE, &m[0][0]);
    glBindVertexArray(pointVao_);
    glDrawArrays(GL_POINTS, 0, pointCount_);
    glBindVertexArray(0);
    glDisable(GL_BLEND);
    levelsReady_ = 1;
    splattedVersion_ = pointsVersion_;
    splattedCentre_ = view.centre();
    splattedKmPerPixel_ = view.kmPerPixel();
    splattedPixels_ = pixels;
    ++splats_;
}

const HeatmapRenderer::Target& HeatmapRenderer::levelFor(int level) {
    if (static_cast<int>(levels_.size()) <= level) levels_.resize(static_cast<size_t>(level) + 1);
    if (levelsReady_ > level) return levels_[static_cast<size_t>(level)];
    glUseProgram(downsample_.id());
    glUniform1i(uDownsampleSource_, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(emptyVao_);
    for (int i = levelsReady_; i <= level; ++i) {
        const Target& finer = levels_[static_cast<size_t>(i) - 1];
        allocate(levels_[static_cast<size_t>(i)], (finer.size + 1) / 2);
        bindTarget(levels_[static_cast<size_t>(i)]);
        glBindTexture(GL_TEXTURE_2D, finer.texture);
        fullScreenPass();
    }
    glBindVertexArray(0);
    levelsReady_ = level + 1;
    return levels_[static_cast<size_t>(level)];
}

void HeatmapRenderer::blur(const Target& source, double sigmaTexels) {
    const int radius = std::min(kMaxTaps - 1, static_cast<int>(std::ceil(3.0 * sigmaTexels)));
    float weights[kMaxTaps] = {};
    double sum = 0;
    for (int i = 0; i <= radius; ++i) {
        weights[i] = static_cast<float>(std::exp(-0.5 * i * i / (sigmaTexels * sigmaTexels)));
        sum += i == 0 ? weights[i] : 2.0 * weights[i];
    }
    // Half floats: the kernel sums to 1, so the density never exceeds the weights' total. RGBA8: the
    // kernel peaks at 1, so a lone point keeps its one step instead of vanishing below 1/255.
    if (halfFloat_) {
        for (float& w : weights) w = static_cast<float>(w / sum);
    }
    allocate(across_, source.size);
    allocate(density_, source.size);
    glUseProgram(blur_.id());
    glUniform1i(uBlurSource_, 0);
    glUniform1i(uBlurRadius_, radius);
    glUniform1fv(uBlurWeights_, kMaxTaps, weights);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(emptyVao_);
    const std::pair<const Target*, const Target*> passes[] = {{&source, &across_}, {&across_, &density_}};
    for (size_t pass = 0; pass < 2; ++pass) {
        bindTarget(*passes[pass].second);
        glBindTexture(GL_TEXTURE_2D, passes[pass].first->texture);
        glUniform2i(uBlurStep_, pass == 0 ? 1 : 0, pass == 0 ? 0 : 1);
        fullScreenPass();
    }
    glBindVertexArray(0);
}

void HeatmapRenderer::reduceToMaximum() {
    glUseProgram(maximum_.id());
    glUniform1i(uMaxSource_, 0);
    glActiveTexture(GL_TEXTURE0);
    glBindVertexArray(emptyVao_);
    // Indices, not pointers: growing reductions_ moves its elements.
    size_t count = 0;
    for (glm::ivec2 size = density_.size; size != glm::ivec2(1); ++count) {
        size = (size + kReductionFactor - 1) / kReductionFactor;
        if (reductions_.size() <= count) reductions_.emplace_back();
        allocate(reductions_[count], size);
        bindTarget(reductions_[count]);
        glBindTexture(GL_TEXTURE_2D, count == 0 ? density_.texture : reductions_[count - 1].texture);
        fullScreenPass();
    }
    while (reductions_.size() > count) {  // a smaller density needs fewer steps
        release(reductions_.back());
        reductions_.pop_back();
    }
    glBindVertexArray(0);
}

double HeatmapRenderer::readMaximum() {
    const Target& maximum = reductions_.empty() ? density_ : reductions_.back();
    if (!maximum.framebuffer) return 0;
    glBindFramebuffer(GL_FRAMEBUFFER, maximum.framebuffer);
    double value = 0;
    if (halfFloat_) {
        float texel[4] = {};
        glReadPixels(0, 0, 1, 1, GL_RGBA, GL_FLOAT, texel);
        value = texel[0];
    } else {
        uint8_t texel[4] = {};
        glReadPixels(0, 0, 1, 1, GL_RGBA, GL_UNSIGNED_BYTE, texel);
        value = texel[0] / 255.0;
    }
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
    return value;
}

void HeatmapRenderer::composite(GLuint target, glm::ivec2 pixels, float opacity) {
    const Target& maximum = reductions_.empty() ? density_ : reductions_.back();
    glBindFramebuffer(GL_FRAMEBUFFER, target);
    glViewport(0, 0, pixels.x, pixels.y);
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    // Colour over the map; the map's alpha stays 1 (the panel blends the image over the window).
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ZERO, GL_ONE);
    glUseProgram(ramp_.id());
    glActiveTexture(GL_TEXTURE0);
    glBindTexture(GL_TEXTURE_2D, density_.texture);
    glActiveTexture(GL_TEXTURE1);
    glBindTexture(GL_TEXTURE_2D, maximum.texture);
    glActiveTexture(GL_TEXTURE2);
    glBindTexture(GL_TEXTURE_2D, rampTexture_);
    glUniform1i(uRampDensity_, 0);
    glUniform1i(uRampMaximum_, 1);
    glUniform1i(uRampTexture_, 2);
    glUniform1f(uRampOpacity_, opacity);
    glBindVertexArray(emptyVao_);
    fullScreenPass();
    glBindVertexArray(0);
    glActiveTexture(GL_TEXTURE0);
    glDisable(GL_BLEND);
    glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

}  // namespace wb::render
