package org.accord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.router.*;
import jakarta.annotation.security.PermitAll;
import org.accord.drafting.*;
import org.accord.shared.NotFoundException;

import java.util.List;
import java.util.UUID;

/** A draft standard read clause by clause, with its outline beside the text. Read-only for now. */
@Route("drafts/:draftId")
@RouteAlias("drafts/:draftId/clauses/:clauseId")
@PermitAll
public class DraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftingService drafting;
    private String title = "Draft · Accord";

    DraftView(DraftingService drafting) {
        this.drafting = drafting;
        addClassName("draft-view");
    }

    static RouteParameters params(UUID draftId) {
        return new RouteParameters("draftId", draftId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UUID draftId;
        try {
            draftId = UUID.fromString(event.getRouteParameters().get("draftId").orElseThrow());
        } catch (IllegalArgumentException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such draft");
            return;
        }
        DraftSummary draft;
        try {
            draft = drafting.draft(draftId);
        } catch (NotFoundException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class, "No such draft");
            return;
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, e.getMessage());
            return;
        }
        List<ClauseNode> tree = drafting.clauseTree(draftId);
        title = draft.reference() + " · Accord";
        removeAll();
        add(outline(tree), document(draft, tree));
        event.getRouteParameters().get("clauseId").ifPresent(id ->
                getElement().executeJs("const el = document.getElementById($0); if (el) { el.scrollIntoView(); el.focus(); }", "c-" + id));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private Component outline(List<ClauseNode> tree) {
        Nav nav = new Nav();
        nav.addClassName("outline");
        nav.getElement().setAttribute("aria-label", "Clause outline");
        nav.add(new H2("Contents"), outlineList(tree));
        return nav;
    }

    private Component outlineList(List<ClauseNode> nodes) {
        UnorderedList ul = new UnorderedList();
        nodes.stream().filter(n -> n.kind().isNumberedSection()).forEach(n -> {
            Anchor a = new Anchor("#c-" + n.id(), n.heading());
            a.getElement().setAttribute("router-ignore", true);
            ListItem li = new ListItem(a);
            if (n.children().stream().anyMatch(c -> c.kind().isNumberedSection())) {
                li.add(outlineList(n.children()));
            }
            ul.add(li);
        });
        return ul;
    }

    private Component document(DraftSummary draft, List<ClauseNode> tree) {
        Article doc = new Article();
        doc.addClassName("document");
        Paragraph meta = new Paragraph(draft.reference() + " · " + draft.stageLabel() + " · " + draft.workingGroup()
                + " · language " + draft.language() + " · " + draft.clauseCount() + " clauses");
        meta.addClassName("meta");
        doc.add(new H1(draft.title()), meta);
        tree.forEach(n -> doc.add(clause(n, 2)));
        return doc;
    }

    private Component clause(ClauseNode n, int level) {
        if (!n.kind().isNumberedSection()) {
            Div box = new Div();
            box.addClassNames("labelled", n.kind().name().toLowerCase());
            box.setId("c-" + n.id());
            Span label = new Span(n.number());
            label.addClassName("label");
            box.add(label, body(n.text()));
            return box;
        }
        Section s = new Section();
        s.setId("c-" + n.id());
        s.getElement().setAttribute("tabindex", "-1");
        s.addClassNames("clause", "kind-" + n.kind().name().toLowerCase());
        s.add(heading(level, n.heading()));
        if (!n.text().isBlank()) {
            s.add(body(n.text()));
        }
        n.terms().forEach(t -> s.add(term(t)));
        n.children().forEach(c -> s.add(clause(c, level + 1)));
        return s;
    }

    private static Component heading(int level, String text) {
        return switch (Math.min(level, 6)) {
            case 2 -> new H2(text);
            case 3 -> new H3(text);
            case 4 -> new H4(text);
            case 5 -> new H5(text);
            default -> new H6(text);
        };
    }

    private static Component body(String markdown) {
        return new Html("<div class=\"clause-body\">" + ClauseText.toSafeHtml(markdown) + "</div>");
    }

    private static Component term(TermView t) {
        Div entry = new Div();
        entry.addClassName("term-entry");
        entry.setId("t-" + t.id());
        Span number = new Span(t.number());
        number.addClassName("term-number");
        Paragraph preferred = new Paragraph(t.term());
        preferred.addClassName("term-preferred");
        entry.add(number, preferred);
        t.admittedTerms().forEach(a -> {
            Paragraph p = new Paragraph(a);
            p.addClassName("term-admitted");
            entry.add(p);
        });
        entry.add(new Paragraph(t.definition()));
        if (t.note() != null && !t.note().isBlank()) {
            Paragraph note = new Paragraph("Note 1 to entry: " + t.note());
            note.addClassName("term-note");
            entry.add(note);
        }
        if (t.source() != null && !t.source().isBlank()) {
            Paragraph src = new Paragraph("[SOURCE: " + t.source() + "]");
            src.addClassName("term-source");
            entry.add(src);
        }
        return entry;
    }
}
