package org.nj12320.bulletin.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatsTest {

    @Test
    void countsHaveNoThousandsSeparators() {
        assertThat(NumberFormats.count(new BigDecimal("25704275"))).isEqualTo("25704275");
        assertThat(NumberFormats.count(BigDecimal.ZERO)).isEqualTo("0");
    }

    @Test
    void missingValuesPrintAsSlash() {
        assertThat(NumberFormats.count(null)).isEqualTo("/");
        assertThat(NumberFormats.percent(null, 2)).isEqualTo("/");
        assertThat(NumberFormats.fraction(null, 11)).isEqualTo("/");
        assertThat(NumberFormats.fixed(null, 2)).isEqualTo("/");
    }

    @ParameterizedTest
    @CsvSource({"98.3, 98.30%", "100, 100.00%", "7.4, 7.40%", "0, 0.00%", "1.905, 1.91%"})
    void ratesHaveTwoDecimalsAndAPercentSign(String value, String printed) {
        assertThat(NumberFormats.percent(new BigDecimal(value), 2)).isEqualTo(printed);
    }

    @ParameterizedTest
    @CsvSource({"626887.3, 626887.30", "1629775.52, 1629775.52", "40607.7, 40607.70", "5, 5.00"})
    void amountsHaveAFixedNumberOfDecimals(String value, String printed) {
        assertThat(NumberFormats.fixed(new BigDecimal(value), 2)).isEqualTo(printed);
    }

    @Test
    void fractionsOfAFixedWhole() {
        assertThat(NumberFormats.fraction(new BigDecimal("5"), 11)).isEqualTo("5/11");
        assertThat(NumberFormats.fraction(BigDecimal.ZERO, 11)).isEqualTo("0/11");
    }

    @ParameterizedTest
    @CsvSource({
        "19362000000, 亿2, 193.62",
        "19049000000, 亿2, 190.49",
        "391000000, 亿2, 3.91",
        "28540000, 万, 2854",
        "3720000, 万, 372",
        "130000, 万0, 13",
        "31896389, '', 31896389",
        "98.3, %2, 98.30%",
        "73.6, .2, 73.60"
    })
    void formatSpecsOfNotesAndTemplates(String value, String spec, String printed) {
        assertThat(NumberFormats.format(new BigDecimal(value), spec)).isEqualTo(printed);
    }

    @Test
    void unknownFormatSpecIsRefused() {
        assertThatThrownBy(() -> NumberFormats.format(BigDecimal.ONE, "千"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("千");
    }

    @ParameterizedTest
    @CsvSource({"1, 一", "2, 二", "9, 九", "10, 十", "11, 十一", "19, 十九", "20, 二十", "21, 二十一", "99, 九十九"})
    void chineseNumerals(int n, String numeral) {
        assertThat(NumberFormats.chineseNumeral(n)).isEqualTo(numeral);
    }

    @Test
    void chineseNumeralsOutsideTheirRangeAreRefused() {
        assertThatThrownBy(() -> NumberFormats.chineseNumeral(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> NumberFormats.chineseNumeral(100)).isInstanceOf(IllegalArgumentException.class);
    }
}
