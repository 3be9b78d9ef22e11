package org.accord.crosswalk.internal;

import jakarta.persistence.*;
import org.accord.crosswalk.BindingNature;
import org.accord.crosswalk.InstrumentStatus;
import org.accord.crosswalk.InstrumentType;
import org.accord.crosswalk.JurisdictionKind;
import org.accord.crosswalk.NewInstrument;

import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "legal_instrument")
public class LegalInstrument {
    @Id
    private UUID id;
    @Column(nullable = false, unique = true)
    private String code;
    @Column(nullable = false)
    private String jurisdiction;
    @Enumerated(EnumType.STRING)
    @Column(name = "jurisdiction_kind", nullable = false)
    private JurisdictionKind jurisdictionKind;
    @Column(name = "jurisdiction_name", nullable = false)
    private String jurisdictionName;
    @Column(nullable = false)
    private String title;
    @Column(name = "short_title")
    private String shortTitle;
    @Enumerated(EnumType.STRING)
    @Column(name = "instrument_type", nullable = false)
    private InstrumentType type;
    @Enumerated(EnumType.STRING)
    @Column(name = "binding_nature", nullable = false)
    private BindingNature bindingNature;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InstrumentStatus status;
    private LocalDate adopted;
    @Column(name = "in_force")
    private LocalDate inForce;
    private LocalDate repealed;
    private String eli;
    @Column(name = "akn_iri")
    private String aknIri;
    private String urn;
    private String url;
    private String language;

    protected LegalInstrument() {
    }

    public LegalInstrument(NewInstrument i) {
        this.id = UUID.randomUUID();
        this.code = i.code().trim();
        this.jurisdiction = i.jurisdiction().trim();
        this.jurisdictionKind = i.jurisdictionKind() == null ? JurisdictionKind.COUNTRY : i.jurisdictionKind();
        this.jurisdictionName = i.jurisdictionName() == null || i.jurisdictionName().isBlank()
                ? this.jurisdiction : i.jurisdictionName().trim();
        this.title = i.title();
        this.shortTitle = i.shortTitle();
        this.type = i.type();
        this.bindingNature = i.bindingNature();
        this.status = i.status();
        this.adopted = i.adopted();
        this.inForce = i.inForce();
        this.repealed = i.repealed();
        this.eli = blankToNull(i.eli());
        this.aknIri = blankToNull(i.aknIri());
        this.urn = blankToNull(i.urn());
        this.url = blankToNull(i.url());
        this.language = i.language();
    }

    public UUID getId() { return id; }
    public String getCode() { return code; }
    public String getJurisdiction() { return jurisdiction; }
    public String getJurisdictionName() { return jurisdictionName; }
    public String getTitle() { return title; }
    public String getShortTitle() { return shortTitle; }
    public InstrumentType getType() { return type; }
    public BindingNature getBindingNature() { return bindingNature; }
    public InstrumentStatus getStatus() { return status; }
    public LocalDate getAdopted() { return adopted; }
    public JurisdictionKind getJurisdictionKind() { return jurisdictionKind; }
    public LocalDate getInForce() { return inForce; }
    public LocalDate getRepealed() { return repealed; }
    public String getEli() { return eli; }
    public String getAknIri() { return aknIri; }
    public String getUrn() { return urn; }
    public String getUrl() { return url; }
    public String getLanguage() { return language; }

    /** An Akoma Ntoso import may supply the work IRI the instrument did not yet have. */
    public void learnAknIri(String iri) {
        if (aknIri == null && iri != null && !iri.isBlank()) {
            aknIri = iri;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
