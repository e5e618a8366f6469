package org.nj12320.bulletin.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;
import org.nj12320.bulletin.layout.Bookmark;
import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.layout.Metadata;
import org.nj12320.bulletin.layout.Page;

/**
 * Writes laid-out pages as an archival, accessible PDF (PDF/A-3a and PDF/UA-1): the pages drawn with their
 * marked content ({@link PageDrawer}), the structure tree ({@link StructureTree}), the bookmarks, the metadata
 * in the information dictionary and as XMP ({@link Xmp}), the sRGB output intent, the attached files
 * ({@link AssociatedFiles}) and a document ID made from the content ({@link DocumentId}); the fonts embedded as
 * subsets of the glyphs drawn.
 */
public final class PdfWriter {
    private static final String CREATOR = "bulletin";
    private static final byte[] SRGB = SrgbProfile.bytes();

    private PdfWriter() {}

    /**
     * The PDF's bytes.
     *
     * @param source what the document was made from, for its ID: the same source gives the same ID
     */
    public static byte[] write(
            Layout.Document document,
            Layout.Result laid,
            String source,
            FontSet fonts,
            DocumentInfo info,
            List<PdfMaker.Attachment> attachments)
            throws IOException {
        Quiet.libraries();
        try (PDDocument doc = new PDDocument()) {
            doc.getDocument().setVersion(1.7f);
            doc.setVersion(1.7f);
            StructureTree structure = new StructureTree(document.root());
            PageDrawer drawer = new PageDrawer(doc, structure, laid.pages());
            List<PDPage> pages = new ArrayList<>();
            for (Page page : laid.pages()) {
                pages.add(drawer.draw(page));
            }
            drawer.finishFonts();
            structure.finish(doc);
            PDDocumentCatalog catalog = doc.getDocumentCatalog();
            PDMarkInfo mark = new PDMarkInfo();
            mark.setMarked(true);
            catalog.setMarkInfo(mark);
            catalog.setLanguage(document.metadata().language());
            PDViewerPreferences prefs = new PDViewerPreferences(new COSDictionary());
            prefs.setDisplayDocTitle(true);
            catalog.setViewerPreferences(prefs);
            // made here rather than by PDFBox, which has the colour-management library parse the profile first
            PDStream profile = new PDStream(doc, new ByteArrayInputStream(SRGB), COSName.FLATE_DECODE);
            profile.getCOSObject().setInt(COSName.N, 3);
            COSDictionary intentDict = new COSDictionary();
            intentDict.setItem(COSName.TYPE, COSName.OUTPUT_INTENT);
            intentDict.setItem(COSName.S, COSName.GTS_PDFA1);
            intentDict.setItem(COSName.DEST_OUTPUT_PROFILE, profile);
            PDOutputIntent intent = new PDOutputIntent(intentDict);
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
            bookmarks(catalog, document.bookmarks(), laid, pages);
            metadata(doc, document.metadata(), info);
            AssociatedFiles.attach(doc, attachments, info);
            DocumentId.set(doc, DocumentId.of(source, fonts, info, attachments));
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static void bookmarks(
            PDDocumentCatalog catalog, List<Bookmark> marks, Layout.Result laid, List<PDPage> pages) {
        if (marks.isEmpty()) {
            return;
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        add(outline, marks, laid, pages);
        catalog.setDocumentOutline(outline);
    }

    private static void add(PDOutlineNode parent, List<Bookmark> marks, Layout.Result laid, List<PDPage> pages) {
        for (Bookmark b : marks) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle(b.title());
            Layout.Position at = laid.anchors().get(b.anchor());
            if (at != null) {
                PDPageXYZDestination dest = new PDPageXYZDestination();
                PDPage page = pages.get(at.page());
                dest.setPage(page);
                dest.setLeft(0);
                dest.setTop(Math.round(page.getMediaBox().getHeight() - at.y()));
                item.setDestination(dest);
            }
            parent.addLast(item);
            add(item, b.children(), laid, pages);
        }
    }

    private static void metadata(PDDocument doc, Metadata about, DocumentInfo info) throws IOException {
        PDDocumentInformation di = doc.getDocumentInformation();
        GregorianCalendar date = GregorianCalendar.from(info.date());
        di.setTitle(about.title());
        di.setAuthor(about.author());
        di.setSubject(about.subject());
        di.setKeywords(about.keywords());
        di.setCreator(CREATOR);
        di.setProducer(info.producer());
        di.setCreationDate(date);
        di.setModificationDate(date);
        PDMetadata meta = new PDMetadata(doc);
        meta.importXMPMetadata(
                Xmp.of(about, CREATOR, info.producer(), info.date()).getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(meta);
    }
}
