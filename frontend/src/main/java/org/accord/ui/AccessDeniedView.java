package org.accord.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.*;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in person opens a page their roles do not allow. */
@AnonymousAllowed
public class AccessDeniedView extends Main implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    @Override
    public String getPageTitle() {
        return UiText.t("denied.title") + " · Accord";
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        removeAll();
        addClassName("page");
        setId("access-denied");
        add(new H1(UiText.t("denied.title")),
                new Paragraph(UiText.t("denied.text")),
                new RouterLink(UiText.t("denied.back"), DashboardView.class));
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
