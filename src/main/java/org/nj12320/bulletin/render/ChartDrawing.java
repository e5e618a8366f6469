package org.nj12320.bulletin.render;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.nj12320.bulletin.compute.ChartView;

/**
 * Where a chart's bars and words go, in points of a drawing of a given width: the same marks make the SVG of
 * the web edition and the vector drawing of the print. Names stand left of their bars, in one line or, when
 * longer than the room for names, in two; each bar's figure stands at its end; an axis of round steps runs
 * under the bars. The bars are the bulletin's red, a stacked bar's parts red and greys of distinct
 * lightness, named in a key above them, so that the chart reads in black and white too.
 */
public final class ChartDrawing {
    /** The bulletin's red, and greys that stay apart from it and from each other printed in black. */
    static final List<String> FILLS = List.of(
            "#d40000", "#555555", "#9a9a9a", "#cfcfcf", "#7a0000", "#2b2b2b", "#e88a8a", "#777777", "#b8b8b8",
            "#eeeeee");

    private static final String AXIS = "#666666";

    /**
     * A rectangle or a line of text.
     *
     * @param anchor where x is on a text: {@code start}, {@code middle} or {@code end}; null for a rectangle
     * @param size   a text's own size, where it is set smaller than the drawing's to fit its room; else null
     * @param path   a shape's outline as SVG writes it ({@code M x y C … Z}, absolute, of M, L, C and Z
     *               alone); null for a rectangle or a text
     */
    public record Mark(
            String path,
            boolean rect,
            String x,
            String y,
            String width,
            String height,
            String fill,
            String text,
            String anchor,
            String size) {}

    /** The drawing: its size in points and its marks, in drawing order. */
    public record Drawing(String width, String height, String size, List<Mark> marks) {}

    private final float size;
    private final List<Mark> marks = new ArrayList<>();

    ChartDrawing(float size) {
        this.size = size;
    }

    /**
     * The chart drawn at a width.
     *
     * @param width the drawing's width in points
     * @param size  the size of its words in points
     */
    public static Drawing of(ChartView chart, float width, float size) {
        ChartDrawing d = new ChartDrawing(size);
        float height = switch (chart.kind()) {
            case "shares" -> d.shares(chart, width);
            case "trend" -> d.trend(chart, width);
            case "ring" -> d.ring(chart, width);
            default -> d.bars(chart, width);
        };
        return new Drawing(num(width), num(height), num(size), d.marks);
    }

    private float bars(ChartView chart, float width) {
        float y = 0;
        List<String> parts = chart.parts();
        if (!parts.isEmpty()) {
            y = key(parts, width, y);
        }
        float longestName = 0;
        for (ChartView.Bar b : chart.bars()) {
            longestName = Math.max(longestName, textWidth(b.label()));
        }
        float nameRoom = Math.min(longestName, width * 0.36f);
        float figureRoom = 0;
        for (ChartView.Bar b : chart.bars()) {
            figureRoom = Math.max(figureRoom, textWidth(b.text()));
        }
        float gap = size * 0.6f;
        float left = nameRoom + gap;
        float room = width - left - gap - figureRoom;
        Axis a = Axis.of(chart);
        // steps far enough apart for their figures: a step doubled until its figures have room
        while (a.max() > 0 && textWidth(figure(a.end())) > room * a.step() / a.end() * 0.8) {
            a = a.doubled();
        }
        double step = a.step();
        double end = a.end();
        float top = y;
        for (ChartView.Bar b : chart.bars()) {
            List<String> lines = lines(b.label(), nameRoom);
            float rowHeight = Math.max(size * 1.8f, lines.size() * size * 1.25f + size * 0.55f);
            float barHeight = size * 1.2f;
            float barTop = y + (rowHeight - barHeight) / 2;
            float first = y + rowHeight / 2 - (lines.size() - 1) * size * 0.625f + size * 0.35f;
            for (int i = 0; i < lines.size(); i++) {
                text(nameRoom, first + i * size * 1.25f, lines.get(i), "end");
            }
            float x = left;
            if (b.pieces().isEmpty()) {
                float w = (float) (b.value().doubleValue() / end * room);
                rect(x, barTop, w, barHeight, FILLS.get(0));
                x += w;
            } else {
                for (int p = 0; p < b.pieces().size(); p++) {
                    float w = (float) (b.pieces().get(p).doubleValue() / end * room);
                    rect(x, barTop, w, barHeight, FILLS.get(p % FILLS.size()));
                    x += w;
                }
            }
            text(x + gap / 2, barTop + barHeight / 2 + size * 0.35f, b.text(), "start");
            y += rowHeight;
        }
        // the axis: a line at the bars' left, and round steps under them
        rect(left - 0.5f, top, 0.5f, y - top, AXIS);
        rect(left - 0.5f, y, room + 0.5f, 0.5f, AXIS);
        for (double v = 0; v <= end + step / 2; v += step) {
            float x = (float) (left + v / end * room);
            rect(x - 0.25f, y, 0.5f, size * 0.3f, AXIS);
            text(x, y + size * 1.4f, figure(v), "middle");
        }
        return y + size * 1.8f;
    }

