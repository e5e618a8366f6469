package org.nj12320.bulletin.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import javax.xml.transform.TransformerException;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * Lays out an issue's XHTML and returns the PDF as bytes. Nothing outside the document is loaded: no URL,
 * no file, no system font; only the fonts of the {@link FontSet}.
 */
public final class PdfMaker {
    static {
        // the renderer reports through a diagnostic consumer below, not on the console
        Quiet.ensure();
        // the strongest compression costs little for files of this size, and every kilobyte goes to print and web
        if (System.getProperty("org.apache.pdfbox.filter.deflatelevel") == null) {
            System.setProperty("org.apache.pdfbox.filter.deflatelevel", "9");
        }
    }

    private static final String CREATOR = "bulletin";

    /** The sRGB profile of the output intent. */
    private static final byte[] SRGB = SrgbProfile.bytes();

    private final FontSet fonts;
    private final String templatesDisplay;

    /**
     * @param templatesDisplay how messages name the templates folder, to which every reference in the
     *                         document goes back
     */
    public PdfMaker(FontSet fonts, String templatesDisplay) {
        this.fonts = fonts;
        this.templatesDisplay = templatesDisplay;
    }

    /** A finished PDF: its bytes and its number of pages. */
    /**
     * @param layoutNanos time spent laying out and drawing the pages
     * @param writeNanos  time spent writing the file, font subsetting included
     */
    public record Pdf(byte[] bytes, int pages, long layoutNanos, long writeNanos) {
    }

    public Pdf make(String xhtml, DocumentInfo info) throws BulletinException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            builder.useFastMode();
            // archival and accessible: PDF/A-3a (tagged, Unicode text, sRGB output intent) and PDF/UA-1
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(SRGB);
            for (FontSet.Loaded f : fonts.fonts()) {
                // subset-embed the shared font into this document only when it is used
                LazyFont font = new LazyFont(doc, f);
                if (f.face().core()) {
                    // the full font has the core's design: its metrics, given before the renderer asks, spare reading it
                    String key = MetricsCache.key(f.face().family(), f.face().weight());
                    if (fonts.metrics().get(key) == null) {
                        PDFont pd = font.supply();
                        fonts.metrics().put(key, PdfBoxRawPDFontMetrics.fromPdfBox(pd, pd.getFontDescriptor()));
                    }
                    fonts.metrics().put(MetricsCache.key(FontSet.fullFamily(f.face().family()), f.face().weight()),
                            fonts.metrics().get(key));
                }
                builder.useFont(font, f.face().family(), f.face().weight(), BaseRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fonts.metrics());
            // the document may load nothing: no web address, no file; every attempt is reported
            Set<String> refused = new LinkedHashSet<>();
            builder.useExternalResourceAccessControl((uri, type) -> {
                refused.add(uri);
                return false;
            }, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.useUriResolver((base, uri) -> uri);
            builder.withDiagnosticConsumer(diagnostics::add);
            builder.addDOMMutator(new CjkSpacing());
            builder.useUnicodeLineBreaker(new CjkLineBreaker());
            builder.withHtmlContent(xhtml, null);
            builder.withProducer(info.producer());
            long start = System.nanoTime();
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            long laidOut = System.nanoTime();
            if (!refused.isEmpty()) {
                List<Problem> problems = new ArrayList<>();
                for (String uri : refused) {
                    problems.add(Problem.error(SourceRef.file(templatesDisplay), "模板引用了外部资源“" + uri + "”，排版时不会加载",
                            "本刊不从网络或项目之外读取任何文件；删去该引用（图片、样式表、字体），样式写进 style/print.css"));
                }
                throw new BulletinException(problems);
            }
            describe(doc, info, documentId(xhtml, info));
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            doc.save(out);
            List<Problem> problems = severe(diagnostics);
            if (!problems.isEmpty()) {
                throw new BulletinException(problems);
            }
            return new Pdf(out.toByteArray(), doc.getNumberOfPages(), laidOut - start, System.nanoTime() - laidOut);
        } catch (IOException e) {
            List<Problem> problems = new ArrayList<>(severe(diagnostics));
            problems.add(Problem.error(null, "排版时出错：" + e.getMessage(), "加 --stacktrace 重新运行可看到详细信息"));
            throw new BulletinException(problems);
        }
    }

