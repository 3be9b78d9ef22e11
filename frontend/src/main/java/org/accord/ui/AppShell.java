package org.accord.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * Page-wide settings: live updates pushed over a websocket, Lumo plus our plain CSS from the themes jar. Messages from
 * the browser go as ordinary requests (WEBSOCKET_XHR), so every one passes the security filters, which keep a
 * single sign-on session's authorities current.
 */
@Push(transport = Transport.WEBSOCKET_XHR)
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/accord.css")
@Meta(name = "description", content = "Accord: multistakeholder drafting of AI-governance standards")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Accord");
    }
}
