package org.accord.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.accord.identity.IdentityService;
import org.accord.identity.SingleSignOn;
import org.accord.identity.SingleSignOnRequiredException;

/**
 * Sign-in: with the identity provider when single sign-on is configured, and with a local account unless an
 * administrator turned local sign-in off (administrators keep it, folded away, for when the provider is down). One
 * message for every password failure, so it never tells whether a user exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The English failure message (tests look for it). */
    static final String FAILURE_MESSAGE = "The user name or password is not right, or there were too many attempts. "
            + "Check both and try again; after repeated failures, wait a minute before the next try.";

    private final LoginForm form = new LoginForm();
    private final Div notice = new Div();
    private Details admins;
    private final SingleSignOn sso;

    public LoginView(SingleSignOn sso, IdentityService identity) {
        this.sso = sso;
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(UiText.t("login.form.title"));
        i18n.getForm().setUsername(UiText.t("login.form.username"));
        i18n.getForm().setPassword(UiText.t("login.form.password"));
        i18n.getForm().setSubmit(UiText.t("login.form.submit"));
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle(UiText.t("login.failed.title"));
        error.setMessage(UiText.t("login.failed.message"));
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        notice.setId("sign-in-notice");
        notice.addClassName("sign-in-notice");
        notice.setVisible(false);
        Anchor light = new Anchor("/lite/choose?view=light&next=/lite/sign-in", UiText.t("lite.light-version"));
        light.setId("light-version-link");
        light.setRouterIgnore(true); // a plain page, not a view
        add(new LanguageSelect(identity), new H1("Accord"), new Paragraph(UiText.t("login.intro")), notice);
        if (!sso.configured()) {
            add(form, light);
            return;
        }
        boolean reachable = sso.reachable();
        Anchor provider = new Anchor(sso.loginPath(), UiText.t("login.sso", sso.providerName()));
        provider.setId("sign-in-sso");
        provider.addClassName("sign-in-sso");
        provider.setRouterIgnore(true); // a server redirect to the provider, not a view
        provider.setTarget(AnchorTarget.SELF);
        add(provider);
        if (!reachable) {
            provider.setEnabled(false);
            show(UiText.t(sso.localLoginEnabled() ? "login.sso.unreachable.local" : "login.sso.unreachable.admins",
                    sso.providerName()));
        }
        if (sso.localLoginEnabled()) {
            add(new Paragraph(UiText.t("login.or-local")), form);
        } else {
            admins = new Details(UiText.t("login.admins"), form);
            admins.setOpened(!reachable);
            add(admins);
        }
        add(light);
    }

    @Override
    public String getPageTitle() {
        return UiText.t("login.title") + " · Accord";
    }

    private void show(String message) {
        notice.setText(message);
        notice.setVisible(true);
    }

    /** Why the last form sign-in failed, as Spring Security left it in the session. */
    private static Object lastFailure() {
        com.vaadin.flow.server.VaadinSession session = com.vaadin.flow.server.VaadinSession.getCurrent();
        return session == null || session.getSession() == null ? null
                : session.getSession().getAttribute(org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters().getParameters();
        form.setError(params.containsKey("error"));
        if (params.containsKey("error") && lastFailure() instanceof SingleSignOnRequiredException) {
            form.setError(false); // the password was right: say what to do instead
            show(UiText.t("login.sso.required", sso.providerName()));
        }
        if (admins != null && params.containsKey("error")) {
            admins.setOpened(true); // show why the attempt failed
        }
        if (params.containsKey("sso-error")) {
            show(UiText.t("login.sso.failed"));
        }
    }
}
