package org.nj12320.bulletin.render;

import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

import freemarker.core.ParseException;
import freemarker.template.TemplateException;

/** Turns FreeMarker's exceptions into problems that name the template, its line and the expression. */
final class TemplateProblems {
    private TemplateProblems() {}

    static Problem of(TemplateException e, String templatesDisplay) {
        String name = e.getTemplateSourceName() == null ? "?" : e.getTemplateSourceName();
        int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
        int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
        String expression = e.getBlamedExpressionString();
        String what = firstLine(e.getMessageWithoutStackTop());
        String message = "模板出错" + (expression != null ? "，表达式 ${" + expression + "}" : "") + "：" + what;
        String hint = what.contains("null or missing") || what.contains("undefined")
                ? "数据中缺少模板要用的字段，或模板中字段名拼错；不确定时可写 ${x!\"\"} 给出缺省值"
                : "检查模板中这一行";
        return Problem.error(new SourceRef(templatesDisplay + "/" + name, line, column, ""), message, hint);
    }

    static Problem of(ParseException e, String templatesDisplay) {
        String name = e.getTemplateName() == null ? "?" : e.getTemplateName();
        return Problem.error(
                new SourceRef(templatesDisplay + "/" + name, e.getLineNumber(), e.getColumnNumber(), ""),
                "模板语法错误：" + firstLine(e.getEditorMessage()),
                "检查这一行的 FreeMarker 标记是否成对、是否拼写正确");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
