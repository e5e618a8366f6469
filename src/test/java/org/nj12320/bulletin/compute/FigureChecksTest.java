package org.nj12320.bulletin.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

class FigureChecksTest {
    private static final SourceRef CHECK = new SourceRef("hotline.yaml", 30, 5, "checks[0]");
    private static final SourceRef CALLS = new SourceRef("hotline.yaml", 4, 10, "calls");

    private static Map<String, Object> city(String name, long count) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("count", BigDecimal.valueOf(count));
        return m;
    }

    /** 全省 calls and its cities. */
    private static Figures province(long calls, boolean exact, long... counts) {
        List<Object> cities = new java.util.ArrayList<>();
        String[] names = {"南京", "苏州市", "南通市"};
        for (int i = 0; i < counts.length; i++) {
            cities.add(city(names[i], counts[i]));
        }
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("calls", BigDecimal.valueOf(calls));
        values.put("cities", cities);
        return new Figures(
                values,
                Map.of("calls", CALLS),
                List.of(new Figures.FigureCheck("cities.count", "calls", exact, CHECK)));
    }

    @Test
    void partsWithinTheirWholeAreSilent() {
        assertThat(FigureChecks.check("热线", province(100, false, 50, 30, 20))).isEmpty();
        assertThat(FigureChecks.check("热线", province(100, false, 50, 30))).isEmpty();
    }

    @Test
    void partsBeyondTheirWholeAreAWarningAtTheWholeNamingEachPart() {
        List<Problem> p = FigureChecks.check("热线", province(72102, false, 55193, 161980, 711));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.isError()).isFalse();
            assertThat(x.where()).isEqualTo(CALLS);
            assertThat(x.message())
                    .contains(
                            "《热线》“calls”为 72102",
                            "217884",
                            "南京 55193 + 苏州市 161980 + 南通市 711",
                            "超过了总数",
                            "其中苏州市 161980 一项就大于总数");
        });
    }

    @Test
    void anExactCheckWantsTheSum() {
        assertThat(FigureChecks.check("热线", province(100, true, 50, 30, 20))).isEmpty();
        assertThat(FigureChecks.check("热线", province(100, true, 50, 30)))
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("两者应当相等"));
    }

    @Test
    void aCheckThatPointsAtNothingIsAnError() {
        Figures f = province(100, false, 50);
        Figures wrongParts = new Figures(
                f.values(), f.refs(), List.of(new Figures.FigureCheck("towns.count", "calls", false, CHECK)));
        Figures wrongWhole = new Figures(
                f.values(), f.refs(), List.of(new Figures.FigureCheck("cities.count", "cities", false, CHECK)));
        assertThat(FigureChecks.check("热线", wrongParts)).singleElement().satisfies(x -> {
            assertThat(x.isError()).isTrue();
            assertThat(x.where()).isEqualTo(CHECK);
            assertThat(x.message()).contains("towns.count");
        });
        assertThat(FigureChecks.check("热线", wrongWhole)).singleElement().satisfies(x -> {
            assertThat(x.isError()).isTrue();
            assertThat(x.message()).contains("whole");
        });
    }

    @Test
    void aPathRunsThroughLists() {
        Figures f = province(100, false, 1, 2, 3);
        assertThat(FigureChecks.resolve(f.values(), "cities.count"))
                .extracting(FigureChecks.Found::path)
                .containsExactly("cities[0].count", "cities[1].count", "cities[2].count");
        assertThat(FigureChecks.resolve(f.values(), "calls"))
                .extracting(FigureChecks.Found::value)
                .containsExactly(BigDecimal.valueOf(100));
    }
}
