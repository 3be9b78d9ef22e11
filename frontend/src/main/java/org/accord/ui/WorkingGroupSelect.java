package org.accord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.RouteParameters;
import org.accord.membership.WorkingGroupSummary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The working-group chooser of pages routed by {@code :wg}: choosing a group navigates to the same page for it. */
final class WorkingGroupSelect extends Select<WorkingGroupSummary> {

    WorkingGroupSelect(Class<? extends Component> page) {
        setLabel(UiText.t("wg-select.label"));
        setWidth("min(100%, 36em)");
        setItemLabelGenerator(WorkingGroupSummary::label);
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(page, params(e.getValue().id())));
            }
        });
    }

    static RouteParameters params(UUID workingGroupId) {
        return new RouteParameters("wg", workingGroupId.toString());
    }

    /** Offers {@code groups} and selects the one the route names, else the first; empty when there are none. */
    Optional<WorkingGroupSummary> choose(List<WorkingGroupSummary> groups, BeforeEnterEvent event) {
        setItems(groups);
        Optional<UUID> id = event.getRouteParameters().get("wg").flatMap(WorkingGroupSelect::uuid);
        Optional<WorkingGroupSummary> chosen = id.flatMap(i -> groups.stream().filter(g -> g.id().equals(i)).findFirst())
                .or(() -> groups.stream().findFirst());
        chosen.ifPresent(this::setValue);
        return chosen;
    }

    /** A route parameter as a UUID; empty when it is not one. */
    static Optional<UUID> uuid(String s) {
        try {
            return Optional.of(UUID.fromString(s));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
