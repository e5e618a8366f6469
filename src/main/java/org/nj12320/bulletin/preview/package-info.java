/**
 * The live preview of an issue: a page served to this machine alone that shows the pages as images
 * (and its web edition, when it is made too) and replaces them as soon as a rebuild has made them, with the
 * problems of the data above them; the JDK's own HTTP server, and plain HTML, CSS and a little JavaScript kept
 * in the jar.
 */
package org.nj12320.bulletin.preview;
