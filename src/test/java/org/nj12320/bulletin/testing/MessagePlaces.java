package org.nj12320.bulletin.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every message lands where the mistake is: the line a message names holds the value it quotes (the
 * text found, a figure the source wrote, a character slipped in). Messages about what is missing, and places in
 * spreadsheets, are passed over.
 */
public final class MessagePlaces {
    /** {@code 错误：data/2023-03/appointments.yaml:24:43: …} */
    private static final Pattern PLACE = Pattern.compile("^(?:错误|警告|说明)：(.+?\\.(?:yaml|md)):(\\d+)(?::(\\d+))?: (.*)$");

    /** What a message quotes of the value it is about. */
    private static final List<Pattern> QUOTED = List.of(
            Pattern.compile("实为“([^”…]+)”"),
            Pattern.compile("原表(?:的合计)?为 ([0-9.]+)"),
            Pattern.compile("写的是 ([0-9.]+)"),
            Pattern.compile("“([^”]+)”出现了两次"),
            Pattern.compile("^(?:全角逗号|全角冒号|全角括号)“([^”]+)”"),
            Pattern.compile("的“[^”]+”为 ([0-9.]+)，"),
            Pattern.compile("字体中没有“([^”]+)”"));

    private MessagePlaces() {}

    /** How many of the messages quoted a value that was checked; fails at the first that lands elsewhere. */
    public static int assertLandOnTheirValues(String err) {
        int checked = 0;
        for (String line : err.split("\\R")) {
            Matcher m = PLACE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Path file = Path.of(m.group(1));
            if (!Files.isRegularFile(file)) {
                continue;
            }
            int number = Integer.parseInt(m.group(2));
            String message = m.group(4);
            String said = message.contains("：") ? message.substring(message.indexOf('：') + 1) : message;
            for (Pattern q : QUOTED) {
                Matcher v = q.matcher(said);
                if (v.find()) {
                    String at = lineOf(file, number);
                    assertThat(at)
                            .as("the line %s:%d named by: %s", file.getFileName(), number, line)
                            .contains(v.group(1));
                    checked++;
                    break;
                }
            }
        }
        return checked;
    }

    private static String lineOf(Path file, int number) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return number >= 1 && number <= lines.size() ? lines.get(number - 1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
