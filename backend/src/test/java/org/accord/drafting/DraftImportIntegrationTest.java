package org.accord.drafting;

import org.accord.drafting.io.DraftImportException;
import org.accord.shared.security.SystemActor;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Import from NISO STS and Markdown through the service, all or nothing; export round trip. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class DraftImportIntegrationTest {

    @Autowired DraftingService drafting;
    @Autowired VersionService versions;
    @Autowired Fixtures fixtures;

    static byte[] resource(String name) throws IOException {
        try (InputStream in = DraftImportIntegrationTest.class.getResourceAsStream("/drafting/io/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void importsAnStsFileIntoANumberedDraft() throws IOException {
        UUID wg = fixtures.workingGroup();
        byte[] sts = resource("risk-management-sts.xml");
        SystemActor.run("test", () -> {
            UUID id = drafting.importDraft(wg, DraftingService.ImportFormat.STS, sts, fixtures.unique("STS"), null);
            List<ClauseNode> tree = drafting.clauseTree(id);
            assertThat(tree).isNotEmpty();
            assertThat(tree.stream().anyMatch(n -> n.kind() == ClauseKind.TERMS && !n.terms().isEmpty())).isTrue();
            assertThat(tree.stream().anyMatch(n -> n.kind() == ClauseKind.ANNEX)).isTrue();
            assertThat(drafting.draft(id).stageCode()).isEqualTo("20.20");
        });
    }

    @Test
    void aBrokenFileImportsNothingAndSaysWhere() {
        UUID wg = fixtures.workingGroup();
        String ref = fixtures.unique("BROKEN");
        byte[] markdown = """
                # A draft
                Reference: X

                ## 1 Scope
                Text.

                ## 3 Skipped a number
                Text.
                """.getBytes(StandardCharsets.UTF_8);
        SystemActor.run("test", () -> {
            long before = drafting.drafts().size();
            assertThatThrownBy(() -> drafting.importDraft(wg, DraftingService.ImportFormat.MARKDOWN, markdown, ref, null))
                    .isInstanceOf(DraftImportException.class)
                    .hasMessageContaining("line 7").hasMessageContaining("Nothing was imported");
            assertThat(drafting.drafts()).hasSize((int) before);
        });
    }

    @Test
    void xxeIsRefusedAndNothingIsCreated() {
        UUID wg = fixtures.workingGroup();
        byte[] xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE standard [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <standard><front><std-meta><title-wrap><main>&xxe;</main></title-wrap></std-meta></front><body/></standard>
                """.getBytes(StandardCharsets.UTF_8);
        SystemActor.run("test", () -> {
            long before = drafting.drafts().size();
            assertThatThrownBy(() -> drafting.importDraft(wg, DraftingService.ImportFormat.STS, xxe, fixtures.unique("X"), null))
                    .isInstanceOf(DraftImportException.class).hasMessageNotContaining("root:");
            assertThat(drafting.drafts()).hasSize((int) before);
        });
    }

    @Test
    void invalidUtf8IsRefused() {
        UUID wg = fixtures.workingGroup();
        SystemActor.run("test", () -> assertThatThrownBy(() -> drafting.importDraft(wg, DraftingService.ImportFormat.MARKDOWN,
                new byte[]{'#', ' ', (byte) 0xC3, (byte) 0x28}, "R", null)).hasMessageContaining("UTF-8"));
    }

    @Test
    void exportedMarkdownImportsBackToTheSameDraft() throws IOException {
        UUID wg = fixtures.workingGroup();
        byte[] markdown = resource("all-constructs.md");
        SystemActor.run("test", () -> {
            UUID first = drafting.importDraft(wg, DraftingService.ImportFormat.MARKDOWN, markdown, fixtures.unique("MD"), null);
            String exported = versions.exportMarkdown(first, drafting.draft(first), VersionService.CURRENT);
            UUID second = drafting.importDraft(wg, DraftingService.ImportFormat.MARKDOWN,
                    exported.getBytes(StandardCharsets.UTF_8), fixtures.unique("MD"), null);
            assertThat(headings(drafting.clauseTree(second))).isEqualTo(headings(drafting.clauseTree(first)));
            assertThat(versions.exportMarkdown(second, drafting.draft(second), VersionService.CURRENT)
                    .replaceAll("Reference: .*", "")).isEqualTo(exported.replaceAll("Reference: .*", ""));
        });
    }

    private static List<String> headings(List<ClauseNode> tree) {
        return tree.stream().flatMap(n -> java.util.stream.Stream.concat(java.util.stream.Stream.of(n.heading() + "|" + n.text()),
                headings(n.children()).stream())).toList();
    }

}
