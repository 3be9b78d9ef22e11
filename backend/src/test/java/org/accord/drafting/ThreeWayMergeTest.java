package org.accord.drafting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThreeWayMergeTest {

    static final String BASE = """
            The provider shall document the risk management process.

            The deployer shall inform affected persons before use.

            Records shall be kept for ten years.""";

    @Test
    void nonOverlappingEditsMerge() {
        String theirs = BASE.replace("document the risk", "document and publish the risk");
        String mine = BASE.replace("ten years", "at least ten years");
        ThreeWayMerge.Result r = ThreeWayMerge.merge(BASE, theirs, mine);
        assertThat(r).isInstanceOf(ThreeWayMerge.Merged.class);
        assertThat(((ThreeWayMerge.Merged) r).text())
                .contains("document and publish the risk").contains("at least ten years");
    }

    @Test
    void overlappingEditsConflict() {
        String theirs = BASE.replace("inform affected persons", "consult affected persons");
        String mine = BASE.replace("inform affected persons", "notify affected communities");
        assertThat(ThreeWayMerge.merge(BASE, theirs, mine)).isInstanceOf(ThreeWayMerge.Conflict.class);
    }

    @Test
    void insertionsAtTheSamePointConflict() {
        assertThat(ThreeWayMerge.merge("a b c", "a X b c", "a Y b c")).isInstanceOf(ThreeWayMerge.Conflict.class);
    }

    @Test
    void sameEditOnBothSidesIsNoConflict() {
        String both = BASE.replace("ten", "twelve");
        assertThat(ThreeWayMerge.mergedText(ThreeWayMerge.merge(BASE, both, both))).contains(both);
    }

    @Test
    void oneSideUnchangedTakesTheOther() {
        String mine = BASE + "\n\nNew paragraph.";
        assertThat(ThreeWayMerge.mergedText(ThreeWayMerge.merge(BASE, BASE, mine))).contains(mine);
        assertThat(ThreeWayMerge.mergedText(ThreeWayMerge.merge(BASE, mine, BASE))).contains(mine);
    }

    @Test
    void editsToNeighbouringWordsConflict() {
        String theirs = BASE.replace("document the", "document and publish the");
        String mine = BASE.replace("document the", "describe the");
        assertThat(ThreeWayMerge.merge(BASE, theirs, mine)).isInstanceOf(ThreeWayMerge.Conflict.class);
    }

    @Test
    void editsInTheSameSentenceButApartMerge() {
        String theirs = BASE.replace("The provider", "Each provider");
        String mine = BASE.replace("management process", "management system");
        assertThat(ThreeWayMerge.mergedText(ThreeWayMerge.merge(BASE, theirs, mine)))
                .hasValueSatisfying(t -> assertThat(t).contains("Each provider", "management system"));
    }

    @Test
    void deletionNextToAnotherEditConflicts() {
        String theirs = BASE.replace("The deployer shall inform affected persons before use.\n\n", "");
        String mine = BASE.replace("before use", "before first use");
        assertThat(ThreeWayMerge.merge(BASE, theirs, mine)).isInstanceOf(ThreeWayMerge.Conflict.class);
    }
}
