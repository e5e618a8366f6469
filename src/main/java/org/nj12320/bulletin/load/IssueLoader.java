package org.nj12320.bulletin.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nj12320.bulletin.model.Acknowledgement;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Colophon;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.IssueMeta;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Suggest;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.world.Folder;

/**
 * Loads the issue of a period from {@code data/<period>/}: the manifest {@code issue.yaml} and every file it
 * lists. All problems of all files are gathered before giving up, so an editor sees them at once.
 */
public final class IssueLoader {
    public static final String MANIFEST = "issue.yaml";

    private final Folder data;
    private final Folder templates;
    private final YamlReader yaml = new YamlReader((int) SourceText.MAX_BYTES);

    /**
     * @param data      the folder that holds one folder per period
     * @param templates the templates folder, where the prose templates say what figures they take
     */
    public IssueLoader(Folder data, Folder templates) {
        this.data = data;
        this.templates = templates;
    }

    /**
     * The issue and the problems found while loading it. When some files have errors, the issue holds the
     * sections that loaded cleanly, so that their figures can still be checked and every problem reported
     * in one go; such an issue is never printed.
     */
    public record Loaded(Issue issue, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** The periods that have a folder with a manifest, oldest first. */
    public List<Period> availablePeriods() {
        return data.folders().stream()
                .filter(name -> data.isFile(name + "/" + MANIFEST))
                .map(Period::parse)
                .flatMap(Optional::stream)
                .sorted(Comparator.comparing(Period::id))
                .toList();
    }

    /**
     * What to do about an issue whose folder is missing: start it from the one before with {@code new} when
     * there is one of its kind (a month from a month, a year from a year), and the periods there are.
     */
    private static String startHint(Period period, List<Period> have, Folder dir) {
        if (have.isEmpty()) {
            return "新建 " + dir.display(MANIFEST);
        }
        // the latest earlier issue of its kind, which new starts it from
        Optional<String> from = period.latestBefore(have).map(Period::id);
        return from.map(f -> "要开始这一期，运行 bulletin new " + period.option() + "（由 " + f + " 建立它的文件夹）；")
                        .orElse("")
                + "现有数据的期次：" + String.join("、", have.stream().map(Period::id).toList());
    }

    public Loaded load(Period period) throws BulletinException {
        Folder dir = data.sub(period.id());
        if (!data.exists()) {
            throw new BulletinException(Problem.error(
                    SourceRef.file(data.display()),
                    "找不到数据文件夹",
                    "在项目文件夹中运行（或用 ./bulletin 启动），或用 --root 指定项目文件夹、--data 指定数据文件夹"));
        }
        if (!dir.isFile(MANIFEST)) {
            List<Period> have = availablePeriods();
            throw new BulletinException(Problem.error(
                    SourceRef.file(dir.display(MANIFEST)),
                    dir.exists()
                            ? period.id() + " 的文件夹中没有 " + MANIFEST
                            : "没有 " + period.id() + " 的数据（找不到文件夹 " + dir.display() + "）",
                    startHint(period, have, dir)));
        }
        Problems problems = new Problems();
        ReadFolder read = new ReadFolder(dir);
        String manifestFile = dir.display(MANIFEST);
        YNode root = yaml.read(SourceText.read(read, MANIFEST), manifestFile);
        Fields f = Fields.of(root, problems, "issue.yaml");

        String bulletin = f.text("bulletin", true);
        String publisher = f.text("publisher", true);
        String periodText = f.text("period", true);
        if (periodText != null) {
            Optional<Period> declared = Period.parse(periodText);
            if (declared.isEmpty() || !declared.get().equals(period)) {
                problems.error(
                        f.refOf("period"),
                        "文件中写的期次是 " + periodText + "，但它位于 " + period.id() + " 的文件夹",
                        "改为 period: " + period.id());
            }
        }
        var printed = f.date("printed", true, printedExample(period));
        Long number = f.count("number", false, 999);

        List<Section> sections = new ArrayList<>();
        List<YNode> entries = f.list("sections", true);
        Set<String> unread = new HashSet<>();
        List<Acknowledgement> acknowledged = new ArrayList<>();
        // each section's file once: its name is the section's anchor, and a table's the name of its CSV
        Map<String, String> files = new HashMap<>();
        for (YNode entry : entries) {
            if (entry instanceof YNode.YMap m) {
                // a file the manifest names is not left over, even when a slip in its entry kept it unread
                m.entries().values().stream()
                        .filter(v -> v instanceof YNode.YScalar)
                        .forEach(v -> read.named(((YNode.YScalar) v).text().strip()));
                if (twice(m, files, problems)) {
                    continue;
                }
            }
            int before = problems.errorCount();
            Section s = section(entry, read, problems, acknowledged, period);
            // a section with errors of its own would only add confusing follow-up problems
            if (s != null && problems.errorCount() == before) {
                sections.add(s);
            } else if (entry instanceof YNode.YMap m) {
                for (Section.Kind k : Section.Kind.values()) {
                    if (m.get(k.keyword()) instanceof YNode.YScalar v && k.namesFile()) {
                        unread.add(idOf(v.text().strip()));
                    }
                }
            }
        }
        if (entries.isEmpty()) {
            problems.error(f.refOf("sections"), "本期没有任何栏目", "在 sections: 下列出文章和表格");
        }
        Colophon colophon = f.map("colophon", true).map(c -> colophon(c)).orElse(null);
        f.finish();
        read.reportUnread(problems, MANIFEST);

        IssueMeta meta = new IssueMeta(
                bulletin,
                publisher,
                period,
                printed,
                number == null ? null : number.intValue(),
                f.node("printed").map(YNode::ref).orElse(f.ref()));
        return new Loaded(new Issue(meta, sections, colophon, unread, acknowledged), problems.list());
    }

    /**
     * Whether the entry names a file already named by an earlier one, or one of the same name in another
     * folder (reported at the entry); remembers its file otherwise.
     */
    private static boolean twice(YNode.YMap entry, Map<String, String> files, Problems problems) {
        for (Section.Kind k : Section.Kind.values()) {
            if (k.namesFile() && entry.get(k.keyword()) instanceof YNode.YScalar v && !v.isNull()) {
                String file = v.text().strip();
                if (file.startsWith("/") || file.startsWith("\\") || file.contains("..")) {
                    // a path out of the folder is an error of its own, said when the section is read
                    return false;
                }
                String earlier = files.putIfAbsent(idOf(file), file);
                if (earlier != null) {
                    problems.error(
                            v.ref(),
                            earlier.equals(file)
                                    ? "“" + file + "”在前面已经列过一次"
                                    : "“" + file + "”与前面的“" + earlier + "”同名（不计文件夹和扩展名）",
                            earlier.equals(file) ? "删去重复的这一行" : "给其中一个文件改个名字，并改这里的文件名");
                    return true;
                }
            }
        }
        return false;
    }

    private Colophon colophon(Fields c) {
        String organisation = c.text("organisation", true);
        String address = c.text("address", true);
        String postcode = c.text("postcode", true);
        String phone = c.text("phone", true);
        String fax = c.text("fax", false);
        String email = c.text("email", false);
        String website = c.text("website", false);
        List<String> channels = new ArrayList<>();
        for (YNode n : c.list("channels", false)) {
            String t = c.asText(n);
            if (t != null) {
                channels.add(t);
            }
        }
        String editor = c.text("editor", false);
        Long copies = c.count("copies", false, 1_000_000_000L);
        c.finish();
        return new Colophon(organisation, address, postcode, phone, fax, email, website, channels, editor, copies);
    }

    private static final List<String> KINDS =
            Arrays.stream(Section.Kind.values()).map(Section.Kind::keyword).toList();

    private Section section(
            YNode entry, Folder dir, Problems problems, List<Acknowledgement> acknowledged, Period period) {
        Fields f = Fields.of(entry, problems, "栏目");
        List<Section.Kind> kinds = Arrays.stream(Section.Kind.values())
                .filter(k -> f.keys().contains(k.keyword()))
                .toList();
        f.know(KINDS.toArray(String[]::new));
        String template = f.text("template", false);
        Long foldL = f.count("fold", false);
        if (kinds.size() != 1) {
            f.finish();
            // a kind misspelt (tabel:) is an unknown field, said with the kind meant: no second error about it
            boolean misspelt = kinds.isEmpty()
                    && f.keys().stream()
                            .filter(k -> !k.equals("template") && !k.equals("fold"))
                            .anyMatch(k -> Suggest.nearest(k, KINDS).isPresent());
            if (misspelt) {
                return null;
            }
            problems.error(
                    f.ref(),
                    kinds.isEmpty()
                            ? "栏目须写明类别：" + String.join("、", KINDS)
                            : "一个栏目只能是一种类别，这里写了 "
                                    + String.join(
                                            "、",
                                            kinds.stream()
                                                    .map(Section.Kind::keyword)
                                                    .toList()),
                    "例如写作 - table: appointments.yaml");
            return null;
        }
        Section.Kind kind = kinds.get(0);
        String value = f.text(kind.keyword(), true);
        f.finish();
        if (value == null) {
            return null;
        }
        if (foldL != null && !kind.folds()) {
            problems.error(f.refOf("fold"), "只有表格才有 fold:", "");
        }
        String display = dir.display(value);
        String id = idOf(value);
        try {
            // a file that cannot be read is reported at the line of the manifest that names it
            String text = kind.namesFile() ? SourceText.read(dir, value, f.refOf(kind.keyword())) : null;
            return switch (kind) {
                case HEADING -> new Section.Heading(value, f.refOf(kind.keyword()));
                case CHART -> {
                    if (template != null) {
                        problems.error(f.refOf("template"), "图表统一由图表模板排印，这里不用 template:", "");
                    }
                    yield new ChartReader(problems).read(yaml.read(text, display), id);
                }
                case ARTICLE -> {
                    String page = "sections/" + template + ".ftlx";
                    if (template != null && template.matches("[A-Za-z0-9_-]+") && !templates.isFile(page)) {
                        // an article's templates: those without figures of their own
                        List<String> prose = sectionTemplates(".figures.yaml");
                        List<String> known = sectionTemplates(".ftlx").stream()
                                .filter(n -> !prose.contains(n))
                                .toList();
                        problems.error(
                                f.refOf("template"),
                                "找不到模板 " + templates.display(page),
                                Suggest.nearest(template, known)
                                                .map(n -> "是否应为 " + n + "？")
                                                .orElse("检查 template: 的拼写，或新建该模板；")
                                        + "文章可用的模板：" + String.join("、", known));
                    }
                    ArticleReader.Result a = new ArticleReader(problems, yaml).read(text, display);
                    yield new Section.Article(
                            id,
                            a.title(),
                            a.subtitle(),
                            template == null ? "article" : template,
                            a.body(),
                            a.bodyLine(),
                            a.titleRef() != null ? a.titleRef() : SourceRef.file(display));
                }
                case TABLE -> {
                    YNode root = yaml.read(text, display);
                    acknowledged.addAll(AcknowledgementReader.read(root, id, problems));
                    TableData t = new TableReader(problems, dir, period).read(root, id);
                    if (template != null) {
                        problems.error(f.refOf("template"), "表格统一由表格模板排印，这里不用 template:", "");
                    }
                    int fold = foldL == null ? 1 : foldL.intValue();
                    if (fold < 1 || fold > 4) {
                        problems.error(
                                f.refOf("fold"), "fold 是表格分几组并排印出，应在 1 到 4 之间，实为 " + fold, "写 1（不分组）到 4；行多而列少的表格常写 2");
                        fold = 1;
                    }
                    yield new Section.Table(t, fold);
                }
                case TEXT -> {
                    if (template == null) {
                        problems.error(f.ref(), "text 栏目须写明由哪个模板写成段落", "补上 template: 及模板名");
                        yield null;
                    }
                    FigureSchema schema = schema(template, f.refOf("template"), problems);
                    if (schema == null) {
                        yield null;
                    }
                    YNode root = yaml.read(text, display);
                    acknowledged.addAll(AcknowledgementReader.read(root, id, problems));
                    FiguresReader.Result r = new FiguresReader(problems).read(root, schema);
                    yield new Section.Text(
                            id,
                            r.title(),
                            template,
                            r.figures(),
                            r.titleRef() != null ? r.titleRef() : SourceRef.file(display));
                }
            };
        } catch (BulletinException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The names of the section templates that have a file of this ending ({@code .ftlx}), in order. */
    private List<String> sectionTemplates(String ending) {
        return templates.sub("sections").files(1).stream()
                .filter(n -> n.endsWith(ending))
                .map(n -> n.substring(0, n.length() - ending.length()))
                .sorted()
                .toList();
    }

    /** The figures a prose template takes, from the file beside it; null, and reported, when there is none. */
    private FigureSchema schema(String template, SourceRef where, Problems problems) throws BulletinException {
        String file = FigureSchema.fileOf(template);
        if (!template.matches("[A-Za-z0-9_-]+")) {
            problems.error(where, "模板名“" + template + "”只能由字母、数字、- 和 _ 组成", "");
            return null;
        }
        if (!templates.isFile(file)) {
            // the prose templates there are: those with their figures file beside them
            List<String> known = sectionTemplates(".figures.yaml");
            problems.error(
                    where,
                    "模板 " + template + " 没有说明它用到哪些数字：找不到 " + templates.display(file),
                    Suggest.nearest(template, known).map(n -> "是否应为 " + n + "？").orElse("检查 template: 的拼写；")
                            + "新写的模板要在它旁边建这个文件，列出每项数字及其类型（count、decimal、rate、text、flag）"
                            + (known.isEmpty() ? "" : "；现有的文字模板：" + String.join("、", known)));
            return null;
        }
        return FigureSchema.read(yaml.read(SourceText.read(templates, file), templates.display(file)), problems);
    }

    private static String idOf(String file) {
        String name = file.contains("/") ? file.substring(file.lastIndexOf('/') + 1) : file;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem.replaceAll("[^A-Za-z0-9_-]", "-");
    }

    /** A print date of the issue's own print month, for hints: the 20th of the month after its period. */
    static LocalDate printedExample(Period period) {
        return period instanceof Period.Month m
                ? m.month().plusMonths(1).atDay(20)
                : LocalDate.of(period.year() + 1, 1, 20);
    }
}
