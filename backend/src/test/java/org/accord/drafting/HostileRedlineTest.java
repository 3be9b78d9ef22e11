package org.accord.drafting;

import org.accord.hostile.HostileAssertions;
import org.accord.hostile.HostileCorpus;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Redlines (inline and side by side) and clause bodies show hostile text as text. */
class HostileRedlineTest {

    @Test
    void redlinesAndBodiesAreInert() {
        for (String p : HostileCorpus.xss().stream().map(HostileCorpus::normalise).toList()) { // as stored
            var changes = WordDiff.diff("The organization shall act.", "The organization " + p + " shall act.");
            String inline = Redline.inline(changes);
            HostileAssertions.assertInert(inline, "inline redline of " + p);
            String shown = HostileAssertions.collapse(p);
            assertThat(HostileAssertions.text(inline)).contains(shown.substring(0, Math.min(40, shown.length())));
            for (String side : Redline.sideBySide(WordDiff.diff(p, "plain"))) {
                HostileAssertions.assertInert(side, "side-by-side redline of " + p);
            }
            HostileAssertions.assertInert(ClauseText.toSafeHtml(p), "clause body " + p);
            HostileAssertions.assertInert(ClauseText.toSafeHtml("[[" + p + "]] and " + p, java.util.Map.of()),
                    "clause body with term references " + p);
        }
    }
}
