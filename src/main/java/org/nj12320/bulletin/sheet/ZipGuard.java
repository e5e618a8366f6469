package org.nj12320.bulletin.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Unpacks a workbook, which is a zip archive, within a size a table can have: one of a few kilobytes can
 * unpack to gigabytes (a zip bomb). Every entry is inflated here, counting what comes out, and the reading
 * stops at the first byte over the bound, so unpacking takes bounded time and memory whatever the archive
 * declares of itself.
 *
 * <p>The entries are found from the archive's central directory, as spreadsheet programs read them: a
 * streaming writer (Apache POI's, for one) leaves the sizes out of the header in front of each entry, so a
 * reader that goes through the archive from the front, as the JDK's {@code ZipInputStream} does, fails on its
 * workbooks. The JDK's {@link Inflater} does the inflating.
 */
final class ZipGuard {
    /** The most all the entries of a workbook may unpack to; a workbook of the bulletin's tables is under 1 MB. */
    static final long MAX_UNPACKED = 64L * 1024 * 1024;

    /** The most entries a workbook may have. */
    static final int MAX_ENTRIES = 2_000;

    private static final int END = 0x06054b50;
    private static final int END64_LOCATOR = 0x07064b50;
    private static final int END64 = 0x06064b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int LOCAL = 0x04034b50;
    private static final long UNKNOWN = 0xFFFFFFFFL;

    private ZipGuard() {}

    /** Unpacks the workbook and returns its parts whose names {@code keep} accepts, by name. */
    static Map<String, byte[]> unpack(byte[] bytes, Predicate<String> keep) throws SheetException {
        try {
            return new ZipGuard.Reading(bytes).unpack(keep);
        } catch (IOException | DataFormatException | RuntimeException e) {
            throw new SheetException("工作簿已损坏，读不出来", "在 Excel 或 WPS 中打开它，另存为一个新的 .xlsx 文件后再试", e);
        }
    }

    /** One archive being unpacked. */
    private static final class Reading {
        private final byte[] b;
        private long total;

        Reading(byte[] bytes) {
            this.b = bytes;
        }

        Map<String, byte[]> unpack(Predicate<String> keep) throws IOException, DataFormatException, SheetException {
            int end = findEnd();
            long entries = u16(end + 10);
            long directory = u32(end + 16);
            if ((entries == 0xFFFF || directory == UNKNOWN) && end >= 20 && i32(end - 20) == END64_LOCATOR) {
                int end64 = index(u64(end - 12));
                if (i32(end64) != END64) {
                    throw new IOException("no zip64 end of central directory where its locator says");
                }
                entries = u64(end64 + 32);
                directory = u64(end64 + 48);
            }
            if (entries > MAX_ENTRIES) {
                throw tooLarge("它有 " + MAX_ENTRIES + " 个以上的部件");
            }
            Map<String, byte[]> kept = new HashMap<>();
            int at = index(directory);
            for (long n = 0; n < entries; n++) {
                if (i32(at) != CENTRAL) {
                    throw new IOException("the central directory is broken at entry " + n);
                }
                int flags = u16(at + 8);
                int method = u16(at + 10);
                long crc = u32(at + 16);
                long packed = u32(at + 20);
                long size = u32(at + 24);
                int nameLength = u16(at + 28);
                int extraLength = u16(at + 30);
                int commentLength = u16(at + 32);
                long local = u32(at + 42);
                String name = new String(b, at + 46, nameLength, StandardCharsets.UTF_8);
                // sizes and place too large for the entry's fields are in its zip64 extra field, in this order
                int extra = at + 46 + nameLength;
                int extraEnd = extra + extraLength;
                while (extra + 4 <= extraEnd) {
                    int tag = u16(extra);
                    int length = u16(extra + 2);
                    if (tag == 0x0001) {
                        int k = extra + 4;
                        if (size == UNKNOWN) {
                            size = u64(k);
                            k += 8;
                        }
                        if (packed == UNKNOWN) {
                            packed = u64(k);
                            k += 8;
                        }
                        if (local == UNKNOWN) {
                            local = u64(k);
                        }
                    }
                    extra += 4 + length;
                }
                at = extraEnd + commentLength;
                // an encrypted entry or one packed in a way the JDK cannot unpack is none a workbook needs
                boolean readable = (flags & 1) == 0 && (method == 0 || method == 8);
                if (name.endsWith("/") || !readable) {
                    continue;
                }
                byte[] part = entry(index(local), method, packed, crc, keep.test(name));
                if (part != null && kept.put(name, part) != null) {
                    // two parts of one name: which one a program reads is anybody's guess
                    throw new IOException("two entries named " + name);
                }
            }
            return kept;
        }

        /** The end of the central directory: its record is the last of the archive, before a comment. */
        private int findEnd() throws IOException {
            for (int at = b.length - 22; at >= Math.max(0, b.length - 22 - 0xFFFF); at--) {
                if (i32(at) == END) {
                    return at;
                }
            }
            throw new IOException("no end of central directory");
        }

        /**
         * An entry's bytes, unpacked and counted against the bound; null, once counted, when they are not kept.
         */
        private byte[] entry(int local, int method, long packed, long crc, boolean keep)
                throws IOException, DataFormatException, SheetException {
            if (i32(local) != LOCAL) {
                throw new IOException("no entry where the central directory says");
            }
            int data = local + 30 + u16(local + 26) + u16(local + 28);
            int length = index(packed);
            if (data + (long) length > b.length) {
                throw new IOException("an entry runs past the end of the archive");
            }
            ByteArrayOutputStream out = keep ? new ByteArrayOutputStream() : null;
            CRC32 check = new CRC32();
            if (method == 0) {
                count(length);
                check.update(b, data, length);
                if (out != null) {
                    out.write(b, data, length);
                }
            } else {
                Inflater inflater = new Inflater(true);
                try {
                    inflater.setInput(b, data, length);
                    byte[] buffer = new byte[64 * 1024];
                    while (!inflater.finished()) {
                        int n = inflater.inflate(buffer);
                        if (n == 0 && !inflater.finished()) {
                            // out of input, wanting a dictionary, or stuck: no entry of a workbook does either
                            throw new IOException("an entry's packed data ends or stalls before its end");
                        }
                        count(n);
                        check.update(buffer, 0, n);
                        if (out != null) {
                            out.write(buffer, 0, n);
                        }
                    }
                } finally {
                    inflater.end();
                }
            }
            if (check.getValue() != crc) {
                throw new IOException("an entry's checksum does not match its bytes");
            }
            return out == null ? null : out.toByteArray();
        }

        private void count(int n) throws SheetException {
            total += n;
            if (total > MAX_UNPACKED) {
                throw tooLarge("解压后超过 " + MAX_UNPACKED / 1024 / 1024 + " MB");
            }
        }

        private int index(long offset) throws IOException {
            if (offset < 0 || offset > b.length) {
                throw new IOException("an offset past the end of the archive");
            }
            return (int) offset;
        }

        private int u16(int at) {
            return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
        }

        private int i32(int at) {
            return u16(at) | u16(at + 2) << 16;
        }

        private long u32(int at) {
            return i32(at) & 0xFFFFFFFFL;
        }

        private long u64(int at) {
            return u32(at) | u32(at + 4) << 32;
        }
    }

    private static SheetException tooLarge(String why) {
        return new SheetException("工作簿太大，不像一张表格：" + why + "（也可能是恶意构造的压缩文件）", "只留本期这张表的数据：删去其他工作表、图片和多余的行列，另存后再试");
    }
}
