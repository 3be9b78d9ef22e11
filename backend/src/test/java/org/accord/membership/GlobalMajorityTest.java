package org.accord.membership;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlobalMajorityTest {

    @Test
    void classifiesByIncomeGroup() {
        assertThat(GlobalMajority.includes("KE")).isTrue();
        assertThat(GlobalMajority.includes("BR")).isTrue();
        assertThat(GlobalMajority.includes("in")).isTrue();
        assertThat(GlobalMajority.includes("DE")).isFalse();
        assertThat(GlobalMajority.includes("US")).isFalse();
    }

    @Test
    void everyListedCountryIsARealCountry() {
        assertThat(GlobalMajority.HIGH_INCOME).allMatch(GlobalMajority::isKnownCountry);
    }

    @Test
    void unknownCodesAreRefused() {
        assertThatThrownBy(() -> GlobalMajority.includes("XX")).hasMessageContaining("XX");
    }
}
