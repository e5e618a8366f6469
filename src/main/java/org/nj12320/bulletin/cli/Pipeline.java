package org.nj12320.bulletin.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.nj12320.bulletin.compute.ComputedIssue;
import org.nj12320.bulletin.compute.IssueComputer;
import org.nj12320.bulletin.compute.PrintedTexts;
import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.pdf.FontCoverage;
import org.nj12320.bulletin.load.IssueLoader;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.pdf.DocumentInfo;
import org.nj12320.bulletin.pdf.FontSet;
import org.nj12320.bulletin.pdf.PdfMaker;
import org.nj12320.bulletin.render.HtmlRenderer;
import org.nj12320.bulletin.render.Xhtml;

/**
 * Runs the stages in order: load, compute, render, PDF. The template configuration and the fonts are made
 * once per process and shared by every issue it builds.
 */
final class Pipeline implements AutoCloseable {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final Project project;
    private final boolean strict;
    private final IssueLoader loader;
    private HtmlRenderer renderer;
    private FontSet fonts;

    Pipeline(Project project, boolean strict) {
        this.project = project;
        this.strict = strict;
        this.loader = new IssueLoader(project.data(), project.display(project.data()));
    }

    /** A checked issue, the warnings it has, and its page as XHTML. */
    record Checked(ComputedIssue issue, List<Problem> warnings, String xhtml) {
    }

    /** A built issue. */
    record Built(Checked checked, byte[] pdf, int pages) {
    }

    /**
     * Loads, computes and checks an issue, then fills the templates with it and checks the page: everything
     * a build does short of laying out the PDF. With {@code strict}, warnings count as errors.
     */
    Checked check(Period period) throws BulletinException {
        IssueLoader.Loaded loaded = loader.load(period);
        ComputedIssue computed = IssueComputer.compute(loaded.issue());
        List<Problem> all = new ArrayList<>(loaded.problems());
        all.addAll(computed.problems());
        SourceRef manifest = SourceRef.file(project.display(project.data()) + "/" + period.id() + "/" + IssueLoader.MANIFEST);
        all.addAll(FontCoverage.check(PrintedTexts.of(loaded.issue(), manifest), fonts()));
        if (strict) {
            all = all.stream().map(Problem::asError).toList();
        }
        if (all.stream().anyMatch(Problem::isError)) {
            throw new BulletinException(all);
        }
        try {
            String xhtml = renderer().render(computed);
            SourceRef templates = SourceRef.file(project.display(project.templates()));
            List<Problem> page = new ArrayList<>(Xhtml.externalReferences(xhtml, templates));
            // the templates' own words must be printable too
            page.addAll(FontCoverage.check(List.of(new LocatedText(Xhtml.text(xhtml), templates)), fonts()));
            if (!page.isEmpty()) {
                throw new BulletinException(page);
            }
            return new Checked(computed, all, xhtml);
        } catch (BulletinException e) {
            throw withWarnings(all, e);
        }
    }

    /** Everything {@link #check} does, then the PDF; writes nothing. */
    Built build(Period period) throws BulletinException {
        Checked checked = check(period);
        try {
            DocumentInfo info = new DocumentInfo(documentDate(checked.issue().meta().printed()), Main.version());
            PdfMaker.Pdf pdf = new PdfMaker(fonts(), project.display(project.templates())).make(checked.xhtml(), info);
            return new Built(checked, pdf.bytes(), pdf.pages());
        } catch (BulletinException e) {
            throw withWarnings(checked.warnings(), e);
        }
    }

    /**
     * The date written into the PDF: {@code SOURCE_DATE_EPOCH} when it is set (reproducible-builds.org),
     * else the start of the issue's print date; never the clock.
     */
    static ZonedDateTime documentDate(LocalDate printed) {
        return documentDate(printed, System.getenv("SOURCE_DATE_EPOCH"));
    }

    static ZonedDateTime documentDate(LocalDate printed, String epoch) {
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZONE);
        }
        return printed.atStartOfDay(ZONE);
    }

    /** The warnings of the data are reported with the errors that stopped the work. */
    private static BulletinException withWarnings(List<Problem> warnings, BulletinException e) {
        List<Problem> all = new ArrayList<>(warnings);
        all.addAll(e.problems());
        return new BulletinException(all);
    }

    List<Period> availablePeriods() {
        return loader.availablePeriods();
    }

    private HtmlRenderer renderer() throws BulletinException {
        if (renderer == null) {
            renderer = new HtmlRenderer(project.templates(), project.display(project.templates()));
        }
        return renderer;
    }

    private FontSet fonts() throws BulletinException {
        if (fonts == null) {
            fonts = FontSet.open(project.fonts(), project.display(project.fonts()));
        }
        return fonts;
    }

    @Override
    public void close() {
        if (fonts != null) {
            fonts.close();
        }
    }
}
