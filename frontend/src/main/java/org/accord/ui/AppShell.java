package org.accord.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Page-wide settings: live updates over a websocket, Lumo plus our plain CSS from the themes jar. */
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/accord.css")
@Meta(name = "description", content = "Accord: multistakeholder drafting of AI-governance standards")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Accord");
    }
}
