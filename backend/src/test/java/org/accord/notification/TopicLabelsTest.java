package org.accord.notification;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Every topic has a label for the settings page in each language; MessageFormat quoting does not leak into it. */
class TopicLabelsTest {

    @Test
    void everyTopicIsNamedInEveryLanguage() {
        for (String language : new String[]{"en", "fr", "es", "ar"}) {
            for (NotificationTopic topic : NotificationTopic.values()) {
                assertThat(TopicLabels.label(topic, Locale.of(language))).as(topic + " in " + language)
                        .isNotBlank().isNotEqualTo(topic.name()).doesNotContain("''");
            }
        }
        assertThat(TopicLabels.label(NotificationTopic.COMMENT_ANCHOR_OUTDATED, Locale.ENGLISH)).contains("comment's");
        assertThat(TopicLabels.label(NotificationTopic.BALLOT_OPENED, Locale.forLanguageTag("fr-CA")))
                .isEqualTo(TopicLabels.label(NotificationTopic.BALLOT_OPENED, Locale.FRENCH));
        assertThat(TopicLabels.label(NotificationTopic.BALLOT_OPENED, Locale.JAPANESE))
                .isEqualTo(TopicLabels.label(NotificationTopic.BALLOT_OPENED, Locale.ENGLISH));
    }
}
