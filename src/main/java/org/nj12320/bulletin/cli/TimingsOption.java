package org.nj12320.bulletin.cli;

import picocli.CommandLine.Option;

/** {@code --timings}, of the commands that build: each build's stages, timed, on a line after its own. */
final class TimingsOption {
    @Option(names = "--timings", description = "同时打印各阶段用时（读取、计算、核对、模板、排版、写出）")
    boolean on;
}
