package org.accord.drafting;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.accord.drafting.WordDiff.Op.*;
import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void changesWholeWordsNotLetters() {
        List<WordDiff.Change> d = WordDiff.diff("The provider shall keep records.", "The deployer shall keep records.");
        assertThat(d).containsExactly(
                new WordDiff.Change(EQUAL, "The "),
                new WordDiff.Change(DELETE, "provider"),
                new WordDiff.Change(INSERT, "deployer"),
                new WordDiff.Change(EQUAL, " shall keep records."));
    }

    @Test
    void semanticCleanupGroupsAChangedPhrase() {
        List<WordDiff.Change> d = WordDiff.diff("risks to health and safety of persons",
                "risks to the fundamental rights of persons");
        assertThat(d.stream().filter(c -> c.op() == DELETE).map(WordDiff.Change::text)).containsExactly("health and safety");
        assertThat(d.stream().filter(c -> c.op() == INSERT).map(WordDiff.Change::text)).containsExactly("the fundamental rights");
    }

    @Test
    void identicalTextsAreUnchanged() {
        assertThat(WordDiff.unchanged(WordDiff.diff("same text", "same text"))).isTrue();
        assertThat(WordDiff.unchanged(WordDiff.diff("", ""))).isTrue();
        assertThat(WordDiff.diff(null, "new")).containsExactly(new WordDiff.Change(INSERT, "new"));
    }

    @Test
    void worksOnNonLatinScripts() {
        List<WordDiff.Change> d = WordDiff.diff("يجب على المزود", "يجب على الناشر");
        assertThat(d).contains(new WordDiff.Change(DELETE, "المزود"), new WordDiff.Change(INSERT, "الناشر"));
    }
}
