package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class CjkLineBreakerTest {
    /** Where the breaker lets a line end, as the text cut at those places. */
    private static List<String> pieces(String text) {
        CjkLineBreaker b = new CjkLineBreaker();
        b.setText(text);
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int end = b.next(); end != BreakIterator.DONE; end = b.next()) {
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }

    @Test
    void closingMarksStayWithWhatTheyClose() {
        for (String p : pieces("他说：“好。”大家（代表）纷纷赞同，《杂志》编委会、专家；真的吗？是的！")) {
            assertThat("、，。；：！？”）》").doesNotContain(p.substring(0, 1));
            assertThat("“（《").doesNotContain(p.substring(p.length() - 1));
        }
    }

    @Test
    void dashesAndEllipsesAreOneUnitThatNeverStartsALine() {
        List<String> p = pieces("网络大会——中国医院信息……展览会");
        assertThat(String.join("|", p)).doesNotContain("—|—", "…|…", "|—", "|…");
    }

    @Test
    void noBreakAtTheQuarterSpace() {
        assertThat(String.join("|", pieces("全国\u2005337\u2005个城市"))).doesNotContain("\u2005|", "|\u2005");
    }

    @Test
    void theLastPieceHoldsTwoCharacters() {
        List<String> p = pieces("南京市升至第五。");
        assertThat(p.get(p.size() - 1).replace("。", "")).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void chineseTextStillBreaksBetweenCharacters() {
        assertThat(pieces("南京卫生信息中心")).hasSizeGreaterThan(4);
    }
}
