package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.*;
import jakarta.annotation.security.PermitAll;
import org.accord.balloting.BallotService;
import org.accord.balloting.BallotSummary;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.drafting.VersionService;
import org.accord.membership.MembershipService;
import org.accord.membership.WorkingGroupSummary;
import org.accord.shared.security.WorkingGroupAccess;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.util.*;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Ballot rounds of one working group, newest first; the secretariat opens new rounds here. */
@Route("ballots/:wg?")
@Menu(order = 4, title = "Ballots", icon = "vaadin:check-square-o")
@PermitAll
public class BallotsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("balloting.ballots.title") + " · Accord";
    }


    private final BallotService ballots;
    private final MembershipService membership;
    private final DraftingService drafting;
    private final VersionService versions;
    private final WorkingGroupAccess access;
    private final WorkingGroupSelect groupSelect = new WorkingGroupSelect(BallotsView.class);
    private final Div content = new Div();
    private UUID wg;

    BallotsView(BallotService ballots, MembershipService membership, DraftingService drafting, VersionService versions,
                WorkingGroupAccess access) {
        this.ballots = ballots;
        this.membership = membership;
        this.drafting = drafting;
        this.versions = versions;
        this.access = access;
        addClassNames("page", "ballots-view");
        add(new H1(UiText.t("balloting.ballots.title")), groupSelect, content);
    }

    static RouteParameters params(UUID wg) {
        return WorkingGroupSelect.params(wg);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        WorkingGroupSummary chosen = groupSelect.choose(membership.workingGroups().stream()
                .filter(g -> access.canRead(g.id())).toList(), event).orElse(null);
        content.removeAll();
        if (chosen == null) {
            content.add(new Paragraph(UiText.t("balloting.ballots.no-group")));
            return;
        }
        wg = chosen.id();
        render();
    }

    private void render() {
        content.removeAll();
        if (access.isStaff()) {
            Button open = new Button(UiText.t("balloting.open"), VaadinIcon.PLUS.create(), e ->
                    new BallotOpenDialog(ballots, drafting, versions, wg, opened -> getUI().ifPresent(ui ->
                            ui.navigate(BallotView.class, BallotView.params(wg, opened.id())))).open());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            open.setId("open-ballot");
            content.add(new Div(open));
        }
        List<BallotSummary> rounds;
        try {
            rounds = ballots.ballots(wg);
        } catch (AccessDeniedException e) {
            content.add(new Paragraph(UiText.t("balloting.ballots.not-member")));
            return;
        }
        if (rounds.isEmpty()) {
            Paragraph none = new Paragraph(UiText.t("balloting.ballots.none"));
            none.addClassName("empty");
            content.add(none);
            return;
        }
        Map<UUID, DraftSummary> drafts = drafting.drafts().stream()
                .collect(Collectors.toMap(DraftSummary::id, Function.identity(), (a, b) -> a));
        Instant now = Instant.now();
        Div list = new Div();
        list.addClassName("ballot-list");
        list.setId("ballot-list");
        for (BallotSummary b : rounds) {
            list.add(card(b, drafts, now));
        }
        content.add(list);
    }

    private Div card(BallotSummary b, Map<UUID, DraftSummary> drafts, Instant now) {
        Div card = new Div();
        card.addClassName("ballot-card");
        H2 title = new H2();
        title.add(new RouterLink(UiText.t("balloting.ballot.heading", String.valueOf(b.number()), b.title()), BallotView.class, BallotView.params(wg, b.id())));
        Span status = new Span(BallotLabels.status(b, now));
        status.addClassNames("badge", "CLOSED".equals(b.status()) ? "closed" : "open");
        Div head = new Div(title, status);
        head.addClassName("ballot-card-head");
        if (b.outcome() != null) {
            head.add(BallotLabels.outcomeBadge(b.outcome()));
        }
        card.add(head);
        card.add(line(UiText.t("balloting.fact.on"), BallotLabels.subject(b, drafts)));
        card.add(line(UiText.t("balloting.fact.rule"), b.secret() ? UiText.t("balloting.card.rule-secret", BallotLabels.presetShort(b.preset()))
                : UiText.t("balloting.card.rule-open", BallotLabels.presetShort(b.preset()))));
        card.add(line(UiText.t("balloting.fact.window"), BallotLabels.window(b)));
        card.add(line(UiText.t("balloting.fact.turnout"), UiText.t("balloting.turnout", b.votersWhoVoted(), b.voters())));
        if (b.callerIsVoter()) {
            card.add(line(UiText.t("balloting.card.you"), b.myPosition() == null ? UiText.t("balloting.card.not-voted")
                    : UiText.t("balloting.card.voted", BallotLabels.position(b.myPosition()))));
        }
        return card;
    }

    private static Paragraph line(String label, String text) {
        return line(label, new Span(text));
    }

    private static Paragraph line(String label, com.vaadin.flow.component.Component value) {
        Span l = new Span(UiText.t("balloting.label", label) + " ");
        l.addClassName("field-label");
        Paragraph p = new Paragraph(l, value);
        p.addClassName("ballot-line");
        return p;
    }
}
