package org.nj12320.bulletin.cli;

import java.util.concurrent.Callable;

import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.pipeline.Pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bulletin check}: everything a build checks, reporting all problems, writing nothing. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.nj12320.bulletin.cli.messages",
        description = "检查一期的数据和模板：读取、计算、核对，报告全部问题，不生成文件。")
final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin
    IssueOptions options;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        Reporter reporter = options.reporter(spec.commandLine());
        int code = Main.OK;
        try (Pipeline pipeline = new Pipeline(options.world(), options.strict, Main.version(), false)) {
            for (Period period : options.periods(spec.commandLine(), pipeline.availablePeriods())) {
                try {
                    Pipeline.Checked c = pipeline.check(period);
                    // the web edition too: a mistake of its templates is found here, not at build --format html
                    pipeline.make(c, java.util.Set.of(Output.WEB));
                    reporter.report(c.warnings());
                    reporter.acknowledged(out, c.acknowledged());
                    out.println(period.id() + "：" + Reporter.verdict(warnings(c)));
                } catch (BulletinException e) {
                    reporter.report(e.problems());
                    out.println(period.id() + "：" + Reporter.errors(e.problems()));
                    code = Main.PROBLEMS;
                }
            }
        }
        out.flush();
        return code;
    }

    static long warnings(Pipeline.Checked c) {
        return c.warnings().stream().filter(Problem::isWarning).count();
    }
}
