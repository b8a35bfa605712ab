/**
 * Awards (giải thưởng): prize rules per round and per contest, the committee's workflow from a
 * frozen ranking to signed and published winners, collective prizes for units, the public winners
 * list, a contestant's own results, and the winners and ranking exports.
 */
package vn.dongnai.contest.award;
