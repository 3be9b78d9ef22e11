package org.accord.drafting;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TermReferencesTest {

    final TermView aiSystem = new TermView(UUID.randomUUID(), "3.1", "AI system", List.of("artificial intelligence system"),
            "engineered system …", null, null);

    @Test
    void findsReferences() {
        assertThat(TermReferences.referencedTerms("An [[AI system]] used by a [[deployer]].")).containsExactly("AI system", "deployer");
    }

    @Test
    void flagsReferencesToUndefinedTerms() {
        ClauseNode terms = new ClauseNode(UUID.randomUUID(), "3", ClauseKind.TERMS, null, "Terms and definitions", "", 1,
                List.of(aiSystem), List.of());
        ClauseNode scope = new ClauseNode(UUID.randomUUID(), "1", ClauseKind.NORMATIVE, null, "Scope",
                "Any [[ai system]] or [[Artificial Intelligence System]] used by a [[deployer]].", 1, List.of(), List.of());
        assertThat(TermReferences.missing(List.of(scope, terms)))
                .containsExactly(new TermReferences.Missing(scope.id(), "1", "deployer"));
    }

    @Test
    void rendersLinksAndFlags() {
        Map<String, TermView> index = TermReferences.index(List.of(aiSystem));
        String html = ClauseText.toSafeHtml("An [[AI system]] and a [[deployer]] <b>x</b>", index);
        assertThat(html).contains("href=\"#t-" + aiSystem.id() + "\"", "<i>AI system</i> (3.1)");
        assertThat(html).contains("term-ref missing", "(term not defined)").contains("&lt;b&gt;");
    }
}