    private float shares(ChartView chart, float width) {
        float barHeight = size * 1.6f;
        float x = 0;
        for (int i = 0; i < chart.bars().size(); i++) {
            ChartView.Bar b = chart.bars().get(i);
            float w = (float) (b.value().doubleValue() / 100 * width);
            rect(x, 0, w, barHeight, FILLS.get(i % FILLS.size()));
            x += w;
        }
        // each segment named in a key under the bar, with its share: the colours are never read alone
        List<String> labels = new ArrayList<>();
        for (ChartView.Bar b : chart.bars()) {
            labels.add(b.label() + " " + b.text());
        }
        return key(labels, width, barHeight + size * 0.8f);
    }

    /**
     * A trend: one column a period, oldest first, its figure over it and its period under it, over an axis of
     * round steps. A figure or a period wider than its column is set smaller, never over its neighbour's.
     */
    private float trend(ChartView chart, float width) {
        Axis a = Axis.of(chart);
        double step = a.step();
        double end = a.end();
        float axis = textWidth(figure(end)) + size * 0.6f;
        int n = chart.bars().size();
        float column = (width - axis) / n;
        float plot = size * 12;
        float top = size * 1.6f;
        float bottom = top + plot;
        for (double v = 0; v <= end + step / 2; v += step) {
            float y = (float) (bottom - v / end * plot);
            rect(axis, y - 0.25f, width - axis, 0.5f, v == 0 ? AXIS : "#dddddd");
            text(axis - size * 0.4f, y + size * 0.35f, figure(v), "end");
        }
        for (int i = 0; i < n; i++) {
            ChartView.Bar b = chart.bars().get(i);
            float middle = axis + column * (i + 0.5f);
            float h = (float) (b.value().doubleValue() / end * plot);
            float bar = column * 0.6f;
            rect(middle - bar / 2, bottom - h, bar, h, FILLS.get(0));
            fitted(middle, bottom - h - size * 0.35f, b.text(), column * 0.95f);
            fitted(middle, bottom + size * 1.4f, b.label(), column * 0.95f);
        }
        return bottom + size * 2;
    }

    /**
     * Shares as a ring, from the top clockwise, each segment named with its share in a key beside it, so
     * that no colour is read alone.
     */
    private float ring(ChartView chart, float width) {
        float outer = Math.min(width * 0.2f, size * 7);
        float inner = outer * 0.58f;
        float cx = outer;
        float cy = outer;
        double from = 0;
        for (int i = 0; i < chart.bars().size(); i++) {
            double to = from + chart.bars().get(i).value().doubleValue() / 100 * 2 * Math.PI;
            if (to - from > 1e-6) {
                marks.add(new Mark(
                        segment(cx, cy, outer, inner, from, Math.min(to, 2 * Math.PI - 1e-4)),
                        false,
                        null,
                        null,
                        null,
                        null,
                        FILLS.get(i % FILLS.size()),
                        null,
                        null,
                        null));
            }
            from = to;
        }
        List<String> labels = new ArrayList<>();
        for (ChartView.Bar b : chart.bars()) {
            labels.add(b.label() + " " + b.text());
        }
        float keyLeft = outer * 2 + size * 1.5f;
        float keyHeight = keyColumn(labels, keyLeft, width - keyLeft);
        return Math.max(outer * 2, keyHeight) + size * 0.4f;
    }

    /** A ring's segment between two angles (clockwise from the top), its arcs as cubic curves of 90° at most. */
    static String segment(float cx, float cy, float outer, float inner, double from, double to) {
        StringBuilder d = new StringBuilder();
        d.append("M ").append(point(cx, cy, outer, from));
        arc(d, cx, cy, outer, from, to);
        d.append(" L ").append(point(cx, cy, inner, to));
        arc(d, cx, cy, inner, to, from);
        return d.append(" Z").toString();
    }

