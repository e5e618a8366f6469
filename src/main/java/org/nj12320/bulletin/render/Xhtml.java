package org.nj12320.bulletin.render;

/** The text of an XHTML page without its tags, for checks over every printed character. */
public final class Xhtml {
    private Xhtml() {
    }

    public static String text(String xhtml) {
        int body = xhtml.indexOf("<body");
        String s = body < 0 ? xhtml : xhtml.substring(body);
        return s.replaceAll("<[^>]*>", " ").replaceAll("&[a-zA-Z#0-9]+;", " ");
    }
}
