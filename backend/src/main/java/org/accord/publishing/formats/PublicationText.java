package org.accord.publishing.formats;

import org.accord.drafting.ClauseNode;
import org.accord.membership.participation.ParticipationReport;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The frozen text of a publication, everything the format generators need and nothing else, so
 * that every format is generated from the same immutable input.
 *
 * @param urn          permanent name, e.g. {@code urn:accord:std:acc-wd-42101:ed-1:en}
 * @param reference    e.g. "ACC 42101"
 * @param language     language code of the text, e.g. "en"
 * @param versionLabel the frozen version that was published, e.g. "FDIS 1"
 * @param status       "published", "withdrawn" or "superseded"
 * @param clauses      top-level clauses in document order: main clauses, then annexes
 * @param canonicalUrl address of the public page, or {@code null} when there is none (yet)
 * @param participation who took part in the draft's comment periods and ballot rounds (counts only); empty when
 *                      none were recorded
 */
public record PublicationText(String urn, String reference, String title, String language, int edition,
                              LocalDate published, String committee, String workingGroup, String versionLabel,
                              String status, List<ClauseNode> clauses, String canonicalUrl,
                              List<ParticipationReport> participation) {

    public PublicationText(String urn, String reference, String title, String language, int edition,
                           LocalDate published, String committee, String workingGroup, String versionLabel,
                           String status, List<ClauseNode> clauses, String canonicalUrl) {
        this(urn, reference, title, language, edition, published, committee, workingGroup, versionLabel, status,
                clauses, canonicalUrl, List.of());
    }

    public PublicationText {
        Objects.requireNonNull(urn, "urn");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        language = language == null || language.isBlank() ? "en" : language.strip();
        status = status == null || status.isBlank() ? "published" : status.strip().toLowerCase(Locale.ROOT);
        clauses = clauses == null ? List.of() : List.copyOf(clauses);
        participation = participation == null ? List.of() : List.copyOf(participation);
    }

    /** Withdrawn and superseded publications stay readable but must say so prominently. */
    public boolean isCurrent() {
        return !status.equals("withdrawn") && !status.equals("superseded");
    }
}
