package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.testing.TextLines;

/**
 * A column header that reaches over two header rows looks like one cell: its label stands between the rows
 * (above the labels of the lower row, below the group labels of the upper), on the first page of a table and
 * on every page it continues on.
 */
class TableHeaderTest {

    /** The baseline of the first place on the page where the word is set, or NaN. */
    private static float baseline(List<TextLines.Line> lines, int page, String word) {
        for (TextLines.Line l : lines) {
            if (l.page() != page) {
                continue;
            }
            List<TextPosition> g = l.glyphs();
            StringBuilder s = new StringBuilder();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < g.size(); i++) {
                s.append(g.get(i).getUnicode());
                while (at.size() < s.length()) {
                    at.add(i);
                }
            }
            int i = s.indexOf(word);
            if (i >= 0) {
                return g.get(at.get(i)).getYDirAdj();
            }
        }
        return Float.NaN;
    }

    private static void labelBetweenTheRows(List<TextLines.Line> lines, int page) {
        float group = baseline(lines, page, "门急诊信息");
        float label = baseline(lines, page, "接入单位");
        float lower = baseline(lines, page, "人次");
        assertThat(label).as("接入单位 on page " + page).isNotNaN();
        assertThat(label).as("page " + page + ": below the group row").isGreaterThan(group + 3);
        assertThat(label)
                .as("page " + page + ": above the middle of the lower row")
                .isLessThan(lower - 3);
    }

    @Test
    void theLabelOfAStackIsCentredOnTheStack() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of("2023-03").pdf().toFile())) {
            List<TextLines.Line> lines = TextLines.of(pdf);
            labelBetweenTheRows(lines, 6);
        }
    }

    @Test
    void soOnTheFirstPageOfALongTableAndOnThePageItContinuesOn() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of("2024").pdf().toFile())) {
            List<TextLines.Line> lines = TextLines.of(pdf);
            labelBetweenTheRows(lines, 9);
            labelBetweenTheRows(lines, 10);
        }
    }
}
