package org.nj12320.bulletin.render;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
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
 * paragraphs, bold and italic, and lists (a numbered list is numbered 一、二、…); raw HTML is printed as
 * text, never passed through, and a line break inside a paragraph joins Chinese text without a space.
 */
final class MarkdownHtml {
    private static final Parser PARSER = Parser.builder().build();

    private MarkdownHtml() {}

    static String toHtml(String markdown) {
        Node doc = PARSER.parse(markdown);
        StringBuilder sb = new StringBuilder();
        doc.accept(new Writer(sb));
        return sb.toString();
    }

    private static final class Writer extends AbstractVisitor {
        private final StringBuilder sb;
        private String itemMarker;

        Writer(StringBuilder sb) {
            this.sb = sb;
        }

        @Override
        public void visit(Paragraph p) {
            boolean inItem = p.getParent() instanceof ListItem;
            String cls = !inItem ? null : p.getParent().getParent() instanceof OrderedList ? "item" : "brief";
            sb.append(cls == null ? "<p>" : "<p class=\"" + cls + "\">");
            if (itemMarker != null) {
                sb.append("<span class=\"marker\">")
                        .append(Xml.escape(itemMarker))
                        .append("</span>");
                itemMarker = null;
            }
            visitChildren(p);
            sb.append("</p>\n");
        }

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
            sb.append(Xml.escape(text.getLiteral()));
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
                    && isLatin(last(pt.getLiteral()))
                    && isLatin(first(nt.getLiteral()))) {
                sb.append(' ');
            }
        }

        @Override
        public void visit(HardLineBreak b) {
            sb.append("<br/>");
        }

        @Override
        public void visit(Code code) {
            sb.append(Xml.escape(code.getLiteral()));
        }

        @Override
        public void visit(HtmlInline html) {
            if (!isComment(html.getLiteral())) {
                sb.append(Xml.escape(html.getLiteral()));
            }
        }

        @Override
        public void visit(HtmlBlock html) {
            // an editor's <!-- comment --> is for the next editor, not for print; other HTML prints as text
            if (!isComment(html.getLiteral())) {
                sb.append("<p>").append(Xml.escape(html.getLiteral().strip())).append("</p>\n");
            }
        }

        private static boolean isComment(String literal) {
            String t = literal.strip();
            return t.startsWith("<!--") && t.endsWith("-->");
        }

        @Override
        public void visit(Heading h) {
            // an article's own headings are set as run-in subheads, below the bulletin's heading levels
            wrap("<p class=\"subhead\">", h, "</p>\n");
        }

        @Override
        public void visit(FencedCodeBlock c) {
            literalParagraph(c.getLiteral());
        }

        @Override
        public void visit(IndentedCodeBlock c) {
            literalParagraph(c.getLiteral());
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
