package org.nj12320.bulletin.cli;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private CompletableFuture<FontSet> background;
    private CompletableFuture<Void> warmUp;

    Pipeline(Project project, boolean strict) {
        this.project = project;
        this.strict = strict;
        this.loader = new IssueLoader(project.data(), project.display(project.data()));
    }

    /** Where the time of one issue went, stage by stage, in nanoseconds. */
    record Timings(long load, long compute, long check, long render, long layout, long write) {
        @Override
        public String toString() {
            return String.format("读取 %d ms，计算 %d ms，核对 %d ms，模板 %d ms，排版 %d ms，写出（含字体子集）%d ms",
                    load / 1_000_000, compute / 1_000_000, check / 1_000_000, render / 1_000_000, layout / 1_000_000, write / 1_000_000);
        }
    }

    /** A checked issue, the warnings it has, its page as XHTML, and the time it took. */
    record Checked(ComputedIssue issue, List<Problem> warnings, String xhtml, Timings timings) {
    }

    /** A built issue. */
    record Built(Checked checked, byte[] pdf, int pages, Timings timings) {
    }

    /**
     * Loads, computes and checks an issue, then fills the templates with it and checks the page: everything
     * a build does short of laying out the PDF. With {@code strict}, warnings count as errors.
     */
    Checked check(Period period) throws BulletinException {
        long t0 = System.nanoTime();
        IssueLoader.Loaded loaded = loader.load(period);
        long t1 = System.nanoTime();
        ComputedIssue computed = IssueComputer.compute(loaded.issue());
        long t2 = System.nanoTime();
        List<Problem> all = new ArrayList<>(loaded.problems());
        all.addAll(computed.problems());
        SourceRef manifest = SourceRef.file(project.display(project.data()) + "/" + period.id() + "/" + IssueLoader.MANIFEST);
        all.addAll(FontCoverage.check(PrintedTexts.of(loaded.issue(), manifest), fonts()));
        long t3 = System.nanoTime();
        if (strict) {
            all = all.stream().map(Problem::asError).toList();
        }
        if (all.stream().anyMatch(Problem::isError)) {
            throw new BulletinException(all);
        }
        try {
            String xhtml = renderer().render(computed);
            long t4 = System.nanoTime();
            SourceRef templates = SourceRef.file(project.display(project.templates()));
            List<Problem> page = new ArrayList<>(Xhtml.externalReferences(xhtml, templates));
            // the templates' own words must be printable too
            page.addAll(FontCoverage.check(List.of(new LocatedText(Xhtml.text(xhtml), templates)), fonts()));
            if (!page.isEmpty()) {
                throw new BulletinException(page);
            }
            return new Checked(computed, all, xhtml, new Timings(t1 - t0, t2 - t1, t3 - t2 + System.nanoTime() - t4, t4 - t3, 0, 0));
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
            Timings t = checked.timings();
            return new Built(checked, pdf.bytes(), pdf.pages(),
                    new Timings(t.load(), t.compute(), t.check(), t.render(), pdf.layoutNanos(), pdf.writeNanos()));
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

    /**
     * Starts work that a build will need in a second thread, while the first reads and computes the issue:
     * parsing the fonts, then laying out a small page so that the renderer's classes are loaded and compiled
     * by the time the issue's pages are laid out. On two cores this takes a good part of the fixed cost of a
     * fresh process off the critical path.
     */
    void prepareInBackground(boolean layout) {
        if (background != null) {
            return;
        }
        background = CompletableFuture.supplyAsync(() -> {
            try {
                return FontSet.open(project.fonts(), project.display(project.fonts()));
            } catch (BulletinException e) {
                throw new CompletionException(e);
            }
        }, Pipeline::daemon);
        if (layout) {
            warmUp = background.thenAcceptAsync(PdfMaker::warmUp, Pipeline::daemon);
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "bulletin-prepare");
        t.setDaemon(true);
        t.start();
    }

    private FontSet fonts() throws BulletinException {
        if (fonts == null) {
            prepareInBackground(false);
            try {
                fonts = background.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof BulletinException b) {
                    throw b;
                }
                throw e;
            }
        }
        return fonts;
    }

    @Override
    public void close() {
        if (warmUp != null) {
            // the warm-up uses the fonts; let it finish before they are closed
            warmUp.exceptionally(t -> null).join();
        }
        if (fonts != null) {
            fonts.close();
        }
    }
}
