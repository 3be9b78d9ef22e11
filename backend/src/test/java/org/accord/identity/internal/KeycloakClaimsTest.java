package org.accord.identity.internal;

import org.accord.shared.security.PlatformRole;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class KeycloakClaimsTest {

    @Test
    void readsNameRolesAndGroups() {
        KeycloakClaims c = new KeycloakClaims(Map.of("sub", "abc", "preferred_username", "Amara", "given_name", "Amara",
                "family_name", "Okafor", "email", "amara@example.org", "roles", List.of("editor", "secretariat"),
                "realm_access", Map.of("roles", List.of("admin", "offline_access")), "groups", List.of("/wg/1/editors")));
        assertThat(c.username()).isEqualTo("amara");
        assertThat(c.displayName()).isEqualTo("Amara Okafor");
        assertThat(c.platformRoles()).containsExactlyInAnyOrder(PlatformRole.SECRETARIAT, PlatformRole.ADMIN);
        assertThat(c.groups()).containsExactly("/wg/1/editors");
    }

    @Test
    void missingClaimsAreEmptyNotErrors() {
        KeycloakClaims c = new KeycloakClaims(Map.of("sub", "abc"));
        assertThat(c.username()).isNull();
        assertThat(c.platformRoles()).isEmpty();
        assertThat(c.groups()).isEmpty();
        assertThat(new KeycloakClaims(Map.of("groups", "/wg/2/delegates")).groups()).containsExactly("/wg/2/delegates");
    }
}
