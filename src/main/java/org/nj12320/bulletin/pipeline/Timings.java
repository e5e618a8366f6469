package org.nj12320.bulletin.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where the time of one issue went, stage by stage.
 *
 * @param layout time spent laying out and drawing the pages
 * @param write  time spent writing the file, font subsetting included
 */
public record Timings(
        Duration load, Duration compute, Duration check, Duration render, Duration layout, Duration write) {

    /** These with the time an output's renderer took to lay out and to write. */
    Timings plus(Duration laidOut, Duration written) {
        return new Timings(load, compute, check, render, layout.plus(laidOut), write.plus(written));
    }

    @Override
    public String toString() {
        return String.format(
                "读取 %d ms，计算 %d ms，核对 %d ms，模板 %d ms，排版 %d ms，写出（含字体子集）%d ms",
                load.toMillis(),
                compute.toMillis(),
                check.toMillis(),
                render.toMillis(),
                layout.toMillis(),
                write.toMillis());
    }

    /** Measures the stretches between laps on the world's clock. */
    static final class Stopwatch {
        private final Clock clock;
        private Instant last;

        Stopwatch(Clock clock) {
            this.clock = clock;
            this.last = clock.instant();
        }

        /** The time since the last lap, or since the start. */
        Duration lap() {
            Instant now = clock.instant();
            Duration d = Duration.between(last, now);
            last = now;
            return d;
        }
    }
}
