package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * The byte scanner that finds empty artifacts agrees with PDFBox's own parser of content streams: what it
 * keeps parses to the tokens of the whole stream less the empty artifacts, whatever strings, comments and
 * hex strings that look like operators lie around them.
 */
class MarkedContentTest {
    @Test
    void onlyEmptyArtifactsGoAndNothingInsideAStringOrComment() throws IOException {
        String stream = "/Artifact /P0 BDC EMC q (text /Artifact /P1 BDC EMC) Tj % /Artifact /P2 BDC EMC\n"
                + "<2F417274> Tj /Artifact /P3 BDC 1 0 0 RG EMC /P <</MCID 4>> BDC EMC "
                + "(a \\) /Artifact /P6 BDC EMC) Tj /Artifact /P5 BDC EMC Q";
        MarkedContent.Scan scan = new MarkedContent.Scan(bytes(stream));
        assertThat(scan.dropped).containsExactlyInAnyOrder("P0", "P5");
        assertThat(scan.used).containsExactly("P3");
        assertThat(tokens(scan.kept())).isEqualTo(withoutEmptyArtifacts(tokens(bytes(stream))));
    }

    @Test
    void aNameDroppedOnceButUsedElsewhereIsKept() {
        MarkedContent.Scan scan = new MarkedContent.Scan(bytes("/Artifact /P0 BDC EMC /Artifact /P0 BDC 0 g EMC"));
        assertThat(scan.dropped).containsExactly("P0");
        assertThat(scan.used).containsExactly("P0");
    }

    /** Streams of random operators, strings and comments: the scanner and the parser agree on every one. */
    @RepeatedTest(200)
    void agreesWithPdfBoxsParser(org.junit.jupiter.api.RepetitionInfo repetition) throws IOException {
        Random random = new Random(repetition.getCurrentRepetition());
        String[] pieces = {
            "/Artifact /P%d BDC EMC",
            "/Artifact /P%d BDC",
            "EMC",
            "q",
            "Q",
            "1 0 0 1 72 700 cm",
            "(x /Artifact) Tj",
            "(EMC \\( BDC) Tj",
            "% /Artifact /P%d BDC EMC\n",
            "<41 42> Tj",
            "[(a) -120 (b)] TJ",
            "/Span <</MCID %d>> BDC",
            "/Artifact <</Type /Pagination>> BDC",
            "0.5 g",
            "BT /F1 9 Tf ET",
            "-3.5 .25 m"
        };
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            s.append(pieces[random.nextInt(pieces.length)].replace("%d", String.valueOf(random.nextInt(5))));
            s.append(random.nextBoolean() ? " " : "\n");
        }
        byte[] stream = bytes(s.toString());
        MarkedContent.Scan scan = new MarkedContent.Scan(stream);
        assertThat(tokens(scan.kept())).as(s.toString()).isEqualTo(withoutEmptyArtifacts(tokens(stream)));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static List<String> tokens(byte[] stream) throws IOException {
        List<String> out = new ArrayList<>();
        for (Object t : new PDFStreamParser(stream).parse()) {
            out.add(t instanceof Operator o ? "op:" + o.getName() : String.valueOf(t));
        }
        return out;
    }

    /**
     * The reference: four tokens /Artifact, a name, BDC, EMC in a row, found by the parser's tokens. An artifact
     * that is empty only once an inner one has gone stays, as with the scanner: the renderer does not nest them.
     */
    private static List<String> withoutEmptyArtifacts(List<String> tokens) {
        List<String> out = new ArrayList<>();
        int since = 0;
        String artifact = COSName.getPDFName("Artifact").toString();
        for (String t : tokens) {
            out.add(t);
            int n = out.size();
            if (n - 4 >= since
                    && t.equals("op:EMC")
                    && out.get(n - 2).equals("op:BDC")
                    && out.get(n - 3).startsWith("COSName{")
                    && out.get(n - 4).equals(artifact)) {
                out.subList(n - 4, n).clear();
                since = out.size();
            }
        }
        return out;
    }
}
