package org.nj12320.bulletin.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

/**
 * Files carried inside the PDF as PDF/A-3 associated files of the document: each is embedded (with its type
 * and a date, the document's own, so that the same issue gives the same bytes), listed in the document's
 * attachments, and named in the catalogue's {@code /AF} with the relationship {@code /Data}, which says that
 * the file holds the data the document shows. PDF/UA asks the same file specification to carry its name both
 * as {@code /F} and as {@code /UF}.
 */
final class AssociatedFiles {
    private AssociatedFiles() {}

    private static final COSName AF_RELATIONSHIP = COSName.getPDFName("AFRelationship");
    private static final COSName DATA = COSName.getPDFName("Data");

    static void attach(PDDocument doc, List<PdfMaker.Attachment> files, DocumentInfo info) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        GregorianCalendar date = GregorianCalendar.from(info.date());
        COSArray associated = new COSArray();
        Map<String, PDComplexFileSpecification> byName = new TreeMap<>();
        for (PdfMaker.Attachment a : files) {
            PDEmbeddedFile embedded =
                    new PDEmbeddedFile(doc, new ByteArrayInputStream(a.bytes()), COSName.FLATE_DECODE);
            embedded.setSubtype(a.mediaType());
            embedded.setSize(a.bytes().length);
            embedded.setCreationDate(date);
            embedded.setModDate(date);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(a.name());
            spec.setFileUnicode(a.name());
            spec.setEmbeddedFile(embedded);
            spec.setEmbeddedFileUnicode(embedded);
            spec.setFileDescription(a.description());
            spec.getCOSObject().setItem(AF_RELATIONSHIP, DATA);
            associated.add(spec);
            if (byName.put(a.name(), spec) != null) {
                throw new IllegalArgumentException("two attachments named " + a.name());
            }
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        doc.getDocumentCatalog().getCOSObject().setItem(COSName.AF, associated);
    }
}
