package org.accord.commenting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProposedChangeTest {

    static final String TEXT = "Records shall be kept for ten years. The deployer shall inform affected persons before use.";

    @Test
    void appliesToTheTextItWasMadeOn() {
        TextAnchor a = TextAnchor.find(TEXT, "ten years", 0).orElseThrow();
        assertThat(ProposedChange.apply(TEXT, a, "at least ten years"))
                .isEqualTo(new ProposedChange.Applied(TEXT.replace("ten years", "at least ten years")));
    }

    @Test
    void stillAppliesAfterNearbyEdits() {
        TextAnchor a = TextAnchor.find(TEXT, "inform affected persons", 0).orElseThrow();
        String drifted = "Introductory sentence added later. " + TEXT.replace("Records shall", "All records shall");
        ProposedChange.Outcome o = ProposedChange.apply(drifted, a, "inform and consult affected communities");
        assertThat(o).isInstanceOfSatisfying(ProposedChange.Applied.class, applied ->
                assertThat(applied.text()).contains("shall inform and consult affected communities before use")
                        .startsWith("Introductory sentence added later. All records"));
    }

    @Test
    void saysWhereItExpectedThePassageWhenItIsGone() {
        TextAnchor a = TextAnchor.find(TEXT, "inform affected persons before use", 0).orElseThrow();
        String rewritten = "Records shall be kept for ten years. Deployers publish a notice on their website.";
        ProposedChange.Outcome o = ProposedChange.apply(rewritten, a, "notify affected persons before use");
        assertThat(o).isInstanceOfSatisfying(ProposedChange.NotApplicable.class, n -> {
            assertThat(n.reason()).contains("no longer in the text");
            assertThat(n.expectedAt()).isBetween(30, rewritten.length());
        });
    }
}
