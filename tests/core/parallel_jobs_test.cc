#include "core/learn/parallel_jobs.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <vector>

namespace kgraph {
namespace {

TEST(RunParallelJobs, RunsEveryJobOnceWhateverTheThreadCount) {
  for (int threads : {0, 1, 2, 7, 100}) {
    std::vector<int> runs(23, 0);
    std::vector<std::function<void()>> jobs;
    for (std::size_t j = 0; j < runs.size(); ++j) jobs.push_back([&runs, j] { ++runs[j]; });
    RunParallelJobs(jobs, threads);
    EXPECT_EQ(runs, std::vector<int>(runs.size(), 1)) << threads << " threads";
  }
  RunParallelJobs({}, 4);  // nothing to do is fine
}

TEST(RunParallelJobs, RethrowsAFailureAfterTheOtherJobsFinish) {
  std::vector<int> runs(6, 0);
  std::vector<std::function<void()>> jobs;
  for (std::size_t j = 0; j < runs.size(); ++j) {
    jobs.push_back([&runs, j] {
      ++runs[j];
      if (j == 2) throw std::runtime_error("job 2 failed");
    });
  }
  EXPECT_THROW(RunParallelJobs(jobs, 2), std::runtime_error);
  EXPECT_EQ(runs, std::vector<int>(runs.size(), 1));
}

}  // namespace
}  // namespace kgraph
