package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.model.Acknowledgement;
import org.nj12320.bulletin.model.Discrepancy;

/**
 * Reads {@code acknowledged:}, the discrepancies of the source an editor has checked, in the data file of a
 * table or a prose section:
 *
 * <pre>
 * acknowledged:
 *   - {figure: province.calls, values: [72102, 217884], checked_by: 张三, reason: 省平台的总数另有口径}
 *   - {figure: 江宁区.数据上传量, check: 上期, values: [61694466, 21694466], checked_by: 张三, reason: 新接入 12 家社区}
 * </pre>
 *
 * {@code check: 上期} marks a figure accepted as far from last period's; without it, a record accepts a
 * disagreement of the issue's own figures.
 */
final class AcknowledgementReader {
    static final String KEY = "acknowledged";

    private AcknowledgementReader() {}

    static List<Acknowledgement> read(YNode root, String section, Problems problems) {
        List<Acknowledgement> out = new ArrayList<>();
        if (!(root instanceof YNode.YMap m) || m.get(KEY) == null) {
            return out;
        }
        Fields top = Fields.of(root, problems, "文件");
        for (YNode n : top.list(KEY, false)) {
            Fields f = Fields.of(n, problems, "已确认的差异");
            String figure = f.text("figure", true);
            List<YNode> values = f.list("values", true);
            String by = f.text("checked_by", true);
            String reason = f.text("reason", true);
            String word = f.text("check", false);
            f.finish();
            Discrepancy.Check check = Discrepancy.Check.WITHIN;
            if (word != null) {
                if (word.strip().equals(Discrepancy.Check.PREVIOUS.word())) {
                    check = Discrepancy.Check.PREVIOUS;
                } else {
                    problems.error(
                            f.refOf("check"),
                            "check: 只能写“" + Discrepancy.Check.PREVIOUS.word() + "”（与上期相差太大的数字），实为“" + word.strip()
                                    + "”",
                            "照警告的提示写；本期数字之间的差异（合计、其中各项）不写 check:");
                    continue;
                }
            }
            List<BigDecimal> numbers = new ArrayList<>();
            for (YNode v : values) {
                BigDecimal x = f.number(v, false, "数字");
                if (x != null) {
                    numbers.add(x);
                }
            }
            if (!values.isEmpty() && values.size() != 2) {
                problems.error(
                        f.refOf("values"),
                        "values: 应写两个不一致的数字，实有 " + values.size() + " 个",
                        "照警告中的两个数字写，如 values: [72102, 217884]");
                continue;
            }
            if (figure != null && numbers.size() == 2 && by != null && reason != null) {
                out.add(new Acknowledgement(
                        section, figure.strip(), check, numbers, by.strip(), reason.strip(), f.ref()));
            }
        }
        return out;
    }
}
