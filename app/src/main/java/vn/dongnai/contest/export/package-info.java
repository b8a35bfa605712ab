/**
 * Spreadsheet downloads for every feature: a table streamed row by row as .xlsx or CSV
 * ({@link vn.dongnai.contest.export.TableWriter}, {@link vn.dongnai.contest.export.ExportFormat}),
 * started on a blocking thread and handed to the response through a bounded pipe
 * ({@link vn.dongnai.contest.export.TableDownloads}, {@link vn.dongnai.contest.export.ExportPipe}),
 * multi-sheet workbooks ({@link vn.dongnai.contest.export.XlsxStream}), and text cells passed
 * through the one formula guard. Holds no feature's data.
 */
package vn.dongnai.contest.export;
