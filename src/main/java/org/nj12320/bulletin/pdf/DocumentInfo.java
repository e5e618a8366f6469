package org.nj12320.bulletin.pdf;

import java.time.ZonedDateTime;

/**
 * What the PDF says about itself beyond what the XHTML carries.
 *
 * @param date     the creation and modification date written into the PDF: the print date or the
 *                 time {@code SOURCE_DATE_EPOCH} gives, never the clock, so that a build can be repeated
 *                 byte for byte
 * @param producer the tool and its version, written as the PDF's producer
 */
public record DocumentInfo(ZonedDateTime date, String producer) {}
