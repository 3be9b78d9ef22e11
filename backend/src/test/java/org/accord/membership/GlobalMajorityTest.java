package org.accord.membership;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlobalMajorityTest {

    private final GlobalMajority gm = GlobalMajority.DEFAULT;

    @Test
    void classifiesByIncomeGroup() {
        assertThat(gm.includes("KE")).isTrue();
        assertThat(gm.includes("BR")).isTrue();
        assertThat(gm.includes("in")).isTrue();
        assertThat(gm.includes("DE")).isFalse();
        assertThat(gm.includes("US")).isFalse();
        assertThat(gm.source()).contains("World Bank");
    }

    @Test
    void everyListedCountryIsARealCountry() {
        assertThat(GlobalMajority.HIGH_INCOME).allMatch(GlobalMajority::isKnownCountry);
    }

    @Test
    void unknownCodesAreRefused() {
        assertThatThrownBy(() -> gm.includes("XX")).hasMessageContaining("XX");
        assertThatThrownBy(() -> new GlobalMajority(Set.of("DE", "ZZ"), "test")).hasMessageContaining("ZZ");
        assertThatThrownBy(() -> new GlobalMajority(Set.of("DE"), " ")).hasMessageContaining("source");
    }

    @Test
    void aDeploymentMayReplaceTheList() {
        GlobalMajority hdi = new GlobalMajority(Set.of("de", "NO"), "UNDP HDI 2023: very high human development");
        assertThat(hdi.includes("DE")).isFalse();
        assertThat(hdi.includes("US")).isTrue();
    }

    @Test
    void unRegionalGroupsCoverTheUnMemberStatesOnce() {
        int members = Arrays.stream(UnRegionalGroup.values()).mapToInt(g -> g.members().size()).sum();
        assertThat(members).as("193 member states minus Kiribati, which is in no group").isEqualTo(192);
        assertThat(Arrays.stream(UnRegionalGroup.values()).flatMap(g -> g.members().stream()))
                .allMatch(GlobalMajority::isKnownCountry);
        assertThat(UnRegionalGroup.of("ke")).contains(UnRegionalGroup.AFRICAN);
        assertThat(UnRegionalGroup.of("BR")).contains(UnRegionalGroup.GRULAC);
        assertThat(UnRegionalGroup.of("PL")).contains(UnRegionalGroup.EASTERN_EUROPEAN);
        assertThat(UnRegionalGroup.of("US")).contains(UnRegionalGroup.WEOG);
        assertThat(UnRegionalGroup.of("KI")).isEmpty();
        assertThat(UnRegionalGroup.of("TW")).isEmpty();
    }
}