    private static void arc(StringBuilder d, float cx, float cy, float r, double from, double to) {
        int pieces = (int) Math.ceil(Math.abs(to - from) / (Math.PI / 2));
        double step = (to - from) / pieces;
        for (int i = 0; i < pieces; i++) {
            double a = from + i * step;
            double b = a + step;
            double k = 4.0 / 3 * Math.tan((b - a) / 4) * r;
            d.append(" C ")
                    .append(num((float) (cx + r * Math.sin(a) + k * Math.cos(a))))
                    .append(' ')
                    .append(num((float) (cy - r * Math.cos(a) + k * Math.sin(a))))
                    .append(' ')
                    .append(num((float) (cx + r * Math.sin(b) - k * Math.cos(b))))
                    .append(' ')
                    .append(num((float) (cy - r * Math.cos(b) - k * Math.sin(b))))
                    .append(' ')
                    .append(point(cx, cy, r, b));
        }
    }

    private static String point(float cx, float cy, float r, double angle) {
        return num((float) (cx + r * Math.sin(angle))) + " " + num((float) (cy - r * Math.cos(angle)));
    }

    /** A key in one column, a name a row, at x in a width; returns its height. */
    private float keyColumn(List<String> names, float x, float width) {
        float swatch = size * 0.9f;
        float rowHeight = size * 1.6f;
        float y = 0;
        for (int i = 0; i < names.size(); i++) {
            List<String> lines = lines(names.get(i), width - swatch - size * 0.4f);
            rect(x, y + (rowHeight - swatch) / 2, swatch, swatch, FILLS.get(i % FILLS.size()));
            for (int l = 0; l < lines.size(); l++) {
                text(
                        x + swatch + size * 0.4f,
                        y + rowHeight / 2 + size * 0.35f + l * size * 1.25f,
                        lines.get(l),
                        "start");
            }
            y += rowHeight + (lines.size() - 1) * size * 1.25f;
        }
        return y;
    }

    /** A text centred at x, set smaller when it is wider than the room. */
    private void fitted(float x, float y, String text, float room) {
        float w = textWidth(text);
        String own = w <= room ? null : num(size * room / w);
        marks.add(new Mark(null, false, num(x), num(y), null, null, "#000000", text, "middle", own));
    }

    /** A key of swatches and names, in as many rows as the width needs; returns where what follows begins. */
    private float key(List<String> names, float width, float y) {
        float x = 0;
        float swatch = size * 0.9f;
        float rowHeight = size * 1.6f;
        for (int i = 0; i < names.size(); i++) {
            float w = swatch + size * 0.4f + textWidth(names.get(i)) + size * 1.2f;
            if (x > 0 && x + w > width) {
                x = 0;
                y += rowHeight;
            }
            rect(x, y + (rowHeight - swatch) / 2, swatch, swatch, FILLS.get(i % FILLS.size()));
            text(x + swatch + size * 0.4f, y + rowHeight / 2 + size * 0.35f, names.get(i), "start");
            x += w;
        }
        return y + rowHeight + size * 0.4f;
    }

    /**
     * A name in the lines it takes at a width: one, or as few as it needs, broken where one of its parts ends
     * ({@link Phrases}: 南京鼓楼医院 / 江北国际医院) where that fits, and as even as they can be; never inside a
     * number or a Latin word (南京卫生 12320 / 微信平台), before a closing mark or after an opening one.
     */
    List<String> lines(String name, float room) {
        if (textWidth(name) <= room) {
            return List.of(name);
        }
        int[] cps = name.codePoints().toArray();
        String marked = Phrases.marked(name);
        List<Place> places = new ArrayList<>();
        int at = 0;
        boolean end = false;
        for (int cp : marked.codePoints().toArray()) {
            if (cp == Phrases.END) {
                end = true;
                continue;
            }
            if (at > 0 && breakable(cps[at - 1], cp)) {
                // a space and an opening bracket part a name as the end of a part does
                places.add(new Place(at, end || cp == ' ' || cps[at - 1] == ' ' || cp == '（' || cp == '('));
            }
            end = false;
            at++;
        }
        for (int count = 1; count <= places.size() && count <= MOST_BREAKS; count++) {
            Split best = best(cps, room, places, new int[count], 0, 0, null);
            if (best != null) {
                return best.lines();
            }
        }
        return evenly(cps, room);
    }

