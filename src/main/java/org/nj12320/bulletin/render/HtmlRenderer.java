package org.nj12320.bulletin.render;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import org.nj12320.bulletin.compute.ChartView;
import org.nj12320.bulletin.compute.ComputedIssue;
import org.nj12320.bulletin.compute.NumberFormats;
import org.nj12320.bulletin.compute.TableView;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.world.Folder;

import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XHTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;

/**
 * Renders a computed issue to XHTML with the FreeMarker templates of the project. The configuration is made
 * once and reused for every issue. Templates get formatted figures and a few formatting functions; they cannot
 * create Java objects or reach Java APIs.
 */
public final class HtmlRenderer {
    /** The template of an issue's content, which every edition's page template includes. */
    public static final String CONTENT = "issue.ftlx";

    static {
        // FreeMarker logs nothing the tool needs (template errors come back as exceptions, reported as problems):
        // without a logging library named, it looks for several and starts java.util.logging in every fresh process
        if (System.getProperty(freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY) == null) {
            System.setProperty(
                    freemarker.log.Logger.SYSTEM_PROPERTY_NAME_LOGGER_LIBRARY, freemarker.log.Logger.LIBRARY_NAME_NONE);
        }
    }

    private final Configuration cfg;
    private final Folder templates;
    private final String templatesDisplay;

