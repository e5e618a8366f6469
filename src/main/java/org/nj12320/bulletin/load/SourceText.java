package org.nj12320.bulletin.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Suggest;
import org.nj12320.bulletin.world.Folder;

/** Reads a data file as text: bounded in size, UTF-8 with or without a byte order mark, nothing else. */
final class SourceText {
    /** No data file of a bulletin comes near this; anything larger is a mistake or an attack. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private SourceText() {}

    /** Reads a file of the folder as text, with every way that can fail as a problem naming the file. */
    static String read(Folder folder, String path) throws BulletinException {
        return read(folder, path, null);
    }

    /**
     * Reads a file of the folder as text. When the file cannot be reached (it does not exist, it lies outside
     * the folder, it is not a file, its name is impossible), the problem is reported at {@code named}, the
     * place that named the file, when there is one; what is wrong inside the file, at the file.
     */
    static String read(Folder folder, String path, SourceRef named) throws BulletinException {
        return decode(bytes(folder, path, named, MAX_BYTES), folder.display(path));
    }

    /** Reads a file of the folder whole, bounded in size, with every way that can fail reported as for {@link #read}. */
    static byte[] bytes(Folder folder, String path, SourceRef named, long maxBytes) throws BulletinException {
        String display = folder.display(path);
        SourceRef at = named != null ? named : SourceRef.file(display);
        String which = named != null ? "“" + path + "”" : "文件";
        try {
            return folder.read(path, maxBytes);
        } catch (Folder.TooLargeException e) {
            throw new BulletinException(Problem.error(
                    SourceRef.file(display),
                    "文件大小 " + e.size() / 1024 + " KiB，超过数据文件上限 " + maxBytes / 1024 + " KiB",
                    "确认文件是否选对；特别大的表请拆成几个文件"));
        } catch (NoSuchFileException e) {
            // a name mistyped is the usual cause: the file of the folder nearest to it is suggested
            List<String> files =
                    folder.files(3).stream().filter(ReadFolder::ofTheIssue).toList();
            String hint = Suggest.nearest(path, files)
                    .map(n -> "是否应为“" + n + "”？更正文件名，或新建该文件")
                    .orElse("新建该文件，或更正文件名");
            throw new BulletinException(Problem.error(at, which + "不存在（" + display + "）", hint), e);
        } catch (Folder.OutsideException e) {
            throw new BulletinException(
                    Problem.error(
                            at,
                            which + "不在 " + folder.display() + " 之内（经由 .. 或链接指向别处）",
                            "把文件本身放进 " + folder.display() + "/，不要用链接"),
                    e);
        } catch (Folder.NotAFileException e) {
            throw new BulletinException(
                    Problem.error(
                            at,
                            which + "是一个" + e.what() + "，不是文件（" + display + "），不会被读取",
                            "此处写本期文件夹中的数据文件；把这个" + e.what() + "移开或改名，把文件存在这里"),
                    e);
        } catch (Folder.BadNameException e) {
            throw new BulletinException(
                    Problem.error(at, which.replace("\0", "\\0") + "的名字中有控制字符或系统不允许的字符", "重新输入文件名，只用文字、字母、数字、- 和 _"),
                    e);
        } catch (IOException e) {
            throw new BulletinException(Problem.error(at, "无法读取" + which + "：" + e.getMessage(), ""), e);
        }
    }

    /** UTF-8 text, with or without a byte order mark; anything else is a problem at the line of the first bad byte. */
    static String decode(byte[] bytes, String display) throws BulletinException {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            start = 3; // a UTF-8 byte order mark, as Windows editors write it
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String text;
        try {
            text = decoder(StandardCharsets.UTF_8).decode(buf).toString();
        } catch (CharacterCodingException e) {
            int line = lineOfFirstBadByte(bytes, start);
            boolean gbk = decodes(bytes, start, Charset.forName("GB18030"));
            throw new BulletinException(Problem.error(
                    new SourceRef(display, line, 0, ""),
                    gbk ? "文件不是 UTF-8 编码，看来是 GBK/GB18030（Windows 编辑器常用）" : "文件不是 UTF-8 编码的文本",
                    "以 UTF-8 编码重新保存（记事本：另存为 → 编码选 UTF-8；VS Code：右下角编码 → 通过编码保存 → UTF-8）"));
        }
        List<Problem> controls = controlCharacters(text, display);
        if (!controls.isEmpty()) {
            throw new BulletinException(controls);
        }
        return text;
    }

    /** No file needs more reports of the same kind than these to be put right. */
    private static final int MOST_REPORTED = 10;

    /**
     * Control characters, which no editor types but which come along when text is pasted from another
     * program (a BEL, a form feed, a NUL): each at its own line and column. Tabs and line ends are text.
     */
    static List<Problem> controlCharacters(String text, String display) {
        List<Problem> out = new ArrayList<>();
        if (!hasControl(text)) {
            return out; // nearly always: found by a look at each char, without counting lines and columns
        }
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length() && out.size() < MOST_REPORTED; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (isControl(cp)) {
                String name = Character.getName(cp);
                out.add(Problem.error(
                        new SourceRef(display, line, column, ""),
                        String.format("此处有一个看不见的控制字符 U+%04X（%s），多半是从其他程序复制粘贴带来的", cp, name == null ? "控制字符" : name),
                        "删去这个字符（在编辑器中把光标移到此处，按删除键），或重新输入这一行"));
            }
            column++;
        }
        return out;
    }

    /** Whether the text has a control character; one char at a time will do, as none is a surrogate. */
    private static boolean hasControl(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** A control character: neither text nor the tab and the line ends that text has. */
    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\r' && c != '\n') || (c >= 0x7F && c <= 0x9F);
    }

    private static java.nio.charset.CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean decodes(byte[] bytes, int start, Charset cs) {
        try {
            decoder(cs).decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The line of the first byte that is not valid UTF-8, so the editor knows where to look. */
    private static int lineOfFirstBadByte(byte[] bytes, int start) {
        int line = 1;
        int i = start;
        while (i < bytes.length) {
            int b = bytes[i] & 0xff;
            int len = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : -1;
            if (len < 0 || i + len > bytes.length) {
                return line;
            }
            for (int k = 1; k < len; k++) {
                if ((bytes[i + k] & 0xC0) != 0x80) {
                    return line;
                }
            }
            if (b == '\n') {
                line++;
            }
            i += len;
        }
        return line;
    }
}
