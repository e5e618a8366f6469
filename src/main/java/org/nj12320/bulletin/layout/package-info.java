/**
 * A typesetting engine for Chinese documents that knows nothing of bulletins: paragraphs broken into lines by
 * total fit under the rules of Chinese typesetting (punctuation compression, Han–Latin spacing, prohibitions at
 * line starts and ends), blocks with margins, borders and backgrounds, tables with spanning cells and repeated
 * header rows, pages with running heads, and the structure tags of every piece it places. It measures through
 * {@link org.nj12320.bulletin.layout.Face} and returns pages of positioned glyphs and rules; drawing them into a
 * file is another stage's work.
 */
package org.nj12320.bulletin.layout;
