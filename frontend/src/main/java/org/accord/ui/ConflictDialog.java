package org.accord.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.drafting.ClauseText;
import org.accord.drafting.Redline;
import org.accord.drafting.SaveResult;
import org.accord.drafting.WordDiff;

import java.util.function.BiConsumer;

/**
 * Shown when a save overlaps another editor's change: both texts side by side, differences
 * marked, and a box to write the resolution. Nothing was stored yet.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(SaveResult.Conflict conflict, BiConsumer<Integer, String> saveResolution, Runnable takeTheirs) {
        setHeaderTitle(UiText.t("drafting.conflict.title"));
        setId("conflict-dialog");
        setWidth("min(1100px, 95vw)");
        getElement().setAttribute("aria-label", UiText.t("drafting.conflict.aria"));

        Paragraph intro = new Paragraph(UiText.t("drafting.conflict.intro", conflict.currentAuthor(),
                String.valueOf(conflict.currentRevision()), String.valueOf(conflict.baseRevision())));
        String[] sides = Redline.sideBySide(WordDiff.diff(conflict.currentBody(), conflict.yourBody()));
        Div theirs = column(UiText.t("drafting.conflict.theirs", String.valueOf(conflict.currentRevision()), conflict.currentAuthor()), sides[0]);
        theirs.setId("conflict-theirs");
        Div mine = column(UiText.t("drafting.conflict.mine"), sides[1]);
        mine.setId("conflict-mine");
        Div columns = new Div(theirs, mine);
        columns.addClassName("side-by-side");

        TextArea resolution = new TextArea(UiText.t("drafting.conflict.resolution"));
        resolution.setValue(conflict.yourBody());
        resolution.setWidthFull();
        resolution.getElement().setAttribute("dir", "auto");
        resolution.setMinHeight("8em");
        resolution.setMaxLength(ClauseText.MAX_BODY_CHARS);
        resolution.setId("conflict-resolution");

        add(intro, columns, resolution);
        Button save = new Button(UiText.t("drafting.conflict.save"), e -> {
            close();
            saveResolution.accept(conflict.currentRevision(), resolution.getValue());
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button theirsButton = new Button(UiText.t("drafting.conflict.keep-theirs"), e -> {
            close();
            takeTheirs.run();
        });
        Button later = new Button(UiText.t("drafting.conflict.back"), e -> close());
        getFooter().add(later, theirsButton, save);
    }

    private static Div column(String title, String redlineHtml) {
        Div col = new Div(new H3(title), new Html("<div class=\"redline-text\" dir=\"auto\">" + redlineHtml + "</div>"));
        col.addClassName("side");
        return col;
    }
}
