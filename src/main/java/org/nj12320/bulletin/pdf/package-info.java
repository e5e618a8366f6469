/** Lays XHTML out into PDF bytes with openhtmltopdf on PDFBox, embedding only the project's own fonts. */
package org.nj12320.bulletin.pdf;
