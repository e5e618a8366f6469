package org.nj12320.bulletin.load;

import org.nj12320.bulletin.model.SourceRef;

/**
 * Splits a Markdown article into its front matter (YAML between {@code ---} lines: title, subtitle) and its
 * body, keeping line numbers right for both.
 */
final class ArticleReader {
    private final Problems problems;
    private final YamlReader yaml;

    ArticleReader(Problems problems, YamlReader yaml) {
        this.problems = problems;
        this.yaml = yaml;
    }

    /** @param titleRef where the title was written, or null when there is none */
    record Result(String title, String subtitle, String body, int bodyLine, SourceRef titleRef) {}

    Result read(String text, String file) throws org.nj12320.bulletin.model.BulletinException {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        String title = null;
        String subtitle = null;
        SourceRef titleRef = null;
        String body = normalized;
        int bodyLine = 1;
        if (normalized.startsWith("---\n")) {
            int end = normalized.indexOf("\n---\n", 3);
            int endAtEof = normalized.endsWith("\n---") ? normalized.length() - 4 : -1;
            if (end < 0 && endAtEof < 0) {
                problems.error(new SourceRef(file, 1, 1, ""), "第 1 行开始的文首信息（front matter）没有结束", "在标题等信息之后加一行 ---");
                return new Result(null, null, "", 1, null);
            }
            int close = end >= 0 ? end : endAtEof;
            String front = normalized.substring(4, close + 1);
            // the YAML of the front matter starts on line 2 of the file
            YNode node = yaml.read("\n" + front, file);
            Fields f = Fields.of(node, problems, "文首信息");
            titleRef = f.node("title").map(YNode::ref).orElse(null);
            title = f.text("title", false);
            subtitle = f.text("subtitle", false);
            f.finish();
            body = end >= 0 ? normalized.substring(end + 5) : "";
            bodyLine = (int) normalized
                            .substring(0, Math.min(normalized.length(), end >= 0 ? end + 5 : normalized.length()))
                            .chars()
                            .filter(c -> c == '\n')
                            .count()
                    + 1;
        }
        String cleaned = Texts.clean(body, new SourceRef(file, bodyLine, 1, ""), problems);
        if (cleaned.isBlank()) {
            problems.error(new SourceRef(file, bodyLine, 1, ""), "文章没有正文", "在 --- 之后写正文段落");
        }
        return new Result(title, subtitle, cleaned, bodyLine, titleRef);
    }
}
