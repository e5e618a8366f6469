package org.nj12320.bulletin.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;

/**
 * The YAML slips of an editor typing with a Chinese input method, each said in Chinese at the line and column of
 * the slip itself, with the line to show: not where the parser gave up, which is often later.
 */
class YamlSlipsTest {
    static final String ROWS = """
            title: 测试
            rows:
              - {名称: 健康南京客户端, 预约数量: 15123}
              - {名称: 我的南京客户端, 预约数量: 10757}
            """;

    static Problem problemOf(String from, String to) {
        assertThat(ROWS).contains(from);
        String text = ROWS.replace(from, to.replace("TAB", "\t"));
        BulletinException e =
                catchThrowableOfType(BulletinException.class, () -> new YamlReader(1 << 20).read(text, "t.yaml"));
        assertThat(e).as("a slip the parser stops at").isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a full-width comma between fields|健康南京客户端, 预约数量|健康南京客户端，预约数量|3|17|全角逗号“，”不能分隔两项",
                "a full-width colon after a key|title: 测试|title：测试|1|6|全角冒号“：”不能分开字段名和值",
                "no space after a key's colon|title: 测试|title:测试|1|7|冒号后面少了一个空格",
                "curly quotes round a value with a colon|title: 测试|title: “测试: 一”|1|8|中文引号“”不是 YAML 的引号",
                "a full-width space for indentation|'  - {名称: 我的'|'　　- {名称: 我的'|4|1|这一行用全角空格缩进",
                "a tab for indentation|'  - {名称: 我的'|TAB- {名称: 我的|4|1|这一行用了制表符（Tab）缩进",
                "a full-width comma after a quoted value|title: 测试|title: \"测试\"，|1|12|引号后面多了一个全角逗号",
                "a brace left open|预约数量: 15123}|预约数量: 15123|3|5|这里的“{”没有配对的“}”",
                "a brace closed twice|预约数量: 15123}|预约数量: 15123}}|3|31|多了一个“}”：前面的“{”已经配对结束了",
                "a bracket closed twice|预约数量: 10757}|预约数量: [10757]]}|4|32|多了一个“]”：前面的“[”已经配对结束了",
                "full-width brackets for braces|{名称: 健康南京客户端, 预约数量: 15123}|（名称: 健康南京客户端, 预约数量: 15123）|3|5|全角括号“（”不能代替半角的“{”"
            })
    void eachSlipIsSaidAtItsPlace(String what, String from, String to, int line, int column, String message) {
        Problem p = problemOf(from, to);
        assertThat(p.message()).as(what).startsWith(message);
        assertThat(p.where().line()).as(what + ": line").isEqualTo(line);
        assertThat(p.where().column()).as(what + ": column").isEqualTo(column);
        assertThat(p.excerpt())
                .as(what + ": the line shown")
                .isEqualTo(ROWS.replace(from, to.replace("TAB", "\t")).split("\n")[line - 1]);
        assertThat(p.detail()).as("the parser's own words, for --verbose").isNotBlank();
        assertThat(p.message() + p.hint()).as("said in Chinese").doesNotContainPattern("expected|while parsing|found");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "a key written twice|{名称: 我的南京客户端, 预约数量: 10757}|{名称: 我的南京客户端, 名称: 10757}|4|19|字段“名称”在同一处写了两次",
            })
    void aKeyWrittenTwiceIsSaidAtTheSecond(String what, String from, String to, int line, int column, String message) {
        Problem p = problemOf(from, to);
        assertThat(p.message()).startsWith(message);
        assertThat(List.of(p.where().line(), p.where().column())).containsExactly(line, column);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "mapping values are not allowed here|这里不该有“: ”",
                "could not find expected ':'|这一行找不到“: ”",
                "did not find expected key|缩进不对",
                "something else entirely|无法解析"
            })
    void whatTheParserSaysIsPutInChinese(String parser, String chinese) {
        assertThat(YamlSlips.translate(parser)).startsWith(chinese);
    }
}
