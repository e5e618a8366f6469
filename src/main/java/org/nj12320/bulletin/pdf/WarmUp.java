package org.nj12320.bulletin.pdf;

import java.time.ZonedDateTime;
import java.util.List;

import org.nj12320.bulletin.model.BulletinException;

/**
 * Lays out a small page and throws the result away, so that the classes of layout and PDF writing are loaded
 * and compiled before the real pages need them. Meant for a second thread at start-up.
 */
public final class WarmUp {
    /** A small page with what the bulletin's pages hold: a heading, text, a table with a header. */
    private static final String SAMPLE =
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>样张</title>"
                    + "<style>body{font-family:'Noto Serif SC';text-align:justify}h1,th{font-family:'Noto Sans SC';font-weight:bold}"
                    + "table{border-collapse:collapse;-fs-table-paginate:paginate}td,th{border:0.5pt solid #333}</style></head><body>"
                    + "<h1>南京卫生信息</h1><p>2023\u2005年，全国卫生健康信息化发展指数发布。</p><table><caption>表</caption>"
                    + "<thead><tr><th>单位</th><th>数量</th></tr></thead><tbody><tr><td>中心</td><td>1</td></tr></tbody></table></body></html>";

    private WarmUp() {}

    /** Any failure is of no consequence and is ignored: only time was at stake. */
    public static void run(FontSet fonts) {
        try {
            new PdfMaker(fonts, "")
                    .make(
                            SAMPLE,
                            new DocumentInfo(ZonedDateTime.parse("2000-01-01T00:00Z"), "warm-up"),
                            List.of(new PdfMaker.Attachment(
                                    "warm-up.csv", "warm-up", "text/csv", new byte[] {49, 13, 10})));
        } catch (BulletinException | RuntimeException e) {
            // only time was at stake
        }
    }
}
