package org.nj12320.bulletin.load;

import java.text.Normalizer;

import org.nj12320.bulletin.model.SourceRef;

/**
 * Cleans text as it is read. Text pasted from other PDFs often carries Kangxi or CJK radicals and CJK
 * compatibility ideographs that look like ordinary characters (⽣ for 生); they print the same but break
 * search and copying, so they are replaced by the ordinary characters, with a warning. Every text is put in
 * Unicode's composed form (NFC), so that names typed in different ways compare equal.
 */
final class Texts {
    private Texts() {}

    static String clean(String text, SourceRef where, Problems problems) {
        text = withoutInvisibles(text);
        // one normal form for every comparison: é typed as one character or as e and an accent is the same name
        if (!Normalizer.isNormalized(text, Normalizer.Form.NFC)) {
            text = Normalizer.normalize(text, Normalizer.Form.NFC);
        }
        StringBuilder out = null;
        StringBuilder found = null;
        StringBuilder radicals = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (isRadical(cp) && !isLookalike(cp)) {
                // no standard mapping to an ordinary character: say where it is, so it can be retyped
                if (radicals == null) {
                    radicals = new StringBuilder();
                }
                radicals.append(String.format("%s（U+%04X）", text.substring(i, i + n), cp));
            }
            if (isLookalike(cp)) {
                String plain = Normalizer.normalize(text.substring(i, i + n), Normalizer.Form.NFKC);
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                    found = new StringBuilder();
                }
                out.append(plain);
                found.append(String.format("%s（U+%04X）→ %s；", text.substring(i, i + n), cp, plain));
            } else if (out != null) {
                out.append(text, i, i + n);
            }
            i += n;
        }
        if (radicals != null) {
            problems.warning(where, "文字中有部首字符：" + radicals + "，复制、检索时与通用汉字不同", "这些字多半是从 PDF 复制来的；重新输入为通用汉字");
        }
        if (out == null) {
            return text;
        }
        problems.warning(
                where,
                "已将形近的部首或兼容字符换成通用汉字：" + found.substring(0, found.length() - 1),
                "这些字多半是从 PDF 复制来的；重新输入这几个字即可消除此警告");
        return out.toString();
    }

    /**
     * The text without the invisible characters that text copied from web pages and word processors carries and
     * print has no use for: the byte-order mark inside a text, zero-width joiners and non-joiners, the word joiner
     * and the soft hyphen (the layout hyphenates nothing), which the fonts would draw as boxes; and with a word
     * processor's line and paragraph separators (U+2028, U+2029, the vertical tab of a manual line break) as the
     * line ends they stand for. A zero-width space stays: it is a place a line may break.
     */
    static String withoutInvisibles(String text) {
        int i = 0;
        while (i < text.length() && !changes(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length()).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u2029' -> out.append("\n\n");
                case '\u2028', '\u000B' -> out.append('\n');
                default -> {
                    if (!changes(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether {@link #withoutInvisibles} takes the character out or reads it as a line end. */
    private static boolean changes(char c) {
        return switch (c) {
            case '\uFEFF', '\u200C', '\u200D', '\u2060', '\u00AD', '\u2028', '\u2029', '\u000B' -> true;
            default -> false;
        };
    }

    static boolean isRadical(int cp) {
        return cp >= 0x2E80 && cp <= 0x2FDF;
    }

    static boolean isLookalike(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF)
                ? !Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC)
                        .equals(new String(Character.toChars(cp)))
                : false;
    }
}
