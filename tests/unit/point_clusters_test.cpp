#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <random>

#include "geo/point_clusters.h"

using namespace wb::geo;

TEST(PointClusters, MergesPointsOfOneCellAtTheirMeanPosition) {
    const std::vector<glm::dvec2> points = {{0.2, 0.2}, {0.8, 0.4}, {1.5, 0.5}, {0.5, 0.9}};
    const PointClustering c = clusterPoints(points, {}, 1.0);
    ASSERT_EQ(c.clusters.size(), 2u);
    EXPECT_EQ(c.clusters[0].count, 3u);
    EXPECT_NEAR(c.clusters[0].centre.x, 0.5, 1e-12);
    EXPECT_NEAR(c.clusters[0].centre.y, 0.5, 1e-12);
    EXPECT_EQ(c.clusters[1].count, 1u);
    EXPECT_EQ(c.clusters[1].centre, glm::dvec2(1.5, 0.5));
    EXPECT_EQ(c.clusterOfPoint, (std::vector<uint32_t>{0, 0, 1, 0}));
    EXPECT_EQ(c.clusters[0].dominantCategory, -1);  // no categories given
}

TEST(PointClusters, CellsAreAnchoredAtTheOriginOnBothSides) {
    // -0.5 and 0.5 lie in different cells; -0.5 and -0.2 in the same one (floor, not truncation).
    EXPECT_EQ(clusterPoints({{-0.5, 0.1}, {0.5, 0.1}}, {}, 1.0).clusters.size(), 2u);
    EXPECT_EQ(clusterPoints({{-0.5, -0.1}, {-0.2, -0.9}}, {}, 1.0).clusters.size(), 1u);
    // A point on a cell edge belongs to the cell above/right of it.
    const PointClustering edge = clusterPoints({{1.0, 0.5}, {1.2, 0.5}, {0.9, 0.5}}, {}, 1.0);
    EXPECT_EQ(edge.clusterOfPoint, (std::vector<uint32_t>{0, 0, 1}));
}

TEST(PointClusters, DominantCategoryIsTheMostFrequentAndTheLowestOnATie) {
    const std::vector<glm::dvec2> points = {{0.1, 0.1}, {0.2, 0.1}, {0.3, 0.1}, {5.1, 0.1}, {5.2, 0.1}, {9.5, 0.5}};
    const std::vector<int> categories = {4, 2, 4, 7, 3, -1};
    const PointClustering c = clusterPoints(points, categories, 1.0);
    ASSERT_EQ(c.clusters.size(), 3u);
    EXPECT_EQ(c.clusters[0].dominantCategory, 4);
    EXPECT_EQ(c.clusters[1].dominantCategory, 3);   // 7 and 3 once each
    EXPECT_EQ(c.clusters[2].dominantCategory, -1);  // its only point has no category
}

TEST(PointClusters, SkipsBrokenPositionsAndKeepsPointsApartWithoutACellSize) {
    const std::vector<glm::dvec2> points = {{0.1, 0.1}, {std::nan(""), 0.0}, {0.1, 0.1}};
    const PointClustering merged = clusterPoints(points, {}, 10.0);
    ASSERT_EQ(merged.clusters.size(), 1u);
    EXPECT_EQ(merged.clusters[0].count, 2u);
    EXPECT_EQ(merged.clusterOfPoint[1], PointClustering::kNoCluster);
    for (double size : {0.0, -1.0, std::nan("")}) {
        const PointClustering apart = clusterPoints(points, {1, 1, 1}, size);
        EXPECT_EQ(apart.clusters.size(), 2u);
        EXPECT_EQ(apart.clusters[1].dominantCategory, 1);
    }
}

TEST(PointClusters, HundredThousandPointsFastEnoughForEveryZoomStep) {
    std::mt19937 random(7);
    std::uniform_real_distribution<double> x(-150.0, 130.0), y(-160.0, 150.0);  // the RD extent of the country
    std::vector<glm::dvec2> points(100000);
    std::vector<int> categories(points.size());
    for (size_t i = 0; i < points.size(); ++i) {
        points[i] = {x(random), y(random)};
        categories[i] = static_cast<int>(random() % 12);
    }
    for (double cell : {0.5, 2.0, 10.0, 50.0}) {
        PointClustering c;
        double ms = 1e9;  // the best of a few runs: the first pays for fresh memory pages
        for (int run = 0; run < 5; ++run) {
            const auto started = std::chrono::steady_clock::now();
            c = clusterPoints(points, categories, cell);
            ms = std::min(ms, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        }
        uint64_t total = 0;
        for (const PointCluster& cluster : c.clusters) total += cluster.count;
        EXPECT_EQ(total, points.size());
        std::printf("[ perf     ] 100000 points, %g km cells: %zu clusters in %.2f ms\n", cell, c.clusters.size(), ms);
    }
}
