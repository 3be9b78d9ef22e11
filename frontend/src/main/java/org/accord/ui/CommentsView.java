package org.accord.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.*;
import jakarta.annotation.security.PermitAll;
import org.accord.commenting.*;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.shared.NotFoundException;

import java.util.*;

/**
 * All comments on a draft in the commenting template's column order, loaded page by page, with
 * filters; a row opens the comment with its thread and actions.
 */
@Route("drafts/:draftId/comments")
@PermitAll
public class CommentsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final DraftingService drafting;
    private final CommentingService commenting;
    private final Div content = new Div();
    private UUID draftId;
    private String title;
    private final DraftUpdates updates;
    private Runnable liveRefresh;
    private com.vaadin.flow.shared.Registration updatesRegistration;

    CommentsView(DraftingService drafting, CommentingService commenting, DraftUpdates updates) {
        this.updates = updates;
        this.drafting = drafting;
        this.commenting = commenting;
        addClassNames("page", "comments-view");
        add(content);
    }

    static RouteParameters params(UUID draftId) {
        return new RouteParameters("draftId", draftId.toString());
    }

    @Override
    public String getPageTitle() {
        return title != null ? title : UiText.t("commenting.comments.title") + " · Accord";
    }

    private static String fileName(DraftSummary draft, String extension) {
        return "comments-" + draft.reference().replaceAll("[^A-Za-z0-9._-]+", "-") + "." + extension;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DraftSummary> loaded = DraftRoute.load(event, drafting);
        if (loaded.isEmpty()) {
            return;
        }
        DraftSummary draft = loaded.get();
        draftId = draft.id();
        title = UiText.t("commenting.comments.heading", draft.reference()) + " · Accord";
        content.removeAll();
        content.add(new RouterLink("← " + draft.reference(), DraftView.class, DraftView.params(draftId)),
                new H1(UiText.t("commenting.comments.heading", draft.reference())));

        Select<CommentType> type = new Select<>();
        type.setLabel(UiText.t("commenting.filter.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(UiText.t("commenting.filter.any"));
        type.setItems(CommentType.values());
        type.setItemLabelGenerator(t -> t == null ? UiText.t("commenting.filter.any") : CommentPanel.typeLabel(t));
        Select<String> state = new Select<>();
        state.setLabel(UiText.t("commenting.filter.status"));
        state.setItems("any", "open", "resolved", "drafts");
        state.setItemLabelGenerator(s -> switch (s) {
            case "open" -> UiText.t("commenting.filter.status.open");
            case "resolved" -> UiText.t("commenting.filter.status.resolved");
            case "drafts" -> UiText.t("commenting.filter.status.drafts");
            default -> UiText.t("commenting.filter.any");
        });
        state.setValue("any");
        Select<Resolution> resolution = new Select<>();
        resolution.setLabel(UiText.t("commenting.resolution"));
        resolution.setEmptySelectionAllowed(true);
        resolution.setEmptySelectionCaption(UiText.t("commenting.filter.any"));
        resolution.setItems(Resolution.values());
        resolution.setItemLabelGenerator(r -> r == null ? UiText.t("commenting.filter.any") : CommentPanel.resolution(r));
        TextField originator = new TextField(UiText.t("commenting.filter.originator"));
        originator.setClearButtonVisible(true);
        Map<UUID, String> numbers = drafting.clauseNumbers(draftId);
        Select<UUID> clause = new Select<>();
        clause.setLabel(UiText.t("commenting.filter.clause"));
        clause.setEmptySelectionAllowed(true);
        clause.setEmptySelectionCaption(UiText.t("commenting.filter.any"));
        clause.setItems(numbers.keySet());
        clause.setItemLabelGenerator(id -> id == null ? UiText.t("commenting.filter.any") : numbers.get(id));
        Div filters = new Div(type, state, resolution, originator, clause);
        filters.addClassName("redline-controls");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", UiText.t("commenting.filter.label"));
        content.add(filters);

        Paragraph total = new Paragraph();
        total.setId("comment-total");
        total.getElement().setAttribute("aria-live", "polite");
        Grid<CommentView> grid = new Grid<>();
        grid.setId("comment-grid");
        grid.setAriaLabel(UiText.t("commenting.grid.label"));
        grid.addColumn(c -> c.commentId()).setHeader(UiText.t("commenting.column.originator")).setAutoWidth(true).setFlexGrow(0).setFrozen(true)
                .setSortable(true).setKey(CommentSort.ORIGINATOR.name());
        grid.addColumn(c -> c.lineRef() == null ? "" : c.lineRef()).setHeader(UiText.t("commenting.column.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CommentView::clauseRef).setHeader(UiText.t("commenting.column.clause")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey(CommentSort.TEMPLATE.name());
        grid.addColumn(c -> c.paragraphRef() == null ? "" : c.paragraphRef()).setHeader(UiText.t("commenting.column.paragraph")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.type().code()).setHeader(UiText.t("commenting.column.type")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey(CommentSort.TYPE.name());
        grid.addColumn(commentText(CommentView::justification)).setHeader(UiText.t("commenting.column.comments")).setWidth("22em").setFlexGrow(2);
        grid.addColumn(commentText(CommentView::proposedChange)).setHeader(UiText.t("commenting.column.proposed-change")).setWidth("18em").setFlexGrow(2);
        grid.addColumn(LitRenderer.<CommentView>of("${item.resolution}<span class=\"comment-text\" dir=\"auto\" lang=\"${item.lang}\">${item.text}</span>")
                        .withProperty("resolution", c -> c.resolution() == null ? "" : CommentPanel.resolution(c.resolution())
                                + (c.observation() == null || c.observation().isBlank() ? "" : ". "))
                        .withProperty("text", c -> c.observation() == null ? "" : c.observation())
                        .withProperty("lang", CommentView::language))
                .setHeader(UiText.t("commenting.column.observations")).setWidth("16em").setFlexGrow(1);
        grid.addColumn(CommentPanel::state).setHeader(UiText.t("commenting.column.status")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey(CommentSort.STATUS.name());
        grid.addColumn(c -> c.support() + " / " + c.noSupport()).setHeader(UiText.t("commenting.column.support")).setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey(CommentSort.MOST_SUPPORTED.name());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("70vh");
        grid.setPageSize(50);
        grid.addColumn(c -> ContentLanguageNames.inPageLanguage(c.language())).setHeader(UiText.t("commenting.language.column"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(false).setKey("language");
        grid.setEmptyStateText(UiText.t("commenting.grid.empty"));

        // The count is read once per refresh and shared by the label and the grid's size query.
        java.util.concurrent.atomic.AtomicReference<CommentFilter> current = new java.util.concurrent.atomic.AtomicReference<>();
        int[] count = {0};
        Runnable recount = () -> {
            count[0] = commenting.count(draftId, current.get());
            total.setText(UiText.t("commenting.total", count[0]));
        };
        Runnable refresh = () -> {
            String st = state.getValue();
            current.set(new CommentFilter(type.getValue(), "drafts".equals(st) ? CommentStatus.DRAFT : null,
                    "open".equals(st) ? Boolean.TRUE : "resolved".equals(st) ? Boolean.FALSE : null,
                    resolution.getValue(), originator.getValue(), clause.getValue()));
            recount.run();
            grid.setItems(DataProvider.fromCallbacks(
                    q -> {
                        CommentSort sort = q.getSortOrders().isEmpty() ? CommentSort.TEMPLATE
                                : CommentSort.valueOf(q.getSortOrders().getFirst().getSorted());
                        boolean descending = !q.getSortOrders().isEmpty() && q.getSortOrders().getFirst().getDirection()
                                == com.vaadin.flow.data.provider.SortDirection.DESCENDING;
                        return commenting.comments(draftId, current.get(), sort, descending, q.getOffset(), q.getLimit()).stream();
                    },
                    q -> count[0]));
        };
        // Comments changed by anyone, on any node: same filters, sort and scroll position, fresh rows.
        liveRefresh = () -> {
            recount.run();
            grid.getDataProvider().refreshAll();
        };
        type.addValueChangeListener(e -> refresh.run());
        state.addValueChangeListener(e -> refresh.run());
        resolution.addValueChangeListener(e -> refresh.run());
        originator.addValueChangeListener(e -> refresh.run());
        clause.addValueChangeListener(e -> refresh.run());
        grid.addItemClickListener(e -> new CommentPanel(commenting, UiText.t("commenting.comment.title", e.getItem().commentId()),
                List.of(e.getItem().id()), refresh).open());
        Anchor xlsx = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(ev -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            commenting.exportXlsx(draftId, out);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(out.toByteArray()),
                    fileName(draft, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
        }), UiText.t("commenting.download.xlsx"));
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId("export-xlsx");
        Anchor csv = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(ev -> {
            java.io.StringWriter w = new java.io.StringWriter();
            commenting.exportCsv(draftId, w);
            byte[] bytes = w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    fileName(draft, "csv"), "text/csv;charset=UTF-8", bytes.length);
        }), UiText.t("commenting.download.csv"));
        csv.getElement().setAttribute("download", true);
        com.vaadin.flow.component.button.Button importButton = new com.vaadin.flow.component.button.Button(UiText.t("commenting.import"),
                e -> new ImportCommentsDialog(commenting, draftId, refresh).open());
        importButton.setId("import-comments");
        Div exports = new Div(xlsx, csv, importButton);
        exports.addClassName("draft-toolbar");
        content.add(exports, ParticipationPanel.forDraft(commenting, draftId), total, grid);
        refresh.run();
    }

    @Override
    protected void onAttach(com.vaadin.flow.component.AttachEvent attachEvent) {
        com.vaadin.flow.component.UI ui = attachEvent.getUI();
        if (draftId == null) {
            return;
        }
        updatesRegistration = updates.register(draftId, new DraftUpdates.Listener() {
            public void clauseRevised(org.accord.drafting.ClauseRevised e) {
                // clause numbers in the table follow structure changes only
            }

            public void structureChanged(org.accord.drafting.DraftStructureChanged e) {
                ui.access(() -> liveRefresh.run());
            }

            public void commentsChanged(CommentsChanged e) {
                ui.access(() -> liveRefresh.run());
            }

            public void missedUpdates() {
                ui.access(() -> liveRefresh.run());
            }
        });
    }

    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent detachEvent) {
        if (updatesRegistration != null) {
            updatesRegistration.remove();
            updatesRegistration = null;
        }
    }

    /** A comment's own words in a cell: in the comment's language, with their own direction (Lit escapes the text). */
    private static LitRenderer<CommentView> commentText(java.util.function.Function<CommentView, String> text) {
        return LitRenderer.<CommentView>of("<span class=\"comment-text\" dir=\"auto\" lang=\"${item.lang}\">${item.text}</span>")
                .withProperty("text", c -> text.apply(c) == null ? "" : text.apply(c))
                .withProperty("lang", CommentView::language);
    }
}
