package org.accord.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.Direction;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.accord.identity.IdentityService;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * The interface language of each page: the account's saved language once signed in, else the browser's language if
 * supported, else English. A language picked before signing in (on the sign-in page) is used at once and, after
 * sign-in, saved to the account, so it follows the person to every device. Arabic turns the whole page right-to-left;
 * {@code lang} is set so screen readers pronounce the text right. The account's saved time zone is put on the UI for
 * {@link LocalAndUtc}.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    /** A language picked while signed out, waiting to be saved to the account that signs in next. */
    static final String PICKED_SIGNED_OUT = UiLanguage.class.getName() + ".picked";
    /** The signed-in account's language, read once per session: the attribute name ends with the user's id. */
    private static final String ACCOUNT_KEY = UiLanguage.class.getName() + ".account.";

    private final IdentityService identity;

    UiLanguage(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI()));
    }

    private void apply(UI ui) {
        Locale locale = chosen(ui.getSession());
        ui.setLocale(locale);
        ui.setDirection(AccordI18n.rightToLeft(locale) ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        ui.getPage().executeJs("document.documentElement.setAttribute('lang', $0)", locale.toLanguageTag());
        // Deadlines in the account's saved zone: read at each page load, so a change in the settings shows on the next page.
        if (IdentityService.currentUser().isPresent()) {
            ComponentUtil.setData(ui, LocalAndUtc.ACCOUNT_ZONE, identity.myTimeZone().orElse(null));
        }
    }

    private Locale chosen(VaadinSession session) {
        Object picked = session.getAttribute(PICKED_SIGNED_OUT);
        var user = IdentityService.currentUser();
        if (user.isEmpty()) {
            return picked instanceof Locale l ? l : browser();
        }
        String accountKey = ACCOUNT_KEY + user.get().userId();
        if (picked instanceof Locale l) {
            // Picked on the sign-in page: that choice is the person's, so it becomes the account's.
            session.setAttribute(PICKED_SIGNED_OUT, null);
            identity.setMyLanguage(l.getLanguage());
            session.setAttribute(accountKey, l);
            return l;
        }
        if (session.getAttribute(accountKey) instanceof Locale l) {
            return l;
        }
        var saved = identity.myLanguage();
        if (saved.isPresent()) {
            Locale l = AccordI18n.supported(Locale.forLanguageTag(saved.get()));
            session.setAttribute(accountKey, l);
            return l;
        }
        return browser();
    }

    private static Locale browser() {
        var request = VaadinService.getCurrentRequest();
        return AccordI18n.supported(request == null ? null : request.getLocale());
    }

    /** Switches the language (the account's when signed in, else this session's until sign-in) and reloads the page in it. */
    static void choose(UI ui, Locale locale, IdentityService identity) {
        Locale l = AccordI18n.supported(locale);
        var user = IdentityService.currentUser();
        if (user.isPresent()) {
            identity.setMyLanguage(l.getLanguage());
            ui.getSession().setAttribute(ACCOUNT_KEY + user.get().userId(), l);
        } else {
            ui.getSession().setAttribute(PICKED_SIGNED_OUT, l);
        }
        ui.getPage().reload();
    }
}
