/**
 * Spreadsheet files in and out: the cells of a sheet of an {@code .xlsx} workbook or of a CSV file, as the
 * spreadsheet holds them, and tables written as CSV and {@code .xlsx}; the spreadsheet libraries are used here
 * only, and their classes are loaded only for an issue that has a spreadsheet.
 */
package org.nj12320.bulletin.sheet;
