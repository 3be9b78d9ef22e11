package org.accord.seed;

import org.accord.crosswalk.CrosswalkService;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.identity.IdentityService;
import org.accord.membership.MembershipService;
import org.accord.membership.OrganisationSummary;
import org.accord.shared.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped demo content loads completely through the services, and only once. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class SeedLoaderTest {

    @Autowired SeedLoader loader;
    @Autowired IdentityService identity;
    @Autowired MembershipService membership;
    @Autowired org.accord.membership.SeatService seats;
    @Autowired org.accord.membership.Constituencies constituencies;
    @Autowired DraftingService drafting;
    @Autowired CrosswalkService crosswalk;
    @Autowired org.accord.commenting.CommentingService commenting;
    @Autowired org.accord.drafting.TranslationService translations;

    @Test
    void loadsTheDemoContentOnceAndSkipsWhenDataExists() {
        assertThat(loader.loadIfEmpty()).isTrue();
        assertThat(loader.loadIfEmpty()).as("second start reuses the data").isFalse();

        SystemActor.run("test", () -> {
            List<OrganisationSummary> orgs = membership.organisations();
            assertThat(orgs).hasSizeGreaterThanOrEqualTo(10);
            assertThat(orgs.stream().map(OrganisationSummary::stakeholderGroup)).containsAll(constituencies.stakeholderGroups().stream().map(org.accord.membership.StakeholderGroup::code).toList());
            assertThat(orgs.stream().filter(OrganisationSummary::globalMajority)).hasSizeGreaterThanOrEqualTo(4);

            assertThat(membership.workingGroups()).hasSize(2)
                    .allMatch(wg -> wg.committeeTitle().equals("AI interoperability"));
            assertThat(identity.listUsers()).extracting(u -> u.username())
                    .contains("admin", "secretariat", "convenor", "editor", "delegate", "delegate2", "ngo", "observer");

            DraftSummary wd = drafting.drafts().stream().filter(d -> d.stageAbbreviation().equals("WD"))
                    .filter(d -> d.clauseCount() >= 30).findFirst().orElseThrow();
            List<ClauseNode> tree = drafting.clauseTree(wd.id());
            List<ClauseNode> flat = tree.stream().flatMap(SeedLoaderTest::flatten).toList();
            assertThat(flat).hasSizeGreaterThanOrEqualTo(30);
            assertThat(tree.getFirst().heading()).isEqualTo("1 Scope");
            ClauseNode terms = flat.stream().filter(c -> c.kind() == ClauseKind.TERMS).findFirst().orElseThrow();
            assertThat(terms.heading()).isEqualTo("3 Terms and definitions");
            assertThat(terms.terms()).hasSizeGreaterThanOrEqualTo(8);
            assertThat(terms.terms().getFirst().number()).isEqualTo("3.1");
            assertThat(flat).anyMatch(c -> c.number().matches("\\d+\\.\\d+\\.\\d+"));
            assertThat(flat).anyMatch(c -> c.kind() == ClauseKind.NOTE);
            assertThat(tree).anyMatch(c -> c.heading().startsWith("Annex A (informative)"));

            assertThat(commenting.currentPeriod(wd.id())).hasValueSatisfying(p -> assertThat(p.versionLabel()).isEqualTo("WD 1"));
            assertThat(commenting.comments(wd.id(), org.accord.commenting.CommentFilter.ALL, 0, 50))
                    .hasSizeGreaterThanOrEqualTo(5)
                    .anyMatch(c -> c.resolution() == org.accord.commenting.Resolution.ACCEPTED_IN_PRINCIPLE)
                    .anyMatch(c -> c.quote() != null && c.commentId().startsWith("NG-DRC-"))
                    .anyMatch(c -> "es".equals(c.language()));
            assertThat(translations.translations(wd.id(), "fr")).isNotEmpty()
                    .allMatch(org.accord.drafting.ClauseTranslationView::official);
            assertThat(translations.translations(wd.id(), "ar")).isNotEmpty()
                    .allMatch(t -> !t.official() && !t.outdated())
                    .anyMatch(t -> t.text().contains("AI system"));

            assertThat(crosswalk.instruments()).hasSizeGreaterThanOrEqualTo(5)
                    .allMatch(i -> i.provisionCount() > 0)
                    .anyMatch(i -> i.bindingNature().isBinding())
                    .anyMatch(i -> !i.bindingNature().isBinding());

            // WG 1 has a confirmed, compliant roster; WG 2 has an open call with a published lottery seed
            var wgs = membership.workingGroups();
            org.accord.membership.Roster roster = seats.roster(wgs.get(0).id());
            assertThat(roster.holders()).hasSize(8);
            assertThat(roster.compliant()).isTrue();
            assertThat(roster.twinning().met()).isTrue();
            assertThat(seats.roster(wgs.get(1).id()).holders()).isEmpty();
            assertThat(seats.seatPlan(wgs.get(1).id())).get().extracting(p -> p.lotterySeed()).isNotNull();
            assertThat(seats.applications(wgs.get(1).id())).hasSize(8).allMatch(a -> a.rank() != null);
        });
    }

    static Stream<ClauseNode> flatten(ClauseNode c) {
        return Stream.concat(Stream.of(c), c.children().stream().flatMap(SeedLoaderTest::flatten));
    }
}
