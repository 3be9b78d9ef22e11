package org.accord.identity.internal;

import org.accord.identity.AccordUser;
import org.accord.identity.IdentityService;
import org.accord.identity.NewUser;
import org.accord.identity.SingleSignOnRequiredException;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * First sign-in creates or (safely) links the account; a newer token brings roles and memberships up to date, an older
 * one changes nothing, the same one writes nothing; parallel first sign-ins end in one account; a linked account's
 * local password is refused except for administrators.
 */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class SsoAccountsIntegrationTest {

    static final String ISSUER = "http://keycloak.test/realms/accord";

    @Autowired SsoAccounts accounts;
    @Autowired IdentityService identity;
    @Autowired MembershipService membership;
    @Autowired Fixtures fixtures;
    @Autowired JdbcTemplate jdbc;
    @Autowired AccordUserDetailsService userDetails;
    @Autowired PasswordEncoder encoder;
    @Autowired LoginThrottle throttle;

    String code;
    UUID wg;
    final Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @BeforeEach
    void workingGroup() {
        code = "WG " + fixtures.unique("S").replace("-", "");
        wg = SystemActor.call("test", () -> membership.createWorkingGroup(
                membership.createCommittee(fixtures.unique("TC"), "SSO committee", null), code, "SSO group", null));
    }

    private Map<String, Object> claims(String subject, String username, List<String> roles, List<String> groups) {
        return claims(subject, username, roles, groups, t0);
    }

    /** As Keycloak's tokens carry them: address verified, issued at {@code iat}. */
    private Map<String, Object> claims(String subject, String username, List<String> roles, List<String> groups, Instant iat) {
        Map<String, Object> claims = new HashMap<>(Map.of("sub", subject, "preferred_username", username, "name", "Name of " + username,
                "email", username + "@example.org", "email_verified", true, "roles", roles, "groups", groups));
        claims.put("iat", iat);
        return claims;
    }

    private String group(String role) {
        return "/wg/" + code + "/" + role;
    }

    private List<WorkingGroupRole> rolesOf(UUID user) {
        return SystemActor.call("test", () -> membership.workingGroupsOf(user)).stream()
                .filter(g -> g.workingGroup().id().equals(wg)).map(MyWorkingGroup::role).toList();
    }

    private UUID localUser(String name, Set<PlatformRole> roles) {
        return SystemActor.call("test", () -> identity.createUser(new NewUser(name, "Local " + name, name + "@example.org", "accord-demo", roles)));
    }

    @Test
    void aNewSubjectGetsAnAccountWithRolesFromTheRealmAndGroups() {
        String name = fixtures.unique("kc").toLowerCase();
        AccordUser u = accounts.signIn(ISSUER, claims(UUID.randomUUID().toString(), name, List.of("secretariat"),
                List.of(group("editors"), "/unrelated")));
        assertThat(u.getUsername()).isEqualTo(name);
        assertThat(u.linkedToProvider()).isTrue();
        assertThat(u.getAuthorities()).extracting(Object::toString)
                .contains(PlatformRole.SECRETARIAT.authority(), WorkingGroupRole.EDITOR.authorityFor(wg));
        assertThat(rolesOf(u.userId())).containsExactly(WorkingGroupRole.EDITOR);
    }

    @Test
    void linkingHandsTheSeedAndAppMembershipsToKeycloakSoAGroupRemovedThereEndsThem() {
        String name = fixtures.unique("local").toLowerCase();
        UUID local = localUser(name, Set.of());
        // As the seed gives them: editor (Keycloak's group confirms it) and observer (Keycloak knows nothing of it).
        SystemActor.run("test", () -> membership.addMember(wg, local, WorkingGroupRole.EDITOR, null));
        SystemActor.run("test", () -> membership.addMember(wg, local, WorkingGroupRole.OBSERVER, null));
        String subject = UUID.randomUUID().toString();

        AccordUser first = accounts.signIn(ISSUER, claims(subject, name, List.of(), List.of(group("editors"), group("delegates"))));
        assertThat(first.userId()).isEqualTo(local);
        // From the link on Keycloak speaks for this person: the unconfirmed observer role ends.
        assertThat(rolesOf(local)).containsExactlyInAnyOrder(WorkingGroupRole.EDITOR, WorkingGroupRole.DELEGATE);

        // The seed's editor membership is Keycloak's now: removing the group there ends it at the next token.
        AccordUser later = accounts.signIn(ISSUER, claims(subject, name, List.of(), List.of(group("delegates")), t0.plusSeconds(5)));
        assertThat(rolesOf(local)).containsExactly(WorkingGroupRole.DELEGATE);
        assertThat(later.getAuthorities()).extracting(Object::toString).doesNotContain(WorkingGroupRole.EDITOR.authorityFor(wg));

        // A role given in the app after the link (a seat allocation, a convenor) stays until a group confirms it ...
        SystemActor.run("test", () -> membership.addMember(wg, local, WorkingGroupRole.COMMENTER, null));
        accounts.signIn(ISSUER, claims(subject, name, List.of(), List.of(group("delegates")), t0.plusSeconds(10)));
        assertThat(rolesOf(local)).containsExactlyInAnyOrder(WorkingGroupRole.DELEGATE, WorkingGroupRole.COMMENTER);
        // ... and once confirmed it is Keycloak's too.
        accounts.signIn(ISSUER, claims(subject, name, List.of(), List.of(group("delegates"), group("commenters")), t0.plusSeconds(15)));
        accounts.signIn(ISSUER, claims(subject, name, List.of(), List.of(group("delegates")), t0.plusSeconds(20)));
        assertThat(rolesOf(local)).containsExactly(WorkingGroupRole.DELEGATE);
    }

    @Test
    void anOlderTokenDoesNotBringBackWhatANewerOneRemoved() {
        String name = fixtures.unique("old").toLowerCase();
        String subject = UUID.randomUUID().toString();
        Map<String, Object> old = claims(subject, name, List.of("secretariat"), List.of(group("editors")), t0);
        UUID user = accounts.signIn(ISSUER, old).userId();
        AccordUser newer = accounts.signIn(ISSUER, claims(subject, name, List.of(), List.of(), t0.plusSeconds(30)));
        assertThat(newer.getAuthorities()).extracting(Object::toString).doesNotContain(PlatformRole.SECRETARIAT.authority());

        // The first token is still valid (not expired) and used again: it is not applied, and grants nothing.
        AccordUser replay = accounts.signIn(ISSUER, old);
        assertThat(rolesOf(user)).isEmpty();
        assertThat(replay.getAuthorities()).extracting(Object::toString)
                .doesNotContain(PlatformRole.SECRETARIAT.authority(), WorkingGroupRole.EDITOR.authorityFor(wg));
        // Nor does one issued between the two.
        accounts.signIn(ISSUER, claims(subject, name, List.of("secretariat"), List.of(group("editors")), t0.plusSeconds(10)));
        assertThat(rolesOf(user)).isEmpty();
    }

    @Test
    void theSameTokenOnEveryCallWritesNothing() {
        String name = fixtures.unique("same").toLowerCase();
        Map<String, Object> token = claims(UUID.randomUUID().toString(), name, List.of(), List.of(group("delegates")));
        UUID user = accounts.signIn(ISSUER, token).userId();
        String rowVersion = jdbc.queryForObject("select xmin::text from user_account where id = ?", String.class, user);
        List<String> membershipVersions = jdbc.queryForList("select xmin::text from wg_membership where user_id = ?", String.class, user);
        for (int i = 0; i < 5; i++) {
            assertThat(accounts.signIn(ISSUER, token).getAuthorities()).extracting(Object::toString)
                    .contains(WorkingGroupRole.DELEGATE.authorityFor(wg));
        }
        assertThat(jdbc.queryForObject("select xmin::text from user_account where id = ?", String.class, user)).isEqualTo(rowVersion);
        assertThat(jdbc.queryForList("select xmin::text from wg_membership where user_id = ?", String.class, user))
                .isEqualTo(membershipVersions);
    }

    @Test
    void parallelFirstSignInsOfOneSubjectEndInOneAccount() throws Exception {
        String name = fixtures.unique("race").toLowerCase();
        String created = UUID.randomUUID().toString();
        String linkedName = fixtures.unique("racelink").toLowerCase();
        UUID local = localUser(linkedName, Set.of());
        String linked = UUID.randomUUID().toString();
        int n = 8;
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            for (String[] who : List.of(new String[]{created, name}, new String[]{linked, linkedName})) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<AccordUser>> results = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return accounts.signIn(ISSUER, claims(who[0], who[1], List.of(), List.of(group("delegates"))));
                    }));
                }
                start.countDown();
                List<UUID> ids = new ArrayList<>();
                for (Future<AccordUser> r : results) {
                    ids.add(r.get().userId()); // none failed
                }
                assertThat(ids).hasSize(n).containsOnly(ids.getFirst());
                assertThat(rolesOf(ids.getFirst())).containsExactly(WorkingGroupRole.DELEGATE);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from user_account where external_subject = ?", Integer.class, created)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select id from user_account where external_subject = ?", UUID.class, linked)).isEqualTo(local);
    }

    @Test
    void aLocalAccountIsLinkedOnlyWithTheSameVerifiedAddressAndNeverAnAdministrators() {
        String name = fixtures.unique("link").toLowerCase();
        UUID local = localUser(name, Set.of());
        Map<String, Object> unverified = claims(UUID.randomUUID().toString(), name, List.of(), List.of());
        unverified.put("email_verified", false);
        assertThatThrownBy(() -> accounts.signIn(ISSUER, unverified)).isInstanceOf(DisabledException.class)
                .hasMessageContaining("not verified the same e-mail address");
        Map<String, Object> otherAddress = claims(UUID.randomUUID().toString(), name, List.of(), List.of());
        otherAddress.put("email", "someone-else@example.org");
        assertThatThrownBy(() -> accounts.signIn(ISSUER, otherAddress)).isInstanceOf(DisabledException.class);
        assertThat(jdbc.queryForObject("select external_subject from user_account where id = ?", String.class, local)).isNull();

        String adminName = fixtures.unique("adm").toLowerCase();
        UUID admin = localUser(adminName, Set.of(PlatformRole.ADMIN));
        assertThatThrownBy(() -> accounts.signIn(ISSUER, claims(UUID.randomUUID().toString(), adminName, List.of("admin"), List.of())))
                .isInstanceOf(DisabledException.class).hasMessageContaining("administrator");
        assertThat(jdbc.queryForObject("select external_subject from user_account where id = ?", String.class, admin)).isNull();

        Map<String, Object> sameAddress = claims(UUID.randomUUID().toString(), name, List.of(), List.of());
        sameAddress.put("email", name.toUpperCase() + "@EXAMPLE.org");
        assertThat(accounts.signIn(ISSUER, sameAddress).userId()).isEqualTo(local);
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
    void aLinkedAccountsLocalPasswordIsRefusedExceptAnAdministrators() {
        ThrottlingAuthenticationProvider passwords = new ThrottlingAuthenticationProvider(userDetails, encoder, throttle,
                new VerifiedCredentials(Duration.ofMinutes(5), 100, Clock.systemUTC()), () -> true, "Keycloak");
        String name = fixtures.unique("pw").toLowerCase();
        localUser(name, Set.of());
        assertThat(passwords.authenticate(new UsernamePasswordAuthenticationToken(name, "accord-demo")).isAuthenticated()).isTrue();
        String subject = UUID.randomUUID().toString();
        accounts.signIn(ISSUER, claims(subject, name, List.of(), List.of()));
        assertThatThrownBy(() -> passwords.authenticate(new UsernamePasswordAuthenticationToken(name, "accord-demo")))
                .isInstanceOf(SingleSignOnRequiredException.class).hasMessageContaining("signs in with Keycloak");
        // Made an administrator at Keycloak: the local password works again, as break-glass.
        accounts.signIn(ISSUER, claims(subject, name, List.of("admin"), List.of(), t0.plusSeconds(5)));
        assertThat(passwords.authenticate(new UsernamePasswordAuthenticationToken(name, "accord-demo")).isAuthenticated()).isTrue();
    }

    @Test
    void claimsWithoutSubjectOrNameAreRefused() {
        assertThatThrownBy(() -> accounts.signIn(ISSUER, Map.of("sub", "x"))).isInstanceOf(DisabledException.class);
    }
}
