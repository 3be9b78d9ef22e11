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
    private String title;

    private final Div header = new Div();
    private final Div notices = new Div();
    private final Nav outline = new Nav();
    /** Where other people's changes to the draft are announced to screen readers. */
    private final Div liveRegion = new Div();
    private final Article document = new Article();
    private Registration updatesRegistration;

    private final org.accord.audit.AuditService audit;

    DraftView(DraftingService drafting, RevisionService revisions, VersionService versions, DraftUpdates updates,
              AuthenticationContext auth, org.accord.commenting.CommentingService commenting,
              org.accord.crosswalk.CrosswalkService crosswalk, org.accord.crosswalk.MappingService mappings,
              TranslationService translationService, org.accord.audit.AuditService audit) {
        this.audit = audit;
        this.translationService = translationService;
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
        outline.getElement().setAttribute("aria-label", UiText.t("drafting.outline.aria"));
        // An outline entry (mouse or Enter) scrolls to its clause and moves focus there; the bare "#c-…" link would
        // resolve against the page's <base> and leave the draft.
        outline.getElement().executeJs("""
                this.addEventListener('click', e => {
                  const a = e.target.closest('a[href^="#c-"]');
                  if (!a) return;
                  e.preventDefault();
                  const el = document.getElementById(a.getAttribute('href').substring(1));
                  if (el) { el.scrollIntoView({block: 'start'}); el.focus(); }
                });""");
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
        // Present from the start and only its text changes: screen readers announce changes of an existing live
        // region, not a region inserted with its text (as a toast is).
        liveRegion.setId("draft-live");
        liveRegion.addClassName("visually-hidden");
        liveRegion.getElement().setAttribute("role", "status");
        liveRegion.getElement().setAttribute("aria-live", "polite");
        liveRegion.getElement().setAttribute("aria-atomic", "true");
        Div main = new Div(header, notices, document);
        main.addClassName("draft-main");
        add(outline, main, liveRegion);
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
        return title == null ? UiText.t("drafting.draft.title") + " · Accord" : title;
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
        h1.getElement().setAttribute("dir", "auto");
        DraftingText.Translator tx = DraftingText.current();
        Paragraph meta = new Paragraph(tx.t("drafting.draft.meta", DraftingText.ltr(draft.reference()),
                DraftingText.stage(draft.stageCode(), draft.stageLabel(), tx), DraftingText.isolate(draft.workingGroup()), draft.language(), draft.clauseCount()));
        meta.addClassName("meta");

        Select<String> versionSelect = new Select<>();
        versionSelect.setLabel(UiText.t("drafting.draft.version"));
        versionSelect.setId("version-select");
        versionSelect.setWidth("15em");
        List<String> labels = new ArrayList<>();
        labels.add(VersionService.CURRENT);
        versions.versions(draftId).forEach(v -> labels.add(v.label()));
        versionSelect.setItems(labels);
        versionSelect.setItemLabelGenerator(l -> VersionService.CURRENT.equals(l) ? UiText.t("drafting.draft.working-text") : l);
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
        RouterLink compare = new RouterLink(UiText.t("drafting.draft.compare"), CompareView.class, CompareView.params(draftId));
        compare.addClassName("toolbar-link");
        RouterLink table = new RouterLink(UiText.t("drafting.draft.comment-table"), CommentsView.class, CommentsView.params(draftId));
        table.addClassName("toolbar-link");
        table.setId("comment-table-link");
        RouterLink crosswalkLink = new RouterLink(UiText.t("drafting.draft.crosswalk"), CrosswalkView.class, CrosswalkView.params(draftId));
        crosswalkLink.addClassName("toolbar-link");
        // remembers the choice (accord-view=light): this draft and the dashboard open light from now on
        Anchor lite = new Anchor("/lite/choose?view=light&next=/lite/drafts/" + draftId, UiText.t("common.lite-reader"));
        lite.setRouterIgnore(true); // a plain page, not a view
        lite.addClassName("toolbar-link");
        lite.setId("lite-reader-link");
        toolbar.add(compare, table, crosswalkLink, lite);
        if (audit.mayView(draftId)) {
            RouterLink auditLink = new RouterLink(UiText.t("audit.link"), DraftAuditView.class, DraftAuditView.params(draftId));
            auditLink.addClassName("toolbar-link");
            auditLink.setId("audit-link");
            toolbar.add(auditLink);
        }
        String fileName = draft.reference().replaceAll("[^A-Za-z0-9._-]+", "-")
                + (viewingCurrent() ? "" : "-" + version.replaceAll("[^A-Za-z0-9._-]+", "-")) + ".md";
        String exportVersion = version;
        Anchor download = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(event ->
                new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(
                        versions.exportMarkdown(draftId, draft, exportVersion).getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        fileName, "text/markdown;charset=UTF-8", -1)), UiText.t("drafting.draft.download-markdown"));
        download.getElement().setAttribute("download", true);
        download.addClassName("toolbar-link");
        download.setId("download-markdown");
        toolbar.add(download);
        Button stages = new Button(UiText.t("drafting.draft.stage-history"), e -> openStages());
        stages.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toolbar.add(stages);
        toolbar.add(readInSelect());
        if (canEdit) {
            Button freeze = new Button(UiText.t("drafting.draft.freeze"), e -> openFreeze());
            freeze.setId("freeze-version");
            Button addClause = new Button(UiText.t("drafting.draft.add-clause"), e -> addClause(null, ClauseKind.NORMATIVE));
            addClause.setId("add-clause");
            Button addAnnex = new Button(UiText.t("drafting.draft.add-annex"), e -> addClause(null, ClauseKind.ANNEX));
            toolbar.add(addClause, addAnnex, freeze);
        }
        header.add(periodBanner());
        if (!viewingCurrent()) {
            Paragraph frozen = new Paragraph(UiText.t("drafting.draft.frozen", version));
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
            // "open until {local time} ({UTC})": the local time is written by the browser, in the page's language.
            Span text = new Span(UiText.t("drafting.period.open-until", p.versionLabel()) + " ");
            Span local = new Span(UiText.utc(p.deadline()));
            local.addClassName("local-time");
            UI current = UI.getCurrent();
            String languageTag = current == null ? "en" : AccordI18n.supported(current.getLocale()).toLanguageTag();
            local.getElement().executeJs("this.textContent = $2.split('{0}').join(new Date($0).toLocaleString($1, "
                    + "{dateStyle: 'full', timeStyle: 'short'}))", p.deadline().toString(), languageTag,
                    UiText.t("drafting.period.your-time", "{0}"));
            // The brackets go inside the left-to-right span: brackets around an isolate do not mirror in Arabic.
            Span utc = new Span("(" + UiText.utc(p.deadline()) + ")");
            utc.getElement().setAttribute("dir", "ltr");
            banner.add(text, local, new Span(" "), utc, new Span(p.allowLate() ? UiText.t("drafting.period.late-accepted")
                    : UiText.t("drafting.period.end")));
            if (!mayComment) {
                banner.add(new Span(" " + UiText.t("drafting.period.may-not-comment")));
            } else {
                banner.add(new Span(" " + UiText.t("drafting.period.how-to-comment")));
            }
            if (secretariat) {
                Button close = new Button(UiText.t("drafting.period.close"), e -> {
                    commenting.closePeriod(p.id());
                    editor = null;
                    load();
                    info(UiText.t("drafting.period.closed"));
                });
                close.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                banner.add(close);
            }
        } else {
            banner.add(new Span(UiText.t("drafting.period.none")));
            if (secretariat) {
                Button open = new Button(UiText.t("drafting.period.open"), e -> new PeriodDialog(commenting, versions, draftId, () -> {
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
            banner.add(new H2(UiText.t("drafting.since-visit.heading")));
            UnorderedList list = new UnorderedList();
            changes.forEach(c -> {
                Anchor link = new Anchor("#c-" + c.clauseId(), c.number() + " " + c.title());
                link.getElement().setAttribute("router-ignore", true);
                link.getElement().setAttribute("dir", "auto");
                list.add(new ListItem(link, new Span(" — " + UiText.t("drafting.since-visit.revision", String.valueOf(c.revisionNo()),
                        c.revisedBy(), DraftingText.ltr(UiText.utc(c.revisedAt()))))));
            });
            banner.add(list);
            notices.add(banner);
        }
        if (canEdit) {
            List<TermReferences.Missing> missing = drafting.missingTermReferences(draftId);
            if (!missing.isEmpty()) {
                Div warn = new Div(new H2(UiText.t("drafting.missing-terms.heading")));
                warn.addClassName("missing-terms");
                warn.setId("missing-terms");
                UnorderedList list = new UnorderedList();
                missing.forEach(m -> list.add(new ListItem(UiText.t("drafting.missing-terms.item", DraftingText.ltr(m.clauseNumber()), m.term()))));
                warn.add(list);
                notices.add(warn);
            }
        }
    }

    private void renderOutline() {
        outline.removeAll();
        outline.add(new H2(UiText.t("drafting.outline.heading")), new Html(ClauseHtml.outline(tree, commentCounts)));
    }

    private void renderDocument() {
        renderOutline();
        document.removeAll();
        blocks.clear();
        editor = null;
        Map<String, TermView> terms = termIndex();
        walk(tree, n -> {
            Component block = ClauseHtml.component(n, depths.get(n.id()), terms, canEdit, changedSinceVisit.contains(n.id()), affordance(n),
                    ContentLanguages.primary(draft.language()));
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
                    info(c.status() == org.accord.commenting.CommentStatus.SUBMITTED ? UiText.t("drafting.comment.filed", String.valueOf(c.commentId()))
                            : UiText.t("drafting.comment.saved-for-lead", String.valueOf(c.commentId())));
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
        new CommentPanel(commenting, n == null ? UiText.t("drafting.comments-on.clause") : UiText.t("drafting.comments-on", DraftingText.heading(n)), ids, () -> {
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
            error(UiText.problem(ex));
            return;
        }
        switch (result) {
            case SaveResult.Saved saved -> {
                mySaves.put(ed.clause.id(), saved.revisionNo());
                editor = null;
                refreshClause(ed.clause.id(), false);
                if (saved.unchanged()) {
                    info(UiText.t("drafting.saved.unchanged"));
                } else {
                    info(saved.merged() ? UiText.t("drafting.saved.merged", String.valueOf(saved.revisionNo()))
                            : UiText.t("drafting.saved", String.valueOf(saved.revisionNo())));
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
                        saveEdit(ed, currentRevision, newTitle, resolved, message + " (conflict resolved)"); // the record stays in English
                    },
                    () -> {
                        editor = null;
                        refreshClause(ed.clause.id(), false);
                        info(UiText.t("drafting.conflict.discarded"));
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
        Component block = ClauseHtml.component(n, depths.get(n.id()), termIndex(), canEdit, changedSinceVisit.contains(n.id()), affordance(n),
                ContentLanguages.primary(draft.language()));
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
                        error(UiText.t("drafting.move.no-previous"));
                        return;
                    }
                    drafting.moveClause(draftId, clause.id(), previous.id(), previous.children().size());
                }
                case "outdent" -> {
                    if (parent == null) {
                        error(UiText.t("drafting.move.top-level"));
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
            error(UiText.problem(ex));
            return;
        }
        editor = null;
        load();
        openEditor(clause.id());
        info(UiText.t("drafting.move.done"));
    }

    private void editTerm(ClauseNode termsClause, TermView term) {
        new TermDialog(term, entry -> {
            if (term == null) {
                drafting.addTerm(draftId, termsClause.id(), entry);
            } else {
                drafting.updateTerm(draftId, term.id(), entry);
            }
            reopenEditor(termsClause.id());
            info(term == null ? UiText.t("drafting.term.added") : UiText.t("drafting.term.saved"));
        }, term == null ? null : () -> {
            drafting.removeTerm(draftId, term.id());
            reopenEditor(termsClause.id());
            info(UiText.t("drafting.term.removed"));
        }).open();
    }

    private void reopenEditor(UUID clauseId) {
        editor = null;
        load();
        openEditor(clauseId);
    }

    private void addClause(UUID parentId, ClauseKind kind) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(kind == ClauseKind.NOTE ? UiText.t("drafting.editor.add-note") : kind == ClauseKind.ANNEX ? UiText.t("drafting.draft.add-annex")
                : UiText.t("drafting.add.title"));
        TextField newTitle = new TextField(UiText.t("drafting.editor.title"));
        newTitle.setWidthFull();
        newTitle.getElement().setAttribute("dir", "auto");
        newTitle.setVisible(kind.isNumberedSection());
        Select<ClauseKind> kindSelect = new Select<>();
        kindSelect.setLabel(UiText.t("drafting.add.kind"));
        DraftingText.Translator tx = DraftingText.current();
        kindSelect.setItemLabelGenerator(k -> DraftingText.kind(k, tx));
        kindSelect.setItems(kind == ClauseKind.NOTE ? List.of(ClauseKind.NOTE, ClauseKind.EXAMPLE)
                : kind == ClauseKind.ANNEX ? List.of(ClauseKind.ANNEX)
                : List.of(ClauseKind.NORMATIVE, ClauseKind.INFORMATIVE, ClauseKind.TERMS));
        kindSelect.setValue(kind);
        Select<AnnexType> annexType = new Select<>();
        annexType.setLabel(UiText.t("drafting.add.annex"));
        annexType.setItemLabelGenerator(a -> DraftingText.annexType(a, tx));
        annexType.setItems(AnnexType.values());
        annexType.setValue(AnnexType.INFORMATIVE);
        annexType.setVisible(kind == ClauseKind.ANNEX);
        TextArea text = new TextArea(UiText.t("drafting.editor.text"));
        text.setWidthFull();
        text.getElement().setAttribute("dir", "auto");
        text.setMaxLength(ClauseText.MAX_BODY_CHARS);
        dialog.add(kindSelect, annexType, newTitle, text);
        Button add = new Button(UiText.t("drafting.add.submit"), e -> {
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
                info(UiText.t("drafting.add.done"));
            } catch (InvalidInputException ex) {
                newTitle.setInvalid(true);
                newTitle.setErrorMessage(UiText.problem(ex));
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(UiText.t("drafting.cancel"), e -> dialog.close()), add);
        dialog.open();
        newTitle.focus();
    }

    private void confirmDelete(ClauseNode clause) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(UiText.t("drafting.delete.title", DraftingText.heading(clause)));
        confirm.setText(UiText.t("drafting.delete.text"));
        confirm.setCancelable(true);
        confirm.setConfirmText(UiText.t("drafting.delete.confirm"));
        confirm.setCancelText(UiText.t("drafting.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                drafting.deleteClause(draftId, clause.id());
                editor = null;
                load();
                info(UiText.t("drafting.delete.done"));
            } catch (InvalidInputException ex) {
                error(UiText.problem(ex));
            }
        });
        confirm.open();
    }

    private void openFreeze() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(UiText.t("drafting.freeze.title"));
        TextField label = new TextField(UiText.t("drafting.freeze.label"));
        label.setValue(versions.suggestLabel(draftId));
        label.setMaxLength(40);
        label.setId("version-label");
        TextField note = new TextField(UiText.t("drafting.freeze.note"));
        note.setWidthFull();
        dialog.add(new Paragraph(UiText.t("drafting.freeze.text")), label, note);
        Button freeze = new Button(UiText.t("drafting.freeze.submit"), e -> {
            try {
                VersionSummary v = versions.freeze(draftId, label.getValue(), note.getValue());
                dialog.close();
                renderHeader();
                info(UiText.t("drafting.freeze.done", v.label(), v.clauseCount()));
            } catch (InvalidInputException ex) {
                label.setInvalid(true);
                label.setErrorMessage(UiText.problem(ex));
            }
        });
        freeze.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        freeze.setId("confirm-freeze");
        dialog.getFooter().add(new Button(UiText.t("drafting.cancel"), e -> dialog.close()), freeze);
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
                        UiText.t("drafting.live.reconnected"))));
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
        if (!viewingCurrent()) {
            announce(n == null ? UiText.t("drafting.live.revised-elsewhere.a-clause", e.authorName())
                    : UiText.t("drafting.live.revised-elsewhere", e.authorName(), DraftingText.heading(n)));
            return;
        }
        if (editor != null && editor.clause.id().equals(e.clauseId())) {
            editor.showNotice(UiText.t("drafting.live.revised-while-editing", e.authorName(), String.valueOf(e.revisionNo())));
            return;
        }
        refreshClause(e.clauseId(), true);
        announce(n == null ? UiText.t("drafting.live.revised.a-clause", e.authorName(), String.valueOf(e.revisionNo()))
                : UiText.t("drafting.live.revised", DraftingText.heading(n), e.authorName(), String.valueOf(e.revisionNo())));
    }

    private void onStructureChanged(DraftStructureChanged e) {
        if (editor != null) {
            structureChangedWhileEditing = true;
            announce(UiText.t("drafting.live.structure-while-editing", structureChange(e.what())));
            return;
        }
        load();
        announce(UiText.t("drafting.live.structure", structureChange(e.what())));
    }

    /**
     * The words of a structure change in the page's language. The event carries an English sentence (it travels
     * between servers), "Clause added: Scope"; its known forms are translated, anything else is shown as it came.
     */
    static String structureChange(String what) {
        if (what == null) {
            return "";
        }
        int colon = what.indexOf(": ");
        String subject = colon < 0 ? "" : what.substring(colon + 2);
        return switch (colon < 0 ? what : what.substring(0, colon)) {
            case "Clause added" -> UiText.t("drafting.live.clause-added", subject);
            case "Clause moved" -> UiText.t("drafting.live.clause-moved", subject);
            case "Clause deleted" -> UiText.t("drafting.live.clause-deleted", subject);
            case "Term added" -> UiText.t("drafting.live.term-added", subject);
            case "Term changed" -> UiText.t("drafting.live.term-changed", subject);
            case "Term removed" -> UiText.t("drafting.live.term-removed", subject);
            default -> what.startsWith("Stage changed to ")
                    ? UiText.t("drafting.live.stage-changed", DraftingText.ltr(what.substring("Stage changed to ".length())))
                    : what;
        };
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
        List<String> more = changed.stream().filter(id -> commentCounts.getOrDefault(id, 0L) > before.getOrDefault(id, 0L))
                .map(nodes::get).filter(Objects::nonNull).map(DraftingText::heading).sorted().toList();
        if (!more.isEmpty()) {
            liveRegion.setText(UiText.t("drafting.live.comments", String.join("; ", more)));
        }
        renderOutline();
        changed.stream().filter(id -> editor == null || !editor.clause.id().equals(id)).forEach(id -> {
            Component old = blocks.get(id);
            ClauseNode n = nodes.get(id);
            if (old != null && n != null) {
                Component block = ClauseHtml.component(n, depths.get(id), termIndex(), canEdit, changedSinceVisit.contains(id), affordance(n),
                        ContentLanguages.primary(draft.language()));
                decorateForReading(n, block, termIndex());
                document.replace(old, block);
                blocks.put(id, block);
            }
        });
    }

    // ---- content languages: reading a translation, translating a clause ----

    private final TranslationService translationService;
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
        // The language goes on the clause's text only (ClauseHtml): its buttons and notes stay in the page's language.
        if (readIn == null && !mayTranslate && !element.hasAttribute("data-read-in")) {
            return; // the original as rendered, nothing to add
        }
        element.setAttribute("data-read-in", readIn == null ? original : readIn);
        ClauseNode shown = tr == null ? n : new ClauseNode(n.id(), n.number(), n.kind(), n.annexType(), tr.title(), tr.text(),
                n.revision(), n.terms(), n.children());
        String html = ClauseHtml.inner(shown, depths.getOrDefault(n.id(), 0), terms, canEdit, changedSinceVisit.contains(n.id()),
                affordance(n), DraftingText.current(), tr == null ? original : tr.language());
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
            // Interface text beside the clause's text: the page's language and direction, whatever the clause's.
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

    /** Someone else's change: shown for a moment and announced in the live region. */
    private void announce(String text) {
        liveRegion.setText(text);
        info(text);
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
