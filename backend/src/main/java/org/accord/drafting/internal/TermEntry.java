package org.accord.drafting.internal;

import jakarta.persistence.*;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.List;
import java.util.UUID;

/** A structured entry of a "Terms and definitions" clause (ISO 10241 style). */
@Entity
@Table(name = "term_entry")
public class TermEntry {
    @Id
    private UUID id;
    @Column(name = "clause_id", nullable = false)
    private UUID clauseId;
    @Column(nullable = false)
    private int position;
    @Column(nullable = false)
    private String term;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "admitted_terms", columnDefinition = "text[]")
    private List<String> admittedTerms;
    @Column(nullable = false)
    private String definition;
    private String note;
    private String source;

    protected TermEntry() {
    }

    public TermEntry(UUID clauseId, int position, String term, List<String> admittedTerms, String definition,
                     String note, String source) {
        this.id = UUID.randomUUID();
        this.clauseId = clauseId;
        this.position = position;
        this.term = term;
        this.admittedTerms = cleaned(admittedTerms);
        this.definition = definition;
        this.note = note;
        this.source = source;
    }

    /** A term entry as a frozen version recorded it; never persisted. */
    public static TermEntry restored(UUID id, UUID clauseId, int position, String term, List<String> admitted,
                                     String definition, String note, String source) {
        TermEntry t = new TermEntry(clauseId, position, term, admitted, definition, note, source);
        t.id = id;
        return t;
    }

    public void update(String term, List<String> admittedTerms, String definition, String note, String source) {
        this.term = term;
        this.admittedTerms = cleaned(admittedTerms);
        this.definition = definition;
        this.note = note;
        this.source = source;
    }

    public UUID getId() { return id; }
    public UUID getClauseId() { return clauseId; }
    public int getPosition() { return position; }
    public String getTerm() { return term; }
    /** Text arrays bypass the cleaning of text columns (CleanTextContributor binds scalars only). */
    private static List<String> cleaned(List<String> terms) {
        return terms == null ? null : terms.stream().map(org.accord.shared.TextInput::clean).toList();
    }

    public List<String> getAdmittedTerms() { return admittedTerms == null ? List.of() : admittedTerms; }
    public String getDefinition() { return definition; }
    public String getNote() { return note; }
    public String getSource() { return source; }
}
