package org.nj12320.bulletin.pdf;

/**
 * Silences the PDF libraries' logging: what matters to an editor is reported as a problem, and the rest (a
 * cmap subtable the fonts carry but nobody needs) would only bury the messages that count. PDFBox logs through
 * commons-logging, which is told here to use its logger that writes nothing; told outright, its factory is
 * not looked for either: it would otherwise search the class path for Log4j and SLF4J and fall back on
 * {@code java.util.logging}, which a fresh process then starts, at every run.
 */
final class Quiet {
    private static boolean done;

    private Quiet() {}

    /** Sets the logger, once per process; called by whatever in this package is about to use the libraries. */
    static synchronized void libraries() {
        if (!done) {
            // what a user sets on the command line (-Dorg.apache.commons.logging.Log=…) still wins
            setIfAbsent("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            setIfAbsent("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.NoOpLog");
            done = true;
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
