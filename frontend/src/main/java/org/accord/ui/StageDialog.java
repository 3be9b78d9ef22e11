package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.drafting.DraftingService;
import org.accord.drafting.StageHistoryEntry;
import org.accord.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The stage history of a draft; the secretariat also moves it to another stage here, with a reason. */
class StageDialog extends Dialog {

    StageDialog(DraftingService drafting, UUID draftId, boolean secretariat, Runnable changed) {
        DraftingText.Translator tx = DraftingText.current();
        setHeaderTitle(UiText.t("drafting.stages.title"));
        setId("stage-dialog");
        setWidth("min(900px, 95vw)");
        Grid<StageHistoryEntry> grid = new Grid<>();
        grid.setAriaLabel(UiText.t("drafting.stages.history"));
        grid.addColumn(s -> DraftingText.ltr(UiText.utc(s.changedAt()))).setHeader(UiText.t("drafting.when")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> s.fromStage() == null ? DraftingText.isolate(s.toStage()) : DraftingText.range(s.fromStage(), s.toStage(), tx)).setHeader(UiText.t("drafting.stages.stage")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> DraftingText.stage(s.toStage(), s.toLabel(), tx)).setHeader(UiText.t("drafting.stages.meaning")).setAutoWidth(true);
        grid.addColumn(StageHistoryEntry::changedBy).setHeader(UiText.t("drafting.who")).setAutoWidth(true);
        grid.addColumn(StageHistoryEntry::reason).setHeader(UiText.t("drafting.why")).setFlexGrow(2);
        grid.setItems(drafting.stageHistory(draftId));
        grid.setAllRowsVisible(true);
        add(grid);
        if (secretariat) {
            ComboBox<String> stage = new ComboBox<>(UiText.t("drafting.stages.new"));
            stage.setItems(stageCodes());
            stage.setItemLabelGenerator(c -> c + " — " + DraftingText.stage(c, null, tx));
            stage.setWidth("28em");
            TextArea reason = new TextArea(UiText.t("drafting.stages.reason"));
            reason.setWidthFull();
            reason.setMaxLength(2000);
            Button move = new Button(UiText.t("drafting.stages.move"), e -> {
                try {
                    drafting.changeStage(draftId, stage.getValue(), reason.getValue());
                    close();
                    changed.run();
                } catch (InvalidInputException ex) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(UiText.problem(ex));
                }
            });
            move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H3(UiText.t("drafting.stages.move-heading")), stage, reason, move);
        }
        getFooter().add(new Button(UiText.t("drafting.close"), e -> close()));
    }

    private static List<String> stageCodes() {
        List<String> codes = new ArrayList<>();
        for (int s : new int[]{0, 10, 20, 30, 40, 50, 60, 90, 95}) {
            for (int sub : new int[]{0, 20, 60, 92, 93, 98, 99}) {
                codes.add("%02d.%02d".formatted(s, sub));
            }
        }
        return codes;
    }
}
