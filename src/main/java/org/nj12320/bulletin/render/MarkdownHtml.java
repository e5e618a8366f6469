package org.nj12320.bulletin.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.nj12320.bulletin.compute.NumberFormats;

/**
 * Turns the Markdown an editor writes into the bulletin's XHTML. Only what a bulletin needs is kept:
 * paragraphs, bold and italic, subheads (headings one level below the article's title), quoted passages,
 * and lists (a numbered list is numbered 一、二、…); a link prints its words and its address, as print must,
 * and an address is marked as one; raw HTML is printed as text, never passed through, and a line break inside
 * a paragraph joins Chinese text without a space. (Pictures and tables are errors before this: see
 * {@code compute.ArticleMarkup}.)
 */
final class MarkdownHtml {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownHtml() {}

    /** The Markdown's XHTML for print, its own headings at level 4. */
    static String toHtml(String markdown) {
        return toHtml(markdown, 4, false);
    }

    static String toHtml(String markdown, int headingLevel) {
        return toHtml(markdown, headingLevel, false);
    }

    /**
     * @param headingLevel the level of the Markdown's own headings (a subhead of an article is one level below
     *                     the article's title), so that the PDF's and the page's outline of headings has no gap
     */
    /** @param links whether a web address is a link (the web edition), or its text alone (print) */
    static String toHtml(String markdown, int headingLevel, boolean links) {
        Node doc = PARSER.parse(besideMarks(markdown));
        StringBuilder sb = new StringBuilder();
        doc.accept(new Writer(sb, Math.max(2, Math.min(6, headingLevel)), links));
        return sb.toString();
    }

    /** Put beside a {@code **} that touches a mark: a character that is neither space nor punctuation. */
    private static final char JOINER = '\u2060';

