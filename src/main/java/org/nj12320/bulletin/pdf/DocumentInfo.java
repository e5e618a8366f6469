package org.nj12320.bulletin.pdf;

import java.time.ZonedDateTime;

/**
 * What the PDF says about itself beyond what the XHTML carries.
 *
 * @param date the creation and modification date written into the PDF: the print date, never the clock
 */
public record DocumentInfo(ZonedDateTime date) {
}
