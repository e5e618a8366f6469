package org.nj12320.bulletin.pdf;

import java.util.Set;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import com.openhtmltopdf.extend.FSDOMMutator;

/**
 * The renderer may break a line wherever one element ends and the next text begins, whatever the text; so a
 * closing mark right after an element ({@code <strong>标题</strong>。}) is moved into it, and an opening mark
 * right before one into that element, where no break can part them. A workaround for the renderer, applied to
 * the document it is about to lay out.
 */
final class MarksWithWords implements FSDOMMutator {
    private static final Set<String> SKIP = Set.of("head", "style", "script", "bookmarks");

    /** Marks that may not begin a line, and may not end one; as in {@link CjkLineBreaker}. */
    private static final String CLOSING = "、，。．；：！？％‰℃”’）》」』】〕〉";

    private static final String OPENING = "“‘（《「『【〔〈";

    @Override
    public void mutateDocument(Document document) {
        keepMarksWithTheirWords(document.getDocumentElement());
    }

    private static void keepMarksWithTheirWords(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                if (SKIP.contains(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                    continue;
                }
                Node next = e.getNextSibling();
                if (next != null && next.getNodeType() == Node.TEXT_NODE) {
                    String t = next.getNodeValue();
                    int n = 0;
                    while (n < t.length() && CLOSING.indexOf(t.charAt(n)) >= 0) {
                        n++;
                    }
                    Node last = lastText(e);
                    if (n > 0 && last != null) {
                        last.setNodeValue(last.getNodeValue() + t.substring(0, n));
                        next.setNodeValue(t.substring(n));
                    }
                }
                Node prev = e.getPreviousSibling();
                if (prev != null && prev.getNodeType() == Node.TEXT_NODE) {
                    String t = prev.getNodeValue();
                    int n = t.length();
                    while (n > 0 && OPENING.indexOf(t.charAt(n - 1)) >= 0) {
                        n--;
                    }
                    Node first = firstText(e);
                    if (n < t.length() && first != null) {
                        first.setNodeValue(t.substring(n) + first.getNodeValue());
                        prev.setNodeValue(t.substring(0, n));
                    }
                }
                keepMarksWithTheirWords(e);
            }
        }
    }

    private static Node lastText(Node n) {
        for (Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
            Node t = c.getNodeType() == Node.TEXT_NODE ? c : lastText(c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static Node firstText(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node t = c.getNodeType() == Node.TEXT_NODE ? c : firstText(c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }
}
