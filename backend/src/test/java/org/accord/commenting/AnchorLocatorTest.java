package org.accord.commenting;

import org.junit.jupiter.api.Test;

import static org.accord.commenting.AnchorLocator.Status.*;
import static org.assertj.core.api.Assertions.assertThat;

class AnchorLocatorTest {

    static final String TEXT = "The deployer shall inform affected persons before use. "
            + "The deployer shall keep logs for ten years. The provider shall inform affected persons on request.";

    static TextAnchor anchorOn(String text, String quote, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = text.indexOf(quote, at + 1);
        }
        return TextAnchor.of(text, at, at + quote.length());
    }

    @Test
    void unchangedTextKeepsTheAnchor() {
        TextAnchor a = anchorOn(TEXT, "keep logs", 0);
        assertThat(AnchorLocator.locate(a, TEXT).status()).isEqualTo(EXACT);
    }

    @Test
    void insertionBeforeTheAnchorShiftsIt() {
        TextAnchor a = anchorOn(TEXT, "keep logs for ten years", 0);
        String revised = "In all cases, " + TEXT;
        AnchorLocator.Result r = AnchorLocator.locate(a, revised);
        assertThat(r.status()).isEqualTo(SHIFTED);
        assertThat(revised.substring(r.anchor().start(), r.anchor().end())).isEqualTo("keep logs for ten years");
    }

    @Test
    void aRepeatedPhraseIsFoundByItsContext() {
        TextAnchor second = anchorOn(TEXT, "inform affected persons", 1);
        String revised = "Scope note. " + TEXT.replace("before use", "before first use");
        AnchorLocator.Result r = AnchorLocator.locate(second, revised);
        assertThat(r.anchor().prefix()).endsWith("The provider shall ");
    }

    @Test
    void anEditInsideTheAnchorIsFollowedFuzzily() {
        TextAnchor a = anchorOn(TEXT, "The deployer shall keep logs for ten years.", 0);
        String revised = TEXT.replace("keep logs for ten years", "keep event logs for ten years");
        AnchorLocator.Result r = AnchorLocator.locate(a, revised);
        assertThat(r.status()).isEqualTo(SHIFTED);
        assertThat(r.anchor().quote()).contains("keep event logs");
    }

    @Test
    void aDeletedPassageIsOutdatedNotMovedElsewhere() {
        TextAnchor a = anchorOn(TEXT, "The deployer shall keep logs for ten years.", 0);
        String revised = TEXT.replace("The deployer shall keep logs for ten years. ", "");
        assertThat(AnchorLocator.locate(a, revised).status()).isEqualTo(OUTDATED);
    }

    @Test
    void aRewrittenPassageIsOutdated() {
        TextAnchor a = anchorOn(TEXT, "keep logs for ten years", 0);
        String revised = TEXT.replace("keep logs for ten years", "publish an annual transparency report");
        assertThat(AnchorLocator.locate(a, revised).status()).isEqualTo(OUTDATED);
    }
}
