package org.accord.seed;

import org.accord.crosswalk.CrosswalkService;
import org.accord.drafting.DraftingService;
import org.accord.identity.IdentityService;
import org.accord.membership.MembershipService;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A malformed seed file names file, line and field, and leaves the database untouched. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class, properties = "accord.test.context=broken-seed")
class BrokenSeedTest {

    @Autowired IdentityService identity;
    @Autowired MembershipService membership;
    @Autowired DraftingService drafting;
    @Autowired CrosswalkService crosswalk;
    @Autowired PlatformTransactionManager transactions;
    @Autowired org.accord.drafting.VersionService versions;
    @Autowired org.accord.commenting.CommentingService commenting;
    @Autowired org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired org.accord.membership.SeatService seats;
    @Autowired org.accord.crosswalk.MappingService mappings;

    private SeedLoader loader(String dir) {
        return new SeedLoader("classpath:" + dir + "/", identity, membership, drafting, crosswalk,
                new TransactionTemplate(transactions), versions, commenting, users, seats, mappings);
    }

    private void assertNothingLoaded() {
        assertThat(identity.hasAnyUser()).isFalse();
        assertThat(membership.hasAnyCommittee()).isFalse();
        SystemActor.run("test", () -> assertThat(membership.organisations()).isEmpty());
    }

    @Test
    void unknownReferenceIsReportedWithFileLineAndField_andNothingIsKept() {
        assertThatThrownBy(() -> loader("seed-bad-reference").loadIfEmpty())
                .isInstanceOf(SeedDataException.class)
                .hasMessage("Seed file users.yaml, line 11, field /users/1/organisation: unknown or ambiguous organisation 'XX-NOPE'");
        assertNothingLoaded();
    }

    @Test
    void wrongEnumValueNamesTheField() {
        assertThatThrownBy(() -> loader("seed-bad-enum").loadIfEmpty())
                .isInstanceOf(SeedDataException.class)
                .hasMessageStartingWith("Seed file organisations.yaml, line 8, field /organisations/1/stakeholderGroup:")
                .hasMessageContaining("FARMERS");
        assertNothingLoaded();
    }

    @Test
    void brokenYamlNamesTheLine() {
        assertThatThrownBy(() -> loader("seed-bad-syntax").loadIfEmpty())
                .isInstanceOf(SeedDataException.class)
                .hasMessageStartingWith("Seed file users.yaml, line")
                .hasMessageContaining("not valid YAML");
        assertNothingLoaded();
    }

    @Test
    void ruleBrokenInsideAServiceStillPointsAtTheEntry_afterEverythingElseWasCreated() {
        assertThatThrownBy(() -> loader("seed-bad-stage").loadIfEmpty())
                .isInstanceOf(SeedDataException.class)
                .hasMessageStartingWith("Seed file draft-test.yaml, line 1, field /draft:")
                .hasMessageContaining("25.20");
        assertNothingLoaded();
    }
}
