package org.nj12320.bulletin.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A figure read the short way is read exactly as the full way reads it; anything else takes the full way. */
class ScalarsTest {
    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "3307", "21694466", "98.30", "0.5", "19362000000", "00012"})
    void aPlainFigureIsTheNumberTheFullReadingGives(String text) {
        assertThat(Scalars.plain(text)).isTrue();
        Numbers.Reading full = Numbers.read(text, false);
        assertThat(full.ok()).isTrue();
        assertThat(full.value()).isEqualTo(new java.math.BigDecimal(text));
        assertThat(Dates.isOne(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "-1", "1.", ".5", "1.2.3", "1,000", "１２３", "98.3%", "1e5", " 12", "2023.3.15", "#N/A", "=A1"
            })
    void anythingElseIsReadTheFullWay(String text) {
        assertThat(Scalars.plain(text)).isFalse();
    }
}