    /**
     * @param templates the templates folder
     * @param zone      the time zone dates are meant in
     */
    public HtmlRenderer(Folder templates, ZoneId zone) throws BulletinException {
        this.templates = templates;
        this.templatesDisplay = templates.display();
        if (!templates.exists()) {
            throw new BulletinException(
                    Problem.error(SourceRef.file(templatesDisplay), "找不到模板文件夹", "在项目文件夹中运行，或用 --templates 指定模板文件夹"));
        }
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new FolderTemplateLoader(templates));
        // a template is checked for changes whenever it is used: a long-running process sees an edit at once
        cfg.setTemplateUpdateDelayMilliseconds(0);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(XHTMLOutputFormat.INSTANCE);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // the figures are printed as the bulletin prints them: no grouping, no locale
        cfg.setNumberFormat("computer");
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone(zone));
        // templates may not create objects (?new) or reach the Java API (?api)
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new RecordWrapper());
    }

    /**
     * The issue as one XHTML page of the edition, its text spaced by the rules of Chinese typesetting
     * ({@link CjkSpacing}).
     */
    public String render(ComputedIssue issue, Output edition) throws BulletinException {
        checkTemplates(issue, edition);
        Map<String, Object> model = new HashMap<>();
        model.put("meta", issue.meta());
        model.put("period", issue.meta().period());
        model.put("printed", dateText(issue.meta().printed()));
        model.put("sections", issue.sections());
        model.put("colophon", issue.colophon());
        model.put("bookmarks", Outline.of(issue.sections()));
        model.put("markdown", function("markdown", "一段 Markdown 文字，可再加其标题的级别，如 markdown(a.text, 3)", args -> {
            String md = args.isEmpty() ? "" : ((TemplateScalarModel) args.get(0)).getAsString();
            // the level of the text's own headings, when the template gives it: one below the section's title
            int level = args.size() > 1
                    ? ((TemplateNumberModel) args.get(1)).getAsNumber().intValue()
                    : 4;
            return XHTMLOutputFormat.INSTANCE.fromMarkup(MarkdownHtml.toHtml(md, level, edition == Output.WEB));
        }));
        model.put("num", function("num", "一个数，可再加格式，如 num(x, \"0.00\")", this::formatNumber));
        // a unit's name with the ends of its parts marked, where it had best wrap in a narrow column
        model.put(
                "phrases",
                function(
                        "phrases",
                        "一个单位名称（文字），如 phrases(c.text)",
                        args -> Phrases.marked(((TemplateScalarModel) args.get(0)).getAsString())));
        // a chart's marks at a width in points and a size of its words: the geometry is code, the template writes it
        model.put(
                "drawing",
                function(
                        "drawing",
                        "一张图、宽度和字号，如 drawing(c, 480, 9)",
                        args -> ChartDrawing.of(
                                (ChartView) ((freemarker.template.AdapterTemplateModel) args.get(0))
                                        .getAdaptedObject(ChartView.class),
                                ((TemplateNumberModel) args.get(1))
                                        .getAsNumber()
                                        .floatValue(),
                                ((TemplateNumberModel) args.get(2))
                                        .getAsNumber()
                                        .floatValue())));
        model.put("widths", function("widths", "一张表和宽度，如 widths(t, 100)", args -> {
            try {
                return ColumnWidths.of(
                        (TableView) ((freemarker.template.AdapterTemplateModel) args.get(0))
                                .getAdaptedObject(TableView.class),
                        ((TemplateNumberModel) args.get(1)).getAsNumber().doubleValue());
            } catch (IllegalArgumentException e) {
                throw new TemplateModelException(e.getMessage());
            }
        }));
        // a cell spanning rows is one cell, on paper as on a screen, and read as one
        model.put(
                "header",
                function(
                        "header",
                        "一张表，如 header(t)",
                        args -> HeaderGrid.spanning(
                                ((TableView) ((freemarker.template.AdapterTemplateModel) args.get(0))
                                                .getAdaptedObject(TableView.class))
                                        .header())));
        model.put("edition", edition.keyword());
        return process(pageTemplate(edition), model);
    }

    /**
     * What an issue holds, for the archive's index: the titles of the PDF's top-level bookmarks (the
     * articles before the first part, then the parts' headings), each on one line.
     */
    public static List<String> contents(ComputedIssue issue) {
        return Outline.of(issue.sections()).stream()
                .map(b -> b.title().replaceAll("\\s*\\R\\s*", ""))
                .toList();
    }

    /** The template of the archive's index page. */
    public static final String ARCHIVE = "site.ftlx";

    /** The index page of the archive of every issue, as XHTML (the web edition's finishing makes it HTML). */
    public String render(Archive archive) throws BulletinException {
        return process(ARCHIVE, Map.of("archive", archive));
    }

    /** A page template filled with the model, its text spaced; a template's mistake is a problem at its line. */
    private String process(String template, Map<String, Object> model) throws BulletinException {
        try {
            Template t = cfg.getTemplate(template);
            StringWriter out = new StringWriter(64 * 1024);
            t.process(model, out);
            return CjkSpacing.inXhtml(out.toString());
        } catch (TemplateException e) {
            throw new BulletinException(TemplateProblems.of(e, templatesDisplay));
        } catch (ParseException e) {
            throw new BulletinException(TemplateProblems.of(e, templatesDisplay));
        } catch (IOException e) {
            throw new BulletinException(
                    Problem.error(SourceRef.file(templatesDisplay + "/" + template), "无法读取模板：" + e.getMessage(), ""));
        }
    }

    /** The template that makes the whole page of an edition around the issue's content. */
    static String pageTemplate(Output edition) {
        return switch (edition) {
            case PRINT -> "print.ftlx";
            case WEB -> "web.ftlx";
        };
    }

    private void checkTemplates(ComputedIssue issue, Output edition) throws BulletinException {
        Set<String> names = new LinkedHashSet<>();
        List<Problem> problems = new ArrayList<>();
        names.add(pageTemplate(edition));
        names.add(CONTENT);
        for (ComputedIssue.SectionView s : issue.sections()) {
            String template = s.accept(SECTION_TEMPLATE);
            if (template == null) {
                continue;
            }
            String name = sectionTemplate(template);
            if (!template.matches("[A-Za-z0-9_-]+")) {
                problems.add(Problem.error(s.ref(), "模板名“" + template + "”只能由字母、数字、- 和 _ 组成", ""));
            } else if (!templates.isFile(name)) {
                problems.add(Problem.error(
                        s.ref(), "找不到模板 " + templatesDisplay + "/" + name, "检查 issue.yaml 中 template: 的拼写，或新建该模板"));
            } else {
                names.add(name);
            }
        }
        for (String name : names) {
            try {
                cfg.getTemplate(name);
            } catch (TemplateNotFoundException e) {
                problems.add(Problem.error(SourceRef.file(templatesDisplay + "/" + name), "找不到模板", ""));
            } catch (ParseException e) {
                problems.add(TemplateProblems.of(e, templatesDisplay));
            } catch (IOException e) {
                problems.add(
                        Problem.error(SourceRef.file(templatesDisplay + "/" + name), "无法读取模板：" + e.getMessage(), ""));
            }
        }
        if (!problems.isEmpty()) {
            throw new BulletinException(problems);
        }
    }

    /** The template a section names, for the kinds that name one. */
    private static final ComputedIssue.Visitor<String> SECTION_TEMPLATE = new ComputedIssue.Visitor<>() {
        @Override
        public String heading(ComputedIssue.Heading h) {
            return null;
        }

        @Override
        public String article(ComputedIssue.Article a) {
            return a.template();
        }

        @Override
        public String table(ComputedIssue.Table t) {
            return null;
        }

        @Override
        public String text(ComputedIssue.Text t) {
            return t.template();
        }

        @Override
        public String chart(ComputedIssue.Chart c) {
            return null;
        }
    };

    /** Where the template of a section lives: {@code sections/<name>.ftlx}. */
    public static String sectionTemplate(String name) {
        return "sections/" + name + ".ftlx";
    }

    /** {@code num(x)} or {@code num(x, "亿2")} in templates. */
    private Object formatNumber(List<?> args) throws TemplateModelException {
        if (args.isEmpty() || !(args.get(0) instanceof TemplateNumberModel n)) {
            throw new TemplateModelException("num() 的第一个参数应为数字");
        }
        String spec = args.size() > 1 ? ((TemplateScalarModel) args.get(1)).getAsString() : "";
        Number value = n.getAsNumber();
        BigDecimal d = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
        try {
            return NumberFormats.format(d, spec);
        } catch (IllegalArgumentException e) {
            throw new TemplateModelException(e.getMessage());
        }
    }

    /**
     * A function the templates call, which says what it takes when given something else (a number for a name, a
     * value missing) rather than that an exception was thrown: at the template's line, as any slip there.
     */
    private static TemplateMethodModelEx function(String name, String takes, TemplateMethodModelEx f) {
        return args -> {
            try {
                return f.exec(args);
            } catch (ClassCastException | IndexOutOfBoundsException e) {
                throw new TemplateModelException(name + "(…) 要" + takes);
            }
        };
    }

    /** 2023 年 4 月 27 日 */
    public static String dateText(java.time.LocalDate d) {
        return d.getYear() + " 年 " + d.getMonthValue() + " 月 " + d.getDayOfMonth() + " 日";
    }
}
