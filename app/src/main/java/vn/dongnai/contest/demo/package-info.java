/**
 * The first start of a demo deployment ({@code contest.demo.enabled}): the committed question bank
 * imported, Đồng Nai's demo contest with an open round, and the unit list seeded from the province's plans.
 */
package vn.dongnai.contest.demo;
