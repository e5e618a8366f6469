package org.nj12320.bulletin.cli;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.nj12320.bulletin.compute.Acknowledgements;
import org.nj12320.bulletin.compute.ComputedIssue;
import org.nj12320.bulletin.compute.History;
import org.nj12320.bulletin.compute.IssueChecks;
import org.nj12320.bulletin.compute.IssueComputer;
import org.nj12320.bulletin.compute.PrintedTexts;
import org.nj12320.bulletin.export.IssueSheets;
import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.load.IssueLoader;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.pdf.DocumentInfo;
import org.nj12320.bulletin.pdf.FontCoverage;
import org.nj12320.bulletin.pdf.FontSet;
import org.nj12320.bulletin.pdf.PdfMaker;
import org.nj12320.bulletin.print.PrintPage;
import org.nj12320.bulletin.render.Archive;
import org.nj12320.bulletin.render.Edition;
import org.nj12320.bulletin.render.HtmlRenderer;
import org.nj12320.bulletin.render.Xhtml;
import org.nj12320.bulletin.web.WebPage;
import org.nj12320.bulletin.world.World;

/**
 * Runs the stages in order: load, compute, check, render, PDF. What can be kept between issues (the template
 * configuration, the fonts) is made once and kept for as long as the pipeline lives, so a process that builds
 * several issues, or the same one again, pays for it once.
 */
final class Pipeline implements AutoCloseable {
    private final World world;
    private final boolean strict;
    private final IssueLoader loader;
    private Background background;
    private HtmlRenderer renderer;

    /**
     * @param layout whether PDFs will be made: the renderer is then warmed up in the background
     */
    Pipeline(World world, boolean strict, boolean layout) {
        this.world = world;
        this.strict = strict;
        this.loader = new IssueLoader(world.data(), world.templates());
        this.background = new Background(world.fonts(), layout);
    }

    /**
     * A checked issue, the warnings it has, the discrepancies of the source its editors have checked, its page as
     * XHTML, and the time it took.
     */
    record Checked(
            ComputedIssue issue,
            List<Problem> warnings,
            List<Acknowledgements.Confirmed> acknowledged,
            String xhtml,
            List<LocatedText> texts,
            Timings timings) {}

    /** A built issue, with its tables as the CSV files attached to the PDF. */
    record Built(Checked checked, byte[] pdf, int pages, List<IssueSheets.TableFile> tables, Timings timings) {}

    /**
     * Loads, computes and checks an issue, then fills the templates with it and checks the page: everything
     * a build does short of laying out the PDF. With {@code strict}, warnings count as errors.
     */
    Checked check(Period period) throws BulletinException {
        Timings.Stopwatch watch = new Timings.Stopwatch(world.clock());
        IssueLoader.Loaded loaded = loader.load(period);
        var load = watch.lap();
        Optional<IssueLoader.Loaded> before = previous(period);
        Optional<Issue> previous = before.map(IssueLoader.Loaded::issue);
        ComputedIssue computed = IssueComputer.compute(loaded.issue(), history(period.previous(), 0));
        var compute = watch.lap();
        List<Problem> all = new ArrayList<>(loaded.problems());
        all.addAll(computed.problems());
        SourceRef manifest = SourceRef.file(world.data().sub(period.id()).display(IssueLoader.MANIFEST));
        List<LocatedText> texts = PrintedTexts.of(loaded.issue(), manifest);
        all.addAll(IssueChecks.check(loaded.issue(), previous, manifest));
        all.addAll(FontCoverage.check(texts, fonts()));
        Acknowledgements.Result acks =
                Acknowledgements.apply(all, loaded.issue().acknowledged());
        all = acks.problems();
        var check = watch.lap();
        if (strict) {
            all = all.stream().map(Problem::asError).toList();
        }
        if (all.stream().anyMatch(Problem::isError)) {
            throw new BulletinException(all);
        }
        try {
            String xhtml = renderer().render(computed, Edition.PRINT);
            var render = watch.lap();
            SourceRef templates = SourceRef.file(world.templates().display());
            List<Problem> page = new ArrayList<>(Xhtml.externalReferences(xhtml, templates, texts));
            // the templates' own words must be printable too
            page.addAll(FontCoverage.check(List.of(new LocatedText(Xhtml.text(xhtml), templates)), fonts()));
            if (!page.isEmpty()) {
                throw new BulletinException(page);
            }
            Timings timings = new Timings(load, compute, check.plus(watch.lap()), render, Duration.ZERO, Duration.ZERO);
            return new Checked(computed, all, acks.confirmed(), xhtml, texts, timings);
        } catch (BulletinException e) {
            throw withWarnings(all, e);
        }
    }

    /** Everything {@link #check} does, then the PDF; writes nothing. */
    Built build(Period period) throws BulletinException {
        return pdf(check(period));
    }

