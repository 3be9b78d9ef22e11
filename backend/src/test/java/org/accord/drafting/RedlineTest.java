package org.accord.drafting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedlineTest {

    @Test
    void inlineMarksInsertionsAndDeletionsAndEscapes() {
        String html = Redline.inline(WordDiff.diff("keep <b>logs</b>", "keep <i>records</i>"));
        assertThat(html).contains("<del>", "<ins>", "&lt;", "&gt;").doesNotContain("<b>", "<i>", "</b>");
    }

    @Test
    void sideBySideShowsEachSideItsOwnMarks() {
        String[] sides = Redline.sideBySide(WordDiff.diff("a provider shall", "a deployer shall"));
        assertThat(sides[0]).contains("<del>provider</del>").doesNotContain("<ins>");
        assertThat(sides[1]).contains("<ins>deployer</ins>").doesNotContain("<del>");
    }
}
