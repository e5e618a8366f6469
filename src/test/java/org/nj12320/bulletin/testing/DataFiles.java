package org.nj12320.bulletin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Edits to a copy of an issue's data files, as an editor makes them, and where the edits landed. */
public final class DataFiles {
    private DataFiles() {}

    /** Replaces the first occurrence of a text in a file of the folder; the text must be there. */
    public static void edit(Path folder, String file, String from, String to) throws IOException {
        Path p = folder.resolve(file);
        String s = Files.readString(p);
        assertThat(s).as(file).contains(from);
        Files.writeString(p, s.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    }

    /**
     * Puts back the March appointments table with its rows in YAML (the shipped one reads them from a
     * workbook), for tests of mistakes made in YAML rows.
     */
    public static void withYamlRows(Path march) throws IOException {
        Files.copy(
                Path.of("src/test/resources/yaml-rows/2023-03/appointments.yaml"),
                march.resolve("appointments.yaml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.delete(march.resolve("appointments.xlsx"));
    }

    /**
     * April as an editor starts it by copying March's folder by hand: only the period and the print date
     * changed, every figure still March's.
     */
    public static Path aprilCopiedFromMarch(Path data) throws IOException {
        Path april = data.resolve("2023-04");
        Folders.copy(data.resolve("2023-03"), april);
        edit(april, "issue.yaml", "period: 2023-03", "period: 2023-04");
        edit(april, "issue.yaml", "printed: 2023-04-27", "printed: 2023-05-20");
        retitle(april.resolve("appointments.xlsx"), "2023年3月", "2023年4月");
        return april;
    }

    /** A workbook's title (the first cell of its first sheet) changed, as a sheet of the new month has it. */
    public static void retitle(Path workbook, String from, String to) throws IOException {
        if (!Files.exists(workbook)) {
            return;
        }
        byte[] bytes;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(workbook))) {
            var cell = book.getSheetAt(0).getRow(0).getCell(0);
            cell.setCellValue(cell.getStringCellValue().replace(from, to));
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            bytes = out.toByteArray();
        }
        Files.write(workbook, bytes);
    }

    /** The line of the file that contains the text, 1-based. */
    public static int lineOf(Path folder, String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(file));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
