package org.nj12320.bulletin.sheet;

/**
 * A spreadsheet that cannot be read, said for the editor: what is wrong and what to do, with the cell when it
 * is one cell's fault.
 */
public final class SheetException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String hint;
    private final int row;
    private final int column;

    public SheetException(String message, String hint) {
        this(message, hint, 0, 0);
    }

    public SheetException(String message, String hint, int row, int column) {
        super(message);
        this.hint = hint;
        this.row = row;
        this.column = column;
    }

    /** The same, with what the library said, for a maintainer ({@code --verbose}) rather than the editor. */
    public SheetException(String message, String hint, Throwable cause) {
        this(message, hint, 0, 0);
        initCause(cause);
    }

    public String hint() {
        return hint;
    }

    /** The 1-based row of the cell at fault; 0 when it is the file's. */
    public int row() {
        return row;
    }

    public int column() {
        return column;
    }
}
