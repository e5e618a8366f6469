package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.testing.Seed;

/**
 * The tables travel inside the PDF as CSV files, declared as PDF/A-3 associated files of the document with the
 * relationship Data; they hold the printed figures, row for row; and qpdf, reading the file as a PDF tool
 * does, finds nothing wrong with its structure.
 */
class AttachmentsTest {
    private static final Pattern FIGURE = Pattern.compile("-?\\d+(\\.\\d+)?%?|/|\\d+/\\d+");

    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void qpdfListsOneCsvPerTableAndFindsNothingWrong(String period) throws Exception {
        Path pdf = BuiltIssues.of(period).pdf();
        String check = qpdf("--check", pdf.toString());
        assertThat(check).contains("No syntax or stream encoding errors found").doesNotContainIgnoringCase("warning");
        List<String> listed = qpdf("--list-attachments", pdf.toString())
                .lines()
                .map(l -> l.replaceAll(" -> .*", "").strip())
                .filter(l -> !l.isEmpty())
                .toList();
        assertThat(listed)
                .hasSize(tables(period).select("table").size())
                .allSatisfy(n -> assertThat(n).endsWith(".csv"));
        assertThat(listed).contains("appointments.csv", "platform-districts.csv", "platform-hospitals.csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void theAttachedTablesHoldThePrintedFigures(String period) throws IOException {
        Document web = tables(period);
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of(period).pdf().toFile())) {
            String printed = Seed.compact(Pdfs.body(Pdfs.lines(pdf))).replace("：", "");
            Map<String, PDComplexFileSpecification> files =
                    pdf.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            COSArray associated = pdf.getDocumentCatalog().getCOSObject().getCOSArray(COSName.AF);
            assertThat(associated).as("the catalogue's /AF").isNotNull();
            assertThat(associated.size()).isEqualTo(files.size());
            List<String> order = new ArrayList<>();
            int t = 0;
            for (int i = 0; i < associated.size(); i++) {
                PDComplexFileSpecification spec =
                        new PDComplexFileSpecification((org.apache.pdfbox.cos.COSDictionary) associated.getObject(i));
                order.add(spec.getFile());
                assertThat(spec.getCOSObject().getNameAsString("AFRelationship"))
                        .isEqualTo("Data");
                assertThat(spec.getFileUnicode()).isEqualTo(spec.getFile());
                assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("text/csv");
                assertThat(spec.getEmbeddedFile().getModDate()).isNotNull();
                assertThat(Seed.compact(spec.getFileDescription()))
                        .isEqualTo(Seed.compact(
                                web.select("caption .table-title").get(t).text()));
                String csv = new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8);
                assertThat(csv).startsWith("\uFEFF");
                List<String> rows = dataRows(csv);
                assertThat(rows)
                        .as(spec.getFile() + ": a data row or the total for each row of the table")
                        .hasSize(web.select("table").get(t).select("tbody tr").size());
                for (String row : rows) {
                    assertThat(printed).as(spec.getFile() + " row " + row).contains(Seed.compact(row));
                }
                t++;
            }
            assertThat(order).containsExactlyInAnyOrderElementsOf(files.keySet());
        }
    }

    /** The rows of a table's CSV file that hold figures, each as its non-empty fields joined. */
    private static List<String> dataRows(String csv) throws IOException {
        List<String> rows = new ArrayList<>();
        for (CSVRecord r : CSVFormat.EXCEL.parse(new StringReader(csv.substring(1)))) {
            List<String> fields = r.toList().stream().filter(f -> !f.isEmpty()).toList();
            if (fields.size() >= 2
                    && FIGURE.matcher(fields.get(fields.size() - 1)).matches()
                    && fields.stream().anyMatch(f -> !FIGURE.matcher(f).matches())) {
                rows.add(String.join(" ", fields));
            }
        }
        return rows;
    }

    private static Document tables(String period) throws IOException {
        return Jsoup.parse(BuiltIssues.of(period).html().toFile(), "UTF-8");
    }

    private static String qpdf(String... args) throws Exception {
        Path exe = Path.of("/usr/bin/qpdf");
        Assumptions.assumeTrue(Files.isExecutable(exe), "no qpdf at " + exe + ": this test is skipped");
        List<String> command = new ArrayList<>(List.of(exe.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }
}
