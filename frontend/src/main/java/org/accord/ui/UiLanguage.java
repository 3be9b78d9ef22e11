package org.accord.ui;

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
 * The interface language of each page: what the person chose (remembered on their account, or for this session
 * before they sign in), else their browser's language if supported, else English. Arabic turns the whole page
 * right-to-left; {@code lang} is set so screen readers pronounce the text right.
 */
@Component
class UiLanguage implements VaadinServiceInitListener {

    static final String SESSION_KEY = UiLanguage.class.getName() + ".language";

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
    }

    private Locale chosen(VaadinSession session) {
        Object picked = session.getAttribute(SESSION_KEY);
        if (picked instanceof Locale l) {
            return l;
        }
        if (IdentityService.currentUser().isPresent()) {
            var mine = identity.myLanguage();
            if (mine.isPresent()) {
                Locale l = AccordI18n.supported(Locale.forLanguageTag(mine.get()));
                session.setAttribute(SESSION_KEY, l);
                return l;
            }
        }
        Locale browser = session.getBrowser() == null ? null : VaadinService.getCurrentRequest() == null ? null
                : VaadinService.getCurrentRequest().getLocale();
        return AccordI18n.supported(browser);
    }

    /** Switches this session's language (and the account's, when signed in) and reloads the page in it. */
    static void choose(UI ui, Locale locale, IdentityService identity) {
        Locale l = AccordI18n.supported(locale);
        ui.getSession().setAttribute(SESSION_KEY, l);
        if (IdentityService.currentUser().isPresent()) {
            identity.setMyLanguage(l.getLanguage());
        }
        ui.getPage().reload();
    }
}
