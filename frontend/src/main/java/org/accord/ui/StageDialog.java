package org.accord.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.drafting.DraftingService;
import org.accord.drafting.Stage;
import org.accord.drafting.StageHistoryEntry;
import org.accord.shared.InvalidInputException;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The stage history of a draft; the secretariat also moves it to another stage here, with a reason. */
class StageDialog extends Dialog {

    StageDialog(DraftingService drafting, UUID draftId, boolean secretariat, Runnable changed) {
        setHeaderTitle("Stages");
        setId("stage-dialog");
        setWidth("min(900px, 95vw)");
        Grid<StageHistoryEntry> grid = new Grid<>();
        grid.setAriaLabel("Stage history");
        grid.addColumn(s -> UiText.utc(s.changedAt())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> (s.fromStage() == null ? "" : s.fromStage() + " → ") + s.toStage()).setHeader("Stage").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StageHistoryEntry::toLabel).setHeader("Meaning").setAutoWidth(true);
        grid.addColumn(StageHistoryEntry::changedBy).setHeader("Who").setAutoWidth(true);
        grid.addColumn(StageHistoryEntry::reason).setHeader("Why").setFlexGrow(2);
        grid.setItems(drafting.stageHistory(draftId));
        grid.setAllRowsVisible(true);
        add(grid);
        if (secretariat) {
            ComboBox<String> stage = new ComboBox<>("New stage");
            stage.setItems(stageCodes());
            stage.setItemLabelGenerator(c -> c + " — " + Stage.parse(c).label());
            stage.setWidth("28em");
            TextArea reason = new TextArea("Reason (kept in the record)");
            reason.setWidthFull();
            reason.setMaxLength(2000);
            Button move = new Button("Move to stage", e -> {
                try {
                    drafting.changeStage(draftId, stage.getValue(), reason.getValue());
                    close();
                    changed.run();
                } catch (InvalidInputException ex) {
                    reason.setInvalid(true);
                    reason.setErrorMessage(ex.getMessage());
                }
            });
            move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new H3("Move the draft"), stage, reason, move);
        }
        getFooter().add(new Button("Close", e -> close()));
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
