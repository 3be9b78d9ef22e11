package org.accord.ui;

import com.vaadin.flow.component.UI;
import org.accord.drafting.AnnexType;
import org.accord.drafting.ClauseKind;
import org.accord.drafting.ClauseNode;
import org.accord.drafting.Stage;

import java.util.Locale;

/**
 * Wording the drafting views share (keys in {@code i18n/drafting*.properties}): stage names, clause kinds, clause
 * headings as printed, and isolation of left-to-right fragments (timestamps, codes) inside right-to-left pages.
 * Works outside a page too (tests, background threads): there it answers in English.
 */
final class DraftingText {

    /** Looks up a UI text by key; the page's language inside a page, English elsewhere. */
    @FunctionalInterface
    interface Translator {
        String t(String key, Object... params);
    }

    private static final AccordI18n BUNDLES = new AccordI18n();

    /** English from the bundles, for code that runs without a page. */
    static final Translator ENGLISH = (key, params) -> BUNDLES.getTranslation(key, AccordI18n.ENGLISH, params);

    /** Left-to-right isolate … pop directional isolate. */
    private static final char LRI = '\u2066';
    private static final char PDI = '\u2069';
    /** First-strong isolate: the fragment takes the direction of its first letter. */
    private static final char FSI = '\u2068';

    private DraftingText() {
    }

    /** The current page's language, or English when there is no page. */
    static Translator current() {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return ENGLISH;
        }
        Locale locale = ui.getLocale();
        return (key, params) -> BUNDLES.getTranslation(key, locale, params);
    }

    static boolean rightToLeft() {
        UI ui = UI.getCurrent();
        return ui != null && AccordI18n.rightToLeft(ui.getLocale());
    }

    /**
     * Keeps a left-to-right fragment ("2026-05-04 14:00 UTC", "20.20 → 30.20") in its order inside a right-to-left
     * page, where the bidi algorithm would otherwise reverse its runs. Unchanged in left-to-right pages.
     */
    static String ltr(String text) {
        return text == null || text.isEmpty() || !rightToLeft() ? text : LRI + text + PDI;
    }

    /**
     * Isolates a fragment whose direction is its own (a version label, a code) so it does not reorder the sentence
     * around it in a right-to-left page. Unchanged in left-to-right pages.
     */
    static String isolate(String text) {
        return text == null || text.isEmpty() || !rightToLeft() ? text : FSI + text + PDI;
    }

    /** "from → to", the arrow pointing the way the page reads. */
    static String range(String from, String to, Translator tx) {
        return tx.t("drafting.range", isolate(from), isolate(to));
    }

    /**
     * The upload component's own words (its button, drop hint, errors, progress) in the page's language; its
     * defaults are English only.
     */
    static com.vaadin.flow.component.upload.UploadI18N upload(Translator tx) {
        var i18n = new com.vaadin.flow.component.upload.UploadI18N();
        i18n.setAddFiles(new com.vaadin.flow.component.upload.UploadI18N.AddFiles()
                .setOne(tx.t("drafting.upload.add-one")).setMany(tx.t("drafting.upload.add-many")));
        i18n.setDropFiles(new com.vaadin.flow.component.upload.UploadI18N.DropFiles()
                .setOne(tx.t("drafting.upload.drop-one")).setMany(tx.t("drafting.upload.drop-many")));
        i18n.setError(new com.vaadin.flow.component.upload.UploadI18N.Error()
                .setTooManyFiles(tx.t("drafting.upload.too-many")).setFileIsTooBig(tx.t("drafting.upload.too-big"))
                .setIncorrectFileType(tx.t("drafting.upload.wrong-type")));
        i18n.setUploading(new com.vaadin.flow.component.upload.UploadI18N.Uploading()
                .setStatus(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Status()
                        .setConnecting(tx.t("drafting.upload.connecting")).setStalled(tx.t("drafting.upload.stalled"))
                        .setProcessing(tx.t("drafting.upload.processing")).setHeld(tx.t("drafting.upload.held")))
                .setRemainingTime(new com.vaadin.flow.component.upload.UploadI18N.Uploading.RemainingTime()
                        .setPrefix(tx.t("drafting.upload.remaining") + " ").setUnknown(tx.t("drafting.upload.remaining-unknown")))
                .setError(new com.vaadin.flow.component.upload.UploadI18N.Uploading.Error()
                        .setServerUnavailable(tx.t("drafting.upload.server-unavailable"))
                        .setUnexpectedServerError(tx.t("drafting.upload.server-error"))
                        .setForbidden(tx.t("drafting.upload.forbidden"))
                        .setFileTooLarge(tx.t("drafting.upload.too-big"))));
        i18n.setFile(new com.vaadin.flow.component.upload.UploadI18N.File()
                .setRetry(tx.t("drafting.upload.retry")).setStart(tx.t("drafting.upload.start")).setRemove(tx.t("drafting.upload.remove")));
        i18n.setUnits(java.util.List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        return i18n;
    }

    /** "Preparatory stage (WD), started" for "20.20"; the code's own label when it is not a harmonized code. */
    static String stage(String code, String fallback, Translator tx) {
        try {
            Stage s = Stage.parse(code);
            return tx.t("drafting.stage.label", tx.t("drafting.stage." + "%02d".formatted(s.stage())), s.abbreviation(),
                    tx.t("drafting.substage." + "%02d".formatted(s.subStage())));
        } catch (IllegalArgumentException notHarmonized) {
            return fallback == null ? code : fallback;
        }
    }

    static String kind(ClauseKind kind, Translator tx) {
        return tx.t("drafting.kind." + kind.name().toLowerCase(Locale.ROOT));
    }

    static String annexType(AnnexType type, Translator tx) {
        return tx.t("drafting.annex-type." + type.name().toLowerCase(Locale.ROOT));
    }

    /**
     * The heading as printed, in the page's language for the words the platform adds ("Annex A (informative)",
     * "NOTE 2"); numbers and titles are the draft's own.
     */
    static String heading(ClauseNode n, Translator tx) {
        if (n.kind() == ClauseKind.ANNEX && !n.number().contains(".")) {
            AnnexType type = n.annexType() == null ? AnnexType.INFORMATIVE : n.annexType();
            return tx.t("drafting.annex.heading", n.number(), annexType(type, tx), n.title() == null ? "" : n.title());
        }
        if (!n.kind().isNumberedSection()) {
            return label(n, tx);
        }
        return n.title() == null || n.title().isBlank() ? n.number() : n.number() + " " + n.title();
    }

    /** The heading for a sentence of the page: isolated, so a Latin title in an Arabic sentence keeps its order. */
    static String heading(ClauseNode n) {
        return isolate(heading(n, current()));
    }

    /** "NOTE", "NOTE 2", "EXAMPLE" in the page's language. */
    static String label(ClauseNode n, Translator tx) {
        String number = n.number() == null ? "" : n.number();
        String ordinal = number.contains(" ") ? number.substring(number.indexOf(' ') + 1) : "";
        if (n.kind() == ClauseKind.NOTE) {
            return ordinal.isEmpty() ? tx.t("drafting.label.note") : tx.t("drafting.label.note-n", ordinal);
        }
        if (n.kind() == ClauseKind.EXAMPLE) {
            return ordinal.isEmpty() ? tx.t("drafting.label.example") : tx.t("drafting.label.example-n", ordinal);
        }
        return number;
    }
}
