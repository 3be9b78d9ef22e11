package org.accord.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import org.accord.identity.IdentityService;

import java.util.Locale;
import java.util.Map;

/** The language switcher: each language named in itself, so anyone can find theirs whatever the page shows. */
class LanguageSelect extends Select<Locale> {

    private static final Map<String, String> NAMES = Map.of("en", "English", "fr", "Français", "es", "Español", "ar", "العربية");

    LanguageSelect(IdentityService identity) {
        setId("language");
        addClassName("language-select");
        setItems(AccordI18n.LOCALES);
        setItemLabelGenerator(l -> NAMES.getOrDefault(l.getLanguage(), l.getDisplayLanguage(l)));
        setAriaLabel(getTranslation("common.language"));
        setTooltipText(getTranslation("common.language"));
        UI ui = UI.getCurrent();
        setValue(AccordI18n.supported(ui == null ? null : ui.getLocale()));
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UiLanguage.choose(UI.getCurrent(), e.getValue(), identity);
            }
        });
    }
}