    /**
     * Bold in Chinese text as an editor writes it. CommonMark lets {@code **} open only where it is not followed
     * by punctuation unless preceded by a space or punctuation, and close the other way round; Chinese, without
     * spaces, breaks this whenever bold text starts or ends with a mark ({@code 新增**“检查检验报告查询”**功能}
     * stays as asterisks) or pairs the wrong ones ({@code 上线**《健康南京》**客户端，**“一键预约”**}). A word
     * joiner put between each {@code **} and a Chinese mark it touches makes every such {@code **} able to open
     * and to close, so that they pair in order, as the editor meant; the joiners are taken out of the text again.
     */
    static String besideMarks(String markdown) {
        if (markdown.indexOf("**") < 0) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown.length() + 16);
        int n = markdown.length();
        for (int i = 0; i < n; i++) {
            char c = markdown.charAt(i);
            boolean pair = c == '*'
                    && i + 1 < n
                    && markdown.charAt(i + 1) == '*'
                    && (i == 0 || markdown.charAt(i - 1) != '*')
                    && (i + 2 >= n || markdown.charAt(i + 2) != '*');
            if (!pair) {
                out.append(c);
                continue;
            }
            if (i > 0 && isMark(markdown.charAt(i - 1))) {
                out.append(JOINER);
            }
            out.append("**");
            if (i + 2 < n && isMark(markdown.charAt(i + 2))) {
                out.append(JOINER);
            }
            i++;
        }
        return out.toString();
    }

    /** A Chinese or full-width mark: punctuation outside ASCII. */
    private static boolean isMark(char c) {
        if (c < 0x80) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.CONNECTOR_PUNCTUATION
                || type == Character.MATH_SYMBOL
                || type == Character.OTHER_SYMBOL;
    }

    private static String unjoined(String text) {
        return text.indexOf(JOINER) < 0 ? text : text.replace(String.valueOf(JOINER), "");
    }

    /** A web address as an editor writes one in text: its scheme or {@code www.}, then what an address holds. */
    private static final Pattern ADDRESS =
            Pattern.compile("(?:https?://|www\\.)[A-Za-z0-9._~:/?#\\[\\]@!$&'()*+,;=%-]+", Pattern.CASE_INSENSITIVE);

    private static final class Writer extends AbstractVisitor {
        private final StringBuilder sb;
        private String itemMarker;

        private final int headingLevel;

        private final boolean links;

        Writer(StringBuilder sb, int headingLevel, boolean links) {
            this.sb = sb;
            this.headingLevel = headingLevel;
            this.links = links;
        }

        @Override
        public void visit(Paragraph p) {
            boolean inItem = p.getParent() instanceof ListItem;
            String cls = inItem
                    ? p.getParent().getParent() instanceof OrderedList ? "item" : "brief"
                    // a passage quoted at length (> in Markdown): set in from both sides
                    : p.getParent() instanceof BlockQuote ? "quote" : null;
            sb.append(cls == null ? "<p>" : "<p class=\"" + cls + "\">");
            if (itemMarker != null) {
                sb.append("<span class=\"marker\">")
                        .append(Xml.escape(itemMarker))
                        .append("</span>");
                itemMarker = null;
            }
            atStart = true;
            visitChildren(p);
            atStart = false;
            sb.append("</p>\n");
        }

        /**
         * Whether the next text opens a paragraph: ideographic spaces there are an indent typed by hand (the
         * habit of a word processor, or text pasted from one), which the stylesheet's own indent replaces.
         */
        private boolean atStart;

        @Override
        public void visit(OrderedList list) {
            int n = list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber();
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                itemMarker = NumberFormats.chineseNumeral(Math.max(1, Math.min(99, n++))) + "、";
                item.accept(this);
            }
        }

        @Override
        public void visit(Text text) {
            String literal = unjoined(text.getLiteral());
            if (atStart) {
                int i = 0;
                while (i < literal.length() && (literal.charAt(i) == '\u3000' || literal.charAt(i) == ' ')) {
                    i++;
                }
                literal = literal.substring(i);
                atStart = literal.isEmpty();
            }
            sb.append(addresses(literal));
        }

        @Override
        public void visit(StrongEmphasis e) {
            wrap("<strong>", e, "</strong>");
        }

        @Override
        public void visit(Emphasis e) {
            wrap("<em>", e, "</em>");
        }

        /** The node's children between an opening and a closing tag. */
        private void wrap(String open, Node node, String close) {
            sb.append(open);
            visitChildren(node);
            sb.append(close);
        }

        @Override
        public void visit(SoftLineBreak b) {
            // an editor's line wrap: nothing between Chinese characters, a space between Latin words
            Node prev = b.getPrevious();
            Node next = b.getNext();
            if (prev instanceof Text pt
                    && next instanceof Text nt
                    && isLatin(last(unjoined(pt.getLiteral())))
                    && isLatin(first(unjoined(nt.getLiteral())))) {
                sb.append(' ');
            }
        }

        @Override
        public void visit(HardLineBreak b) {
            sb.append("<br/>");
        }

        @Override
        public void visit(Code code) {
            sb.append(Xml.escape(unjoined(code.getLiteral())));
        }

        @Override
        public void visit(HtmlInline html) {
            if (BREAK.matcher(html.getLiteral()).matches()) {
                // the one tag an editor types for what Markdown writes as two spaces at a line's end
                sb.append("<br/>");
            } else if (!isComment(html.getLiteral())) {
                sb.append(Xml.escape(unjoined(html.getLiteral())));
            }
        }

        private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");

        @Override
        public void visit(HtmlBlock html) {
            // an editor's <!-- comment --> is for the next editor, not for print; other HTML prints as text
            if (!isComment(html.getLiteral())) {
                sb.append("<p>")
                        .append(Xml.escape(unjoined(html.getLiteral()).strip()))
                        .append("</p>\n");
            }
        }

        private static boolean isComment(String literal) {
            String t = literal.strip();
            return t.startsWith("<!--") && t.endsWith("-->");
        }

        @Override
        public void visit(Link link) {
            // print has no links: the words, then the address in brackets, unless the words are the address
            int at = sb.length();
            visitChildren(link);
            String words = sb.substring(at).replaceAll("<[^>]*>", "");
            String url = link.getDestination();
            if (url != null && url.startsWith("mailto:")) {
                url = url.substring("mailto:".length());
            }
            if (url != null && !url.isBlank() && !words.equals(Xml.escape(url))) {
                sb.append(words.isEmpty() ? "" : "（").append(address(url)).append(words.isEmpty() ? "" : "）");
            }
        }

        /**
         * Text with each web address in it marked as one ({@code <span class="url">}): on the web a line may
         * break anywhere inside it, so that the line before it is not spread out to make room for the whole of it
         * on the next; print breaks an address where its parts meet, by its own rule.
         */
        private String addresses(String text) {
            Matcher m = ADDRESS.matcher(text);
            if (!m.find()) {
                return Xml.escape(text);
            }
            StringBuilder out = new StringBuilder();
            int from = 0;
            do {
                int end = m.end();
                while (end > m.start() && ".,;:!?)'".indexOf(text.charAt(end - 1)) >= 0) {
                    end--;
                }
                out.append(Xml.escape(text.substring(from, m.start()))).append(address(text.substring(m.start(), end)));
                from = end;
            } while (m.find(from));
            return out.append(Xml.escape(text.substring(from))).toString();
        }

        /** An address: on the web one with its scheme is a link; in print, and without a scheme, text. */
        private String address(String url) {
            String text = Xml.escape(url);
            if (links && (url.startsWith("https://") || url.startsWith("http://"))) {
                return "<a class=\"url\" href=\"" + text + "\">" + text + "</a>";
            }
            return "<span class=\"url\">" + text + "</span>";
        }

        @Override
        public void visit(Heading h) {
            // an article's own headings, whatever their number of #, are subheads one level below its title
            wrap("<h" + headingLevel + " class=\"subhead\">", h, "</h" + headingLevel + ">\n");
        }

        @Override
        public void visit(FencedCodeBlock c) {
            literalParagraph(unjoined(c.getLiteral()));
        }

        @Override
        public void visit(IndentedCodeBlock c) {
            literalParagraph(unjoined(c.getLiteral()));
        }

        /** Text the editor marked as code is printed as a plain paragraph: the bulletin has no code. */
        private void literalParagraph(String literal) {
            sb.append("<p>").append(Xml.escape(literal.strip())).append("</p>\n");
        }

        @Override
        public void visit(ThematicBreak t) {
            // a rule has no place in the bulletin's body text
        }

        private static int last(String s) {
            return s.isEmpty() ? 0 : s.codePointBefore(s.length());
        }

        private static int first(String s) {
            return s.isEmpty() ? 0 : s.codePointAt(0);
        }

        private static boolean isLatin(int cp) {
            return cp > 0 && cp < 0x2E80 && Character.isLetterOrDigit(cp)
                    || cp == ','
                    || cp == '.'
                    || cp == ';'
                    || cp == ':';
        }
    }
}
