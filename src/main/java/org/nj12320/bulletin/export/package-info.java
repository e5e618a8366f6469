/**
 * An issue's computed tables as spreadsheets, for editors to hand on or to start next month's from: each table
 * as a CSV file and all of them as one workbook, with 序号, 小计 and 合计 as printed, laid out so that the
 * tool reads them back as a table's rows.
 */
package org.nj12320.bulletin.export;
