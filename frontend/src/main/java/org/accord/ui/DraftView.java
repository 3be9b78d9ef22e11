package org.accord.ui;

import com.vaadin.flow.component.*;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.*;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.accord.drafting.*;
import org.accord.identity.AccordUser;
import org.accord.shared.InvalidInputException;
import org.accord.shared.NotFoundException;

import java.util.*;

/**
 * A draft standard clause by clause: outline beside the text, versions, what changed since the
 * last visit, and — for editors — inline editing with merge or conflict resolution. Changes by
 * others appear live.
 */
@Route("drafts/:draftId")
@RouteAlias("drafts/:draftId/clauses/:clauseId")
@PermitAll
public class DraftView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftingService drafting;
    private final RevisionService revisions;
    private final VersionService versions;
    private final DraftUpdates updates;
    private final AuthenticationContext auth;
    private final org.accord.commenting.CommentingService commenting;
    private Optional<org.accord.commenting.CommentPeriodView> period = Optional.empty();
    private Map<UUID, Long> commentCounts = Map.of();
    private Map<UUID, Long> mappingCounts = Map.of();
    private CrosswalkPanel crosswalkPanel;
    private final org.accord.crosswalk.CrosswalkService crosswalk;
    private final org.accord.crosswalk.MappingService mappings;
    private boolean mayComment;

    private UUID draftId;
    private DraftSummary draft;
    private String version = VersionService.CURRENT;
    private boolean canEdit;
    private List<ClauseNode> tree = List.of();
    private final Map<UUID, ClauseNode> nodes = new HashMap<>();
    private final Map<UUID, UUID> parents = new HashMap<>();
    private final Map<UUID, Integer> depths = new HashMap<>();
    private final Map<UUID, Component> blocks = new HashMap<>();
    private Set<UUID> changedSinceVisit = Set.of();
    private ClauseEditor editor;
    private boolean structureChangedWhileEditing;
    private final Map<UUID, Integer> mySaves = new HashMap<>();
    private String title = "Draft · Accord";

    private final Div header = new Div();
    private final Div notices = new Div();
    private final Nav outline = new Nav();
    private final Article document = new Article();
    private Registration updatesRegistration;

    DraftView(DraftingService drafting, RevisionService revisions, VersionService versions, DraftUpdates updates,
              AuthenticationContext auth, org.accord.commenting.CommentingService commenting,
              org.accord.crosswalk.CrosswalkService crosswalk, org.accord.crosswalk.MappingService mappings) {
        this.commenting = commenting;
        this.crosswalk = crosswalk;
        this.mappings = mappings;
        this.drafting = drafting;
        this.revisions = revisions;
        this.versions = versions;
        this.updates = updates;
        this.auth = auth;
        addClassName("draft-view");
        outline.addClassName("outline");
        outline.getElement().setAttribute("aria-label", "Clause outline");
        document.addClassName("document");
        document.getElement().addEventListener("click", e -> onDocumentClick(e.getEventData()))
                .addEventData("event.target.dataset.edit")
                .addEventData("event.target.dataset.history")
                .addEventData("event.target.dataset.comment")
                .addEventData("event.target.dataset.comments")
                .addEventData("event.target.dataset.crosswalk")
                .addEventData(SELECTION)
                .setFilter("!!(event.target.dataset.edit || event.target.dataset.history || event.target.dataset.comment || event.target.dataset.comments || event.target.dataset.crosswalk)");
        listenForTranslate();
        Div main = new Div(header, notices, document);
        main.addClassName("draft-main");
        add(outline, main);
    }

    /** The text last selected inside the clause whose Comment button was pressed, if any. */
    private static final String SELECTION = "(window.accordSelection && window.accordSelection.clause === event.target.dataset.comment) ? window.accordSelection.text : ''";

    static RouteParameters params(UUID draftId) {
        return new RouteParameters("draftId", draftId.toString());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DraftSummary> loaded = DraftRoute.load(event, drafting);
        if (loaded.isEmpty()) {
            return;
        }
        draft = loaded.get();
        draftId = draft.id();
        version = event.getLocation().getQueryParameters().getSingleParameter("version").orElse(VersionService.CURRENT);
        List<ClauseActivity> changes = drafting.visit(draftId);
        changedSinceVisit = new HashSet<>(changes.stream().map(ClauseActivity::clauseId).toList());
        title = draft.reference() + " · Accord";
        load();
        renderNotices(changes);
        event.getRouteParameters().get("clauseId").ifPresent(id -> getElement().executeJs(
                "setTimeout(() => { const el = document.getElementById($0); if (el) { el.scrollIntoView(); el.focus(); } }, 0)", "c-" + id));
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private boolean viewingCurrent() {
        return VersionService.CURRENT.equalsIgnoreCase(version);
    }

    /** Loads the tree (working text or a frozen version) and renders everything. */
    private void load() {
        draft = drafting.draft(draftId);
        try {
            tree = viewingCurrent() ? drafting.clauseTree(draftId) : versions.tree(draftId, version);
        } catch (NotFoundException e) {
            version = VersionService.CURRENT;
            tree = drafting.clauseTree(draftId);
        }
        canEdit = viewingCurrent() && drafting.canEdit(draftId);
        period = commenting.currentPeriod(draftId);
        commentCounts = commenting.countsByClause(draftId);
        mappingCounts = mappings.countsByClause(draftId);
        mayComment = viewingCurrent() && commenting.mayCommentNow(draftId);
        nodes.clear();
        parents.clear();
        depths.clear();
        index(tree, null, 0);
        renderHeader();
        renderDocument();
        applyReadIn();
    }

    private void index(List<ClauseNode> list, UUID parent, int depth) {
        for (ClauseNode n : list) {
            nodes.put(n.id(), n);
            parents.put(n.id(), parent);
            depths.put(n.id(), depth);
            index(n.children(), n.id(), depth + 1);
        }
    }

    private void renderHeader() {
        header.removeAll();
        header.addClassName("draft-header");
        H1 h1 = new H1(draft.title());
        Paragraph meta = new Paragraph(draft.reference() + " · " + draft.stageLabel() + " · " + draft.workingGroup()
                + " · language " + draft.language() + " · " + draft.clauseCount() + " clauses");
        meta.addClassName("meta");

        Select<String> versionSelect = new Select<>();
        versionSelect.setLabel("Version");
        versionSelect.setId("version-select");
        versionSelect.setWidth("15em");
        List<String> labels = new ArrayList<>();
        labels.add(VersionService.CURRENT);
        versions.versions(draftId).forEach(v -> labels.add(v.label()));
        versionSelect.setItems(labels);
        versionSelect.setItemLabelGenerator(l -> VersionService.CURRENT.equals(l) ? "Working text (current)" : l);
        versionSelect.setValue(labels.contains(version) ? version : VersionService.CURRENT);
        versionSelect.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().navigate(DraftView.class, params(draftId),
                        VersionService.CURRENT.equals(e.getValue()) ? QueryParameters.empty()
                                : QueryParameters.of("version", e.getValue()));
            }
        });

        Div toolbar = new Div(versionSelect);
        toolbar.addClassName("draft-toolbar");
        RouterLink compare = new RouterLink("Compare versions", CompareView.class, CompareView.params(draftId));
        compare.addClassName("toolbar-link");
        RouterLink table = new RouterLink("Comment table", CommentsView.class, CommentsView.params(draftId));
        table.addClassName("toolbar-link");
        table.setId("comment-table-link");
        RouterLink crosswalkLink = new RouterLink("Crosswalk", CrosswalkView.class, CrosswalkView.params(draftId));
        crosswalkLink.addClassName("toolbar-link");
        toolbar.add(compare, table, crosswalkLink);
        String fileName = draft.reference().replaceAll("[^A-Za-z0-9._-]+", "-")
                + (viewingCurrent() ? "" : "-" + version.replaceAll("[^A-Za-z0-9._-]+", "-")) + ".md";
        String exportVersion = version;
        Anchor download = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event ->
                new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(
                        versions.exportMarkdown(draftId, draft, exportVersion).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        fileName, "text/markdown;charset=UTF-8", -1)), "Download Markdown");
        download.getElement().setAttribute("download", true);
        download.addClassName("toolbar-link");
        download.setId("download-markdown");
        toolbar.add(download);
        Button stages = new Button("Stage history", e -> openStages());
        stages.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toolbar.add(stages);
        toolbar.add(readInSelect());
        if (canEdit) {
            Button freeze = new Button("Freeze version…", e -> openFreeze());
            freeze.setId("freeze-version");
            Button addClause = new Button("Add clause at end", e -> addClause(null, ClauseKind.NORMATIVE));
            addClause.setId("add-clause");
            Button addAnnex = new Button("Add annex", e -> addClause(null, ClauseKind.ANNEX));
            toolbar.add(addClause, addAnnex, freeze);
        }
        header.add(periodBanner());
        if (!viewingCurrent()) {
            Paragraph frozen = new Paragraph("You are reading frozen version " + version + ". It never changes.");
            frozen.addClassName("frozen-banner");
            header.add(h1, meta, toolbar, frozen);
        } else {
            header.add(h1, meta, toolbar);
        }
    }

    private Component periodBanner() {
        Div banner = new Div();
        banner.addClassName("period-banner");
        banner.setId("comment-period");
        boolean secretariat = isSecretariat();
        if (period.isPresent()) {
            var p = period.get();
            Span text = new Span("Comment period on " + p.versionLabel() + " open until ");
            Span local = new Span(UiText.utc(p.deadline()));
            local.getElement().executeJs("this.textContent = new Date($0).toLocaleString(undefined, "
                    + "{dateStyle: 'full', timeStyle: 'short'}) + ' your time'", p.deadline().toString());
            banner.add(text, local, new Span(" (" + UiText.utc(p.deadline()) + ")"
                    + (p.allowLate() ? "; late comments are accepted and marked late." : ".")));
            if (!mayComment) {
                banner.add(new Span(" Your role in this working group does not include commenting."));
            } else {
                banner.add(new Span(" Select words in a clause, then press its Comment button."));
            }
            if (secretariat) {
                Button close = new Button("Close period", e -> {
                    commenting.closePeriod(p.id());
                    editor = null;
                    load();
                    info("Comment period closed.");
                });
                close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                banner.add(close);
            }
        } else {
            banner.add(new Span("No comment period is open."));
            if (secretariat) {
                Button open = new Button("Open comment period…", e -> new PeriodDialog(commenting, versions, draftId, () -> {
                    editor = null;
                    load();
                }).open());
                open.addThemeVariants(ButtonVariant.LUMO_SMALL);
                open.setId("open-period");
                banner.add(open);
            }
        }
        return banner;
    }

    private void renderNotices(List<ClauseActivity> changes) {
        notices.removeAll();
        if (!changes.isEmpty()) {
            Div banner = new Div();
            banner.addClassName("since-visit");
            banner.setId("changed-since-visit");
            banner.add(new H2("Changed since your last visit"));
            UnorderedList list = new UnorderedList();
            changes.forEach(c -> {
                Anchor link = new Anchor("#c-" + c.clauseId(), c.number() + " " + c.title());
                link.getElement().setAttribute("router-ignore", true);
                list.add(new ListItem(link, new Span(" — revision " + c.revisionNo() + " by " + c.revisedBy() + ", "
                        + UiText.utc(c.revisedAt()))));
            });
            banner.add(list);
            notices.add(banner);
        }
        if (canEdit) {
            List<TermReferences.Missing> missing = drafting.missingTermReferences(draftId);
            if (!missing.isEmpty()) {
                Div warn = new Div(new H2("References to undefined terms"));
                warn.addClassName("missing-terms");
                warn.setId("missing-terms");
                UnorderedList list = new UnorderedList();
                missing.forEach(m -> list.add(new ListItem("Clause " + m.clauseNumber() + " refers to “" + m.term()
                        + "”, which no terms clause defines.")));
                warn.add(list);
                notices.add(warn);
            }
        }
    }

    private void renderOutline() {
        outline.removeAll();
        outline.add(new H2("Contents"), new Html(ClauseHtml.outline(tree, commentCounts)));
    }

    private void renderDocument() {
        renderOutline();
        document.removeAll();
        blocks.clear();
        editor = null;
        Map<String, TermView> terms = termIndex();
        walk(tree, n -> {
            Component block = ClauseHtml.component(n, depths.get(n.id()), terms, canEdit, changedSinceVisit.contains(n.id()), affordance(n));
            blocks.put(n.id(), block);
            document.add(block);
        });
    }

    private ClauseHtml.Affordances affordance(ClauseNode n) {
        return viewingCurrent() ? new ClauseHtml.Affordances(mayComment, commentCounts.getOrDefault(n.id(), 0L), true,
                mappingCounts.getOrDefault(n.id(), 0L)) : ClauseHtml.Affordances.NONE;
    }

    private Map<String, TermView> termIndex() {
        return TermReferences.index(nodes.values().stream().flatMap(n -> n.terms().stream()).toList());
    }

    private static void walk(List<ClauseNode> list, java.util.function.Consumer<ClauseNode> visit) {
        for (ClauseNode n : list) {
            visit.accept(n);
            walk(n.children(), visit);
        }
    }

    private void onDocumentClick(tools.jackson.databind.JsonNode data) {
        String edit = text(data, "event.target.dataset.edit");
        String history = text(data, "event.target.dataset.history");
        String comment = text(data, "event.target.dataset.comment");
        String commentsOn = text(data, "event.target.dataset.comments");
        String crosswalkOf = text(data, "event.target.dataset.crosswalk");
        if (comment != null && mayComment) {
            ClauseNode n = nodes.get(UUID.fromString(comment));
            if (n != null) {
                new NewCommentDialog(commenting, draftId, n, text(data, SELECTION), commenting.submitsDirectly(draftId), c -> {
                    commentCounts = commenting.countsByClause(draftId);
                    refreshClause(n.id(), false);
                    info(c.status() == org.accord.commenting.CommentStatus.SUBMITTED ? "Comment " + c.commentId() + " filed."
                            : "Comment " + c.commentId() + " saved for your organisation's lead to submit.");
                }).open();
            }
        } else if (commentsOn != null) {
            openComments(UUID.fromString(commentsOn));
        } else if (crosswalkOf != null) {
            ClauseNode n = nodes.get(UUID.fromString(crosswalkOf));
            if (n != null) {
                crosswalkPanel = CrosswalkPanel.replace(crosswalkPanel, new CrosswalkPanel(crosswalk, mappings, draftId,
                        new org.accord.crosswalk.ClauseRef(n.id(), n.number(), n.title()), () -> {
                    mappingCounts = mappings.countsByClause(draftId);
                    if (editor == null) {
                        refreshClause(n.id(), false);
                    }
                }));
            }
        } else if (edit != null && canEdit) {
            openEditor(UUID.fromString(edit));
        } else if (history != null && viewingCurrent()) {
            ClauseNode n = nodes.get(UUID.fromString(history));
            if (n != null) {
                new HistoryDialog(revisions, draftId, n).open();
            }
        }
    }

    private void openComments(UUID clauseId) {
        ClauseNode n = nodes.get(clauseId);
        List<UUID> ids = commenting.comments(draftId, new org.accord.commenting.CommentFilter(null, null, null, null, null, clauseId),
                0, 500).stream().map(org.accord.commenting.CommentView::id).toList();
        new CommentPanel(commenting, "Comments on " + (n == null ? "clause" : n.heading()), ids, () -> {
            commentCounts = commenting.countsByClause(draftId);
            if (editor == null) {
                refreshClause(clauseId, false);
            }
        }).open();
    }

    private static String text(tools.jackson.databind.JsonNode data, String key) {
        tools.jackson.databind.JsonNode v = data.get(key);
        return v == null || v.isNull() || v.asString().isEmpty() ? null : v.asString();
    }

    // ---- editing ----

    private void openEditor(UUID clauseId) {
        if (editor != null) {
            if (editor.clause.id().equals(clauseId)) {
                return;
            }
            closeEditor();
        }
        ClauseNode n = nodes.get(clauseId);
        if (n == null) {
            return;
        }
        ClauseEditor e = new ClauseEditor(n, n.revision(), n.text(), new ClauseEditor.Actions() {
            public void save(ClauseEditor ed, String t, String b, String m) {
                saveEdit(ed, ed.baseRevision, t, b, m);
            }

            public void cancel(ClauseEditor ed) {
                closeEditor();
            }

            public void structure(ClauseEditor ed, String action) {
                structureAction(ed.clause, action);
            }

            public void term(ClauseEditor ed, TermView term) {
                editTerm(ed.clause, term);
            }
        });
        Component block = blocks.get(clauseId);
        int index = document.indexOf(block);
        document.replace(block, e);
        editor = e;
        blocks.put(clauseId, e);
        if (index < 0) {
            document.add(e);
        }
    }

    private void closeEditor() {
        if (editor == null) {
            return;
        }
        ClauseEditor closing = editor;
        editor = null;
        if (structureChangedWhileEditing) {
            structureChangedWhileEditing = false;
            load();
            return;
        }
        refreshClause(closing.clause.id(), false);
    }

    private void saveEdit(ClauseEditor ed, int base, String newTitle, String body, String message) {
        SaveResult result;
        try {
            result = revisions.revise(draftId, ed.clause.id(), new ClauseEdit(base, newTitle, body, message));
        } catch (InvalidInputException ex) {
            error(ex.getMessage());
            return;
        }
        switch (result) {
            case SaveResult.Saved saved -> {
                mySaves.put(ed.clause.id(), saved.revisionNo());
                editor = null;
                refreshClause(ed.clause.id(), false);
                if (saved.unchanged()) {
                    info("Nothing changed, so no new revision was made.");
                } else {
                    info("Saved as revision " + saved.revisionNo() + (saved.merged()
                            ? ", merged with another editor's change to a different passage." : "."));
                }
                if (structureChangedWhileEditing) {
                    structureChangedWhileEditing = false;
                    load();
                }
            }
            case SaveResult.Conflict conflict -> new ConflictDialog(conflict,
                    (currentRevision, resolved) -> {
                        ed.baseRevision = currentRevision;
                        ed.body.setValue(resolved);
                        saveEdit(ed, currentRevision, newTitle, resolved, message + " (conflict resolved)");
                    },
                    () -> {
                        editor = null;
                        refreshClause(ed.clause.id(), false);
                        info("Your change was discarded; the current text is shown.");
                    }).open();
        }
    }

    /** Re-reads one clause and replaces its block (closing an editor on it only when asked). */
    private void refreshClause(UUID clauseId, boolean highlight) {
        tree = drafting.clauseTree(draftId);
        nodes.clear();
        parents.clear();
        depths.clear();
        index(tree, null, 0);
        ClauseNode n = nodes.get(clauseId);
        Component old = blocks.get(clauseId);
        if (n == null || old == null) {
            renderDocument();
            applyReadIn();
            return;
        }
        Component block = ClauseHtml.component(n, depths.get(n.id()), termIndex(), canEdit, changedSinceVisit.contains(n.id()), affordance(n));
        decorateForReading(n, block, termIndex());
        if (highlight) {
            block.getElement().getClassList().add("just-updated");
        }
        document.replace(old, block);
        blocks.put(clauseId, block);
    }

    private void structureAction(ClauseNode clause, String action) {
        UUID parent = parents.get(clause.id());
        List<ClauseNode> siblings = parent == null ? tree : nodes.get(parent).children();
        int index = siblings.indexOf(clause);
        try {
            switch (action) {
                case "up" -> {
                    if (index > 0) {
                        drafting.moveClause(draftId, clause.id(), parent, index - 1);
                    }
                }
                case "down" -> {
                    if (index < siblings.size() - 1) {
                        drafting.moveClause(draftId, clause.id(), parent, index + 1);
                    }
                }
                case "indent" -> {
                    ClauseNode previous = index > 0 ? siblings.get(index - 1) : null;
                    if (previous == null || !previous.kind().isNumberedSection()) {
                        error("There is no clause before this one at the same level to move it under.");
                        return;
                    }
                    drafting.moveClause(draftId, clause.id(), previous.id(), previous.children().size());
                }
                case "outdent" -> {
                    if (parent == null) {
                        error("This clause is already at the top level.");
                        return;
                    }
                    UUID grandParent = parents.get(parent);
                    List<ClauseNode> parentSiblings = grandParent == null ? tree : nodes.get(grandParent).children();
                    drafting.moveClause(draftId, clause.id(), grandParent, parentSiblings.indexOf(nodes.get(parent)) + 1);
                }
                case "add-child" -> {
                    addClause(clause.id(), ClauseKind.NORMATIVE);
                    return;
                }
                case "add-note" -> {
                    addClause(clause.id(), ClauseKind.NOTE);
                    return;
                }
                case "delete" -> {
                    confirmDelete(clause);
                    return;
                }
                default -> {
                    return;
                }
            }
        } catch (InvalidInputException ex) {
            error(ex.getMessage());
            return;
        }
        editor = null;
        load();
        openEditor(clause.id());
        info("Moved. Clause numbers were updated.");
    }

    private void editTerm(ClauseNode termsClause, TermView term) {
        new TermDialog(term, entry -> {
            if (term == null) {
                drafting.addTerm(draftId, termsClause.id(), entry);
            } else {
                drafting.updateTerm(draftId, term.id(), entry);
            }
            reopenEditor(termsClause.id());
            info(term == null ? "Term added." : "Term saved.");
        }, term == null ? null : () -> {
            drafting.removeTerm(draftId, term.id());
            reopenEditor(termsClause.id());
            info("Term removed. References to it are now flagged.");
        }).open();
    }

    private void reopenEditor(UUID clauseId) {
        editor = null;
        load();
        openEditor(clauseId);
    }

    private void addClause(UUID parentId, ClauseKind kind) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(kind == ClauseKind.NOTE ? "Add note" : kind == ClauseKind.ANNEX ? "Add annex" : "Add clause");
        TextField newTitle = new TextField("Title");
        newTitle.setWidthFull();
        newTitle.setVisible(kind.isNumberedSection());
        Select<ClauseKind> kindSelect = new Select<>();
        kindSelect.setLabel("Kind");
        kindSelect.setItems(kind == ClauseKind.NOTE ? List.of(ClauseKind.NOTE, ClauseKind.EXAMPLE)
                : kind == ClauseKind.ANNEX ? List.of(ClauseKind.ANNEX)
                : List.of(ClauseKind.NORMATIVE, ClauseKind.INFORMATIVE, ClauseKind.TERMS));
        kindSelect.setValue(kind);
        Select<AnnexType> annexType = new Select<>();
        annexType.setLabel("Annex");
        annexType.setItems(AnnexType.values());
        annexType.setValue(AnnexType.INFORMATIVE);
        annexType.setVisible(kind == ClauseKind.ANNEX);
        TextArea text = new TextArea("Text");
        text.setWidthFull();
        text.setMaxLength(ClauseText.MAX_BODY_CHARS);
        dialog.add(kindSelect, annexType, newTitle, text);
        Button add = new Button("Add", e -> {
            try {
                UUID id = drafting.addClause(draftId, parentId, new NewClause(kindSelect.getValue(), annexType.getValue(),
                        newTitle.getValue(), text.getValue()));
                dialog.close();
                editor = null;
                load();
                Component block = blocks.get(id);
                if (block != null) {
                    block.getElement().executeJs("this.scrollIntoView({block: 'center'}); this.focus();");
                }
                info("Clause added.");
            } catch (InvalidInputException ex) {
                newTitle.setInvalid(true);
                newTitle.setErrorMessage(ex.getMessage());
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), add);
        dialog.open();
        newTitle.focus();
    }

    private void confirmDelete(ClauseNode clause) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader("Delete " + clause.heading() + "?");
        confirm.setText("The clause and its sub-clauses leave the working text. Frozen versions keep them, and the "
                + "comparison will list them as deleted.");
        confirm.setCancelable(true);
        confirm.setConfirmText("Delete");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                drafting.deleteClause(draftId, clause.id());
                editor = null;
                load();
                info("Deleted. Clause numbers were updated.");
            } catch (InvalidInputException ex) {
                error(ex.getMessage());
            }
        });
        confirm.open();
    }

    private void openFreeze() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Freeze the working text as a version");
        TextField label = new TextField("Label");
        label.setValue(versions.suggestLabel(draftId));
        label.setMaxLength(40);
        label.setId("version-label");
        TextField note = new TextField("Note");
        note.setWidthFull();
        dialog.add(new Paragraph("A frozen version never changes. It can be compared with any other, and ballots and "
                + "comment periods run on frozen versions."), label, note);
        Button freeze = new Button("Freeze", e -> {
            try {
                VersionSummary v = versions.freeze(draftId, label.getValue(), note.getValue());
                dialog.close();
                renderHeader();
                info("Frozen as " + v.label() + " (" + v.clauseCount() + " clauses).");
            } catch (InvalidInputException ex) {
                label.setInvalid(true);
                label.setErrorMessage(ex.getMessage());
            }
        });
        freeze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        freeze.setId("confirm-freeze");
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), freeze);
        dialog.open();
    }

    private void openStages() {
        new StageDialog(drafting, draftId, isSecretariat(), () -> {
            editor = null;
            load();
        }).open();
    }

    private boolean isSecretariat() {
        return auth.hasAnyRole("SECRETARIAT", "ADMIN");
    }

    // ---- live updates ----

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        // Remember the last text selected inside a clause, for the Comment button of that clause.
        ui.getPage().executeJs("""
                if (!window.accordSelectionListener) {
                  window.accordSelectionListener = true;
                  document.addEventListener('selectionchange', () => {
                    const s = document.getSelection();
                    if (!s || s.isCollapsed || !s.anchorNode) return;
                    const n = s.anchorNode.nodeType === 1 ? s.anchorNode : s.anchorNode.parentElement;
                    const block = n && n.closest('.clause-block');
                    if (block) window.accordSelection = {clause: block.dataset.clause, text: s.toString()};
                  });
                }""");
        UUID me = auth.getAuthenticatedUser(AccordUser.class).map(AccordUser::userId).orElse(null);
        if (draftId == null) {
            return;
        }
        updatesRegistration = updates.register(draftId, new DraftUpdates.Listener() {
            public void clauseRevised(ClauseRevised e) {
                // One's own saves (an edit, an applied comment) are confirmed where they were made.
                if (!Objects.equals(e.authorId(), me)) {
                    ui.access(() -> onClauseRevised(e));
                } else {
                    ui.access(() -> { if (editor == null || !editor.clause.id().equals(e.clauseId())) refreshClause(e.clauseId(), false); });
                }
            }

            public void structureChanged(DraftStructureChanged e) {
                if (!Objects.equals(e.actorId(), me)) {
                    ui.access(() -> onStructureChanged(e));
                }
            }

            public void commentsChanged(org.accord.commenting.CommentsChanged e) {
                ui.access(() -> onCommentsChanged());
            }

            public void missedUpdates() {
                ui.access(() -> onStructureChanged(new DraftStructureChanged(draftId, null,
                        "The connection to other servers was restored; the draft was reloaded")));
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (updatesRegistration != null) {
            updatesRegistration.remove();
            updatesRegistration = null;
        }
    }

    private void onClauseRevised(ClauseRevised e) {
        if (Objects.equals(mySaves.get(e.clauseId()), e.revisionNo())) {
            return;
        }
        ClauseNode n = nodes.get(e.clauseId());
        String what = n == null ? "A clause" : n.heading();
        if (!viewingCurrent()) {
            info(e.authorName() + " revised " + what + " in the working text.");
            return;
        }
        if (editor != null && editor.clause.id().equals(e.clauseId())) {
            editor.showNotice(e.authorName() + " saved revision " + e.revisionNo() + " of this clause meanwhile. "
                    + "If your changes touch other passages they will be merged; otherwise you will be asked to resolve.");
            return;
        }
        refreshClause(e.clauseId(), true);
        info(what + " was revised by " + e.authorName() + " (revision " + e.revisionNo() + ").");
    }

    private void onStructureChanged(DraftStructureChanged e) {
        if (editor != null) {
            structureChangedWhileEditing = true;
            info(e.what() + ". The outline will refresh when you finish editing.");
            return;
        }
        load();
        info(e.what() + ".");
    }

    /** Someone (here or on another node) filed, disposed or imported comments: counts and the outline follow. */
    private void onCommentsChanged() {
        if (!viewingCurrent()) {
            return;
        }
        Map<UUID, Long> before = commentCounts;
        commentCounts = commenting.countsByClause(draftId);
        boolean mayCommentBefore = mayComment;
        mayComment = commenting.mayCommentNow(draftId);
        if (mayComment != mayCommentBefore && editor == null) {
            renderDocument();
            applyReadIn();
            return;
        }
        Set<UUID> changed = new HashSet<>();
        before.forEach((id, n) -> { if (!n.equals(commentCounts.get(id))) changed.add(id); });
        commentCounts.forEach((id, n) -> { if (!n.equals(before.get(id))) changed.add(id); });
        if (changed.isEmpty()) {
            return;
        }
        renderOutline();
        changed.stream().filter(id -> editor == null || !editor.clause.id().equals(id)).forEach(id -> {
            Component old = blocks.get(id);
            ClauseNode n = nodes.get(id);
            if (old != null && n != null) {
                Component block = ClauseHtml.component(n, depths.get(id), termIndex(), canEdit, changedSinceVisit.contains(id), affordance(n));
                decorateForReading(n, block, termIndex());
                document.replace(old, block);
                blocks.put(id, block);
            }
        });
    }

    // ---- content languages: reading a translation, translating a clause ----

    @org.springframework.beans.factory.annotation.Autowired
    private TranslationService translationService;
    /** The language the reader chose under "Read in"; null for the original. */
    private String readIn;
    private Map<String, Map<UUID, ClauseTranslationView>> translationsByLanguage = Map.of();
    private boolean mayTranslate;
    private Paragraph readInSummary;

    private void loadTranslations() {
        translationsByLanguage = new HashMap<>();
        for (ClauseTranslationView tr : translationService.allTranslations(draftId)) {
            translationsByLanguage.computeIfAbsent(tr.language(), k -> new HashMap<>()).put(tr.clauseId(), tr);
        }
    }

    private Select<String> readInSelect() {
        loadTranslations();
        Select<String> select = new Select<>();
        select.setLabel(UiText.t("drafting.translation.read-in"));
        select.setId("read-in");
        String original = ContentLanguages.primary(draft.language());
        List<String> items = new ArrayList<>();
        items.add(original);
        ContentLanguages.SUPPORTED.stream().filter(l -> !l.equals(original)).forEach(items::add);
        select.setItems(items);
        select.setItemLabelGenerator(l -> l.equals(original)
                ? UiText.t("drafting.translation.original", ContentLanguageNames.autonym(l))
                // Isolated (FSI … PDI), so an Arabic name keeps its count after it on a left-to-right page.
                : UiText.t("drafting.translation.option", "\u2068" + ContentLanguageNames.autonym(l) + "\u2069",
                translationsByLanguage.getOrDefault(l, Map.of()).size()));
        select.setValue(readIn == null ? original : readIn);
        select.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                readIn = e.getValue() == null || e.getValue().equals(original) ? null : e.getValue();
                applyReadIn();
            }
        });
        return select;
    }

    /** Reloads the translations and shows every clause block in the chosen language (or the original). */
    private void applyReadIn() {
        loadTranslations();
        mayTranslate = viewingCurrent() && translationService.canTranslate(draftId);
        if (readInSummary != null) {
            readInSummary.removeFromParent();
            readInSummary = null;
        }
        if (readIn != null) {
            long translated = nodes.keySet().stream().filter(translationsByLanguage.getOrDefault(readIn, Map.of())::containsKey).count();
            readInSummary = new Paragraph(UiText.t("drafting.translation.summary", ContentLanguageNames.inPageLanguage(readIn),
                    translated, nodes.size(), ContentLanguageNames.inPageLanguage(ContentLanguages.primary(draft.language()))));
            readInSummary.setId("read-in-summary");
            readInSummary.addClassName("read-in-summary");
            header.add(readInSummary);
        }
        Map<String, TermView> terms = termIndex();
        blocks.forEach((id, block) -> {
            ClauseNode n = nodes.get(id);
            if (n != null) {
                decorateForReading(n, block, terms);
            }
        });
    }

    /**
     * Marks a clause block with its language and, when reading in another language, shows the translation (official
     * or informal, outdated when the clause changed since) or the original with a note; adds "Translate" for translators.
     */
    private void decorateForReading(ClauseNode n, Component block, Map<String, TermView> terms) {
        if (block instanceof ClauseEditor) {
            return;
        }
        String original = ContentLanguages.primary(draft.language());
        ClauseTranslationView tr = readIn == null ? null : translationsByLanguage.getOrDefault(readIn, Map.of()).get(n.id());
        var element = block.getElement();
        element.getClassList().removeAll(List.of("translated", "translation-missing"));
        element.setAttribute("lang", tr == null ? original : tr.language());
        element.setAttribute("dir", "auto");
        if (readIn == null && !mayTranslate && !element.hasAttribute("data-read-in")) {
            return; // the original as rendered, nothing to add
        }
        element.setAttribute("data-read-in", readIn == null ? original : readIn);
        ClauseNode shown = tr == null ? n : new ClauseNode(n.id(), n.number(), n.kind(), n.annexType(), tr.title(), tr.text(),
                n.revision(), n.terms(), n.children());
        String html = ClauseHtml.inner(shown, depths.getOrDefault(n.id(), 0), terms, canEdit, changedSinceVisit.contains(n.id()), affordance(n));
        if (mayTranslate) {
            int end = html.lastIndexOf("</div>");
            html = html.substring(0, end) + "<button type=\"button\" class=\"translate-clause\" data-translate=\"" + n.id()
                    + "\" aria-label=\"" + ClauseText.escape(UiText.t("drafting.translation.translate.aria", n.heading())) + "\">"
                    + ClauseText.escape(UiText.t("drafting.translation.translate")) + "</button>" + html.substring(end);
        }
        String note = "";
        if (tr != null) {
            element.getClassList().add("translated");
            boolean outdated = tr.sourceRevision() != n.revision();
            note = "<span class=\"badge translation-" + (tr.official() ? "official" : "informal") + "\">"
                    + ClauseText.escape(tr.official() ? UiText.t("drafting.translation.official") : UiText.t("drafting.translation.informal"))
                    + "</span> " + ClauseText.escape(UiText.t("drafting.translation.by", tr.translator()))
                    + (outdated ? " <span class=\"badge translation-outdated\">"
                    + ClauseText.escape(UiText.t("drafting.translation.outdated", tr.sourceRevision(), n.revision())) + "</span>" : "");
        } else if (readIn != null) {
            element.getClassList().add("translation-missing");
            note = ClauseText.escape(UiText.t("drafting.translation.fallback", ContentLanguageNames.inPageLanguage(readIn),
                    ContentLanguageNames.inPageLanguage(original)));
        }
        if (!note.isEmpty()) {
            // Interface text inside content: its own language and direction, so the clause's "auto" direction ignores it.
            note = "<p class=\"translation-note\" lang=\"" + ContentLanguageNames.pageLanguage() + "\" dir=\""
                    + ContentLanguageNames.pageDirection() + "\">" + note + "</p>";
        }
        element.setProperty("innerHTML", note + html);
    }

    private void listenForTranslate() {
        document.getElement().addEventListener("click", e -> {
            tools.jackson.databind.JsonNode v = e.getEventData().get("event.target.dataset.translate");
            if (v == null || v.isNull() || !mayTranslate) {
                return;
            }
            ClauseNode n = nodes.get(UUID.fromString(v.asString()));
            if (n != null) {
                new TranslationDialog(translationService, draftId, n, draft.language(), readIn,
                        translationService.canMarkOfficial(draftId), saved -> {
                    renderHeader(); // the counts beside "Read in"
                    applyReadIn();
                    info(UiText.t("drafting.translation.saved", ContentLanguageNames.inPageLanguage(saved.language())));
                }).open();
            }
        }).addEventData("event.target.dataset.translate").setFilter("!!event.target.dataset.translate");
    }

    private static void info(String text) {
        Notification n = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_CONTRAST);
    }

    private static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
