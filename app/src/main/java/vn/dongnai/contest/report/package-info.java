/**
 * The final report (báo cáo tổng kết) of a contest or one of its rounds: one set of figures read
 * from MySQL, written as an .xlsx workbook, a Word document with charts, and a public results page
 * without personal data.
 */
package vn.dongnai.contest.report;
