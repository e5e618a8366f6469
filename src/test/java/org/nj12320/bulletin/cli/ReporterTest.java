package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/** How a problem is printed: the line it is on with a caret under its column, the parser's words kept for --verbose. */
class ReporterTest {
    static final String LINE = "  - {名称: 健康南京客户端，预约数量: 15123}";

    static Problem slip() {
        return Problem.error(new SourceRef("a.yaml", 16, 17, ""), "全角逗号“，”不能分隔两项", "改成半角逗号")
                .withExcerpt(LINE)
                .withDetail("while parsing a flow mapping");
    }

    @Test
    void theCaretStandsUnderTheColumnAsATerminalShowsChineseCharacters() {
        String[] lines = Reporter.format(slip()).split("\\R");
        assertThat(lines[0]).isEqualTo("错误：a.yaml:16:17: 全角逗号“，”不能分隔两项");
        assertThat(lines[1]).isEqualTo(" 16 | " + LINE);
        // five narrow characters, 名称 (two wide), ": ", 健康南京客户端 (seven wide): 25 columns before the comma
        assertThat(lines[2]).isEqualTo("    | " + " ".repeat(25) + "^");
        assertThat(lines[3]).isEqualTo("提示：改成半角逗号");
        assertThat(lines).hasSize(4);
    }

    @Test
    void whatTheParserSaidIsShownOnlyWhenAskedFor() {
        assertThat(Reporter.format(slip(), false)).doesNotContain("while parsing");
        assertThat(Reporter.format(slip(), true)).endsWith("详情：while parsing a flow mapping");
    }

    @Test
    void aTabKeepsItsPlaceInTheCaretLine() {
        String excerpt = Reporter.excerpt("\t- {a: 1}", 3, 2);
        assertThat(excerpt.split("\\R")[1]).isEqualTo("   | \t^");
    }

    @Test
    void theFieldIsNamedInFrontOfTheMessageOnceNotTwice() {
        SourceRef cell = SourceRef.cell("a.xlsx", "五月", 4, 2, "乙医院");
        assertThat(Reporter.format(Problem.warning(cell, "第 2 行（乙医院）在表格中是隐藏的", "")))
                .as("the message names the row itself")
                .isEqualTo("警告：a.xlsx!五月!B4: 第 2 行（乙医院）在表格中是隐藏的");
        SourceRef field = new SourceRef("a.yaml", 3, 5, "rows[1]（乙医院）.count");
        assertThat(Reporter.format(Problem.error(field, "应为非负整数", "")))
                .as("a message that does not")
                .startsWith("错误：a.yaml:3:5: ")
                .contains("乙医院")
                .endsWith("：应为非负整数");
    }
}
