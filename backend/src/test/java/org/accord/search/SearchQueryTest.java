package org.accord.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchQueryTest {

    @Test
    void cutsLongQueriesWithoutSplittingASurrogatePair() {
        String astral = "\uD835\uDCAF"; // one character, two chars
        String q = "a" + astral.repeat(400); // the pair straddles the limit at 499/500
        String cut = SearchQuery.cut(q);
        assertThat(cut).hasSize(SearchQuery.MAX_TEXT - 1);
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
        assertThat(SearchQuery.cut(astral.repeat(400))).hasSize(SearchQuery.MAX_TEXT);
        assertThat(SearchQuery.cut("short")).isEqualTo("short");
        assertThat(SearchQuery.cut(null)).isNull();
    }
}
