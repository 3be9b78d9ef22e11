package org.accord.commenting;

import org.accord.drafting.*;
import org.accord.shared.InvalidInputException;
import org.accord.shared.security.SystemActor;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Export to the 2012-03 template and import it back gives the same comments. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class CommentTemplateIntegrationTest {

    @Autowired CommentingService commenting;
    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired Fixtures fixtures;

    record Setup(UUID draft, UUID first, UUID second, String editor, String ngo) {
    }

    Setup setup() {
        UUID wg = fixtures.workingGroup();
        UUID draft = fixtures.draft(wg, 0);
        UUID[] ids = SystemActor.call("test", () -> {
            UUID a = drafting.addClause(draft, null, new NewClause(ClauseKind.NORMATIVE, null, "Scope", "This document applies."));
            UUID b = drafting.addClause(draft, a, new NewClause(ClauseKind.NORMATIVE, null, "General", "Providers shall report."));
            versions.freeze(draft, "CD 1", null);
            commenting.openPeriod(draft, "CD 1", Instant.now().plus(Duration.ofDays(5)), false, null);
            return new UUID[]{a, b};
        });
        return new Setup(draft, ids[0], ids[1], fixtures.member(wg, WorkingGroupRole.EDITOR), fixtures.member(wg, WorkingGroupRole.COMMENTER));
    }

    @Test
    void exportThenImportGivesTheSameComments() {
        Setup s = setup();
        fixtures.as(s.ngo(), () -> {
            commenting.file(s.draft(), new NewComment(s.first(), CommentType.GE, "Scope too narrow — add SMEs; عربي", null, "3", null, null, null, true));
            commenting.file(s.draft(), new NewComment(s.second(), CommentType.TE, "=SUM(A1) <script>x</script>", "Providers shall report yearly.", null, "Table 1", null, null, true));
            commenting.file(s.draft(), new NewComment(s.second(), CommentType.ED, "", "Typo: Provider", null, null, null, null, true));
            return null;
        });
        List<CommentView> before = fixtures.as(s.editor(), () -> {
            CommentView first = commenting.comments(s.draft(), CommentFilter.ALL, 0, 10).getFirst();
            commenting.dispose(first.id(), Resolution.ACCEPTED_IN_PRINCIPLE, "SMEs added in 1 and 4.2");
            return commenting.comments(s.draft(), CommentFilter.ALL, 0, 10);
        });
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        fixtures.as(s.editor(), () -> {
            commenting.exportXlsx(s.draft(), xlsx);
            return null;
        });

        // Import into a fresh draft with the same clause structure.
        Setup t = setup();
        TemplateImport result = fixtures.as(t.editor(), () -> commenting.importXlsx(t.draft(), new ByteArrayInputStream(xlsx.toByteArray()), false));
        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(3);
        List<CommentView> after = fixtures.as(t.editor(), () -> commenting.comments(t.draft(), CommentFilter.ALL, 0, 10));
        assertThat(after).extracting(CommentView::commentId, CommentView::memberBody, CommentView::clauseRef, CommentView::lineRef,
                        CommentView::paragraphRef, CommentView::type, CommentView::justification, CommentView::proposedChange,
                        CommentView::resolution, CommentView::observation)
                .containsExactlyElementsOf(before.stream().map(c -> org.assertj.core.groups.Tuple.tuple(c.commentId(), c.memberBody(),
                        c.clauseRef(), c.lineRef(), c.paragraphRef(), c.type(), c.justification(), c.proposedChange(),
                        c.resolution(), c.observation())).toList());

        StringWriter csv = new StringWriter();
        fixtures.as(t.editor(), () -> {
            commenting.exportCsv(t.draft(), csv);
            return null;
        });
        assertThat(csv.toString()).contains("'=SUM(A1) <script>x</script>").startsWith("MB/NC");
    }

    @Test
    void rowsThatCannotBeMappedNeedConfirmationAndNotATemplateIsRefused() throws Exception {
        Setup s = setup();
        fixtures.as(s.ngo(), () -> commenting.file(s.draft(), new NewComment(s.second(), CommentType.GE, "Fine", null, null, null, null, null, true)));
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        fixtures.as(s.editor(), () -> {
            commenting.exportXlsx(s.draft(), xlsx);
            return null;
        });
        // A draft without clause 1.1: the row cannot be mapped.
        UUID wg = fixtures.workingGroup();
        UUID other = fixtures.draft(wg, 1);
        SystemActor.run("test", () -> {
            versions.freeze(other, "CD 1", null);
            commenting.openPeriod(other, "CD 1", Instant.now().plus(Duration.ofDays(5)), false, null);
        });
        String editor = fixtures.member(wg, WorkingGroupRole.EDITOR);
        TemplateImport preview = fixtures.as(editor, () -> commenting.importXlsx(other, new ByteArrayInputStream(xlsx.toByteArray()), false));
        assertThat(preview.imported()).isZero();
        assertThat(preview.errors()).singleElement().satisfies(e -> assertThat(e.problem()).contains("no clause \"1.1\""));
        assertThat(fixtures.as(editor, () -> commenting.count(other, CommentFilter.ALL))).isZero();

        ByteArrayOutputStream notTemplate = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("x").createRow(0).createCell(0).setCellValue("Name");
            wb.write(notTemplate);
        }
        fixtures.as(editor, () -> {
            assertThatThrownBy(() -> commenting.importXlsx(other, new ByteArrayInputStream(notTemplate.toByteArray()), true))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("Nothing was imported");
            return null;
        });
        fixtures.as(s.ngo(), () -> {
            assertThatThrownBy(() -> commenting.importXlsx(s.draft(), new ByteArrayInputStream(xlsx.toByteArray()), true))
                    .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
            return null;
        });
    }
}
