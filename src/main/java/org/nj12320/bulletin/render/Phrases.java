package org.nj12320.bulletin.render;

import java.util.Set;

/**
 * Where a part of a name of a place or an institution ends, for a name too long for its column: 南京市江北新区泰山街道
 * | 桥荫路社区卫生服务站, 江苏益丰大药房连锁有限公司 | 秦淮区御道街诊所, 中国医学科学院 | 皮肤病研究所. Such names are
 * built of parts that each end in a head word (a division: 市, 区, 街道; an organisation: 公司, 医院, 研究所; an
 * address: 路, 号), and a typesetter wraps one between its parts rather than inside a word (卫生服 | 务站). The heads
 * are listed here, not found by a dictionary: the names a bulletin prints are of few kinds, and a list costs
 * nothing to load. A head followed by a word that belongs to it (医院 | 集团, 街 | 道) ends no part there. The
 * templates mark the ends in a unit's name with a zero-width space, which the print's layout prefers to break at
 * ({@code word-break: auto-phrase}) and the web edition makes a {@code <wbr>}.
 */
public final class Phrases {
    /** What marks the end of a part: a zero-width space, a place to break that prints as nothing. */
    public static final char END = '\u200B';

    private Phrases() {}

    /**
     * The words that end a part of a name. One character alone only where it ends a part wherever it stands in a
     * name (市, 区, 院); 部 and 会 begin or end other words (东部, 会展), so only the words they end are listed.
     */
    private static final String[] HEADS = {
        // divisions
        "省",
        "市",
        "区",
        "县",
        "镇",
        "村",
        "街道",
        // addresses
        "路",
        "街",
        "巷",
        "号",
        // organisations
        "公司",
        "集团",
        "药房",
        "大学",
        "院",
        "中心",
        "所",
        "站",
        "室",
        "门诊部",
        "局",
        "委员会",
        "协会",
        "学会",
        "堂",
        "店",
        "附属"
    };

    /**
     * Words that go with the head before them: 医院集团, 医院分院, 江北院区, 省级, 市场, 区域, 中心医院, 御道街 rather
     * than 街 | 道.
     */
    private static final Set<String> ATTACHED = Set.of("集团", "分院", "分公司", "分中心", "区", "道", "级", "场", "域", "医院");

    private static final int LONGEST = 3;

    /** The name with {@link #END} where each of its parts but the last ends, between two Chinese characters. */
    public static String marked(String name) {
        int[] text = name.codePoints().toArray();
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < text.length; i++) {
            if (i > 0 && isHan(text[i - 1]) && isHan(text[i]) && endAt(text, i)) {
                out.append(END);
            }
            out.appendCodePoint(text[i]);
        }
        return out.toString();
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Whether a part of a name ends between {@code text[at - 1]} and {@code text[at]}. */
    static boolean endAt(int[] text, int at) {
        if (at <= 0 || at >= text.length) {
            return true;
        }
        return endsWithHead(text, at) && !attached(text, at);
    }

    private static boolean endsWithHead(int[] text, int at) {
        for (String head : HEADS) {
            if (matches(text, at - head.length(), head)) {
                return true;
            }
        }
        return false;
    }

    private static boolean attached(int[] text, int at) {
        for (int n = 1; n <= LONGEST; n++) {
            if (at + n <= text.length && ATTACHED.contains(new String(text, at, n))) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(int[] text, int from, String word) {
        if (from < 0) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (text[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
