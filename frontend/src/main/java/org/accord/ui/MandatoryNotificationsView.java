package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.accord.membership.MembershipService;
import org.accord.membership.WorkingGroupSummary;
import org.accord.notification.MandatoryTopic;
import org.accord.notification.NotificationService;
import org.accord.notification.NotificationTopic;
import org.accord.notification.TopicLabels;
import org.accord.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The secretariat makes a few topics mandatory (e.g. a ballot opening for its voters), platform-wide or for one
 * working group: their email goes out even to people who turned the topic or all email off.
 */
@Route("admin/notifications")
@Menu(order = 91, title = "Mandatory notifications", icon = "vaadin:lock")
@RolesAllowed({"ADMIN", "SECRETARIAT"})
public class MandatoryNotificationsView extends Main implements HasDynamicTitle {

    /** "Every working group" in the scope chooser. */
    private static final WorkingGroupSummary PLATFORM = new WorkingGroupSummary(null, "", "", "", "", "", 0);

    private final NotificationService notifications;
    private final Map<UUID, WorkingGroupSummary> groups;
    private final Grid<MandatoryTopic> grid = new Grid<>();

    @Override
    public String getPageTitle() {
        return UiText.t("notifications.mandatory.title") + " · Accord";
    }

    MandatoryNotificationsView(NotificationService notifications, MembershipService membership) {
        this.notifications = notifications;
        addClassName("page");
        groups = membership.workingGroups().stream().collect(Collectors.toMap(WorkingGroupSummary::id, Function.identity()));

        Select<NotificationTopic> topic = new Select<>();
        topic.setId("mandatory-topic");
        topic.setLabel(UiText.t("notifications.mandatory.topic"));
        topic.setItems(NotificationTopic.values());
        topic.setItemLabelGenerator(t -> TopicLabels.label(t, getLocale()));
        topic.setValue(NotificationTopic.BALLOT_OPENED);
        topic.setWidth("min(100%, 28em)");
        Select<WorkingGroupSummary> scope = new Select<>();
        scope.setId("mandatory-scope");
        scope.setLabel(UiText.t("notifications.mandatory.scope"));
        List<WorkingGroupSummary> scopes = new ArrayList<>();
        scopes.add(PLATFORM);
        scopes.addAll(groups.values().stream().sorted(java.util.Comparator.comparing(WorkingGroupSummary::label)).toList());
        scope.setItems(scopes);
        scope.setItemLabelGenerator(g -> g == PLATFORM ? UiText.t("notifications.mandatory.everyone") : g.label());
        scope.setValue(PLATFORM);
        scope.setWidth("min(100%, 28em)");
        Button add = new Button(UiText.t("notifications.mandatory.add"), e -> {
            if (topic.getValue() == null || scope.getValue() == null) {
                return;
            }
            try {
                notifications.makeMandatory(topic.getValue(), scope.getValue().id());
                UiText.notify(UiText.t("notifications.mandatory.added", TopicLabels.label(topic.getValue(), getLocale()),
                        scopeText(scope.getValue().id())), false);
            } catch (InvalidInputException ex) {
                UiText.notify(UiText.problem(ex), true);
            }
            refresh();
        });
        add.setId("add-mandatory");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(topic, scope, add);
        form.addClassName("mandatory-form");

        grid.setId("mandatory-grid");
        grid.setAriaLabel(UiText.t("notifications.mandatory.title"));
        grid.addColumn(m -> TopicLabels.label(m.topic(), getLocale())).setHeader(UiText.t("notifications.mandatory.topic")).setAutoWidth(true);
        grid.addColumn(m -> scopeText(m.workingGroupId())).setHeader(UiText.t("notifications.mandatory.scope")).setAutoWidth(true);
        grid.addComponentColumn(m -> {
            Button remove = new Button(UiText.t("notifications.mandatory.remove"), e -> {
                notifications.removeMandatory(m.id());
                refresh();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.setAriaLabel(UiText.t("notifications.mandatory.remove.named", TopicLabels.label(m.topic(), getLocale()),
                    scopeText(m.workingGroupId())));
            return remove;
        }).setHeader(UiText.t("notifications.mandatory.actions"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(UiText.t("notifications.mandatory.none"));

        add(new H1(UiText.t("notifications.mandatory.title")), new Paragraph(UiText.t("notifications.mandatory.help")),
                form, new H2(UiText.t("notifications.mandatory.current")), grid);
        refresh();
    }

    private String scopeText(UUID workingGroupId) {
        return workingGroupId == null ? UiText.t("notifications.mandatory.everyone")
                : Optional.ofNullable(groups.get(workingGroupId)).map(WorkingGroupSummary::label).orElse(workingGroupId.toString());
    }

    private void refresh() {
        grid.setItems(notifications.mandatoryTopics());
    }
}
