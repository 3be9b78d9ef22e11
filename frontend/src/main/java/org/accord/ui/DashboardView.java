package org.accord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.identity.AccordUser;
import org.accord.membership.MembershipService;
import org.accord.membership.MyWorkingGroup;

import java.util.List;

/** What needs me: my working groups and their drafts, open ballots, my open comments. */
@Route("")
@Menu(order = 0, title = "Dashboard", icon = "vaadin:dashboard")
@PermitAll
public class DashboardView extends Main implements com.vaadin.flow.router.HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("dashboard.title") + " · Accord";
    }


    DashboardView(AuthenticationContext auth, MembershipService membership, DraftingService drafting,
                  org.accord.commenting.CommentingService commenting) {
        addClassName("page");
        AccordUser user = auth.getAuthenticatedUser(AccordUser.class).orElseThrow();
        add(new H1(UiText.t("dashboard.welcome", user.displayName())));

        List<MyWorkingGroup> groups = membership.workingGroupsOf(user.userId());
        List<DraftSummary> drafts = drafting.drafts();
        Section mine = panel(UiText.t("dashboard.my-groups"), groups.isEmpty()
                ? empty(UiText.t("dashboard.my-groups.none"))
                : list(groups.stream().map(g -> workingGroup(g, drafts)).toList()));
        mine.setId("my-working-groups");
        Section ballots = panel(UiText.t("dashboard.open-ballots"), empty(UiText.t("dashboard.open-ballots.none")));
        ballots.setId("open-ballots");
        List<org.accord.commenting.CommentView> open = commenting.myOpenComments();
        Section comments = panel(UiText.t("dashboard.my-comments"), open.isEmpty() ? empty(UiText.t("dashboard.my-comments.none"))
                : list(open.stream().map(c -> (Component) myComment(c, drafts)).toList()));
        comments.setId("my-open-comments");
        Div panels = new Div(mine, ballots, comments);
        panels.addClassName("panels");
        add(panels);
    }

    private static Component workingGroup(MyWorkingGroup g, List<DraftSummary> drafts) {
        Div item = new Div();
        item.add(new Span(g.workingGroup().committeeReference() + "/" + g.workingGroup().code() + " " + g.workingGroup().title()));
        Span role = new Span(UiText.role(g.role()) + (g.organisationName() == null ? "" : " · " + g.organisationName()));
        role.addClassName("meta");
        item.add(role);
        drafts.stream().filter(d -> d.workingGroupId().equals(g.workingGroup().id())).forEach(d -> {
            RouterLink link = new RouterLink(d.reference() + " " + d.title(), DraftView.class, DraftView.params(d.id()));
            link.addClassName("draft-link");
            item.add(link);
        });
        return item;
    }

    private static Component myComment(org.accord.commenting.CommentView c, List<DraftSummary> drafts) {
        Div item = new Div();
        String draftRef = drafts.stream().filter(d -> d.id().equals(c.draftId())).map(DraftSummary::reference).findFirst().orElse("");
        item.add(new RouterLink(UiText.t("dashboard.comment-on", c.commentId(), draftRef + " " + c.clauseRef()), CommentsView.class,
                CommentsView.params(c.draftId())));
        Span state = new Span(c.type().code() + " · " + CommentPanel.state(c));
        state.addClassName("meta");
        item.add(state);
        return item;
    }

    static Section panel(String title, Component content) {
        Section s = new Section(new H2(title), content);
        s.addClassName("panel");
        return s;
    }

    static Component empty(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("empty");
        return p;
    }

    private static Component list(List<Component> items) {
        UnorderedList ul = new UnorderedList();
        items.forEach(i -> ul.add(new ListItem(i)));
        return ul;
    }
}
