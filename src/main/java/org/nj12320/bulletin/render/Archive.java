package org.nj12320.bulletin.render;

import java.util.List;

/**
 * What the archive's index page lists: the issues by year, newest first, each with the files it was published
 * as. Made by the command that writes the archive; the page's layout is {@code templates/site.ftlx}.
 *
 * @param title the name of the bulletin, which heads the page
 * @param by    the years, newest first
 */
public record Archive(String title, String publisher, List<Year> by) {
    /** The issues of one year, newest first. */
    public record Year(int year, List<Entry> issues) {}

    /**
     * An issue.
     *
     * @param id      its period as the folders name it: {@code 2023-03}, {@code 2024}
     * @param label   its period in words: 2023 年 3 月, 2024 年度
     * @param annual  whether it is an annual review
     * @param printed its print date in words
     * @param number  its number in the year of printing, when it has one
     * @param contents what it holds, in the order printed: its leading articles' titles and its parts' headings
     * @param links   its printed edition, its web edition and its workbook
     * @param tables  each of its tables as a CSV file
     */
    public record Entry(
            String id,
            String label,
            boolean annual,
            String printed,
            Integer number,
            List<String> contents,
            List<Link> links,
            List<Link> tables) {}

    /**
     * A file of an issue.
     *
     * @param kind  what it is, in words: PDF, 网页版, 数据
     * @param href  where it is, relative to the index page
     * @param about its size or what it holds, in words
     */
    public record Link(String kind, String href, String about) {}
}
