package org.accord.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Puts {@link LightPaths#BOOTSTRAP_SCRIPT} first in the head of Vaadin's page, ahead of the bundle's script tags, so
 * that a person on a slow connection is sent to the light page before the bundle (about 500 kB) is fetched.
 */
@Component
class LightBootstrap implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Element script = new Element("script").appendChild(new DataNode(LightPaths.BOOTSTRAP_SCRIPT));
            response.getDocument().head().prependChild(script);
        });
    }
}
