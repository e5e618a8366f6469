package org.nj12320.bulletin.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A page's content stream written as bytes: the few operators the pages need (marked content, text placed by
 * its matrix and positioning numbers, filled rectangles, colours), numbers in the shortest form that keeps a
 * hundredth of a point. What PDFBox's content-stream writer does through an object and a number formatter per
 * operand, done in one buffer.
 */
final class ContentWriter {
    private byte[] buf = new byte[16 * 1024];
    private int size;

    byte[] bytes() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    ContentWriter raw(String ascii) {
        ensure(ascii.length());
        for (int i = 0; i < ascii.length(); i++) {
            buf[size++] = (byte) ascii.charAt(i);
        }
        return this;
    }

    ContentWriter bytes(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
        return this;
    }

    ContentWriter space() {
        ensure(1);
        buf[size++] = ' ';
        return this;
    }

    ContentWriter newline() {
        ensure(1);
        buf[size++] = '\n';
        return this;
    }

    /** A number to three decimals at most, without trailing zeros or an exponent. */
    ContentWriter number(double v) {
        long scaled = Math.round(v * 1000);
        ensure(1);
        if (scaled < 0) {
            buf[size++] = '-';
            scaled = -scaled;
        }
        long whole = scaled / 1000;
        int frac = (int) (scaled % 1000);
        // the whole part's digits straight into the buffer: a page's every position passes here
        int length = 1;
        for (long t = whole; t >= 10; t /= 10) {
            length++;
        }
        ensure(length);
        for (int d = length - 1; d >= 0; d--) {
            buf[size + d] = (byte) ('0' + whole % 10);
            whole /= 10;
        }
        size += length;
        if (frac != 0) {
            ensure(4);
            buf[size++] = '.';
            int digits = 3;
            while (frac % 10 == 0) {
                frac /= 10;
                digits--;
            }
            int div = digits == 3 ? 100 : digits == 2 ? 10 : 1;
            for (int d = 0; d < digits; d++) {
                buf[size++] = (byte) ('0' + (frac / div) % 10);
                div /= 10;
            }
        }
        return this;
    }

    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    /** A two-byte character code as a hexadecimal string, {@code <0041>}. */
    ContentWriter hex2(int code) {
        ensure(6);
        buf[size++] = '<';
        for (int shift = 12; shift >= 0; shift -= 4) {
            buf[size++] = HEX[(code >> shift) & 0xF];
        }
        buf[size++] = '>';
        return this;
    }
}
