package org.nj12320.bulletin.print;

import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.pdf.FontSet;
import org.nj12320.bulletin.testing.MemoryFolder;

/** Pages made in the tests: a body under a stylesheet, mapped onto the layout as the build maps the issue. */
final class PrintPages {
    private PrintPages() {}

    /** The page of a body under a stylesheet, with the template that made it (for problems at its lines). */
    static Layout.Document map(String css, String body, FontSet fonts) throws BulletinException {
        String page = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>t</title>"
                + "<link rel=\"stylesheet\" href=\"style/print.css\"/></head><body>" + body + "</body></html>";
        MemoryFolder templates = new MemoryFolder("templates")
                .put("style/print.css", css)
                .put("print.ftlx", "<#ftl output_format=\"XHTML\">\n<html>\n<body>\n" + body + "\n</body>\n</html>\n");
        return PrintPage.of(page, templates, fonts);
    }
}
