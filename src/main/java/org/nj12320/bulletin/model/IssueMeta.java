package org.nj12320.bulletin.model;

import java.time.LocalDate;

/**
 * What the masthead and the PDF's document information say about an issue.
 *
 * @param bulletin  the bulletin's name, 南京卫生信息
 * @param publisher who prints it, 南京市卫生信息中心
 * @param period    the month or year the figures cover
 * @param printed   the date printed on the masthead
 * @param number    the issue number within its year (期号), or null when the issue has none
 * @param ref       where the manifest names the print date
 */
public record IssueMeta(
        String bulletin, String publisher, Period period, LocalDate printed, Integer number, SourceRef ref) {}
