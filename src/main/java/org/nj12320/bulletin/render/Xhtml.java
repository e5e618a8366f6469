package org.nj12320.bulletin.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/** Checks over the XHTML page the templates made, before it is laid out. */
public final class Xhtml {
    private static final Pattern REFERENCE = Pattern.compile(
            "(?:\\s(?:src|href|data)\\s*=\\s*[\"']([^\"'#][^\"']*)[\"'])|(?:url\\(\\s*[\"']?([^)\"']+))|(?:@import\\s+[\"']([^\"']+))",
            Pattern.CASE_INSENSITIVE);

    private Xhtml() {}

    /**
     * Every reference to something outside the page (an image, a style sheet, a font, a link) as an error:
     * the PDF is made from the page and the project's fonts alone.
     */
    public static List<Problem> externalReferences(String xhtml, SourceRef templates) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = REFERENCE.matcher(xhtml);
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    found.add(m.group(g).strip());
                }
            }
        }
        List<Problem> out = new ArrayList<>();
        for (String ref : found) {
            out.add(Problem.error(
                    templates,
                    "模板引用了外部资源“" + ref + "”，排版时不会加载",
                    "本刊不从网络或项目之外读取任何文件；删去该引用（图片、样式表、字体），样式写进 style/print.css"));
        }
        return out;
    }

    public static String text(String xhtml) {
        int body = xhtml.indexOf("<body");
        String s = body < 0 ? xhtml : xhtml.substring(body);
        return s.replaceAll("<[^>]*>", " ").replaceAll("&[a-zA-Z#0-9]+;", " ");
    }
}
