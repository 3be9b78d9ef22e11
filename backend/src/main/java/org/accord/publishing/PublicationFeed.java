package org.accord.publishing;

import org.accord.commenting.CommentPeriodView;
import org.accord.commenting.CommentingService;
import org.accord.drafting.DraftSummary;
import org.accord.drafting.DraftingService;
import org.accord.shared.security.SystemActor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.*;

/** Atom feed of new publications and of open public consultations (comment periods), for readers and aggregators. */
@RestController
class PublicationFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final PublishingService publishing;
    private final DraftingService drafting;
    private final CommentingService commenting;
    private final String base;

    PublicationFeed(PublishingService publishing, DraftingService drafting, CommentingService commenting,
                    @Value("${accord.public-base-url:http://localhost:8080}") String base) {
        this.publishing = publishing;
        this.drafting = drafting;
        this.commenting = commenting;
        this.base = base.replaceAll("/+$", "");
    }

    record Entry(String id, String title, String link, Instant updated, String summary) {
    }

    @GetMapping(value = "/feeds/publications.atom", produces = "application/atom+xml")
    ResponseEntity<String> feed(WebRequest request) throws XMLStreamException {
        List<Entry> entries = new ArrayList<>();
        for (PublicationSummary p : publishing.catalogue(null, null, null)) {
            entries.add(new Entry(p.urn(), p.designation() + " " + p.title() + (p.current() ? "" : " (" + p.status() + ")"),
                    base + "/standards/" + p.id(), p.publishedAt(), "Edition " + p.edition() + " of " + p.reference()
                    + " from " + p.committee() + ", published " + p.publishedAt() + "."));
        }
        // Open consultations are public by nature; reading them needs no member's rights.
        SystemActor.run("feed", () -> {
            for (DraftSummary d : drafting.drafts()) {
                commenting.currentPeriod(d.id()).filter(CommentPeriodView::open).ifPresent(c -> entries.add(new Entry(
                        "urn:uuid:" + c.id(), "Consultation: " + d.reference() + " " + c.versionLabel() + " — " + d.title(),
                        base + "/drafts/" + d.id(), c.openedAt(), "Comments on " + d.reference() + " " + c.versionLabel()
                        + " are open until " + c.deadline() + " (UTC).")));
            }
        });
        entries.sort(Comparator.comparing(Entry::updated).reversed());
        StringWriter out = new StringWriter();
        XMLStreamWriter x = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeStartElement("feed");
        x.writeDefaultNamespace(ATOM);
        text(x, "title", "Accord: published standards and open consultations");
        text(x, "id", base + "/feeds/publications.atom");
        text(x, "updated", (entries.isEmpty() ? Instant.EPOCH : entries.getFirst().updated()).toString());
        link(x, base + "/feeds/publications.atom", "self");
        link(x, base + "/standards", "alternate");
        x.writeStartElement("author");
        text(x, "name", "Accord secretariat");
        x.writeEndElement();
        for (Entry e : entries) {
            x.writeStartElement("entry");
            text(x, "id", e.id());
            text(x, "title", e.title());
            link(x, e.link(), "alternate");
            text(x, "updated", e.updated().toString());
            text(x, "summary", e.summary());
            x.writeEndElement();
        }
        x.writeEndElement();
        x.writeEndDocument();
        return PublicPages.htmlLike(out.toString(), request, Duration.ofMinutes(5), MediaType.parseMediaType("application/atom+xml;charset=UTF-8"));
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String href, String rel) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("rel", rel);
        x.writeAttribute("href", href);
    }
}
