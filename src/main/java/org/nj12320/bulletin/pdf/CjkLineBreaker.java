package org.nj12320.bulletin.pdf;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;

/**
 * Line breaking by the rules of Chinese typesetting, on top of the JDK's Unicode line breaker, which lets
 * some of them pass: no line starts with a closing mark (，。、；：！？％ ” ’ ）》 …) or ends with an opening one
 * (“ ‘ （《 …); {@code ——} and {@code ……} are never split and never start a line; there is no break at the
 * quarter-em space between Chinese and Latin; and a paragraph's last line holds at least two characters.
 */
final class CjkLineBreaker implements FSTextBreaker {
    private static final String NO_LINE_START = "、，。．；：！？％‰℃”’）》」』】〕〉｝］.,;:!?%)]}—…·";
    private static final String NO_LINE_END = "“‘（《「『【〔〈｛［([{";

    /** The quarter-em space the render stage sets between Chinese and Latin: a gap, never a break. */
    private static final char QUARTER = '\u2005';

    private final BreakIterator base = BreakIterator.getLineInstance(Locale.SIMPLIFIED_CHINESE);
    private String text = "";

    @Override
    public void setText(String newText) {
        text = newText;
        base.setText(newText);
    }

    @Override
    public int next() {
        int b = base.next();
        while (b != BreakIterator.DONE && b < text.length() && !allowed(text, b)) {
            b = base.next();
        }
        return b;
    }

    /** Whether a line may break before the character at {@code b}. */
    static boolean allowed(String text, int b) {
        char before = text.charAt(b - 1);
        char after = text.charAt(b);
        if (before == QUARTER || after == QUARTER) {
            return false;
        }
        if (NO_LINE_START.indexOf(after) >= 0 || NO_LINE_END.indexOf(before) >= 0) {
            return false;
        }
        // the last line of a text holds two characters at least, not counting closing marks
        int rest = 0;
        for (int i = b; i < text.length() && rest < 2; i++) {
            char c = text.charAt(i);
            if (NO_LINE_START.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                rest++;
            }
        }
        return rest >= 2;
    }
}
