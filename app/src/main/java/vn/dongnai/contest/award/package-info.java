/**
 * Awards (giải thưởng): prize rules per round and per contest, the committee's workflow from a
 * frozen ranking to signed and published winners, collective prizes for units, the public winners
 * list, a contestant's own results, and the winners and ranking exports. The rules themselves are
 * plain Java: who wins ({@link vn.dongnai.contest.award.PrizeAllocation},
 * {@link vn.dongnai.contest.award.CollectivePrizes}), which step a decision may take
 * ({@link vn.dongnai.contest.award.AwardDecisionLifecycle}) and which prize places wait for the
 * review queue ({@link vn.dongnai.contest.award.PrizeFlagRule}); the services read and write the data.
 */
package vn.dongnai.contest.award;