    /** Breaks more than these, a name is set in even pieces: a label of four lines is already one too long. */
    private static final int MOST_BREAKS = 3;

    /** A place a name may break at, after {@code at} characters; {@code end} where one of its parts ends. */
    private record Place(int at, boolean end) {}

    /** A way to break a name: its lines, the breaks inside a part of it, its widest line. */
    private record Split(List<String> lines, int inside, float widest) {
        boolean betterThan(Split o) {
            return o == null || inside < o.inside || (inside == o.inside && widest < o.widest - 0.01f);
        }
    }

    /**
     * The best way to break a name at as many of the places as {@code chosen} holds, all its lines within the
     * room, or {@code best} when none is better; the first {@code k} chosen, the next from {@code from} on.
     */
    private Split best(int[] cps, float room, List<Place> places, int[] chosen, int k, int from, Split best) {
        int count = chosen.length;
        if (k == count) {
            List<String> lines = new ArrayList<>();
            int start = 0;
            int inside = 0;
            float widest = 0;
            for (int i = 0; i <= count; i++) {
                int stop = i < count ? places.get(chosen[i]).at() : cps.length;
                String line = new String(cps, start, stop - start).strip();
                float w = textWidth(line);
                if (w > room) {
                    return best;
                }
                widest = Math.max(widest, w);
                inside += i < count && !places.get(chosen[i]).end() ? 1 : 0;
                lines.add(line);
                start = stop;
            }
            Split s = new Split(lines, inside, widest);
            return s.betterThan(best) ? s : best;
        }
        for (int i = from; i < places.size(); i++) {
            chosen[k] = i;
            best = best(cps, room, places, chosen, k + 1, i + 1, best);
        }
        return best;
    }

    /** Whether a label may break between these two characters. */
    private static boolean breakable(int before, int after) {
        boolean latin = before < 0x2E80 && Character.isLetterOrDigit(before);
        boolean latinAfter = after < 0x2E80 && Character.isLetterOrDigit(after);
        return !(latin && latinAfter) && "）)》”’、，。：；%".indexOf(after) < 0 && "（(《“‘".indexOf(before) < 0;
    }

    /** A name too long to break at its places, in even pieces of as many characters as fit. */
    private List<String> evenly(int[] cps, float room) {
        float whole = textWidth(new String(cps, 0, cps.length));
        int per = (int) Math.ceil(cps.length / Math.ceil(whole / room));
        while (true) {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < cps.length; i += per) {
                out.add(new String(cps, i, Math.min(per, cps.length - i)));
            }
            if (per <= 1 || out.stream().allMatch(l -> textWidth(l) <= room)) {
                return out;
            }
            per--;
        }
    }

    /** An axis from 0 past the largest figure, in round steps. */
    private record Axis(double max, double step, double end) {
        static Axis of(ChartView chart) {
            double max = chart.bars().stream()
                    .mapToDouble(b -> b.value().doubleValue())
                    .max()
                    .orElse(0);
            return at(max, ChartDrawing.step(max));
        }

        private static Axis at(double max, double step) {
            return new Axis(max, step, max <= 0 ? 1 : Math.ceil(max / step) * step);
        }

        /** The same axis in steps twice as long. */
        Axis doubled() {
            return at(max, step * 2);
        }
    }

    /** A round step for an axis up to max: 1, 2 or 5 times a power of ten, four to eight steps in all. */
    static double step(double max) {
        if (max <= 0) {
            return 1;
        }
        double raw = max / 5;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double f : new double[] {1, 2, 5, 10}) {
            if (f * power >= raw) {
                return f * power;
            }
        }
        return 10 * power;
    }

    /** A text's width in points: Chinese characters a whole size, figures and letters a little over half. */
    float textWidth(String s) {
        return (float) ColumnWidths.width(s) * size;
    }

    private void rect(float x, float y, float w, float h, String fill) {
        marks.add(new Mark(null, true, num(x), num(y), num(Math.max(w, 0)), num(h), fill, null, null, null));
    }

    private void text(float x, float y, String text, String anchor) {
        marks.add(new Mark(null, false, num(x), num(y), null, null, "#000000", text, anchor, null));
    }

    /** An axis figure: whole, with the thousands apart by nothing, as the tables print them. */
    private static String figure(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    private static String num(float v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("\\.?0+$", "");
    }
}
