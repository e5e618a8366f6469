package org.nj12320.bulletin.render;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/** Checks over the XHTML page the templates made, before it is laid out. */
public final class Xhtml {
    /** The attributes through which a renderer loads something: an image, an object, a style sheet, a link. */
    private static final Pattern LOADING_ATTRIBUTE = Pattern.compile(
            "\\s(?:src|href|data|poster|background|xlink:href)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern STYLE_ATTRIBUTE =
            Pattern.compile("\\sstyle\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);

    /** What a style sheet loads: {@code url(…)} and {@code @import "…"}. */
    private static final Pattern CSS_REFERENCE =
            Pattern.compile("url\\(\\s*[\"']?([^)\"']+)|@import\\s+[\"']([^\"']+)", Pattern.CASE_INSENSITIVE);

    private Xhtml() {}

    /**
     * Every reference to something outside the page that the renderer would load (an image, a style sheet,
     * a font, a link) as an error: the PDF is made from the page and the project's fonts alone. Only the
     * markup is looked at, never the text: prose may well mention {@code url(…)}. Each is blamed on the data
     * file it came from when an editor wrote it, else on the templates.
     *
     * @param texts the issue's texts, with where each was written
     */
    public static List<Problem> externalReferences(String xhtml, SourceRef templates, List<LocatedText> texts) {
        Set<String> found = new LinkedHashSet<>();
        int i = 0;
        while (i < xhtml.length()) {
            int lt = xhtml.indexOf('<', i);
            if (lt < 0) {
                break;
            }
            if (xhtml.startsWith("<!--", lt)) {
                int end = xhtml.indexOf("-->", lt);
                i = end < 0 ? xhtml.length() : end + 3;
                continue;
            }
            int gt = xhtml.indexOf('>', lt);
            if (gt < 0) {
                break;
            }
            String tag = xhtml.substring(lt, gt + 1);
            if (!ownStylesheet(tag) && !webAddress(tag)) {
                collect(LOADING_ATTRIBUTE.matcher(tag), found, false);
            }
            Matcher style = STYLE_ATTRIBUTE.matcher(tag);
            while (style.find()) {
                collect(CSS_REFERENCE.matcher(style.group(1) != null ? style.group(1) : style.group(2)), found, true);
            }
            i = gt + 1;
            if (tag.regionMatches(true, 0, "<style", 0, 6)) {
                int end = xhtml.indexOf("</style>", i);
                end = end < 0 ? xhtml.length() : end;
                collect(CSS_REFERENCE.matcher(xhtml.substring(i, end)), found, true);
                i = end;
            }
        }
        List<Problem> out = new ArrayList<>();
        for (String ref : found) {
            SourceRef where = texts.stream()
                    .filter(t -> t.text().contains(ref))
                    .map(LocatedText::ref)
                    .findFirst()
                    .orElse(null);
            out.add(
                    where == null
                            ? Problem.error(
                                    templates,
                                    "模板引用了外部资源“" + ref + "”，排版时不会加载",
                                    "本刊不从网络或项目之外读取任何文件；删去该引用（图片、样式表、字体），样式写进 style/print.css")
                            : Problem.error(
                                    where,
                                    "这里写的“" + ref + "”被模板当作要加载的外部资源，排版时不会加载",
                                    "本刊不从网络或项目之外读取任何文件；改写这段文字，或改正把它放进链接或图片的模板"));
        }
        return out;
    }

    private static final Pattern STYLESHEET_LINK = Pattern.compile(
            "<link\\s+rel=\"stylesheet\"\\s+href=\"([A-Za-z0-9_\\-]+/)*[A-Za-z0-9_\\-]+\\.css\"\\s*/?>");

    /**
     * The printed edition's link to its stylesheet in the templates folder ({@code style/print.css}), which the
     * layout reads from there: a relative path of plain names, nothing that leaves the folder.
     */
    private static boolean ownStylesheet(String tag) {
        return STYLESHEET_LINK.matcher(tag).matches();
    }

    /**
     * A web address an article gives, as the web edition links it: followed only when a reader clicks it,
     * never loaded.
     */
    private static final Pattern WEB_ADDRESS = Pattern.compile("<a class=\"url\" href=\"https?://[^\"<>]*\">");

    private static boolean webAddress(String tag) {
        return tag.startsWith("<a ") && WEB_ADDRESS.matcher(tag).matches();
    }

    private static void collect(Matcher m, Set<String> found, boolean css) {
        while (m.find()) {
            String value = m.group(1) != null ? m.group(1) : m.group(2);
            if (value != null && !value.isBlank() && !value.strip().startsWith("#")) {
                found.add(css ? value.strip() : Xml.unescape(value).strip());
            }
        }
    }

    public static String text(String xhtml) {
        int body = xhtml.indexOf("<body");
        String s = body < 0 ? xhtml : xhtml.substring(body);
        return s.replaceAll("<[^>]*>", " ").replaceAll("&[a-zA-Z#0-9]+;", " ");
    }
}
