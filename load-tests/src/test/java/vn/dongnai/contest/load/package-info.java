/**
 * Load tests: Gatling simulations of contestants (registration wave, synchronized start,
 * submissions, leaderboard readers, a mixed day) and {@link vn.dongnai.contest.load.LoadRun},
 * which starts the platform, runs one simulation and summarises what it cost the server.
 */
package vn.dongnai.contest.load;
