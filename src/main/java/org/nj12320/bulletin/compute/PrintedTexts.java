package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Colophon;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.IssueMeta;
import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/** Every text of an issue that may be printed, with where it was written, for checks over all of them. */
public final class PrintedTexts {
    private PrintedTexts() {}

    public static List<LocatedText> of(Issue issue, SourceRef manifest) {
        return of(issue, manifest, true);
    }

    /**
     * The texts of the issue; without the body text of its articles when {@code articleBodies} is false
     * (news, whose dates are events, not the issue's period).
     */
    public static List<LocatedText> of(Issue issue, SourceRef manifest, boolean articleBodies) {
        List<LocatedText> out = new ArrayList<>();
        IssueMeta m = issue.meta();
        add(out, m.bulletin(), manifest.child("bulletin"));
        add(out, m.publisher(), manifest.child("publisher"));
        Colophon c = issue.colophon();
        if (c != null) {
            SourceRef r = manifest.child("colophon");
            for (String s : new String[] {
                c.organisation(), c.address(), c.postcode(), c.phone(), c.fax(), c.email(), c.website(), c.editor()
            }) {
                add(out, s, r);
            }
            c.channels().forEach(s -> add(out, s, r));
        }
        for (Section s : issue.sections()) {
            s.accept(new Section.Visitor<Void>() {
                @Override
                public Void heading(Section.Heading h) {
                    add(out, h.text(), h.ref());
                    return null;
                }

                @Override
                public Void article(Section.Article a) {
                    add(out, a.title(), a.ref());
                    add(out, a.subtitle(), a.ref());
                    if (!articleBodies) {
                        return null;
                    }
                    String[] lines = a.markdown().split("\n", -1);
                    for (int i = 0; i < lines.length; i++) {
                        add(out, lines[i], a.at(i, 0));
                    }
                    return null;
                }

                @Override
                public Void table(Section.Table t) {
                    PrintedTexts.table(out, t.table());
                    return null;
                }

                @Override
                public Void chart(Section.Chart c) {
                    add(out, c.title(), c.ref());
                    return null;
                }

                @Override
                public Void text(Section.Text t) {
                    add(out, t.title(), t.ref());
                    figures(out, t.figures().values(), "", t.figures());
                    return null;
                }
            });
        }
        return out;
    }

    private static void table(List<LocatedText> out, TableData t) {
        add(out, t.title(), t.place("title"));
        add(out, t.subtitle(), t.place("subtitle"));
        for (int i = 0; i < t.notes().size(); i++) {
            add(out, t.notes().get(i), t.place("notes[" + i + "]"));
        }
        for (Column.Leaf l : t.leaves()) {
            add(out, l.label(), l.ref());
        }
        columnGroups(out, t.columns());
        if (t.total() != null) {
            add(out, t.total().label(), t.total().ref());
        }
        for (TableData.Row row : t.rows()) {
            for (Value v : row.values().values()) {
                if (v.raw() instanceof String s) {
                    add(out, s, v.ref());
                }
            }
        }
    }

    private static void columnGroups(List<LocatedText> out, List<Column> columns) {
        for (Column c : columns) {
            c.match(
                    g -> {
                        add(out, g.label(), g.ref());
                        columnGroups(out, g.children());
                        return null;
                    },
                    leaf -> null);
        }
    }

    private static void figures(List<LocatedText> out, Object node, String path, Figures f) {
        if (node instanceof String s) {
            add(out, s, f.refs().getOrDefault(path, SourceRef.file("")));
        } else if (node instanceof Map<?, ?> map) {
            map.forEach((k, v) -> figures(out, v, path.isEmpty() ? k.toString() : path + "." + k, f));
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                figures(out, list.get(i), path + "[" + i + "]", f);
            }
        }
    }

    private static void add(List<LocatedText> out, String text, SourceRef ref) {
        if (text != null && !text.isEmpty()) {
            out.add(new LocatedText(text, ref));
        }
    }
}
