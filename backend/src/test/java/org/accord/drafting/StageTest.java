package org.accord.drafting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StageTest {

    @Test
    void parsesHarmonizedCodes() {
        Stage wd = Stage.parse("20.20");
        assertThat(wd.abbreviation()).isEqualTo("WD");
        assertThat(wd.label()).isEqualTo("Preparatory stage (WD), started");
        assertThat(wd.isPublished()).isFalse();
        assertThat(Stage.parse("60.60").isPublished()).isTrue();
        assertThat(Stage.parse("40.99").abbreviation()).isEqualTo("DIS");
        assertThat(Stage.parse("00.00").code()).isEqualTo("00.00");
    }

    @Test
    void rejectsCodesThatDoNotExist() {
        assertThatThrownBy(() -> Stage.parse("25.20")).hasMessageContaining("25.20");
        assertThatThrownBy(() -> Stage.parse("20.21")).hasMessageContaining("20.21");
        assertThatThrownBy(() -> Stage.parse("WD")).hasMessageContaining("20.20");
        assertThatThrownBy(() -> Stage.parse(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
