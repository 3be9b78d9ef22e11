package org.accord.hostile;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.accord.shared.SpreadsheetText;
import org.accord.shared.TextInput;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What every text column keeps, and the spreadsheet defusing of CSV values, for any string. */
class TextInputPropertyTest {

    @Property(tries = 1000)
    void cleanTextIsStorableIdempotentAndOtherwiseUnchanged(@ForAll String s) {
        String clean = TextInput.clean(s);
        assertThat(clean).doesNotContain("\u0000");
        assertThat(new String(clean.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(clean);
        assertThat(TextInput.clean(clean)).isSameAs(clean);
        assertThat(clean.codePoints().filter(c -> c != 0).count())
                .isEqualTo(s.codePoints().filter(c -> c != 0 && !(c >= 0xD800 && c <= 0xDFFF)).count());
    }

    @Property(tries = 1000)
    void defusedValuesNeverRunAndRestoreExactly(@ForAll String s) {
        String defused = SpreadsheetText.defuse(s);
        assertThat(SpreadsheetText.formulaLike(defused)).isFalse();
        assertThat(SpreadsheetText.restore(defused)).isEqualTo(s.startsWith("'") && SpreadsheetText.formulaLike(s.substring(1))
                ? s.substring(1) : s);
    }
}
