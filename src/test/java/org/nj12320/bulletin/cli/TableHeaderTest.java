package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * A column header that reaches over two header rows is one cell: its label stands between the rows (above the
 * labels of the lower row, below the group labels of the upper), on the first page of a table and on every page
 * it continues on, where the header rows are set again.
 */
class TableHeaderTest {

    /**
     * The baseline of the first place on the page where the word is set, or NaN. The glyphs are taken in the
     * order they are drawn (a cell's text together): sorted by position, the labels of a header whose cells
     * stand at different heights come apart.
     */
    private static float baseline(PDDocument pdf, int page, String word) throws IOException {
        List<TextPosition> g = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                g.add(text);
            }
        };
        s.setStartPage(page);
        s.setEndPage(page);
        s.getText(pdf);
        StringBuilder text = new StringBuilder();
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < g.size(); i++) {
            text.append(g.get(i).getUnicode());
            while (at.size() < text.length()) {
                at.add(i);
            }
        }
        int i = text.indexOf(word);
        return i < 0 ? Float.NaN : g.get(at.get(i)).getYDirAdj();
    }

    private static void labelBetweenTheRows(PDDocument pdf, int page) throws IOException {
        float group = baseline(pdf, page, "门急诊信息");
        float label = baseline(pdf, page, "接入单位");
        float lower = baseline(pdf, page, "人次");
        assertThat(label).as("接入单位 on page " + page).isNotNaN();
        assertThat(label).as("page " + page + ": below the group row").isGreaterThan(group + 3);
        assertThat(label)
                .as("page " + page + ": above the middle of the lower row")
                .isLessThan(lower - 3);
    }

    /** Every page of an issue whose tables have the header with 接入单位 over two rows; at least one continued. */
    private static void everyPageWithTheHeader(String issue) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of(issue).pdf().toFile())) {
            int pages = 0;
            int continued = 0;
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                if (Float.isNaN(baseline(pdf, page, "接入单位"))) {
                    continue;
                }
                labelBetweenTheRows(pdf, page);
                pages++;
                continued += Float.isNaN(baseline(pdf, page, "（医院）（续）")) ? 0 : 1;
            }
            assertThat(pages).isGreaterThanOrEqualTo(2);
            assertThat(continued).as("a page the hospitals' table continues on").isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void theLabelOfACellSpanningRowsIsCentredOnThem() throws Exception {
        everyPageWithTheHeader("2023-03");
    }

    @Test
    void soOnThePagesATableContinuesOn() throws Exception {
        everyPageWithTheHeader("2024");
    }
}
