package org.nj12320.bulletin.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/** The CSV files the tool writes: the same bytes as commons-csv's printer in Excel's format writes. */
class CsvWritingTest {

    private static final List<String> TRICKY = List.of(
            "",
            " ",
            "南京市儿童医院",
            "a,b",
            "say \"hi\"",
            "\"",
            "line\nbreak",
            "cr\rhere",
            "#1",
            "!x",
            " lead",
            "trail ",
            "trail\t",
            "$5",
            "'quoted'",
            "=SUM(1)",
            "-5",
            "+1",
            "@x",
            "合计：46020",
            "a\"\"b",
            ",",
            "\r\n");

    @Test
    void everyFieldIsQuotedAsTheLibraryQuotesIt() throws Exception {
        List<List<SheetTable.Out>> rows = new ArrayList<>();
        for (String first : TRICKY) {
            List<SheetTable.Out> row = new ArrayList<>();
            row.add(SheetTable.Out.text(first));
            for (String other : TRICKY) {
                row.add(SheetTable.Out.text(other));
            }
            rows.add(row);
        }
        // and random strings of the characters that matter
        Random random = new Random(20230427);
        String alphabet = " ,\"\n\r#!$'=+-@\t a南0";
        for (int r = 0; r < 200; r++) {
            List<SheetTable.Out> row = new ArrayList<>();
            for (int c = 0; c < 1 + random.nextInt(4); c++) {
                StringBuilder s = new StringBuilder();
                for (int k = random.nextInt(5); k > 0; k--) {
                    s.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                row.add(SheetTable.Out.text(s.toString()));
            }
            rows.add(row);
        }
        rows.add(List.of(
                SheetTable.Out.number("-12", new BigDecimal("-12"), "0"),
                SheetTable.Out.number("98.30%", new BigDecimal("0.983"), "0.00%")));
        SheetTable table = new SheetTable("t", rows, List.of());

        StringWriter expected = new StringWriter();
        expected.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.EXCEL)) {
            for (List<SheetTable.Out> row : rows) {
                printer.printRecord(row.stream().map(SheetWriter::csvText).toList());
            }
        }
        assertThat(new String(SheetWriter.csv(table), StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }
}
