package org.accord.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Local-account sign-in. One message for every failure, so it never tells whether a user exists. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in · Accord")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    static final String FAILURE_MESSAGE = "The user name or password is not right, or there were too many attempts. "
            + "Check both and try again; after repeated failures, wait a minute before the next try.";

    private final LoginForm form = new LoginForm();

    public LoginView() {
        addClassName("login-view");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = new LoginI18n.ErrorMessage();
        error.setTitle("Sign-in failed");
        error.setMessage(FAILURE_MESSAGE);
        i18n.setErrorMessage(error);
        form.setI18n(i18n);
        add(new H1("Accord"),
                new Paragraph("Drafting AI-governance standards together: clause by clause, comment by comment, vote by vote."),
                form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        form.setError(event.getLocation().getQueryParameters().getParameters().containsKey("error"));
    }
}
