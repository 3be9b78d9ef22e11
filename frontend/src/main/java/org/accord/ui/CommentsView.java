package org.accord.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.*;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
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
    private String title = "Comments · Accord";
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
        return title;
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
        title = "Comments on " + draft.reference() + " · Accord";
        content.removeAll();
        content.add(new RouterLink("← " + draft.reference(), DraftView.class, DraftView.params(draftId)),
                new H1("Comments on " + draft.reference()));

        Select<CommentType> type = new Select<>();
        type.setLabel("Type");
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption("any");
        type.setItems(CommentType.values());
        type.setItemLabelGenerator(t -> t == null ? "any" : t.code() + " — " + t.label());
        Select<String> state = new Select<>();
        state.setLabel("Status");
        state.setItems("any", "open", "resolved", "drafts");
        state.setValue("any");
        Select<Resolution> resolution = new Select<>();
        resolution.setLabel("Resolution");
        resolution.setEmptySelectionAllowed(true);
        resolution.setEmptySelectionCaption("any");
        resolution.setItems(Resolution.values());
        resolution.setItemLabelGenerator(r -> r == null ? "any" : r.label());
        TextField originator = new TextField("Originator (MB/NC)");
        originator.setClearButtonVisible(true);
        Map<UUID, String> numbers = drafting.clauseNumbers(draftId);
        Select<UUID> clause = new Select<>();
        clause.setLabel("Clause");
        clause.setEmptySelectionAllowed(true);
        clause.setEmptySelectionCaption("any");
        clause.setItems(numbers.keySet());
        clause.setItemLabelGenerator(id -> id == null ? "any" : numbers.get(id));
        Div filters = new Div(type, state, resolution, originator, clause);
        filters.addClassName("redline-controls");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", "Filter comments");
        content.add(filters);

        Paragraph total = new Paragraph();
        total.setId("comment-total");
        total.getElement().setAttribute("aria-live", "polite");
        Grid<CommentView> grid = new Grid<>();
        grid.setId("comment-grid");
        grid.setAriaLabel("Comments in the order of the ISO/IEC commenting template");
        grid.addColumn(c -> c.commentId()).setHeader("MB/NC").setAutoWidth(true).setFlexGrow(0).setFrozen(true)
                .setSortable(true).setKey(CommentSort.ORIGINATOR.name());
        grid.addColumn(c -> c.lineRef() == null ? "" : c.lineRef()).setHeader("Line number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CommentView::clauseRef).setHeader("Clause/Subclause").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey(CommentSort.TEMPLATE.name());
        grid.addColumn(c -> c.paragraphRef() == null ? "" : c.paragraphRef()).setHeader("Paragraph/Figure/Table").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> c.type().code()).setHeader("Type of comment").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey(CommentSort.TYPE.name());
        grid.addColumn(CommentView::justification).setHeader("Comments").setWidth("22em").setFlexGrow(2);
        grid.addColumn(c -> c.proposedChange() == null ? "" : c.proposedChange()).setHeader("Proposed change").setWidth("18em").setFlexGrow(2);
        grid.addColumn(CommentView::observations).setHeader("Observations of the secretariat").setWidth("16em").setFlexGrow(1);
        grid.addColumn(CommentPanel::state).setHeader("Status").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey(CommentSort.STATUS.name());
        grid.addColumn(c -> c.support() + " / " + c.noSupport()).setHeader("Support / not").setAutoWidth(true).setFlexGrow(0)
                .setSortable(true).setKey(CommentSort.MOST_SUPPORTED.name());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("70vh");
        grid.setPageSize(50);
        grid.addColumn(c -> ContentLanguageNames.inPageLanguage(c.language())).setHeader(UiText.t("commenting.language.column"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(false).setKey("language");
        grid.setEmptyStateText("No comments match.");

        // The count is read once per refresh and shared by the label and the grid's size query.
        java.util.concurrent.atomic.AtomicReference<CommentFilter> current = new java.util.concurrent.atomic.AtomicReference<>();
        int[] count = {0};
        Runnable recount = () -> {
            count[0] = commenting.count(draftId, current.get());
            total.setText(count[0] + (count[0] == 1 ? " comment" : " comments"));
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
        grid.addItemClickListener(e -> new CommentPanel(commenting, "Comment " + e.getItem().commentId(),
                List.of(e.getItem().id()), refresh).open());
        Anchor xlsx = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(ev -> {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            commenting.exportXlsx(draftId, out);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(out.toByteArray()),
                    fileName(draft, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", out.size());
        }), "Download template (.xlsx)");
        xlsx.getElement().setAttribute("download", true);
        xlsx.setId("export-xlsx");
        Anchor csv = new Anchor(com.vaadin.flow.server.streams.DownloadHandler.fromInputStream(ev -> {
            java.io.StringWriter w = new java.io.StringWriter();
            commenting.exportCsv(draftId, w);
            byte[] bytes = w.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            return new com.vaadin.flow.server.streams.DownloadResponse(new java.io.ByteArrayInputStream(bytes),
                    fileName(draft, "csv"), "text/csv;charset=UTF-8", bytes.length);
        }), "Download CSV");
        csv.getElement().setAttribute("download", true);
        com.vaadin.flow.component.button.Button importButton = new com.vaadin.flow.component.button.Button("Import filled-in template…",
                e -> new ImportCommentsDialog(commenting, draftId, refresh).open());
        importButton.setId("import-comments");
        Div exports = new Div(xlsx, csv, importButton);
        exports.addClassName("draft-toolbar");
        content.add(exports, total, grid);
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
}
