package org.nj12320.bulletin.pipeline;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.pdf.DocumentInfo;
import org.nj12320.bulletin.pdf.FontCoverage;
import org.nj12320.bulletin.pdf.FontSet;
import org.nj12320.bulletin.pdf.PdfMaker;
import org.nj12320.bulletin.print.PrintPage;
import org.nj12320.bulletin.render.Archive;
import org.nj12320.bulletin.render.HtmlRenderer;
import org.nj12320.bulletin.render.Xhtml;
import org.nj12320.bulletin.web.WebPage;
import org.nj12320.bulletin.world.World;

/**
 * Runs the stages in order: load, compute, check, render, then each output's renderer. What can be kept between
 * issues (the template configuration, the fonts) is made once and kept for as long as the pipeline lives, so a
 * process that builds several issues, or the same one again, pays for it once.
 */
public final class Pipeline implements AutoCloseable {
    private final World world;
    private final boolean strict;
    private final String producer;
    private final IssueLoader loader;
    private Background background;
    private HtmlRenderer renderer;

    /**
     * @param producer the tool and its version, written into the PDF
     * @param layout   whether PDFs will be made: the layout is then warmed up in the background
     */
    public Pipeline(World world, boolean strict, String producer, boolean layout) {
        this.world = world;
        this.strict = strict;
        this.producer = producer;
        this.loader = new IssueLoader(world.data(), world.templates());
        this.background = new Background(world.fonts(), layout);
    }

    /**
     * A checked issue: the warnings it has, the discrepancies of the source its editors have checked, its
     * printed page (as the templates made it, and mapped onto the layout), the texts it prints with where each
     * was written, and the time it took.
     *
     * @param printed the printed edition's document, to be laid out once
     */
    public record Checked(
            ComputedIssue issue,
            List<Problem> warnings,
            List<Acknowledgements.Confirmed> acknowledged,
            String page,
            Layout.Document printed,
            List<LocatedText> texts,
            Timings timings) {}

    /** One output of an issue: its bytes, its pages (for a PDF) and the time it took in all. */
    public record Rendered(byte[] bytes, int pages, Timings timings) {}

    /** An issue's outputs, made whole before any is written, and its tables as the PDF carries them. */
    public record Made(Checked checked, Map<Output, Rendered> outputs, List<IssueSheets.TableFile> tables) {
        public Rendered get(Output o) {
            return outputs.get(o);
        }
    }

    /** What makes one output of a checked issue. */
    interface Renderer {
        Rendered render(Checked checked, List<IssueSheets.TableFile> tables) throws BulletinException;
    }

