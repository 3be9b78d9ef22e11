package org.accord.publishing.formats;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PDF edition, rendered by openhtmltopdf from the HTML edition so both always say the same.
 * The outline (bookmarks) lists every numbered clause, nested as the clauses are; title, subject
 * and author come from the HTML head. No external resource is ever loaded while rendering.
 */
public final class PublicationPdf {

    private PublicationPdf() {
    }

    public static byte[] render(PublicationText text) {
        String html = PublicationHtml.render(text, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withProducer("Accord");
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("PDF rendering failed", e);
        }
        return out.toByteArray();
    }
}
