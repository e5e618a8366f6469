package org.nj12320.bulletin.pdf;

import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the PDF libraries' console logging: what matters to an editor is reported as a problem, and
 * the rest (a cmap subtable the fonts carry but nobody needs) would only bury the messages that count.
 */
final class Quiet {
    // java.util.logging keeps loggers weakly; these references keep the levels set
    private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
    private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

    static {
        PDFBOX.setLevel(Level.OFF);
        FONTBOX.setLevel(Level.OFF);
        XRLog.setLoggingEnabled(false);
    }

    private Quiet() {
    }

    /** Makes sure the levels are set; the work is done once, when the class loads. */
    static void ensure() {
        // the static initialiser has run by the time this returns
    }
}
