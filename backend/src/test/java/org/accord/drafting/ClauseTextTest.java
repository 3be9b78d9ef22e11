package org.accord.drafting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseTextTest {

    @Test
    void rendersTheMarkdownSubset() {
        String html = ClauseText.toSafeHtml("""
                The organization **shall** keep:

                - a risk register
                - an impact log

                | Level | Meaning |
                |---|---|
                | 1 | low |
                """);
        assertThat(html).contains("<strong>shall</strong>", "<li>a risk register</li>", "<table>", "<td>low</td>");
    }

    @Test
    void typedHtmlAndScriptAreShownAsTextNotRun() {
        String html = ClauseText.toSafeHtml("Hello <script>alert(1)</script> <img src=x onerror=alert(2)> [x](javascript:alert(3))");
        assertThat(html).doesNotContain("<script", "<img", "javascript:");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }

    @Test
    void invalidMarkdownIsKeptAsText() {
        assertThat(ClauseText.toSafeHtml("**unclosed [link( | a |")).contains("**unclosed [link( | a |");
    }
}
