package org.accord.commenting;

import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Comments carry the language they are written in: the draft's by default, any supported content language otherwise. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class CommentLanguageIntegrationTest {

    @Autowired CommentingService commenting;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired Fixtures fixtures;

    @Test
    void aCommentIsInTheDraftsLanguageUnlessTheAuthorChoosesAnother() {
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 1);
        UUID clause = SystemActor.call("test", () -> {
            versions.freeze(draft, "CD 1", null);
            commenting.openPeriod(draft, "CD 1", Instant.now().plus(Duration.ofDays(5)), false, null);
            return drafting.clauseTree(draft).getFirst().id();
        });
        String commenter = fixtures.member(wg, WorkingGroupRole.COMMENTER);

        CommentView english = fixtures.as(commenter, () -> commenting.file(draft,
                new NewComment(clause, CommentType.GE, "Fine as it is.", null, null, null, null, null, true)));
        assertThat(english.language()).isEqualTo("en");
        CommentView spanish = fixtures.as(commenter, () -> commenting.file(draft,
                new NewComment(clause, CommentType.TE, "Falta la consulta a las comunidades afectadas.", null, null, null, null,
                        null, true, "ES")));
        assertThat(spanish.language()).isEqualTo("es");
        CommentView arabic = fixtures.as(commenter, () -> commenting.file(draft,
                new NewComment(clause, CommentType.ED, "يُستحسن توضيح مصطلح AI system هنا.", null, null, null, null, null, true, "ar")));
        assertThat(fixtures.as(commenter, () -> commenting.detail(arabic.id())).language()).isEqualTo("ar");

        assertThatThrownBy(() -> fixtures.as(commenter, () -> commenting.file(draft,
                new NewComment(clause, CommentType.GE, "Gut.", null, null, null, null, null, true, "de"))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Unknown content language \"de\"");

        StringWriter csv = new StringWriter();
        fixtures.as(commenter, () -> {
            commenting.exportCsv(draft, csv);
            return null;
        });
        String[] lines = csv.toString().split("\r\n");
        assertThat(lines[0]).endsWith("Observations of the secretariat,Language");
        assertThat(csv.toString()).contains("Falta la consulta a las comunidades afectadas.,,,es")
                .contains("Fine as it is.,,,en").contains(",ar");
    }
}