    /**
     * Loads, computes and checks an issue, then fills the templates with it, checks the page and maps it onto
     * the layout: everything a build does short of laying out the PDF. With {@code strict}, warnings count as
     * errors.
     */
    public Checked check(Period period) throws BulletinException {
        Timings.Stopwatch watch = new Timings.Stopwatch(world.clock());
        IssueLoader.Loaded loaded = loader.load(period);
        var load = watch.lap();
        Optional<IssueLoader.Loaded> before = previous(period);
        Optional<Issue> previous = before.map(IssueLoader.Loaded::issue);
        // the period before is read once: compared with this one, and the end of the history it carries
        ComputedIssue computed =
                IssueComputer.compute(loaded.issue(), history(period.previous(), 0, before.orElse(null)));
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
            String xhtml = renderer().render(computed, Output.PRINT);
            var render = watch.lap();
            SourceRef templates = SourceRef.file(world.templates().display());
            List<Problem> page = new ArrayList<>(Xhtml.externalReferences(xhtml, templates, texts));
            // the templates' own words must be printable too
            page.addAll(FontCoverage.check(List.of(new LocatedText(Xhtml.text(xhtml), templates)), fonts()));
            if (!page.isEmpty()) {
                throw new BulletinException(page);
            }
            check = check.plus(watch.lap());
            // the page mapped onto the layout: what the stylesheet or a template asks that it cannot do is found
            Layout.Document printed = PrintPage.of(xhtml, world.templates(), fonts());
            Timings timings = new Timings(load, compute, check, render, watch.lap(), Duration.ZERO);
            return new Checked(computed, all, acks.confirmed(), xhtml, printed, texts, timings);
        } catch (BulletinException e) {
            throw withWarnings(all, e);
        }
    }

    /** The outputs of a checked issue, in the order asked; nothing is written. */
    public Made make(Checked checked, Set<Output> outputs) throws BulletinException {
        try {
            List<IssueSheets.TableFile> tables = IssueSheets.tables(checked.issue());
            Map<Output, Rendered> made = new EnumMap<>(Output.class);
            for (Output o : outputs) {
                made.put(o, renderer(o).render(checked, tables));
            }
            return new Made(checked, made, tables);
        } catch (BulletinException e) {
            throw withWarnings(checked.warnings(), e);
        }
    }

    /** The renderer of each output. */
    private Renderer renderer(Output o) {
        return switch (o) {
            case PRINT -> this::print;
            case WEB -> this::web;
        };
    }

    /**
     * The PDF of a checked issue, with its tables attached as the CSV files {@code bulletin export} writes, so
     * that the archived print carries its figures in a form a program can read.
     */
    private Rendered print(Checked checked, List<IssueSheets.TableFile> tables) throws BulletinException {
        DocumentInfo info = new DocumentInfo(documentDate(checked.issue().meta().printed(), world), producer);
        List<PdfMaker.Attachment> attachments = tables.stream()
                .map(t -> new PdfMaker.Attachment(t.fileName(), t.title(), "text/csv", t.csv()))
                .toList();
        PdfMaker.Pdf pdf = new PdfMaker(fonts()).make(checked.printed(), checked.page(), info, attachments);
        return new Rendered(pdf.bytes(), pdf.pages(), checked.timings().plus(pdf.layout(), pdf.write()));
    }

    /** The web edition of a checked issue: one HTML page that needs nothing from outside. */
    private Rendered web(Checked checked, List<IssueSheets.TableFile> tables) throws BulletinException {
        Timings.Stopwatch watch = new Timings.Stopwatch(world.clock());
        String xhtml = renderer().render(checked.issue(), Output.WEB);
        SourceRef templates = SourceRef.file(world.templates().display());
        List<Problem> references = Xhtml.externalReferences(xhtml, templates, checked.texts());
        if (!references.isEmpty()) {
            throw new BulletinException(references);
        }
        String html = WebPage.finish(xhtml, SourceRef.file(world.templates().display("style/web.css")));
        return new Rendered(
                html.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                0,
                checked.timings().plus(Duration.ZERO, watch.lap()));
    }

    /** The archive's index page, finished as the web edition is. */
    public String archive(Archive archive) throws BulletinException {
        return WebPage.finish(
                renderer().render(archive), SourceRef.file(world.templates().display("style/site.css")));
    }

    /**
     * The date written into the PDF: the one the world fixes ({@code SOURCE_DATE_EPOCH}) when it does, else
     * the start of the issue's print date in the bulletin's time zone; never the clock.
     */
    public static ZonedDateTime documentDate(LocalDate printed, World world) {
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
     *
     * @param read the period's issue when it has been read already (the one before the issue built), or null
     */
    private History history(Period period, int depth, IssueLoader.Loaded read) {
        if (depth >= HISTORY_DEPTH || !loader.availablePeriods().contains(period)) {
            return History.NONE;
        }
        IssueLoader.Loaded loaded = read;
        if (loaded == null) {
            try {
                loaded = loader.load(period);
            } catch (BulletinException e) {
                // a period whose data does not load at all carries nothing, and says so
                return History.failed(period, errors(e.problems().stream()));
            }
        }
        History before = history(period.previous(), depth + 1, null);
        ComputedIssue issue = IssueComputer.compute(loaded.issue(), before);
        return History.after(
                issue, errors(Stream.concat(loaded.problems().stream(), issue.problems().stream())), before);
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

    public List<Period> availablePeriods() {
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
