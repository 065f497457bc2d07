#include "io/feature_reader.h"

namespace wb::io {
namespace {

class OneGoReader : public FeatureReader {
public:
    explicit OneGoReader(std::function<FeatureSet()> read) : read_(std::move(read)) {}
    bool read(ImportClock::time_point) override {
        features_ = read_();
        read_ = nullptr;
        return true;
    }
    double progress() const override { return read_ ? 0 : 1; }
    FeatureSet take() override { return std::move(features_); }

private:
    std::function<FeatureSet()> read_;
    FeatureSet features_;
};

}  // namespace

std::unique_ptr<FeatureReader> readInOneGo(std::function<FeatureSet()> read) {
    return std::make_unique<OneGoReader>(std::move(read));
}

FeatureSet readToEnd(FeatureReader& reader) {
    while (!reader.read(ImportClock::time_point::max())) {
    }
    return reader.take();
}

}  // namespace wb::io
