/**
 * Lays the printed edition's XHTML out into PDF bytes with openhtmltopdf on PDFBox, embedding only the
 * project's own fonts, and keeps the renderer's workarounds to itself.
 */
package org.nj12320.bulletin.pdf;
