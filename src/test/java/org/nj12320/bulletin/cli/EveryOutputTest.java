package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * Every output there is, made of the small issue that has a section of every kind, through the command line:
 * each file is written, is recognised as its own kind (so that the next build may write over it), and carries
 * the title of every section. The outputs are taken from {@link Output} itself, so that a new one fails here
 * until it is made whole.
 */
class EveryOutputTest {
    private static final Path GOLDEN_DATA = Path.of("src/test/resources/golden/data");

    /** The titles and headings of the small issue's sections, which every output must carry. */
    private static final List<String> TITLES = List.of("统计数据", "2023 年 11 月各渠道预约量", "简讯");

    @TempDir
    Path tmp;

    @Test
    void everyOutputIsMadeWholeAndOfItsKind() throws Exception {
        String formats = Arrays.stream(Output.values()).map(Output::extension).collect(Collectors.joining(","));
        Cli run = Cli.run(
                "build",
                "--month",
                "2023-11",
                "--data",
                GOLDEN_DATA.toString(),
                "--format",
                formats,
                "--out-dir",
                tmp.toString());
        assertThat(run.code).as(run.toString()).isZero();
        List<String> missing = new ArrayList<>();
        for (Output o : Output.values()) {
            Path file = tmp.resolve("2023-11." + o.extension());
            assertThat(file).as("the %s output", o.keyword()).exists();
            byte[] bytes = Files.readAllBytes(file);
            assertThat(o.begins(Arrays.copyOf(bytes, Math.min(bytes.length, 512))))
                    .as("%s is recognised as %s, so that a later build may write over it", file, o.keyword())
                    .isTrue();
            String text = text(o, file, bytes);
            for (String title : TITLES) {
                if (!bare(text).contains(bare(title))) {
                    missing.add(o.keyword() + ": " + title);
                }
            }
        }
        assertThat(missing).as("sections left out of an output").isEmpty();
    }

    /** A text without its spaces, of any width (the quarter-em space between Han and figures among them). */
    private static String bare(String s) {
        return s.replaceAll("[\\s\\p{Z}]+", "");
    }

    private static String text(Output o, Path file, byte[] bytes) throws Exception {
        return switch (o) {
            case PRINT -> {
                try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                    yield Pdfs.text(pdf);
                }
            }
            case WEB -> new String(bytes, StandardCharsets.UTF_8);
        };
    }
}
