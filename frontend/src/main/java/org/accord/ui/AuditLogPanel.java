package org.accord.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.accord.audit.AuditFilter;
import org.accord.audit.AuditRecord;
import org.accord.audit.AuditService;
import org.accord.shared.InvalidInputException;
import org.accord.shared.audit.AuditKind;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.StringJoiner;

/**
 * An audit log, newest first, loaded page by page: filters by kind, actor and UTC dates, the time in the reader's
 * zone and UTC, what changed, each row's chain hash, and the CSV download of what the filters select.
 */
final class AuditLogPanel extends Div {

    private final AuditService audit;
    private final AuditFilter scope;

    AuditLogPanel(AuditService audit, AuditFilter scope, String csvName) {
        this.audit = audit;
        this.scope = scope;
        addClassName("audit-log");

        Select<AuditKind> kind = new Select<>();
        kind.setId("audit-kind");
        kind.setLabel(UiText.t("audit.filter.kind"));
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption(UiText.t("audit.filter.any"));
        kind.setItems(AuditKind.values());
        kind.setItemLabelGenerator(k -> k == null ? UiText.t("audit.filter.any") : kindLabel(k.name()));
        TextField actor = new TextField(UiText.t("audit.filter.actor"));
        actor.setId("audit-actor");
        actor.setClearButtonVisible(true);
        actor.setValueChangeMode(ValueChangeMode.LAZY);
        DatePicker from = new DatePicker(UiText.t("audit.filter.from"));
        DatePicker to = new DatePicker(UiText.t("audit.filter.to"));
        Div filters = new Div(kind, actor, from, to);
        filters.addClassName("redline-controls");
        filters.getElement().setAttribute("role", "search");
        filters.getElement().setAttribute("aria-label", UiText.t("audit.filter.label"));

        Paragraph total = new Paragraph();
        total.setId("audit-total");
        total.getElement().setAttribute("aria-live", "polite");
        Grid<AuditRecord> grid = new Grid<>();
        grid.setId("audit-grid");
        grid.setAriaLabel(UiText.t("audit.grid.label"));
        grid.addColumn(r -> Timestamps.localAndUtc(r.occurredAt())).setHeader(UiText.t("audit.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditRecord::actorName).setHeader(UiText.t("audit.column.actor")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> kindLabel(r.kind())).setHeader(UiText.t("audit.column.kind")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(r -> {
            Span s = new Span(subjectLabel(r.subjectType()) + " " + r.subjectLabel());
            s.getElement().setAttribute("dir", "auto");
            return s;
        }).setHeader(UiText.t("audit.column.subject")).setWidth("16em").setFlexGrow(1);
        grid.addComponentColumn(r -> {
            Span s = new Span(changes(r.before(), r.after()));
            s.getElement().setAttribute("dir", "auto");
            return s;
        }).setHeader(UiText.t("audit.column.change")).setWidth("26em").setFlexGrow(3);
        grid.addComponentColumn(r -> {
            Span s = new Span(r.entryHash().substring(0, 12) + "…");
            s.getElement().setAttribute("title", r.entryHash());
            s.getElement().setAttribute("dir", "ltr");
            s.addClassName("hash");
            return s;
        }).setHeader(UiText.t("audit.column.hash")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("65vh");
        grid.setPageSize(50);
        grid.setEmptyStateText(UiText.t("audit.grid.empty"));

        AuditFilter[] current = {scope};
        long[] count = {0};
        Runnable refresh = () -> {
            Instant start = from.getValue() == null ? null : from.getValue().atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant end = to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            AuditFilter f = scope.narrowedTo(kind.getValue() == null ? null : kind.getValue().name(), actor.getValue(), start, end);
            try {
                count[0] = audit.count(f);
            } catch (InvalidInputException e) {
                Notification n = Notification.show(UiText.problem(e), 8000, Notification.Position.MIDDLE);
                n.addThemeVariants(NotificationVariant.LUMO_ERROR);
                return;
            }
            current[0] = f;
            total.setText(UiText.t("audit.total", count[0]));
            grid.setItems(DataProvider.fromCallbacks(
                    q -> audit.entries(current[0], q.getOffset(), q.getLimit()).stream(),
                    q -> (int) Math.min(Integer.MAX_VALUE, count[0])));
        };
        kind.addValueChangeListener(e -> refresh.run());
        actor.addValueChangeListener(e -> refresh.run());
        from.addValueChangeListener(e -> refresh.run());
        to.addValueChangeListener(e -> refresh.run());

        Anchor csv = new Anchor(DownloadHandler.fromInputStream(ev -> {
            byte[] bytes = audit.csv(current[0]).getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), csvName, "text/csv;charset=UTF-8", bytes.length);
        }), UiText.t("audit.download.csv"));
        csv.getElement().setAttribute("download", true);
        csv.setId("audit-csv");
        csv.addClassName("toolbar-link");
        Div exports = new Div(csv);
        exports.addClassName("draft-toolbar");
        add(new Paragraph(UiText.t("audit.explain")), filters, exports, total, grid);
        refresh.run();
    }

    static String kindLabel(String kind) {
        return UiText.t("audit.kind." + kind);
    }

    static String subjectLabel(String type) {
        return UiText.t("audit.subject." + type);
    }

    /** "revision: 1 → 2; text: …": each field that has a value before or after, in the order recorded. */
    static String changes(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>();
        if (before != null) {
            keys.addAll(before.keySet());
        }
        if (after != null) {
            keys.addAll(after.keySet());
        }
        StringJoiner out = new StringJoiner("; ");
        for (String key : keys) {
            String b = before == null ? null : before.get(key);
            String a = after == null ? null : after.get(key);
            if (before != null && after != null && Objects.equals(a, b)) {
                continue;
            }
            out.add(key + ": " + (before == null || !before.containsKey(key) ? "" : show(b) + " → ")
                    + (after == null ? "∅" : show(a)));
        }
        return out.toString();
    }

    private static String show(String v) {
        return v == null ? "∅" : v;
    }
}
