package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nj12320.bulletin.compute.ChartView;

/**
 * Where a chart's marks go: at the print's width and the web's, with long names, large figures and many
 * periods, no word stands over another or over a bar, none leaves the drawing, and the bars are as long as
 * their figures say.
 */
class ChartDrawingTest {

    private static ChartView.Bar bar(String label, long value) {
        return new ChartView.Bar(label, BigDecimal.valueOf(value), Long.toString(value), List.of());
    }

    private static ChartView bars() {
        return new ChartView(
                "前十位",
                "bars",
                List.of(
                        bar("南京市儿童医院", 152231),
                        bar("南京鼓楼医院江北国际医院", 46788),
                        bar("中国医学科学院皮肤病研究所附属医院南京分院", 4516),
                        bar("南京市第一医院", 2761),
                        bar("东南大学附属中大医院", 1340)),
                List.of(),
                "");
    }

    private static ChartView trend() {
        List<ChartView.Bar> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            months.add(bar(m + " 月", 1_000_000L + m * 73_123L));
        }
        return new ChartView("近一年", "trend", months, List.of(), "");
    }

    private static ChartView shares() {
        List<ChartView.Bar> parts = new ArrayList<>();
        String[] names = {"健康南京客户端", "南京卫生 12320 微信平台", "我的南京客户端", "12320 快速预约", "江苏省预约挂号网", "就医 160"};
        for (String n : names) {
            parts.add(new ChartView.Bar(n, new BigDecimal("16.7"), "16.7%", List.of()));
        }
        return new ChartView("比例", "shares", parts, List.of(), "");
    }

    @org.junit.jupiter.api.Test
    void aLongNameIsSetInLinesBrokenWhereItsPartsEndNeverInsideANumber() {
        ChartDrawing d = new ChartDrawing(10);
        // room for about seven characters
        assertThat(d.lines("南京鼓楼医院江北国际医院", 70)).containsExactly("南京鼓楼医院", "江北国际医院");
        assertThat(d.lines("东南大学附属中大医院", 70)).isIn(List.of("东南大学附属", "中大医院"), List.of("东南大学", "附属中大医院"));
        assertThat(d.lines("南京市江宁医院（湖山路）", 80)).containsExactly("南京市江宁医院", "（湖山路）");
        assertThat(d.lines("南京卫生 12320 微信平台", 70))
                .noneMatch(l -> l.matches(".*\\d") && !l.endsWith("12320"))
                .allSatisfy(l -> assertThat(d.textWidth(l)).isLessThanOrEqualTo(70));
        // a name that fits is one line; one without parts, lines as even as they can be
        assertThat(d.lines("南京市儿童医院", 70)).containsExactly("南京市儿童医院");
        assertThat(d.lines("泰康仙林鼓楼医院", 70)).containsExactly("泰康仙林", "鼓楼医院");
    }

    /** A box: x, y, right, bottom. */
    private record Box(float x, float y, float right, float bottom, String what) {
        boolean overlaps(Box o) {
            return x < o.right - 0.01 && o.x < right - 0.01 && y < o.bottom - 0.01 && o.y < bottom - 0.01;
        }
    }

    private static List<Box> texts(ChartDrawing.Drawing d, float size) {
        List<Box> out = new ArrayList<>();
        for (ChartDrawing.Mark m : d.marks()) {
            if (m.rect() || m.path() != null) {
                continue;
            }
            float s = m.size() == null ? size : Float.parseFloat(m.size());
            float w = (float) ColumnWidths.width(m.text()) * s;
            float x = Float.parseFloat(m.x());
            float left = switch (m.anchor()) {
                case "middle" -> x - w / 2;
                case "end" -> x - w;
                default -> x;
            };
            float base = Float.parseFloat(m.y());
            out.add(new Box(left, base - 0.85f * s, left + w, base + 0.2f * s, m.text()));
        }
        return out;
    }

    private static List<Box> rects(ChartDrawing.Drawing d) {
        List<Box> out = new ArrayList<>();
        for (ChartDrawing.Mark m : d.marks()) {
            // the thin lines of the axis and the grid may run under words; the bars may not
            if (m.rect() && Float.parseFloat(m.width()) > 1 && Float.parseFloat(m.height()) > 1) {
                float x = Float.parseFloat(m.x());
                float y = Float.parseFloat(m.y());
                out.add(new Box(x, y, x + Float.parseFloat(m.width()), y + Float.parseFloat(m.height()), "rect"));
            }
        }
        return out;
    }

    @ParameterizedTest
    @CsvSource({"bars, 480, 9", "bars, 320, 12", "trend, 480, 9", "trend, 320, 12", "shares, 480, 9", "shares, 320, 12"
    })
    void noWordOverAnotherOrOverABarOrOutsideTheDrawing(String kind, float width, float size) {
        ChartView chart = switch (kind) {
            case "bars" -> bars();
            case "trend" -> trend();
            case "ring" -> new ChartView("比例", "ring", shares().bars(), List.of(), "");
            default -> shares();
        };
        ChartDrawing.Drawing d = ChartDrawing.of(chart, width, size);
        List<Box> words = texts(d, size);
        List<Box> bars = rects(d);
        List<String> faults = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Box a = words.get(i);
            if (a.x < -0.01 || a.right > width + 0.01) {
                faults.add("outside: " + a.what);
            }
            for (int j = i + 1; j < words.size(); j++) {
                if (a.overlaps(words.get(j))) {
                    faults.add(a.what + " over " + words.get(j).what);
                }
            }
            for (Box b : bars) {
                if (a.overlaps(b)) {
                    faults.add(a.what + " over a bar");
                }
            }
        }
        assertThat(faults).isEmpty();
    }

    /** A ring's segment: its ends on its circles, its arcs as curves whose points stay on them. */
    @org.junit.jupiter.api.Test
    void aRingsSegmentRunsOnItsCircles() {
        String d = ChartDrawing.segment(50, 50, 40, 20, 0, Math.PI);
        // from the top of the outer circle, half way round to its bottom, in to the inner one and back
        assertThat(d).startsWith("M 50 10 C ").contains(" L 50 70 C ").endsWith(" 50 30 Z");
        assertThat(d.split(" C ")).hasSize(5); // two quarter arcs out, two back
    }

    @ParameterizedTest
    @CsvSource({"480, 9", "320, 12"})
    void eachBarIsAsLongAsItsFigureSays(float width, float size) {
        ChartDrawing.Drawing d = ChartDrawing.of(bars(), width, size);
        List<Box> drawn = rects(d);
        double ratio = (drawn.get(0).right - drawn.get(0).x) / 152231.0;
        assertThat((drawn.get(1).right - drawn.get(1).x) / ratio)
                .isCloseTo(46788, org.assertj.core.data.Offset.offset(60.0));
        assertThat((drawn.get(2).right - drawn.get(2).x) / ratio)
                .isCloseTo(4516, org.assertj.core.data.Offset.offset(60.0));
    }
}
