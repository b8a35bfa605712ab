/**
 * The final report (báo cáo tổng kết) of a contest or one of its rounds: one set of figures read
 * from MySQL (the read replica when there is one), written as an .xlsx workbook and a Word
 * document with charts for staff, and shown as a published contest's public results page without
 * personal data (cached briefly on each node).
 */
package vn.dongnai.contest.report;
