package org.nj12320.bulletin.layout;

/**
 * What is drawn but is not content: it is left out of the document's structure, and a reader that reads the
 * document aloud passes over it.
 */
public enum Artifact {
    /** Rules, borders and shading. */
    LAYOUT,
    /** A running head at the top of a page. */
    HEADER,
    /** The page number at the foot. */
    FOOTER,
    /** Table header rows repeated on a page the table continues on. */
    REPEATED
}
