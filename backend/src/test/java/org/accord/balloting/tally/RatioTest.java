package org.accord.balloting.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatioTest {

    @Test
    void normalisesAndComparesExactly() {
        assertThat(Ratio.of(10, 15)).isEqualTo(Ratio.TWO_THIRDS);
        assertThat(Ratio.of(-2, -6)).isEqualTo(Ratio.of(1, 3));
        assertThat(Ratio.of(0, 7)).isEqualTo(Ratio.ZERO);
        assertThat(Ratio.of(200_000, 300_000).compareTo(Ratio.TWO_THIRDS)).isZero();
        assertThat(Ratio.of(666_666_666, 1_000_000_000L)).isLessThan(Ratio.TWO_THIRDS);
        // 0.1 + 0.2 is exactly 0.3 here
        assertThat(Ratio.of(new BigDecimal("0.1")).add(Ratio.of(new BigDecimal("0.2"))))
                .isEqualTo(Ratio.of(new BigDecimal("0.3")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"2/3;2;3", "0.55;11;20", "55%;11;20", "71 %;71;100", "1;1;1", "0.25;1;4"})
    void parses(String text, long num, long den) {
        assertThat(Ratio.parse(text)).isEqualTo(Ratio.of(num, den));
    }

    @Test
    void rejectsGarbageAndZeroDenominator() {
        assertThatThrownBy(() -> Ratio.parse("two thirds")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("two thirds");
        assertThatThrownBy(() -> Ratio.of(1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formats() {
        assertThat(Ratio.TWO_THIRDS.toPercentString(1)).isEqualTo("66.7 %");
        assertThat(Ratio.of(7, 10).toPercentString(1)).isEqualTo("70.0 %");
        assertThat(Ratio.of(1, 3).toDecimalString(4)).isEqualTo("0.3333");
        assertThat(Ratio.of(12).toDecimalString(4)).isEqualTo("12");
        assertThat(Ratio.of(1, 4).toString()).isEqualTo("1/4");
        String[] p = Texts.percents(Ratio.of(666_666, 1_000_000), Ratio.TWO_THIRDS);
        assertThat(p[0]).isNotEqualTo(p[1]); // never shows "66.7 % < 66.7 %"
    }
}