    /**
     * The PDF of a checked issue, with its tables attached as the CSV files {@code bulletin export} writes, so
     * that the archived print carries its figures in a form a program can read.
     */
    Built pdf(Checked checked) throws BulletinException {
        try {
            DocumentInfo info =
                    new DocumentInfo(documentDate(checked.issue().meta().printed(), world), Main.version());
            List<IssueSheets.TableFile> tables = IssueSheets.tables(checked.issue());
            List<PdfMaker.Attachment> attachments = tables.stream()
                    .map(t -> new PdfMaker.Attachment(t.fileName(), t.title(), "text/csv", t.csv()))
                    .toList();
            long start = System.nanoTime();
            Layout.Document document = PrintPage.of(checked.xhtml(), world.templates(), fonts());
            Duration mapped = Duration.ofNanos(System.nanoTime() - start);
            PdfMaker.Pdf pdf = new PdfMaker(fonts()).make(document, checked.xhtml(), info, attachments);
            return new Built(
                    checked,
                    pdf.bytes(),
                    pdf.pages(),
                    tables,
                    checked.timings().withPdf(mapped.plus(pdf.layout()), pdf.write()));
        } catch (BulletinException e) {
            throw withWarnings(checked.warnings(), e);
        }
    }

    /** The archive's index page, finished as the web edition is. */
    String archive(Archive archive) throws BulletinException {
        return WebPage.finish(
                renderer().render(archive), SourceRef.file(world.templates().display("style/site.css")));
    }

    /** The web edition of a checked issue: one HTML page that needs nothing from outside. */
    String web(Checked checked) throws BulletinException {
        try {
            String xhtml = renderer().render(checked.issue(), Edition.WEB);
            SourceRef templates = SourceRef.file(world.templates().display());
            List<Problem> references = Xhtml.externalReferences(xhtml, templates, checked.texts());
            if (!references.isEmpty()) {
                throw new BulletinException(references);
            }
            return WebPage.finish(xhtml, SourceRef.file(world.templates().display("style/web.css")));
        } catch (BulletinException e) {
            throw withWarnings(checked.warnings(), e);
        }
    }

    /**
     * The date written into the PDF: the one the world fixes ({@code SOURCE_DATE_EPOCH}) when it does, else
     * the start of the issue's print date in the bulletin's time zone; never the clock.
     */
    static ZonedDateTime documentDate(LocalDate printed, World world) {
        return world.fixedDate().map(i -> i.atZone(world.zone())).orElseGet(() -> printed.atStartOfDay(world.zone()));
    }

    /** The warnings of the data are reported with the errors that stopped the work. */
    private static BulletinException withWarnings(List<Problem> warnings, BulletinException e) {
        List<Problem> all = new ArrayList<>(warnings);
        all.addAll(e.problems());
        return new BulletinException(all);
    }

    /** How many periods back the cumulative figures are followed; beyond that a period's written ones count. */
    private static final int HISTORY_DEPTH = 36;

    /**
     * What a period carries into the next: its issue computed with its own history, back to the first
     * period in the data (or {@value #HISTORY_DEPTH} periods back).
     */
    private History history(Period period, int depth) {
        if (depth >= HISTORY_DEPTH || !loader.availablePeriods().contains(period)) {
            return History.NONE;
        }
        IssueLoader.Loaded loaded;
        try {
            loaded = loader.load(period);
        } catch (BulletinException e) {
            // a period whose data does not load at all carries nothing, and says so
            return new History(period, Map.of(), errors(e.problems().stream()));
        }
        ComputedIssue issue = IssueComputer.compute(loaded.issue(), history(period.previous(), depth + 1));
        return History.after(issue, errors(Stream.concat(loaded.problems().stream(), issue.problems().stream())));
    }

    private static long errors(Stream<Problem> problems) {
        return problems.filter(Problem::isError).count();
    }

    /**
     * The issue of the period before, when the data has it, as far as it loads, with its problems: its figures
     * are what this issue's are compared with and what its cumulative figures add to.
     */
    private Optional<IssueLoader.Loaded> previous(Period period) {
        Period before = period.previous();
        if (!loader.availablePeriods().contains(before)) {
            return Optional.empty();
        }
        try {
            return Optional.of(loader.load(before));
        } catch (BulletinException e) {
            return Optional.empty();
        }
    }

    List<Period> availablePeriods() {
        return loader.availablePeriods();
    }

    /**
     * The fonts, read in the background when the pipeline was made; read again when a font file has changed
     * since, so that a pipeline kept for many builds follows the fonts folder.
     */
    private FontSet fonts() throws BulletinException {
        FontSet fonts = background.fonts();
        if (!fonts.isCurrent()) {
            background.close();
            background = new Background(world.fonts(), false);
            fonts = background.fonts();
        }
        return fonts;
    }

    private HtmlRenderer renderer() throws BulletinException {
        if (renderer == null) {
            renderer = new HtmlRenderer(world.templates(), world.zone());
        }
        return renderer;
    }

    @Override
    public void close() {
        background.close();
    }
}
