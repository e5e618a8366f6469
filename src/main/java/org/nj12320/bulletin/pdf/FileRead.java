package org.nj12320.bulletin.pdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadView;

/**
 * A font file as fontbox's parser reads it: straight from the disk into the one array the parser keeps. The
 * parser copies whatever it is given into an array of its own, so a font read into memory first was there
 * twice (a few megabytes each, in the old generation at once), and PDFBox's own file reader goes through a
 * cache of small pages; this reads the parser's whole request in one call.
 */
final class FileRead implements RandomAccessRead {
    private final FileChannel channel;
    private final long length;
    private long position;
    private boolean closed;

    FileRead(Path file) throws IOException {
        channel = FileChannel.open(file, StandardOpenOption.READ);
        length = channel.size();
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == 1 ? one[0] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (position >= length) {
            return -1;
        }
        ByteBuffer into = ByteBuffer.wrap(b, off, (int) Math.min(len, length - position));
        int total = 0;
        while (into.hasRemaining()) {
            int n = channel.read(into, position + total);
            if (n < 0) {
                break;
            }
            total += n;
        }
        position += total;
        return total == 0 ? -1 : total;
    }

    @Override
    public long getPosition() {
        return position;
    }

    @Override
    public void seek(long to) throws IOException {
        if (to < 0) {
            throw new IOException("seek to " + to);
        }
        position = to;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    public boolean isEOF() {
        return position >= length;
    }

    @Override
    public RandomAccessReadView createView(long start, long len) {
        // the font parser reads a file whole and asks for no views
        throw new UnsupportedOperationException("views of a font file");
    }

    @Override
    public void close() throws IOException {
        closed = true;
        channel.close();
    }
}
