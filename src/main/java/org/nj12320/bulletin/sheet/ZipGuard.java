package org.nj12320.bulletin.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * Makes sure a workbook unpacks to a size a table can have before it is read: a workbook is a zip archive,
 * and one of a few kilobytes can unpack to gigabytes (a zip bomb). Every entry the reader could open is
 * inflated here, counting what comes out, and the reading stops at the first byte over the bound, so the
 * check takes bounded time and memory whatever the archive declares of itself. The parts asked for are kept
 * as they unpack, so that what the workbook reader does not give (which rows are hidden) is read without
 * unpacking them twice.
 */
final class ZipGuard {
    /** The most all the entries of a workbook may unpack to; a workbook of the bulletin's tables is under 1 MB. */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    /** The most entries a workbook may have. */
    static final int MAX_ENTRIES = 2_000;

    private ZipGuard() {}

    /**
     * Checks the workbook and returns the unpacked parts whose names {@code keep} accepts.
     */
    static Map<String, byte[]> check(byte[] bytes, Predicate<String> keep) throws SheetException {
        Map<String, byte[]> kept = new HashMap<>();
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                .get()) {
            Enumeration<ZipArchiveEntry> all = zip.getEntries();
            while (all.hasMoreElements()) {
                ZipArchiveEntry e = all.nextElement();
                if (++entries > MAX_ENTRIES) {
                    throw tooLarge("它有 " + MAX_ENTRIES + " 个以上的部件");
                }
                if (e.isDirectory() || !zip.canReadEntryData(e)) {
                    continue;
                }
                ByteArrayOutputStream part = keep.test(e.getName()) ? new ByteArrayOutputStream() : null;
                try (InputStream in = zip.getInputStream(e)) {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        total += n;
                        if (total > MAX_UNPACKED) {
                            throw tooLarge("解压后超过 " + MAX_UNPACKED / 1024 / 1024 + " MB");
                        }
                        if (part != null) {
                            part.write(buffer, 0, n);
                        }
                    }
                }
                if (part != null) {
                    kept.put(e.getName(), part.toByteArray());
                }
            }
            return kept;
        } catch (IOException | RuntimeException e) {
            throw new SheetException("工作簿已损坏，读不出来", "在 Excel 或 WPS 中打开它，另存为一个新的 .xlsx 文件后再试", e);
        }
    }

    private static SheetException tooLarge(String why) {
        return new SheetException("工作簿太大，不像一张表格：" + why + "（也可能是恶意构造的压缩文件）", "只留本期这张表的数据：删去其他工作表、图片和多余的行列，另存后再试");
    }
}
