package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The numbers of a content stream: three decimals at most, no trailing zeros, no exponent. */
class ContentWriterTest {
    private static String written(double... values) {
        ContentWriter w = new ContentWriter();
        for (double v : values) {
            w.number(v).space();
        }
        return new String(w.bytes(), StandardCharsets.US_ASCII);
    }

    @Test
    void numbersAreWrittenToThreeDecimalsAtMost() {
        assertThat(written(0, 7, 10, 595.276, 841.89, 12.5, 1000, 1234567))
                .isEqualTo("0 7 10 595.276 841.89 12.5 1000 1234567 ");
        assertThat(written(-0.5, -12.3456, 999.9996, 0.0004, -0.0004, 0.001, 9.999))
                .isEqualTo("-0.5 -12.346 1000 0 0 0.001 9.999 ");
    }
}
