package org.nj12320.bulletin.testing;

import java.time.ZonedDateTime;
import java.util.List;

import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.pdf.DocumentInfo;
import org.nj12320.bulletin.pdf.FontSet;
import org.nj12320.bulletin.pdf.PdfMaker;
import org.nj12320.bulletin.print.PrintPage;
import org.nj12320.bulletin.render.CjkSpacing;

/** A page made for a test, from its body and stylesheet, printed as the printed edition is. */
public final class Printing {
    private Printing() {}

    /** The page of a body (XHTML) under a stylesheet, as the layout's document. */
    public static Layout.Document document(FontSet fonts, String css, String body) throws BulletinException {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>测试</title>"
                + "<link rel=\"stylesheet\" href=\"style/print.css\"/></head><body>" + body + "</body></html>";
        MemoryFolder templates = new MemoryFolder("templates").put("style/print.css", css);
        return PrintPage.of(CjkSpacing.inXhtml(xhtml), templates, fonts);
    }

    /** The PDF of such a page. */
    public static byte[] pdf(FontSet fonts, String css, String body) throws BulletinException {
        return new PdfMaker(fonts)
                .make(
                        document(fonts, css, body),
                        body,
                        new DocumentInfo(ZonedDateTime.parse("2023-04-27T00:00+08:00"), "test"),
                        List.of())
                .bytes();
    }
}
