package org.nj12320.bulletin.pdf;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Silences the PDF libraries' console logging: what matters to an editor is reported as a problem, and
 * the rest (a cmap subtable the fonts carry but nobody needs) would only bury the messages that count.
 */
final class Quiet {
    // java.util.logging keeps loggers weakly; these references keep the levels set
    private static Logger pdfbox;
    private static Logger fontbox;

    private Quiet() {}

    /** Sets the levels, once per process; called by whatever in this package is about to use the libraries. */
    static synchronized void libraries() {
        if (pdfbox == null) {
            pdfbox = Logger.getLogger("org.apache.pdfbox");
            fontbox = Logger.getLogger("org.apache.fontbox");
            pdfbox.setLevel(Level.OFF);
            fontbox.setLevel(Level.OFF);
        }
    }
}
