package org.accord.crosswalk.internal;

import jakarta.persistence.*;
import org.accord.crosswalk.BindingNature;
import org.accord.crosswalk.InstrumentStatus;
import org.accord.crosswalk.InstrumentType;
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
    private String identifier;
    private String language;

    protected LegalInstrument() {
    }

    public LegalInstrument(NewInstrument i) {
        this.id = UUID.randomUUID();
        this.code = i.code().trim();
        this.jurisdiction = i.jurisdiction().trim();
        this.jurisdictionName = i.jurisdictionName();
        this.title = i.title();
        this.shortTitle = i.shortTitle();
        this.type = i.type();
        this.bindingNature = i.bindingNature();
        this.status = i.status();
        this.adopted = i.adopted();
        this.identifier = i.identifier();
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
    public String getIdentifier() { return identifier; }
}
