package org.accord.membership;

import org.accord.shared.security.WorkingGroupRole;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakGroupsTest {

    @Test
    void mapsWorkingGroupPathsToRoles() {
        assertThat(KeycloakGroups.parse("/wg/1/delegates")).contains(new KeycloakGroups.Grant("1", WorkingGroupRole.DELEGATE));
        assertThat(KeycloakGroups.parse("/WG/WG 2/Co-Convenors/")).contains(new KeycloakGroups.Grant("2", WorkingGroupRole.CO_CONVENOR));
        assertThat(KeycloakGroups.key("WG 1")).isEqualTo(KeycloakGroups.key("wg1")).isEqualTo("1");
    }

    @Test
    void ignoresOtherGroups() {
        assertThat(KeycloakGroups.parseAll(List.of("/staff", "/wg/1", "/wg/1/kings", "/wg//editors", "/other/1/editors")))
                .isEmpty();
        assertThat(KeycloakGroups.parse(null)).isEmpty();
    }
}
