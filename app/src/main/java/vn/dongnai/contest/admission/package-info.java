/**
 * Admission past capacity: every request is sorted into a lane by what it is for (an attempt in
 * progress first, then starts, public reads, sign-in), lower lanes are refused first and at once,
 * refused starts and sign-ins get a fair place in a waiting room kept in Redis, a start of a new
 * attempt also needs one of the platform's seats (people mid-attempt it carries) and waits in the same
 * room while none is free, and refused public reads are answered from a few seconds' cache marked as such.
 */
package vn.dongnai.contest.admission;
