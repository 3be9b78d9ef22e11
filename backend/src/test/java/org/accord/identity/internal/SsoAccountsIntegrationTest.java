package org.accord.identity.internal;

import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.membership.MembershipService;
import org.accord.membership.MyWorkingGroup;
import org.accord.shared.security.PlatformRole;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.DisabledException;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** First sign-in creates or links the account; every sign-in brings roles and group memberships up to date. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class SsoAccountsIntegrationTest {

    static final String ISSUER = "http://keycloak.test/realms/accord";

    @Autowired SsoAccounts accounts;
    @Autowired IdentityService identity;
    @Autowired MembershipService membership;
    @Autowired Fixtures fixtures;

    String code;
    UUID wg;

    @BeforeEach
    void workingGroup() {
        code = "WG " + fixtures.unique("S").replace("-", "");
        wg = SystemActor.call("test", () -> membership.createWorkingGroup(
                membership.createCommittee(fixtures.unique("TC"), "SSO committee", null), code, "SSO group", null));
    }

    private Map<String, Object> claims(String subject, String username, List<String> roles, List<String> groups) {
        return Map.of("sub", subject, "preferred_username", username, "name", "Name of " + username,
                "email", username + "@example.org", "roles", roles, "groups", groups);
    }

    private String group(String role) {
        return "/wg/" + code + "/" + role;
    }

    private List<MyWorkingGroup> groupsOf(UUID user) {
        return SystemActor.call("test", () -> membership.workingGroupsOf(user)).stream()
                .filter(g -> g.workingGroup().id().equals(wg)).toList();
    }

    @Test
    void aNewSubjectGetsAnAccountWithRolesFromTheRealmAndGroups() {
        String name = fixtures.unique("kc").toLowerCase();
        AccordUser u = accounts.signIn(ISSUER, claims(UUID.randomUUID().toString(), name, List.of("secretariat"),
                List.of(group("editors"), "/unrelated")));
        assertThat(u.getUsername()).isEqualTo(name);
        assertThat(u.getAuthorities()).extracting(Object::toString)
                .contains(PlatformRole.SECRETARIAT.authority(), WorkingGroupRole.EDITOR.authorityFor(wg));
        assertThat(groupsOf(u.userId())).extracting(MyWorkingGroup::role).containsExactly(WorkingGroupRole.EDITOR);
    }

    @Test
    void aLocalAccountOfTheSameNameIsLinkedAndKeepsItsOwnMemberships() {
        String name = fixtures.unique("local").toLowerCase();
        UUID local = SystemActor.call("test", () -> identity.createUser(new NewUser(name, "Local " + name, null, "accord-demo", Set.of())));
        SystemActor.run("test", () -> membership.addMember(wg, local, WorkingGroupRole.OBSERVER, null));
        String subject = UUID.randomUUID().toString();

        AccordUser first = accounts.signIn(ISSUER, claims(subject, name, List.of(), List.of(group("delegates"))));
        assertThat(first.userId()).isEqualTo(local);
        assertThat(groupsOf(local)).extracting(MyWorkingGroup::role)
                .containsExactlyInAnyOrder(WorkingGroupRole.OBSERVER, WorkingGroupRole.DELEGATE);

        // The group is gone at the provider: the role it granted goes, the one given in the app stays.
        AccordUser later = accounts.signIn(ISSUER, claims(subject, name, List.of(), List.of()));
        assertThat(later.userId()).isEqualTo(local);
        assertThat(groupsOf(local)).extracting(MyWorkingGroup::role).containsExactly(WorkingGroupRole.OBSERVER);
        assertThat(later.getAuthorities()).extracting(Object::toString).doesNotContain(WorkingGroupRole.DELEGATE.authorityFor(wg));
    }

    @Test
    void aNameAlreadyLinkedToAnotherSubjectGetsASeparateAccount() {
        String name = fixtures.unique("twin").toLowerCase();
        AccordUser a = accounts.signIn(ISSUER, claims(UUID.randomUUID().toString(), name, List.of(), List.of()));
        AccordUser b = accounts.signIn(ISSUER, claims(UUID.randomUUID().toString(), name, List.of(), List.of()));
        assertThat(b.userId()).isNotEqualTo(a.userId());
        assertThat(b.getUsername()).isEqualTo(name + "-2");
    }

    @Test
    void claimsWithoutSubjectOrNameAreRefused() {
        assertThatThrownBy(() -> accounts.signIn(ISSUER, Map.of("sub", "x"))).isInstanceOf(DisabledException.class);
    }
}
