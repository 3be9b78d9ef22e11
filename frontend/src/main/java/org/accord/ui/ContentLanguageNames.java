package org.accord.ui;

import com.vaadin.flow.component.UI;

import java.util.Locale;

/** Names of content languages (clause translations, comments): in the page's language, or each in itself. */
final class ContentLanguageNames {

    private ContentLanguageNames() {
    }

    /** "ar" → "Arabic" on an English page, "arabe" on a French one, "العربية" on an Arabic one. */
    static String inPageLanguage(String code) {
        UI ui = UI.getCurrent();
        Locale page = AccordI18n.supported(ui == null ? null : ui.getLocale());
        return Locale.forLanguageTag(code).getDisplayLanguage(page);
    }

    /** "fr" → "Français", "ar" → "العربية": each language named in itself, as in the language switcher. */
    static String autonym(String code) {
        Locale l = Locale.forLanguageTag(code);
        String name = l.getDisplayLanguage(l);
        return name.isEmpty() ? code : name.substring(0, 1).toUpperCase(l) + name.substring(1);
    }

    /** The page's language code, for lang attributes of interface text placed inside content. */
    static String pageLanguage() {
        UI ui = UI.getCurrent();
        return AccordI18n.supported(ui == null ? null : ui.getLocale()).getLanguage();
    }

    static String pageDirection() {
        UI ui = UI.getCurrent();
        return AccordI18n.rightToLeft(ui == null ? null : ui.getLocale()) ? "rtl" : "ltr";
    }
}
