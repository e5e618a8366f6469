package org.nj12320.bulletin.testing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of a printed issue (test resource {@code seeds/<period>.txt}), read for what a test compares
 * the bulletin's output with: the rows of its tables and the sentences of its prose.
 */
public final class Seed {
    private static final Pattern FIGURE = Pattern.compile("\\d+(\\.\\d+)?%?|/|\\d+/\\d+");
    private final String text;

    private Seed(String text) {
        this.text = text;
    }

    public static Seed of(String period) {
        try (InputStream in = Seed.class.getResourceAsStream("/seeds/" + period + ".txt")) {
            return new Seed(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String text() {
        return text;
    }

    /**
     * The lines of the seed that are table rows: a name followed by at least two figures, ending in a figure.
     * Whitespace is collapsed to single spaces.
     */
    public List<String> tableRows() {
        List<String> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            String l = normalize(line);
            String[] t = l.split(" ");
            // prose has punctuation; rows of a table do not
            if (t.length < 3 || !FIGURE.matcher(t[t.length - 1]).matches() || l.matches(".*[，。、；：].*")) {
                continue;
            }
            int figures = 0;
            boolean name = false;
            for (String tok : t) {
                if (FIGURE.matcher(tok).matches()) {
                    figures++;
                } else {
                    name = true;
                }
            }
            if (name && figures >= 2 && !rows.contains(l)) {
                rows.add(l);
            }
        }
        return rows;
    }

    /** The text between two markers of the seed, markers included, without whitespace. */
    public String between(String from, String to) {
        int i = text.indexOf(from);
        int j = text.indexOf(to, i);
        if (i < 0 || j < 0) {
            throw new IllegalArgumentException("markers not in the seed: " + from + " … " + to);
        }
        return compact(text.substring(i, j + to.length()));
    }

    /** Splits compacted prose into sentences, at 。；！？ */
    public static List<String> sentences(String compacted) {
        List<String> out = new ArrayList<>();
        for (String s : compacted.split("(?<=[。；！？])")) {
            if (s.length() > 1) {
                out.add(s);
            }
        }
        return out;
    }

    public static String normalize(String s) {
        return s.replace('\u2005', ' ').strip().replaceAll("\\s+", " ");
    }

    /** Without any whitespace: extracted text puts spaces where the layout had gaps, and the seed did too. */
    public static String compact(String s) {
        return s.replaceAll("[\\s\\u2005\\u3000\\uF0D8\\uF0A7◆]+", "");
    }
}
