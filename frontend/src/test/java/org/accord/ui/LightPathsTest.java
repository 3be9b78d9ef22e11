package org.accord.ui;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class LightPathsTest {

    static final String ID = "0b6f3c2e-1d2a-4c55-9a7e-3f1e2d4c5b6a";
    static final String CLAUSE = "7d9e8f10-2b3c-4d5e-8f90-a1b2c3d4e5f6";

    @Test
    void fullPagesWithALightEquivalent() {
        assertThat(LightPaths.lightEquivalent("/", null)).contains("/lite");
        assertThat(LightPaths.lightEquivalent("/login", "error")).contains("/lite/sign-in?error");
        assertThat(LightPaths.lightEquivalent("/drafts/" + ID, null)).contains("/lite/drafts/" + ID);
        assertThat(LightPaths.lightEquivalent("/drafts/" + ID + "/clauses/" + CLAUSE, null))
                .contains("/lite/drafts/" + ID + "#c-" + CLAUSE);
        assertThat(LightPaths.lightEquivalent("/drafts/" + ID + "/comments", null)).isEqualTo(Optional.empty());
        assertThat(LightPaths.lightEquivalent("/ballots/x", null)).isEmpty();
    }

    @Test
    void lightPagesBackToTheFullVersion() {
        assertThat(LightPaths.fullEquivalent("/lite/drafts/" + ID)).isEqualTo("/drafts/" + ID);
        assertThat(LightPaths.fullEquivalent("/lite/sign-in")).isEqualTo("/login");
        assertThat(LightPaths.fullEquivalent("/lite")).isEqualTo("/");
    }

    @Test
    void onlyLocalTargets() {
        assertThat(LightPaths.localTarget("/lite/drafts/" + ID, "/")).isEqualTo("/lite/drafts/" + ID);
        for (String bad : new String[]{"https://evil.example/", "//evil.example", "/\\evil.example", "javascript:alert(1)", "",
                null, "/a\r\nSet-Cookie: x=y"}) {
            assertThat(LightPaths.localTarget(bad, "/lite")).as(String.valueOf(bad)).isEqualTo("/lite");
        }
    }

    @Test
    void afterALightSignInOrFailureThePersonStaysLight() {
        assertThat(LightPaths.afterLightSignIn("http://localhost:8080/lite/drafts/" + ID + "?continue"))
                .isEqualTo("/lite/drafts/" + ID + "?continue");
        assertThat(LightPaths.afterLightSignIn("http://localhost:8080/drafts/" + ID + "?continue")).isEqualTo("/lite/drafts/" + ID);
        assertThat(LightPaths.afterLightSignIn("/login?error")).isEqualTo("/lite/sign-in?error");
        assertThat(LightPaths.afterLightSignIn("/")).isEqualTo("/lite");
        assertThat(LightPaths.afterLightSignIn("http://localhost:8080/ballots/1")).isEqualTo("/lite");
    }
}
