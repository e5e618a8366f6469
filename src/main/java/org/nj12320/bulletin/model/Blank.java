package org.nj12320.bulletin.model;

/**
 * The mark of something not filled in yet: a new issue starts from the last one with every figure, date
 * and article set to {@value #MARK}, and is not printed while any is left.
 */
public final class Blank {
    public static final String MARK = "待填";

    /** What the checks say about a blank left. */
    public static final String MESSAGE = "尚未填写（" + MARK + "）";

    private Blank() {}

    /** Whether a value as written is the mark alone. */
    public static boolean isBlank(String written) {
        return written != null && written.strip().equals(MARK);
    }

    /** Whether a text still holds the mark somewhere, as the placeholder of an article does. */
    public static boolean holdsBlank(String text) {
        return text != null && text.contains(MARK);
    }
}
