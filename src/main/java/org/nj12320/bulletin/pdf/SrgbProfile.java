package org.nj12320.bulletin.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An ICC version 2 display profile of sRGB (IEC 61966-2.1), made here from the standard's published
 * figures, for the output intent PDF/A requires. Made rather than taken from the Java runtime, so that the
 * PDF does not change with the runtime's copy of the profile, and nothing of the AWT has to start.
 */
final class SrgbProfile {
    private SrgbProfile() {}

    /** The profile; the same bytes every time. */
    static byte[] bytes() {
        Tag[] tags = {
            new Tag("desc", description("sRGB IEC61966-2.1")),
            new Tag("cprt", text("No copyright, use freely")),
            new Tag("wtpt", xyz(0.9642, 1.0, 0.8249)),
            // the sRGB primaries adapted to the D50 illuminant of the profile connection space
            new Tag("rXYZ", xyz(0.4361, 0.2225, 0.0139)),
            new Tag("gXYZ", xyz(0.3851, 0.7169, 0.0971)),
            new Tag("bXYZ", xyz(0.1431, 0.0606, 0.7141)),
            new Tag("rTRC", curve()),
            new Tag("gTRC", curve()),
            new Tag("bTRC", curve())
        };
        int tableSize = 4 + 12 * tags.length;
        int offset = 128 + tableSize;
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        ByteBuffer table = ByteBuffer.allocate(tableSize);
        table.putInt(tags.length);
        for (Tag t : tags) {
            table.put(t.signature.getBytes(StandardCharsets.US_ASCII));
            table.putInt(offset + body.size());
            table.putInt(t.data.length);
            body.writeBytes(t.data);
            while (body.size() % 4 != 0) {
                body.write(0);
            }
        }
        int size = offset + body.size();
        ByteBuffer header = ByteBuffer.allocate(128);
        header.putInt(size);
        header.putInt(0); // preferred CMM: none
        header.putInt(0x02100000); // version 2.1
        header.put(ascii("mntr")); // a display device
        header.put(ascii("RGB "));
        header.put(ascii("XYZ "));
        header.putShort((short) 2000).putShort((short) 1).putShort((short) 1); // a fixed date, so the
        header.putShort((short) 0).putShort((short) 0).putShort((short) 0); // bytes never change
        header.put(ascii("acsp"));
        header.position(64);
        header.putInt(0); // rendering intent: perceptual
        putS15(header, 0.9642); // the D50 illuminant
        putS15(header, 1.0);
        putS15(header, 0.8249);
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(header.array()).put(table.array()).put(body.toByteArray());
        return out.array();
    }

    private record Tag(String signature, byte[] data) {}

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static void putS15(ByteBuffer b, double v) {
        b.putInt((int) Math.round(v * 65536));
    }

    private static byte[] xyz(double x, double y, double z) {
        ByteBuffer b = ByteBuffer.allocate(20);
        b.put(ascii("XYZ ")).putInt(0);
        putS15(b, x);
        putS15(b, y);
        putS15(b, z);
        return b.array();
    }

    private static byte[] text(String s) {
        byte[] t = ascii(s);
        ByteBuffer b = ByteBuffer.allocate(8 + t.length + 1);
        b.put(ascii("text")).putInt(0).put(t).put((byte) 0);
        return b.array();
    }

    /** The version 2 textDescriptionType: ASCII, then empty Unicode and ScriptCode parts. */
    private static byte[] description(String s) {
        byte[] t = ascii(s);
        ByteBuffer b = ByteBuffer.allocate(12 + t.length + 1 + 8 + 3 + 67);
        b.put(ascii("desc")).putInt(0).putInt(t.length + 1).put(t).put((byte) 0);
        b.putInt(0).putInt(0); // Unicode language and count
        b.putShort((short) 0).put((byte) 0); // ScriptCode code and count
        return b.array(); // the 67 bytes of ScriptCode string stay zero
    }

    /** The sRGB transfer function, sampled at 1024 points. */
    private static byte[] curve() {
        int n = 1024;
        ByteBuffer b = ByteBuffer.allocate(12 + 2 * n);
        b.put(ascii("curv")).putInt(0).putInt(n);
        for (int i = 0; i < n; i++) {
            double v = i / (double) (n - 1);
            double linear = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
            b.putShort((short) Math.round(linear * 65535));
        }
        return b.array();
    }
}
