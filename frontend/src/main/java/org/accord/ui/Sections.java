package org.accord.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import java.util.ArrayList;
import java.util.List;

/** Page sections switched by a row of toggle buttons (vaadin-tabs fails axe's aria-required-children). */
final class Sections extends Div {
    private final FlexLayout bar = new FlexLayout();
    private final Div body = new Div();
    private final List<Button> buttons = new ArrayList<>();
    private final List<Component> panels = new ArrayList<>();
    private final List<Runnable> onShow = new ArrayList<>();

    Sections() {
        addClassName("sections");
        bar.addClassName("section-bar");
        bar.getElement().setAttribute("role", "group");
        bar.getElement().setAttribute("aria-label", UiText.t("sections.label"));
        add(bar, body);
    }

    void add(String name, Component panel) {
        add(name, panel, () -> { });
    }

    /** {@code shown} runs each time the section is opened, so a section can load its data only when looked at. */
    void add(String name, Component panel, Runnable shown) {
        int index = buttons.size();
        onShow.add(shown);
        Button b = new Button(name, e -> show(index));
        b.addClassName("section-button");
        buttons.add(b);
        panels.add(panel);
        bar.add(b);
        body.add(panel);
        if (index == 0) {
            show(0);
        } else {
            panel.setVisible(false);
        }
    }

    void show(int index) {
        for (int i = 0; i < buttons.size(); i++) {
            boolean on = i == index;
            buttons.get(i).getElement().setAttribute("aria-pressed", Boolean.toString(on));
            buttons.get(i).removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            if (on) {
                buttons.get(i).addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            panels.get(i).setVisible(on);
        }
        onShow.get(index).run();
    }
}
