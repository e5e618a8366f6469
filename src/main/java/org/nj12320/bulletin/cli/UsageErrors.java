package org.nj12320.bulletin.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Suggest;

import picocli.CommandLine;

/**
 * A command line the tool cannot take, said in Chinese with what to type instead: an unknown option or
 * subcommand with the nearest known one ({@code --moth} → {@code --month}, {@code --watch} → the subcommand
 * {@code watch}), a missing value, an option given twice. picocli says these in English; its exception types say
 * which it is.
 */
final class UsageErrors {
    /** A message and a hint. */
    record Said(String message, String hint) {}

    private static final Pattern INVALID =
            Pattern.compile("Invalid value for option '([^']+)'(?: \\([^)]*\\))?: (.*)", Pattern.DOTALL);
    /** What picocli says of a value that is not one of a list: the list and the value. */
    private static final Pattern ONE_OF = Pattern.compile("expected one of \\[([^\\]]*)\\].*but was '([^']*)'");

    private static final Pattern EXPECTED =
            Pattern.compile("Expected parameter for option '([^']+)' but found '([^']+)'");

    private UsageErrors() {}

    static Said of(CommandLine.ParameterException e) {
        CommandLine cl = e.getCommandLine();
        String help = "运行 " + commandName(cl) + " --help 查看用法";
        if (e instanceof CommandLine.UnmatchedArgumentException u
                && !u.getUnmatched().isEmpty()) {
            return unmatched(cl, u.getUnmatched().get(0), help);
        }
        if (e instanceof CommandLine.MissingParameterException m
                && !m.getMissing().isEmpty()) {
            CommandLine.Model.ArgSpec arg = m.getMissing().get(0);
            if (arg instanceof CommandLine.Model.OptionSpec o) {
                return new Said(
                        "选项“" + o.longestName() + "”后面缺少它的值（" + o.paramLabel() + "）",
                        "写作 " + o.longestName() + " " + example(o.paramLabel()) + "；" + help);
            }
            return new Said("缺少参数（" + arg.paramLabel() + "）", help);
        }
        if (e instanceof CommandLine.OverwrittenOptionException o
                && o.getOverwritten() instanceof CommandLine.Model.OptionSpec spec) {
            return new Said("选项“" + spec.longestName() + "”写了两次", "只写一次；要处理几期时用几个 --month 或 --year");
        }
        String text = String.valueOf(e.getMessage());
        Matcher m = EXPECTED.matcher(text);
        if (m.find()) {
            return new Said("选项“" + m.group(1) + "”后面应写它的值，而不是“" + m.group(2) + "”", help);
        }
        m = INVALID.matcher(text);
        if (m.find()) {
            Matcher one = ONE_OF.matcher(m.group(2));
            if (one.find()) {
                String choices = String.join(
                        "、", List.of(one.group(1).toLowerCase(Locale.ROOT).split(",\\s*")));
                return new Said(
                        "选项“" + m.group(1) + "”的值“" + one.group(2) + "”不对：可用的有 " + choices,
                        "几种同时要时用逗号隔开，如 " + m.group(1) + " pdf,html；" + help);
            }
            return new Said("选项“" + m.group(1) + "”的值不对", help);
        }
        if (text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            return new Said(text, help); // the tool's own message
        }
        return new Said("命令的写法不对", help);
    }

    private static Said unmatched(CommandLine cl, String token, String help) {
        boolean option = token.startsWith("-");
        List<String> names = new ArrayList<>();
        cl.getCommandSpec().options().forEach(o -> names.add(o.longestName()));
        List<String> commands = new ArrayList<>(cl.getSubcommands().keySet());
        names.addAll(commands);
        String bare = bare(token);
        String best = null;
        int distance = Integer.MAX_VALUE;
        for (String n : names) {
            int d = Suggest.distance(bare, bare(n));
            if (d < distance) {
                distance = d;
                best = n;
            }
        }
        boolean close = best != null && distance <= Math.max(1, Math.min(2, bare.length() / 2));
        String what = option
                ? "不认识的选项“" + token + "”"
                : !commands.isEmpty() ? "没有子命令“" + token + "”" : "多余的参数“" + token + "”";
        if (close && commands.contains(best)) {
            return new Said(what, "是不是子命令 " + best + "？写作 " + commandName(cl) + " " + best + " …；" + help);
        }
        if (close) {
            return new Said(what, "是不是 " + best + "？" + help);
        }
        if (option) {
            // an option of a subcommand written before it, or without it: bulletin --month 2023-03
            List<CommandLine> subs = new ArrayList<>(cl.getSubcommands().values());
            // build is what an editor runs most; its options are the ones to show
            subs.sort((a, b) -> Boolean.compare(
                    !a.getCommandName().equals("build"), !b.getCommandName().equals("build")));
            for (var sub : subs) {
                for (var o : sub.getCommandSpec().options()) {
                    int d = Suggest.distance(bare, bare(o.longestName()));
                    if (d <= Math.max(1, Math.min(2, bare.length() / 2))) {
                        return new Said(
                                what,
                                o.longestName() + " 是子命令的选项，要写在子命令之后，如 bulletin " + sub.getCommandName() + " "
                                        + o.longestName() + (o.arity().min() > 0 ? " " + example(o.paramLabel()) : "")
                                        + "；" + help);
                    }
                }
            }
        }
        if (!option && !commands.isEmpty()) {
            return new Said(what, "可用的子命令：" + String.join("、", commands) + "；" + help);
        }
        return new Said(what, help);
    }

    private static String bare(String name) {
        return name.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
    }

    private static String example(String label) {
        return switch (label) {
            case "YYYY-MM" -> "2023-04";
            case "YYYY" -> "2024";
            case "PERIOD" -> "2023-03";
            default -> label;
        };
    }

    private static String commandName(CommandLine cl) {
        return cl.getCommandName().equals("bulletin") ? "bulletin" : "bulletin " + cl.getCommandName();
    }
}
