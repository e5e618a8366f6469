package org.nj12320.bulletin.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.yaml.snakeyaml.LoaderOptions;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;

/**
 * Parses YAML text into {@link YNode} trees. Anchors and aliases are refused rather than expanded, so a
 * hostile file cannot grow in memory; duplicate keys are refused because YAML would silently keep the last.
 */
final class YamlReader {

    private static final int MAX_DEPTH = 32;
    private final YAMLFactory factory;

    YamlReader(int maxCodePoints) {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(maxCodePoints);
        options.setNestingDepthLimit(MAX_DEPTH);
        this.factory = YAMLFactory.builder().loaderOptions(options).build();
    }

    /** A file parsed before, with the text it was parsed from. */
    private record Parsed(String text, YNode node) {}

    /**
     * What each file parsed to last, kept for a process that builds again and again ({@code watch}): a file
     * whose text is the same parses to the same nodes, which nothing changes.
     */
    private final Map<String, Parsed> parsed = new java.util.concurrent.ConcurrentHashMap<>();

    /** Parses one document; an empty document gives an empty mapping. */
    YNode read(String text, String file) throws BulletinException {
        Parsed before = parsed.get(file);
        if (before != null && before.text().equals(text)) {
            return before.node();
        }
        YNode node = parse(text, file);
        parsed.put(file, new Parsed(text, node));
        return node;
    }

    private YNode parse(String text, String file) throws BulletinException {
        oneDocument(text, file);
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new YNode.YMap(Map.of(), Map.of(), new SourceRef(file, 1, 1, ""));
            }
            YNode root = readNode(p, file, "");
            if (p.nextToken() != null) {
                // a second document the line scan did not see; said at the place the parser gives
                throw new BulletinException(Problem.error(
                        refOf(p, file, ""), "文件中有第二个 YAML 文档，其内容不会被读取", "一个数据文件只写一个文档：删去分隔文档的 --- 或 ..."));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            int line = loc == null ? 0 : Math.max(loc.getLineNr(), 0);
            int col = loc == null ? 0 : Math.max(loc.getColumnNr(), 0);
            YamlSlips.Slip slip = YamlSlips.diagnose(text, line, col, e.getOriginalMessage());
            String[] lines = text.replace("\r", "").split("\n", -1);
            Problem p = Problem.error(new SourceRef(file, slip.line(), slip.column(), ""), slip.message(), slip.hint())
                    .withDetail(cleanMessage(e.getOriginalMessage()));
            if (slip.line() >= 1 && slip.line() <= lines.length) {
                p = p.withExcerpt(lines[slip.line() - 1]);
            }
            throw new BulletinException(p);
        } catch (IOException e) {
            throw new BulletinException(Problem.error(SourceRef.file(file), "无法读取文件：" + e.getMessage(), ""));
        }
    }

    /**
     * A data file holds one YAML document. A line {@code ---} after the document has begun starts a second
     * one, and YAML would drop everything after it without a word (every row of a table below a stray
     * {@code ---}); {@code ...} ends the document, and anything after it is dropped the same way.
     */
    static void oneDocument(String text, String file) throws BulletinException {
        boolean begun = false;
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\r", "");
            boolean start = line.equals("---") || line.startsWith("--- ") || line.startsWith("---\t");
            boolean end = line.equals("...") || line.startsWith("... ") || line.startsWith("...\t");
            if (!begun) {
                // blank lines, comments and directives may come before the document, and one --- may open it
                if (start) {
                    begun = true;
                    if (!line.substring(3).isBlank()
                            && !line.substring(3).strip().startsWith("#")) {
                        return; // a document that begins on the --- line itself, such as --- {a: 1}
                    }
                } else if (!line.isBlank() && !line.startsWith("#") && !line.startsWith("%")) {
                    begun = true;
                }
                continue;
            }
            if (start) {
                throw new BulletinException(Problem.error(
                        new SourceRef(file, i + 1, 1, ""),
                        "这一行 --- 开始了第二个 YAML 文档，其后的内容都不会被读取",
                        "一个数据文件只写一个文档：删去这一行（表中各行之间不需要分隔符）"));
            }
            if (end && hasContentAfter(lines, i + 1)) {
                throw new BulletinException(
                        Problem.error(new SourceRef(file, i + 1, 1, ""), "这一行 ... 结束了 YAML 文档，其后的内容都不会被读取", "删去这一行"));
            }
        }
    }

    private static boolean hasContentAfter(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            String l = lines[i].strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                return true;
            }
        }
        return false;
    }

    private YNode readNode(JsonParser p, String file, String path) throws IOException, BulletinException {
        JsonToken t = p.currentToken();
        SourceRef ref = refOf(p, file, path);
        if (p instanceof YAMLParser yp && yp.isCurrentAlias()) {
            throw new BulletinException(Problem.error(ref, "数据文件不允许使用 YAML 别名（*" + p.getText() + "）", "把值完整写出，不要引用锚点"));
        }
        switch (t) {
            case START_OBJECT: {
                Map<String, YNode> entries = new LinkedHashMap<>();
                Map<String, SourceRef> keyRefs = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    SourceRef keyRef = refOf(p, file, join(path, key));
                    if (entries.containsKey(key)) {
                        SourceRef first = keyRefs.get(key);
                        throw new BulletinException(Problem.error(
                                keyRef,
                                "字段“" + key + "”在同一处写了两次（第一次在第 " + first.line() + " 行）",
                                "只保留一行；否则 YAML 会悄悄只取后一个"));
                    }
                    p.nextToken();
                    keyRefs.put(key, keyRef);
                    entries.put(key, readNode(p, file, join(path, key)));
                }
                return new YNode.YMap(entries, keyRefs, ref);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readNode(p, file, path + "[" + i++ + "]"));
                }
                return new YNode.YList(items, ref);
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YNode.YScalar(p.getText(), YNode.YScalar.Kind.NUMBER, ref);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YNode.YScalar(p.getText(), YNode.YScalar.Kind.BOOLEAN, ref);
            case VALUE_NULL:
                return new YNode.YScalar("", YNode.YScalar.Kind.NULL, ref);
            case VALUE_STRING:
                return new YNode.YScalar(p.getText(), YNode.YScalar.Kind.STRING, ref);
            default:
                throw new BulletinException(Problem.error(ref, "无法识别的 YAML 内容（" + t + "）", ""));
        }
    }

    private static SourceRef refOf(JsonParser p, String file, String path) {
        JsonLocation loc = p.currentTokenLocation();
        return new SourceRef(file, Math.max(loc.getLineNr(), 0), Math.max(loc.getColumnNr(), 0), path);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** SnakeYAML's messages carry their own position lines and a caret drawing; keep only the first sentence. */
    private static String cleanMessage(String message) {
        if (message == null) {
            return "未知错误";
        }
        String first = message.lines()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .filter(s -> !s.startsWith("in 'reader'") && !s.startsWith("in '") && !s.startsWith("^"))
                .reduce((a, b) -> a + "; " + b)
                .orElse(message);
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
