package org.accord.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;

import java.util.Optional;
import java.util.UUID;

/** Reads the {@code :draftId} of a route; an unknown or forbidden draft becomes the matching error page. */
final class DraftRoute {

    private DraftRoute() {
    }

    static Optional<DraftSummary> load(BeforeEnterEvent event, DraftingService drafting) {
        try {
            UUID id = UUID.fromString(event.getRouteParameters().get("draftId").orElseThrow());
            return Optional.of(drafting.draft(id));
        } catch (IllegalArgumentException | java.util.NoSuchElementException | org.accord.shared.NotFoundException e) {
            event.rerouteToError(NotFoundException.class, UiText.t("drafting.no-such-draft"));
        } catch (org.springframework.security.access.AccessDeniedException e) {
            event.rerouteToError(AccessDeniedException.class, UiText.problem(e));
        }
        return Optional.empty();
    }
}
