package org.nj12320.bulletin.sheet;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * Makes a workbook the writer produced the same bytes for the same tables. The writer stamps the workbook
 * with the clock's time and lists a sheet's merged cells in the order of a hash set; so the creation time is
 * set to the one given (the print date), the merged cells are listed in order, and the parts are
 * written again in order of name with a fixed time. Nothing a spreadsheet program shows is changed.
 */
final class SteadyZip {
    private SteadyZip() {}

    private static final Pattern CREATED = Pattern.compile("(<dcterms:created[^>]*>)[^<]*(</dcterms:created>)");
    private static final Pattern MERGES = Pattern.compile("<mergeCells>(.*?)</mergeCells>");
    private static final Pattern MERGE = Pattern.compile("<mergeCell ref=\"[^\"]*\"/>");
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    static byte[] steady(byte[] xlsx, Instant created) {
        Map<String, byte[]> parts = new TreeMap<>(Comparator.comparing((String n) -> !n.equals("[Content_Types].xml"))
                .thenComparing(Comparator.naturalOrder()));
        // the writer gives each part's size after its data, which the JDK's reader of zip streams refuses
        try (ZipArchiveInputStream in =
                new ZipArchiveInputStream(new ByteArrayInputStream(xlsx), "UTF-8", false, true)) {
            for (ZipArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                parts.put(e.getName(), in.readAllBytes());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(xlsx.length);
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (Map.Entry<String, byte[]> p : parts.entrySet()) {
                    ZipEntry entry = new ZipEntry(p.getKey());
                    entry.setTimeLocal(ZIP_TIME);
                    out.putNextEntry(entry);
                    out.write(part(p.getKey(), p.getValue(), created));
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // in memory
        }
    }

    private static byte[] part(String name, byte[] bytes, Instant created) {
        if (name.equals("docProps/core.xml")) {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            String when = created.truncatedTo(ChronoUnit.SECONDS).toString();
            return CREATED.matcher(xml)
                    .replaceFirst("$1" + Matcher.quoteReplacement(when) + "$2")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
            String xml = new String(bytes, StandardCharsets.UTF_8);
            Matcher m = MERGES.matcher(xml);
            if (m.find()) {
                List<String> merges = new ArrayList<>();
                Matcher each = MERGE.matcher(m.group(1));
                while (each.find()) {
                    merges.add(each.group());
                }
                merges.sort(Comparator.naturalOrder());
                return (xml.substring(0, m.start(1)) + String.join("", merges) + xml.substring(m.end(1)))
                        .getBytes(StandardCharsets.UTF_8);
            }
        }
        return bytes;
    }
}
