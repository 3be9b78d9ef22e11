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
@PageTitle("Ballots · Accord")
@Menu(order = 4, title = "Ballots", icon = "vaadin:check-square-o")
@PermitAll
public class BallotsView extends Main implements BeforeEnterObserver {

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
        add(new H1("Ballots"), groupSelect, content);
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
            content.add(new Paragraph("You are not a member of any working group, so there are no ballots to show."));
            return;
        }
        wg = chosen.id();
        render();
    }

    private void render() {
        content.removeAll();
        if (access.isStaff()) {
            Button open = new Button("Open ballot", VaadinIcon.PLUS.create(), e ->
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
            content.add(new Paragraph("You are not a member of this working group."));
            return;
        }
        if (rounds.isEmpty()) {
            Paragraph none = new Paragraph("No ballot has been opened in this working group yet.");
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
        title.add(new RouterLink("Ballot " + b.number() + ": " + b.title(), BallotView.class, BallotView.params(wg, b.id())));
        Span status = new Span(BallotLabels.status(b, now));
        status.addClassNames("badge", "CLOSED".equals(b.status()) ? "closed" : "open");
        Div head = new Div(title, status);
        head.addClassName("ballot-card-head");
        if (b.outcome() != null) {
            head.add(BallotLabels.outcomeBadge(b.outcome()));
        }
        card.add(head);
        card.add(line("On", BallotLabels.subject(b, drafts)));
        card.add(line("Rule", BallotLabels.presetShort(b.preset()) + (b.secret() ? ", secret ballot" : ", open ballot")));
        card.add(line("Window", BallotLabels.window(b)));
        card.add(line("Turnout", b.votersWhoVoted() + " of " + b.voters() + " voters have voted"));
        if (b.callerIsVoter()) {
            card.add(line("You", b.myPosition() == null ? "have not voted yet"
                    : "voted: " + BallotLabels.position(b.myPosition())));
        }
        return card;
    }

    private static Paragraph line(String label, String text) {
        Span l = new Span(label + ": ");
        l.addClassName("field-label");
        Paragraph p = new Paragraph(l, new Span(text));
        p.addClassName("ballot-line");
        return p;
    }
}
