package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The structure of both issues: tagged, headings in order, tables with header cells, the language set. */
class StructureTest {
    /** Structure element types, depth first. */
    private static void walk(PDStructureNode node, List<PDStructureElement> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                out.add(e);
                walk(e, out);
            }
        }
    }

    /** A cell's table attributes. */
    private static PDTableAttributeObject table(PDStructureElement cell) {
        var attributes = cell.getAttributes();
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.getObject(i) instanceof PDTableAttributeObject t) {
                return t;
            }
        }
        throw new AssertionError("a header cell without its table attributes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void taggedWithHeadingsInOrderAndTableHeaders(String issue) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of(issue).pdf().toFile())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("zh-CN");
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            List<PDStructureElement> elements = new ArrayList<>();
            walk(catalog.getStructureTreeRoot(), elements);
            List<String> types =
                    elements.stream().map(PDStructureElement::getStructureType).toList();

            List<Integer> levels = types.stream()
                    .filter(t -> t.matches("H[1-6]"))
                    .map(t -> t.charAt(1) - '0')
                    .toList();
            assertThat(levels.get(0))
                    .as("the masthead is the one first-level heading")
                    .isEqualTo(1);
            assertThat(levels.stream().filter(l -> l == 1)).hasSize(1);
            for (int i = 1; i < levels.size(); i++) {
                assertThat(levels.get(i))
                        .as("no heading level is skipped: " + levels)
                        .isLessThanOrEqualTo(levels.get(i - 1) + 1);
            }
            long tables = types.stream().filter("Table"::equals).count();
            assertThat(tables).isEqualTo(issue.equals("2024") ? 8 : 4);
            assertThat(types).contains("TH", "TD", "TR", "Caption", "P");
            // the briefs and the numbered events are lists: each item a label (◆) or none, and a body
            assertThat(types).contains("L", "LI", "LBody");
            // header cells say what they head, and how many rows and columns they span
            List<PDStructureElement> headers = elements.stream()
                    .filter(e -> e.getStructureType().equals("TH"))
                    .toList();
            assertThat(headers)
                    .allSatisfy(th -> assertThat(table(th).getScope()).isEqualTo("Column"));
            assertThat(headers)
                    .anySatisfy(th -> assertThat(table(th).getRowSpan()).isEqualTo(2));
            assertThat(headers)
                    .anySatisfy(th -> assertThat(table(th).getColSpan()).isGreaterThan(1));
            // every table has header cells
            for (PDStructureElement t : elements) {
                if (t.getStructureType().equals("Table")) {
                    List<PDStructureElement> inside = new ArrayList<>();
                    walk(t, inside);
                    assertThat(inside.stream().map(PDStructureElement::getStructureType))
                            .contains("TH", "TD");
                }
            }
        }
    }

    /** A heading set with letter-spacing reads as its words: found and copied as 统计数据, not 统 计 数 据. */
    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void aLetterSpacedHeadingReadsAsItsWords(String issue) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of(issue).pdf().toFile())) {
            String text = org.nj12320.bulletin.testing.Pdfs.text(pdf);
            assertThat(text).contains("统计数据").doesNotContain("统 计 数 据").doesNotContain("南 京 卫 生");
        }
    }
}
