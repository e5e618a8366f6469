package org.nj12320.bulletin.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Tidies the marked content the renderer writes. It opens a marked “Background” artifact for every box it
 * might paint, and most of them hold nothing: in the monthly issue about two thousand {@code BDC … EMC} pairs
 * with nothing between them, each with a property list of its own. They mark nothing, so they go, with their
 * property lists; the property lists that stay are written inside the page's resources rather than as
 * objects of their own. Together this takes about a tenth off the monthly issue's size.
 */
final class MarkedContent {
    private MarkedContent() {}

    static void tidy(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            dropEmptyArtifacts(doc, page);
            inlineProperties(page);
        }
    }

    private static void dropEmptyArtifacts(PDDocument doc, PDPage page) throws IOException {
        byte[] content;
        try (InputStream in = page.getContents()) {
            content = in.readAllBytes();
        }
        Scan scan = new Scan(content);
        if (scan.dropped.isEmpty()) {
            return;
        }
        page.setContents(new PDStream(doc, new ByteArrayInputStream(scan.kept()), COSName.FLATE_DECODE));
        COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties != null) {
            for (COSName name : new ArrayList<>(properties.keySet())) {
                if (scan.dropped.contains(name.getName()) && !scan.used.contains(name.getName())) {
                    properties.removeItem(name);
                }
            }
        }
    }

    /**
     * A content stream read as far as this needs: its tokens told apart (names, operators, the rest), strings,
     * hex strings and comments passed over whole so that nothing inside them is taken for a token, and every
     * empty artifact, the four tokens {@code /Artifact /Name BDC EMC}, found with where it lies. Reading the
     * bytes so, rather than parsing every number of the stream into an object, is what keeps this cheap: the
     * pages of an issue hold some hundred thousand numbers.
     */
    static final class Scan {
        private static final byte[] ARTIFACT = "/Artifact".getBytes(StandardCharsets.US_ASCII);
        private final byte[] b;
        /** Where the empty artifacts lie: start and end, in pairs. */
        private final List<int[]> drops = new ArrayList<>();

        final Set<String> dropped = new HashSet<>();
        /** The names of property lists that a BDC kept uses, with how many use each. */
        private final java.util.Map<String, Integer> uses = new java.util.HashMap<>();

        final Set<String> used;

        Scan(byte[] content) {
            this.b = content;
            // the last four tokens: kinds and where they lie
            char[] kind = new char[4];
            int[] start = new int[4];
            int[] end = new int[4];
            int n = 0;
            int i = 0;
            while (true) {
                i = skipSpace(i);
                if (i >= b.length) {
                    break;
                }
                int s = i;
                char k;
                byte c = b[i];
                if (c == '/') {
                    k = 'n';
                    i = regular(i + 1);
                } else if (c == '(') {
                    k = 'o';
                    i = string(i);
                } else if (c == '<' && i + 1 < b.length && b[i + 1] == '<') {
                    k = 'o';
                    i += 2;
                } else if (c == '>' && i + 1 < b.length && b[i + 1] == '>') {
                    k = 'o';
                    i += 2;
                } else if (c == '<') {
                    k = 'o';
                    while (i < b.length && b[i] != '>') {
                        i++;
                    }
                    i++;
                } else if (c == '[' || c == ']' || c == '{' || c == '}') {
                    k = 'o';
                    i++;
                } else if ((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+') {
                    k = 'o';
                    i = regular(i + 1);
                } else {
                    k = 'p';
                    i = regular(i + 1);
                }
                // shift the window of the last four tokens
                System.arraycopy(kind, 1, kind, 0, 3);
                System.arraycopy(start, 1, start, 0, 3);
                System.arraycopy(end, 1, end, 0, 3);
                kind[3] = k;
                start[3] = s;
                end[3] = i;
                n = Math.min(4, n + 1);
                if (k == 'p' && is(s, i, "BDC") && n >= 2 && kind[2] == 'n') {
                    uses.merge(name(start[2], end[2]), 1, Integer::sum);
                }
                if (n == 4
                        && k == 'p'
                        && is(s, i, "EMC")
                        && kind[2] == 'p'
                        && is(start[2], end[2], "BDC")
                        && kind[1] == 'n'
                        && kind[0] == 'n'
                        && Arrays.equals(b, start[0], end[0], ARTIFACT, 0, ARTIFACT.length)) {
                    String name = name(start[1], end[1]);
                    dropped.add(name);
                    uses.merge(name, -1, Integer::sum);
                    drops.add(new int[] {start[0], i});
                    n = 0;
                }
            }
            Set<String> inUse = new HashSet<>();
            uses.forEach((name, count) -> {
                if (count > 0) {
                    inUse.add(name);
                }
            });
            used = inUse;
        }

        /** The stream without its empty artifacts. */
        byte[] kept() {
            ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
            int from = 0;
            for (int[] d : drops) {
                out.write(b, from, d[0] - from);
                from = d[1];
            }
            out.write(b, from, b.length - from);
            return out.toByteArray();
        }

        private boolean is(int s, int e, String op) {
            if (e - s != op.length()) {
                return false;
            }
            for (int k = 0; k < op.length(); k++) {
                if (b[s + k] != op.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private String name(int s, int e) {
            return new String(b, s + 1, e - s - 1, StandardCharsets.ISO_8859_1);
        }

        private int skipSpace(int i) {
            while (i < b.length) {
                byte c = b[i];
                if (c == '%') {
                    while (i < b.length && b[i] != '\n' && b[i] != '\r') {
                        i++;
                    }
                } else if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0) {
                    i++;
                } else {
                    break;
                }
            }
            return i;
        }

        /** The end of a run of regular characters: up to whitespace or a delimiter. */
        private int regular(int i) {
            while (i < b.length) {
                byte c = b[i];
                if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0 || c == '/' || c == '('
                        || c == ')' || c == '<' || c == '>' || c == '[' || c == ']' || c == '{' || c == '}'
                        || c == '%') {
                    break;
                }
                i++;
            }
            return i;
        }

        /** The end of a literal string: balanced parentheses, escapes passed over. */
        private int string(int i) {
            int depth = 0;
            while (i < b.length) {
                byte c = b[i++];
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')' && --depth == 0) {
                    break;
                }
            }
            return i;
        }
    }

    private static void inlineProperties(PDPage page) {
        if (page.getResources() == null) {
            return;
        }
        COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        for (COSName name : properties.keySet()) {
            if (properties.getDictionaryObject(name) instanceof COSDictionary d) {
                d.setDirect(true);
                properties.setItem(name, d);
            }
        }
    }
}
