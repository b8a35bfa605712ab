/**
 * Staff per contest: who may act on which contest. ADMIN (and the support desk) are platform-wide;
 * organizers and the committee act on the contests they are granted, one by one or through a
 * contest's organizing unit (đơn vị tổ chức). One filter applies it to every organizer-API route
 * that names a contest or a round; the grants it reads are cached per node and dropped on every
 * node when they change.
 */
package vn.dongnai.contest.staff;
