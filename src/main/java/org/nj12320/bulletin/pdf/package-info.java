/**
 * The PDF file: laid-out pages drawn with Apache PDFBox, their content tagged (marked-content sequences and the
 * structure tree), bookmarks, metadata, attached files and the sRGB output intent of PDF/A-3a and PDF/UA-1; the
 * bulletin's fonts read, measured for the layout, and embedded as subsets; pages of a PDF drawn as images for
 * the preview.
 */
package org.nj12320.bulletin.pdf;
