package org.accord.hostile;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.accord.commenting.AnchorLocator;
import org.accord.commenting.ProposedChange;
import org.accord.commenting.TextAnchor;
import org.accord.drafting.Redline;
import org.accord.drafting.ThreeWayMerge;
import org.accord.drafting.WordDiff;
import org.accord.shared.TextInput;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the diff and patch code (word diff, redline, three-way merge, proposed changes, anchors), over
 * clause-like text: words from a small vocabulary (so edits collide and repeat), punctuation, hostile payloads and
 * arbitrary Unicode. jqwik prints the seed of any failure; tries are bounded so the suite stays fast.
 */
class DiffPatchPropertyTest {

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.oneOf(
                Arbitraries.of("the", "organization", "shall", "risk", "AI", "system", "data", "and", "of", "ensure",
                        "transparency", ",", ".", ";", "\n\n", "- ", "| a | b |", "[[term]]", "é", "日本", "🚀", "مرحبا"),
                Arbitraries.of(HostileCorpus.storable().stream().map(s -> s.length() > 200 ? s.substring(0, 200) : s)
                        .toList()),
                Arbitraries.strings().ofMaxLength(12).map(TextInput::clean));
        return word.list().ofMaxSize(60).map(words -> String.join(" ", words));
    }

    @Property(tries = 500)
    void wordDiffRebuildsBothTexts(@ForAll("texts") String a, @ForAll("texts") String b) {
        List<WordDiff.Change> changes = WordDiff.diff(a, b);
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (WordDiff.Change c : changes) {
            if (c.op() != WordDiff.Op.INSERT) {
                from.append(c.text());
            }
            if (c.op() != WordDiff.Op.DELETE) {
                to.append(c.text());
            }
        }
        assertThat(from.toString()).isEqualTo(a);
        assertThat(to.toString()).isEqualTo(b);
        assertThat(WordDiff.unchanged(changes)).isEqualTo(a.equals(b));
        HostileAssertions.assertInert(Redline.inline(changes), "redline");
    }

    @Property(tries = 500)
    void identicalOrOneSidedEditsMergeCleanly(@ForAll("texts") String base, @ForAll("texts") String edit) {
        assertThat(ThreeWayMerge.merge(base, edit, edit)).isEqualTo(new ThreeWayMerge.Merged(edit));
        assertThat(ThreeWayMerge.merge(base, base, edit)).isEqualTo(new ThreeWayMerge.Merged(edit));
        assertThat(ThreeWayMerge.merge(base, edit, base)).isEqualTo(new ThreeWayMerge.Merged(edit));
    }

    /** Two people change words far apart: the merge keeps both changes, exactly. */
    @Property(tries = 500)
    void editsFarApartMergeToBothEdits(@ForAll("sentences") List<String> words,
                                       @ForAll("positions") int[] at, @ForAll("texts") String theirWord,
                                       @ForAll("texts") String myWord) {
        int n = words.size();
        int i = at[0] % n;
        int j = at[1] % n;
        Assume.that(Math.abs(i - j) >= 4);
        String theirs = replaced(words, i, "T" + Math.abs(theirWord.hashCode()), -1, null);
        String mine = replaced(words, j, "M" + Math.abs(myWord.hashCode()), -1, null);
        String both = replaced(words, i, "T" + Math.abs(theirWord.hashCode()), j, "M" + Math.abs(myWord.hashCode()));
        ThreeWayMerge.Result r = ThreeWayMerge.merge(String.join(" ", words), theirs, mine);
        assertThat(r).isEqualTo(new ThreeWayMerge.Merged(both));
    }

    /** Any merge of arbitrary texts either merges or reports a conflict holding both versions; it never throws. */
    @Property(tries = 500)
    void mergeNeverThrows(@ForAll("texts") String base, @ForAll("texts") String theirs, @ForAll("texts") String mine) {
        ThreeWayMerge.Result r = ThreeWayMerge.merge(base, theirs, mine);
        if (r instanceof ThreeWayMerge.Conflict c) {
            assertThat(c.theirs()).isEqualTo(theirs);
            assertThat(c.mine()).isEqualTo(mine);
        }
    }

    /** patch(make(a, b), a) == b: a proposed change applied to the text it was made on gives exactly the change. */
    @Property(tries = 1000)
    void proposedChangeOnItsOwnTextGivesExactlyTheChange(@ForAll("texts") String text, @ForAll("positions") int[] at,
                                                         @ForAll("texts") String replacement) {
        Assume.that(!text.isEmpty());
        int s = at[0] % text.length();
        int e = s + 1 + at[1] % (text.length() - s);
        Assume.that(!splitsAPair(text, s) && !splitsAPair(text, e));
        TextAnchor anchor = TextAnchor.of(text, s, e);
        ProposedChange.Outcome out = ProposedChange.apply(text, anchor, replacement);
        assertThat(out).isEqualTo(new ProposedChange.Applied(text.substring(0, s) + replacement + text.substring(e)));
    }

    /** On text it was not made for, a proposed change applies or says where it expected the passage; never throws. */
    @Property(tries = 1000)
    void proposedChangeOnOtherTextFailsCleanly(@ForAll("texts") String text, @ForAll("texts") String other,
                                               @ForAll("positions") int[] at, @ForAll("texts") String replacement) {
        Assume.that(!text.isEmpty());
        int s = at[0] % text.length();
        int e = s + 1 + at[1] % (text.length() - s);
        ProposedChange.Outcome out = ProposedChange.apply(other, TextAnchor.of(text, s, e), replacement);
        if (out instanceof ProposedChange.NotApplicable na) {
            assertThat(na.expectedAt()).isBetween(0, other.length());
            assertThat(na.reason()).isNotBlank();
        }
    }

    /** A re-located anchor always points inside the new text and quotes what is there; unchanged text keeps it. */
    @Property(tries = 1000)
    void anchorsNeverPointOutsideTheText(@ForAll("texts") String text, @ForAll("texts") String revised,
                                         @ForAll("positions") int[] at) {
        Assume.that(!text.isEmpty());
        int s = at[0] % text.length();
        int e = s + 1 + at[1] % (text.length() - s);
        TextAnchor anchor = TextAnchor.of(text, s, e);
        assertThat(AnchorLocator.locate(anchor, text).status()).isEqualTo(AnchorLocator.Status.EXACT);
        assertThat(AnchorLocator.locate(anchor, text).anchor()).isEqualTo(anchor);
        AnchorLocator.Result r = AnchorLocator.locate(anchor, revised);
        if (r.status() != AnchorLocator.Status.OUTDATED) {
            TextAnchor moved = r.anchor();
            assertThat(moved.start()).isBetween(0, revised.length());
            assertThat(moved.end()).isBetween(moved.start() + 1, revised.length());
            assertThat(revised.substring(moved.start(), moved.end())).isEqualTo(moved.quote());
        }
        // an edit elsewhere (text appended) keeps the anchor where it was
        assertThat(AnchorLocator.locate(anchor, text + " appended words").anchor().start()).isEqualTo(s);
    }

    @Provide
    Arbitrary<List<String>> sentences() {
        return Arbitraries.of("the", "organization", "shall", "identify", "assess", "treat", "risks", "of", "AI",
                "systems", "data", "quality", "bias", "and", "records").list().ofMinSize(8).ofMaxSize(40);
    }

    @Provide
    Arbitrary<int[]> positions() {
        return Combinators.combine(Arbitraries.integers().between(0, 10_000), Arbitraries.integers().between(0, 10_000))
                .as((x, y) -> new int[]{x, y});
    }

    private static String replaced(List<String> words, int i, String wi, int j, String wj) {
        List<String> copy = new ArrayList<>(words);
        copy.set(i, wi);
        if (j >= 0) {
            copy.set(j, wj);
        }
        return String.join(" ", copy);
    }

    private static boolean splitsAPair(String s, int at) {
        return at > 0 && at < s.length() && Character.isHighSurrogate(s.charAt(at - 1))
                && Character.isLowSurrogate(s.charAt(at));
    }
}
