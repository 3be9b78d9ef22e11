package org.accord.identity;

import org.accord.drafting.ClauseKind;
import org.accord.drafting.DraftingService;
import org.accord.drafting.NewClause;
import org.accord.membership.MembershipService;
import org.accord.shared.security.WorkingGroupRole;
import org.accord.support.Fixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Services are guarded themselves, not only the views: proof that method security is on. */
@SpringBootTest(classes = org.accord.BackendTestApplication.class)
class MethodSecurityTest {

    @Autowired MembershipService membership;
    @Autowired DraftingService drafting;
    @Autowired IdentityService identity;
    @Autowired SingleSignOn sso;
    @Autowired Fixtures fixtures;

    @Test
    void servicesRefuseAnonymousCalls() {
        assertThatThrownBy(() -> membership.workingGroups()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> drafting.drafts()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> identity.listUsers()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        // guarded although the sign-in provider also reads it (looked up late, so still proxied)
        assertThatThrownBy(() -> sso.setLocalLoginEnabled(true)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void aDelegateCannotDoStaffWork() {
        UUID wg = fixtures.workingGroup();
        String delegate = fixtures.member(wg, WorkingGroupRole.DELEGATE);
        fixtures.as(delegate, () -> {
            assertThatThrownBy(() -> membership.createCommittee("TC 99", "Sneaky", null)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> identity.listUsers()).isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }

    @Test
    void rolesHoldInOneWorkingGroupOnly() {
        UUID wg1 = fixtures.workingGroup();
        UUID wg2 = fixtures.workingGroup();
        UUID draft1 = fixtures.draft(wg1, 2);
        UUID draft2 = fixtures.draft(wg2, 2);
        String editorOfWg1 = fixtures.member(wg1, WorkingGroupRole.EDITOR);
        String delegateOfWg1 = fixtures.member(wg1, WorkingGroupRole.DELEGATE);

        fixtures.as(editorOfWg1, () -> {
            assertThat(drafting.clauseTree(draft1)).hasSize(2);
            assertThat(drafting.addClause(draft1, null, new NewClause(ClauseKind.NORMATIVE, null, "New", "x"))).isNotNull();
            assertThatThrownBy(() -> drafting.clauseTree(draft2)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> drafting.addClause(draft2, null, new NewClause(ClauseKind.NORMATIVE, null, "X", "x")))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(drafting.drafts()).extracting(d -> d.id()).contains(draft1).doesNotContain(draft2);
            return null;
        });
        fixtures.as(delegateOfWg1, () -> {
            assertThat(drafting.clauseTree(draft1)).isNotEmpty();
            assertThatThrownBy(() -> drafting.addClause(draft1, null, new NewClause(ClauseKind.NORMATIVE, null, "X", "x")))
                    .isInstanceOf(AccessDeniedException.class);
            return null;
        });
    }
}