    /**
     * Writes the parts of the document information that would otherwise come from the clock or chance: the
     * dates (in the information dictionary and, identically, in the XMP metadata that PDF/A requires) and
     * the document ID.
     */
    private static void describe(PDDocument doc, DocumentInfo info, byte[] id) throws IOException {
        doc.getDocumentCatalog().setLanguage("zh-CN");
        PDDocumentInformation di = doc.getDocumentInformation();
        GregorianCalendar date = GregorianCalendar.from(info.date());
        di.setCreationDate(date);
        di.setModificationDate(date);
        di.setCreator(CREATOR);
        PDMetadata meta = doc.getDocumentCatalog().getMetadata();
        if (meta != null) {
            try (InputStream in = meta.exportXMPMetadata()) {
                XMPMetadata xmp = new DomXmpParser().parse(in);
                XMPBasicSchema basic = xmp.getXMPBasicSchema();
                if (basic == null) {
                    basic = xmp.createAndAddXMPBasicSchema();
                }
                basic.setCreateDate(date);
                basic.setModifyDate(date);
                basic.setMetadataDate(date);
                basic.setCreatorTool(CREATOR);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new XmpSerializer().serialize(xmp, out, true);
                // xmpbox writes lang="x-default"; XMP wants the xml:lang attribute
                String text = out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
                meta.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
            } catch (XmpParsingException | TransformerException e) {
                throw new IOException("cannot rewrite the XMP metadata: " + e.getMessage(), e);
            }
        }
        dropEmptyArtifacts(doc);
        inlineMarkedContentProperties(doc);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** A small page with what the bulletin's pages hold: a heading, text, a table with a header. */
    private static final String SAMPLE = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>样张</title>"
            + "<style>body{font-family:'Noto Serif SC';text-align:justify}h1,th{font-family:'Noto Sans SC';font-weight:bold}"
            + "table{border-collapse:collapse;-fs-table-paginate:paginate}td,th{border:0.5pt solid #333}</style></head><body>"
            + "<h1>南京卫生信息</h1><p>2023\u2005年，全国卫生健康信息化发展指数发布。</p><table><caption>表</caption>"
            + "<thead><tr><th>单位</th><th>数量</th></tr></thead><tbody><tr><td>中心</td><td>1</td></tr></tbody></table></body></html>";

    /**
     * Lays out a small page and throws the result away, so that the classes of layout and PDF writing are
     * loaded and compiled before the real pages need them. Run in a second thread at start-up; any failure is
     * of no consequence and is ignored.
     */
    public static void warmUp(FontSet fonts) {
        try {
            new PdfMaker(fonts, "").make(SAMPLE, new DocumentInfo(java.time.ZonedDateTime.parse("2000-01-01T00:00Z"), "warm-up"));
        } catch (BulletinException | RuntimeException e) {
            // only time was at stake
        }
    }

    /**
     * The renderer opens a marked “Background” artifact for every box it might paint, and most of them hold
     * nothing: in the monthly issue about two thousand {@code BDC … EMC} pairs with nothing between them,
     * each with a property list in the page's resources. They mark nothing, so they go, with their property
     * lists.
     */
    private static void dropEmptyArtifacts(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            byte[] content;
            try (InputStream in = page.getContents()) {
                content = in.readAllBytes();
            }
            // the renderer writes its content streams one operator to a line, strings in hexadecimal
            String text = new String(content, StandardCharsets.ISO_8859_1);
            Matcher m = EMPTY_ARTIFACT.matcher(text);
            StringBuilder kept = new StringBuilder(text.length());
            Set<String> dropped = new HashSet<>();
            while (m.find()) {
                dropped.add(m.group(1));
                m.appendReplacement(kept, "");
            }
            if (dropped.isEmpty()) {
                continue;
            }
            m.appendTail(kept);
            PDStream stream = new PDStream(doc);
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(kept.toString().getBytes(StandardCharsets.ISO_8859_1));
            }
            page.setContents(stream);
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            Matcher stillUsed = USED_PROPERTIES.matcher(kept);
            Set<String> used = new HashSet<>();
            while (stillUsed.find()) {
                used.add(stillUsed.group(1));
            }
            if (properties != null) {
                for (COSName name : new ArrayList<>(properties.keySet())) {
                    if (dropped.contains(name.getName()) && !used.contains(name.getName())) {
                        properties.removeItem(name);
                    }
                }
            }
        }
    }

    private static final Pattern EMPTY_ARTIFACT = Pattern.compile("/Artifact /([A-Za-z0-9]+) BDC\\nEMC\\n");
    private static final Pattern USED_PROPERTIES = Pattern.compile("/([A-Za-z0-9]+) BDC");

    /**
     * The renderer writes the properties of every marked-content sequence (thousands of “Background”
     * artifacts, one per painted border or shading) as an object of its own; written inside the page's
     * resources instead, they take a tenth of the monthly issue's size less.
     */
    private static void inlineMarkedContentProperties(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            if (page.getResources() == null) {
                continue;
            }
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            if (properties == null) {
                continue;
            }
            for (COSName name : properties.keySet()) {
                if (properties.getDictionaryObject(name) instanceof COSDictionary d) {
                    d.setDirect(true);
                    properties.setItem(name, d);
                }
            }
        }
    }

    /** The document ID: a digest of the page, the fonts (by name and checksum) and the tool that made it. */
    private byte[] documentId(String xhtml, DocumentInfo info) throws IOException {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(xhtml.getBytes(StandardCharsets.UTF_8));
            for (FontSet.Loaded f : fonts.fonts()) {
                md.update((f.face().file() + ":" + f.size()).getBytes(StandardCharsets.UTF_8));
            }
            md.update(info.producer().getBytes(StandardCharsets.UTF_8));
            md.update(info.date().toString().getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    /** The renderer's warnings that mean the PDF would be wrong: a resource or font it could not use. */
    private List<Problem> severe(List<Diagnostic> diagnostics) {
        List<Problem> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(Problem.error(SourceRef.file(templatesDisplay), "排版器报告：" + d.getFormattedMessage(), "检查模板和样式表"));
            }
        }
        return out;
    }

    /** Embeds a shared font into one document, and only if the document uses it. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final FontSet.Loaded ttf;
        private PDFont font;

        LazyFont(PDDocument doc, FontSet.Loaded ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, ttf.font(), true);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return font;
        }
    }
}
