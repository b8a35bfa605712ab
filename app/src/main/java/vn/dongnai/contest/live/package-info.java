/**
 * The live view of a round (theo dõi trực tiếp): registrations and attempts per minute, score
 * distribution, per-question statistics that point at a wrong key, and the regrade after a key fix.
 */
package vn.dongnai.contest.live;
